"""How the admin names and links a comment, wherever it lists one."""

from django.urls import reverse
from django.utils.text import Truncator

EXCERPT_LENGTH = 80


def excerpt(comment, length=EXCERPT_LENGTH):
    return Truncator(" ".join(comment.comment.split())).chars(length)


def comment_url(comment):
    return reverse("discussion_comment:inspect", args=[comment.pk])


def author_name(comment):
    if comment.badge:
        return f"{comment.user_name} ({comment.get_badge_display()})"
    return comment.user_name
