"""Finding what a public request names. Only live, public posts and their
published comments are found, so no comment or like endpoint reveals a draft
or private page; ids readers send are digits few enough for the column."""

import re

from django.shortcuts import get_object_or_404

from blog.models import BlogPage
from discussion.models import Comment

ID = re.compile(r"[0-9]{1,9}")


def parse_id(value):
    """The id in `value`, or None for anything that isn't one."""
    return int(value) if isinstance(value, str) and ID.fullmatch(value) else None


class IdConverter:
    """The URL form of an id: an absurd number is simply not found."""

    regex = ID.pattern

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


def public_post(post_id):
    """A live post anyone may read; drafts and private posts are not found."""
    return get_object_or_404(BlogPage.objects.live().public(), pk=post_id)


def public_comment(comment_id):
    comment = get_object_or_404(Comment.objects.published(), pk=comment_id)
    comment.post = public_post(comment.post_id)
    return comment
