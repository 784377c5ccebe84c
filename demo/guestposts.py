"""The guest side: the contributor's account, their accepted pitch, and
guest posts, published or waiting in the review workflow."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from blog.models import BlogPage
from demo import posts, series
from guestposts.models import Pitch
from guestposts.setup import onboard_contributor


def contributor_account(demo, contributors, password):
    """The demo guest contributor (the one with an account), who can sign in to the admin."""
    data = next(entry for entry in contributors if entry.get("account"))
    User = get_user_model()
    user = User.objects.filter(username=data["email"]).first()
    if user is None:
        user = User.objects.create_user(
            data["email"], data["email"], password, first_name=data["name"]
        )
        onboard_contributor(demo.authors[data["slug"]], user)
        demo.count()
        demo.log(f"Guest contributor account created: {data['email']} / {password}")
    return user


def pitch(demo, data, contributor):
    """The contributor's pitch, already accepted."""
    fields = ("name", "organisation", "role", "outline", "credit")
    _, created = Pitch.objects.get_or_create(
        email=data["email"],
        title=data["title"],
        defaults={key: data[key] for key in fields}
        | {"status": Pitch.Status.ACCEPTED, "author": contributor.author_profile},
    )
    demo.count(created)


def guest_post(demo, guest_index, data, contributor):
    if BlogPage.objects.child_of(guest_index).filter(slug=data["slug"]).exists():
        return
    if data["state"] == "published":
        post = posts.publish(demo, guest_index, data)
        if any(demo.authors[slug].user_id == contributor.pk for slug in data["authors"]):
            BlogPage.objects.filter(pk=post.pk).update(owner=contributor)
        if data.get("series"):
            series.join(data["series"], post)
        return
    # Written by the contributor and submitted to the review workflow.
    post = posts.unsaved(demo, data, date=None)
    post.live = False
    post.owner = contributor
    post.confidentiality_confirmed_at = timezone.now()
    post.confidentiality_confirmed_by = contributor
    posts.add(guest_index, post, data)
    post.save_revision(user=contributor)
    post.get_workflow().start(post, contributor)
    demo.count()
