"""Who may comment where, and which comments wait for a moderator."""

import datetime
import re

from django.conf import settings
from django.utils import timezone

from blog.models import Author
from discussion.models import Comment, CommentSettings

# Levels below a top-level comment (0); xtd refuses deeper replies too.
MAX_LEVEL = settings.COMMENTS_XTD_MAX_THREAD_LEVEL


def settings_for(request):
    return CommentSettings.for_request(request)


def comments_closed(post, config):
    if not post.comments_open:
        return True
    if config.close_after_days and post.date:
        closes = post.date + datetime.timedelta(days=config.close_after_days)
        return timezone.localdate() >= closes
    return False


def can_reply_to(comment):
    return comment.is_published and comment.level < MAX_LEVEL


def author_profile(user):

    if not user or not user.is_authenticated:
        return None
    return Author.objects.filter(user=user).first()


def badge_for(user, post):
    """ "Author" for staff who write for the blog, "Guest author" for a guest
    contributor on their own post; no badge otherwise."""
    author = author_profile(user)
    if author is None or not user.has_perm("wagtailadmin.access_admin"):
        return Comment.Badge.NONE
    if author.kind == author.Kind.GUEST:
        on_own_post = any(a.pk == author.pk for a in post.authors)
        return Comment.Badge.GUEST_AUTHOR if on_own_post else Comment.Badge.NONE
    return Comment.Badge.AUTHOR


def held_word(text, config):
    for word in config.held_word_list():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            return word
    return None


def hold_reason(comment, post, config):
    """Why `comment` must wait for a moderator, or "" if it publishes now."""
    if comment.badge:
        return ""
    word = held_word(f"{comment.user_name}\n{comment.comment}", config)
    if word:
        return f"Contains a held word: {word}"
    if post.holds_all_comments:
        return "This post holds every comment"
    if config.hold_first_comment and not (
        Comment.objects.published().by_address(comment.user_email).exists()
    ):
        return "First comment from this address"
    return ""
