"""The HTML of a thread's comments, built in Python.

A long thread is most of a post page's render time when each comment goes
through template includes: hundreds of variable lookups, URL reversals, date
and number formatting per comment. Here each comment is one string format,
with the URLs reversed once per thread and the dates formatted directly.
templates/discussion/includes/thread.html holds the rest of the thread (its
heading, the post's like form, pagination, the comment form)."""

import datetime
from html import escape

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe

from discussion.text import plain_html


# The like form: one small form per comment, the comment named by its
# button. No `action` field: a plain form POST likes; the script adds
# "unlike" when this browser already likes the comment.
def _url_with_id(name):
    """`name`'s URL with "{}" where the comment id goes, reversed once."""
    url = reverse(name, args=[0])
    assert url.count("/0/") == 1, url
    return url.replace("/0/", "/{}/")


class ThreadRenderer:
    def __init__(self, closed):
        self.closed = closed
        self.like_url = escape(reverse("like"))
        self.permalink = _url_with_id("comment_permalink")
        self.reply_url = _url_with_id("comment_reply")
        self.months = [str(MONTHS[number]) for number in range(1, 13)]
        self.zone = timezone.get_current_timezone()

    def date(self, moment):
        """The machine-readable moment in UTC to the minute, and the words."""
        utc = moment.astimezone(datetime.UTC).replace(tzinfo=None)
        local = moment.astimezone(self.zone)
        words = (
            f"{local.day} {self.months[local.month - 1]} {local.year},"
            f" {local.hour:02d}:{local.minute:02d}"
        )
        return f"{utc.isoformat(timespec='minutes')}Z", words

    # f-strings rather than str.format templates: a long thread formats
    # hundreds of comments, and formatting was the largest part of that.
    def comment(self, node):
        comment = node.comment
        pk = comment.pk
        replies = "".join(self.comment(child) for child in node.children)
        if replies:
            replies = f'<ol class="comment-list comment-list--replies">\n{replies}</ol>'
        if not comment.is_published:
            return (
                f'<li class="comment" id="comment-{pk}">'
                f'<p class="comment__placeholder">This comment was removed.</p>{replies}</li>\n'
            )
        name = escape(comment.user_name)
        author = name
        if comment.user_url:
            author = f'<a href="{escape(comment.user_url)}" rel="nofollow ugc">{name}</a>'
        badge = ""
        if comment.badge:
            badge = f' <span class="comment__badge">{escape(comment.badge_label)}</span>'
        iso, date = self.date(comment.submit_date)
        likes = node.likes
        like = (
            f'<form class="like" method="post" action="{self.like_url}" data-like>'
            f'<button class="like__button" name="comment" value="{pk}">'
            '<span aria-hidden="true">♥</span> <span data-like-verb>Like</span>'
            f'<span class="visually-hidden"> comment by {name}</span></button> '
            f'<span class="like__count"><span data-like-count>{likes}</span>'
            f" like{'' if likes == 1 else 's'}</span></form>"
        )
        reply = ""
        if node.can_reply and not self.closed:
            reply = (
                f' <a class="comment__reply" href="{self.reply_url.format(pk)}">Reply'
                f'<span class="visually-hidden"> to {name}</span></a>'
            )
        return (
            f'<li class="comment" id="comment-{pk}"><article class="comment__body">'
            f'<p class="comment__meta"><span class="comment__author">{author}</span>{badge} '
            f'<a class="comment__date" href="{self.permalink.format(pk)}">'
            f'<time datetime="{iso}">{date}</time></a></p>'
            f'<div class="comment__text">{plain_html(comment.comment or "")}</div>'
            f'<div class="comment__actions">{like}{reply}</div></article>{replies}</li>\n'
        )


def comment_list(conversations, closed):
    """The `<li>` of each conversation (threads.Node), replies nested."""
    renderer = ThreadRenderer(closed)
    # Every piece is escaped above; comment text by plain_html.
    return mark_safe("".join(renderer.comment(node) for node in conversations))  # noqa: S308
