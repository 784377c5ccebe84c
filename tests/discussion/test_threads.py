"""Long threads: a fixed number of queries however many comments and likes,
pages of conversations, and permalinks that find a comment on any page."""

import random

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from discussion.models import Comment, Like
from discussion.posting import moderate
from tests.discussion.factories import comment_settings, make_comment
from tests.website.test_query_budget import POST_BUDGET


@pytest.fixture
def config(site_tree):
    return comment_settings(min_seconds=0, threads_per_page=50)


def grow_thread(post, count, seed=6):
    """`count` published comments in threads of mixed depth, each with likes."""
    rng = random.Random(seed)
    comments = []
    for n in range(count):
        candidates = [c for c in comments[-20:] if c.level < 3]
        parent = rng.choice(candidates) if candidates and rng.random() < 0.6 else None
        comments.append(make_comment(post, text=f"Comment {n}", parent=parent))
    likes = [
        Like(post=post, comment=comment, reader=f"{n:016x}{k:016x}")
        for n, comment in enumerate(comments)
        for k in range(1 + n % 3)
    ]
    Like.objects.bulk_create(
        likes + [Like(post=post, reader=f"{seed:016x}{k:016x}") for k in range(4)]
    )
    return comments


def queries_for(client, url, django_assert_max_num_queries, budget):
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_thread_costs_the_same_queries_for_5_or_500_comments(
    client, blog, post, config, django_assert_max_num_queries
):
    grow_thread(post, 5)
    client.get(post.url)  # creates the site settings rows once
    few = queries_for(client, post.url, django_assert_max_num_queries, POST_BUDGET)
    grow_thread(post, 495, seed=7)
    many = queries_for(client, post.url, django_assert_max_num_queries, POST_BUDGET)
    assert few == many
    html = client.get(post.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select(".comment-list--replies .comment-list--replies .comment-list--replies")
    assert "500 comments" in soup.select_one("#comments-title").get_text()


def test_comment_permalinks_find_their_page(client, post, config):
    comment_settings(threads_per_page=5)
    roots = [make_comment(post, text=f"Conversation {n}") for n in range(12)]
    deep = make_comment(
        post, text="Deep in the seventh", parent=make_comment(post, parent=roots[6])
    )
    first_page = client.get(post.url).content.decode()
    assert "Conversation 4" in first_page and "Conversation 5" not in first_page
    assert '<a href="?comments=1#comments" aria-current="page">' in first_page
    assert '<a href="?comments=3#comments">' in first_page
    third = client.get(post.url, {"comments": 3}).content.decode()
    assert "Conversation 11" in third and "Conversation 9" not in third
    for comment, page in ((roots[0], None), (deep, 2), (roots[11], 3)):
        location = client.get(reverse("comment_permalink", args=[comment.pk]))["Location"]
        query = f"?comments={page}" if page else ""
        assert location == f"{post.url}{query}#comment-{comment.pk}"
        html = client.get(post.url + query).content.decode()
        assert f'id="comment-{comment.pk}"' in html


def test_held_and_spam_comments_neither_show_nor_count(client, post, config):
    make_comment(post, text="Visible one.")
    make_comment(post, text="Awaiting one.", state=Comment.State.AWAITING)
    make_comment(post, text="Spam one.", state=Comment.State.SPAM)
    html = client.get(post.url).content.decode()
    assert "Visible one." in html
    assert "Awaiting one." not in html and "Spam one." not in html
    assert "1 comment" in html


def test_a_removed_comment_holds_its_place_while_replies_hang_from_it(client, post, config):
    root = make_comment(post, text="Soon removed.")
    reply = make_comment(post, text="A reply that stays.", parent=root)
    leaf = make_comment(post, text="Removed leaf.", parent=reply)

    moderate(root, Comment.State.REMOVED)
    moderate(leaf, Comment.State.SPAM)
    html = client.get(post.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert "Soon removed." not in html and "Removed leaf." not in html
    assert soup.select_one(f"#comment-{root.pk} .comment__placeholder").get_text() == (
        "This comment was removed."
    )
    assert soup.select_one(f"#comment-{root.pk} #comment-{reply.pk}") is not None
    # Moderation acts on one comment: the reply was not unpublished with its parent.
    reply.refresh_from_db()
    assert reply.is_published


def test_approving_a_comment_does_not_publish_held_replies_beneath_it(post, config):
    root = make_comment(post)
    held_reply = make_comment(post, parent=root, state=Comment.State.AWAITING)
    moderate(root, Comment.State.REMOVED)
    moderate(root, Comment.State.PUBLISHED)
    held_reply.refresh_from_db()
    assert held_reply.state == Comment.State.AWAITING
