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

from discussion.text import render_plain

COMMENT = (
    '<li class="comment" id="comment-{pk}"><article class="comment__body">'
    '<p class="comment__meta"><span class="comment__author">{author}</span>{badge} '
    '<a class="comment__date" href="{permalink}"><time datetime="{iso}">{date}</time></a></p>'
    '<div class="comment__text">{text}</div><div class="comment__actions">{like}{reply}</div>'
    "</article>{replies}</li>\n"
)
# One small form per comment, the comment named by its button. No `action`
# field: a plain form POST likes; the script adds "unlike" when this browser
# already likes the comment.
LIKE = (
    '<form class="like" method="post" action="{action}" data-like>'
    '<button class="like__button" name="comment" value="{pk}"><span aria-hidden="true">♥</span> '
    '<span data-like-verb>Like</span><span class="visually-hidden"> comment by {name}</span></button> '
    '<span class="like__count"><span data-like-count>{likes}</span> like{plural}</span></form>'
)
REPLY = (
    ' <a class="comment__reply" href="{href}">Reply'
    '<span class="visually-hidden"> to {name}</span></a>'
)
REMOVED = '<li class="comment" id="comment-{pk}"><p class="comment__placeholder">This comment was removed.</p>{replies}</li>\n'
REPLIES = '<ol class="comment-list comment-list--replies">\n{}</ol>'


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
        local = moment.astimezone(self.zone)
        text = f"{local.day} {self.months[local.month - 1]} {local.year}, {local:%H:%M}"
        return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ"), text

    def comment(self, node):
        comment = node.comment
        replies = "".join(self.comment(child) for child in node.children)
        replies = REPLIES.format(replies) if replies else ""
        if not comment.is_published:
            return REMOVED.format(pk=comment.pk, replies=replies)
        name = escape(comment.user_name)
        author = name
        if comment.user_url:
            author = f'<a href="{escape(comment.user_url)}" rel="nofollow ugc">{name}</a>'
        badge = ""
        if comment.badge:
            badge = f' <span class="comment__badge">{escape(comment.badge_label)}</span>'
        iso, date = self.date(comment.submit_date)
        like = LIKE.format(
            action=self.like_url,
            pk=comment.pk,
            name=name,
            likes=node.likes,
            plural="" if node.likes == 1 else "s",
        )
        reply = ""
        if node.can_reply and not self.closed:
            reply = REPLY.format(href=self.reply_url.format(comment.pk), name=name)
        return COMMENT.format(
            pk=comment.pk,
            author=author,
            badge=badge,
            permalink=self.permalink.format(comment.pk),
            iso=iso,
            date=date,
            text=render_plain(comment.comment or ""),
            like=like,
            reply=reply,
            replies=replies,
        )


def comment_list(conversations, closed):
    """The `<li>` of each conversation (threads.Node), replies nested."""
    renderer = ThreadRenderer(closed)
    # Every piece is escaped above; comment text by render_plain.
    return mark_safe("".join(renderer.comment(node) for node in conversations))  # noqa: S308
