"""Helpers for the comment tests: posting through the public form as a
browser would, and making comments directly in a given state."""

from django.urls import reverse
from wagtail.models import Site

from discussion.forms import new_stamp
from discussion.models import Comment, CommentSettings
from tests.origin import ORIGIN  # noqa: F401  (imported from here by the comment tests)


def comment_settings(**values):
    config = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(config, name, value)
    config.save()
    return config


def form_data(**fields):
    data = {
        "name": "Priya",
        "email": "priya@example.org",
        "url": "",
        "comment": "Thank you for this. It helped me decide to apply.",
        "stamp": new_stamp(),
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def post_comment(client, post, **fields):
    """POSTs the comment form from our own origin, as a browser does."""
    return client.post(
        reverse("comment_post", args=[post.pk]), form_data(**fields), HTTP_ORIGIN=ORIGIN
    )


def make_comment(
    post,
    text="A comment.",
    name="Reader",
    email="reader@example.org",
    parent=None,
    state=Comment.State.PUBLISHED,
    **fields,
):
    comment = Comment(
        post=post,
        comment=text,
        user_name=name,
        user_email=email,
        parent_id=parent.pk if parent else 0,
        **fields,
    )
    comment.set_state(state)
    comment.save()
    return comment
