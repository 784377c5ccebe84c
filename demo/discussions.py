"""Readers' comments and likes on the demo posts."""

import datetime

from django.utils import timezone

from blog.models import BlogPage
from discussion import policy
from discussion.models import Comment, Like


def load(demo, data):
    for discussion in data["discussion"]:
        thread(demo, discussion, data["people"], data["held_reason"])


def thread(demo, discussion, people, held_reason):
    """A post's comments and likes, left alone once it has any comments."""
    post = BlogPage.objects.filter(slug=discussion["post"]).first()
    if post is None or post.reader_comments.exists():
        return
    likes(demo, post, None, discussion["likes"])
    comments = {}
    for entry in discussion["comment"]:
        parent = comments.get(entry.get("reply_to"))
        comments[entry["key"]] = comment = Comment(
            post=post,
            comment=entry["text"],
            parent_id=parent.pk if parent else 0,
            submit_date=timezone.make_aware(
                datetime.datetime.combine(
                    post.date + datetime.timedelta(days=entry["days_after"]), entry["at"]
                )
            ),
        )
        if entry["by"] == "author":
            by_author(comment, post)
        else:
            by_reader(comment, people[entry["by"]])
        # Saved with its state as written, not through the moderation policy
        # (which would hold every demo reader's first comment).
        state = Comment.State(entry.get("state", Comment.State.PUBLISHED))
        comment.set_state(state)
        if state == Comment.State.AWAITING:
            comment.held_reason = held_reason
        comment.save()
        demo.count()
        likes(demo, post, comment, entry.get("likes", 0))


def by_author(comment, post):
    """From the post's author who has an account, with their badge."""
    author = next(author for author in post.authors if author.user_id)
    comment.user = author.user
    comment.user_name = author.public_name
    comment.user_email = author.user.email
    comment.badge = policy.badge_for(author.user, post)


def by_reader(comment, person):
    comment.user_name = person["name"]
    comment.user_email = person["email"]
    comment.user_url = person.get("url", "")
    comment.reader = reader_id(person["reader"]) if "reader" in person else ""


def likes(demo, post, comment, count):
    Like.objects.bulk_create(
        Like(post=post, comment=comment, reader=reader_id(n)) for n in range(1, count + 1)
    )
    demo.count(count)


def reader_id(number):
    """A made-up like-cookie id: 32 hex digits, like the site's own."""
    return f"{number:032x}"
