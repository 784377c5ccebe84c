"""Erasing a commenter's data when they ask: every comment from their email
address (whatever its capitals) and every like made from the browsers those
comments came from.

Deleting removes the comments and the likes, except that a comment with a
reply from someone else beneath it stays, blanked and removed, so the reply
keeps its place in the thread (the page shows "This comment was removed.").
Anonymising keeps the text but nothing that says who wrote it. Either way an
Erasure record says what was done, by whom and when, but not to whom; and the
admin's history of those comments loses their names and words too."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.template.defaultfilters import pluralize
from wagtail.models import ModelLogEntry

from discussion.models import Comment, Erasure, Like
from discussion.posting import moderate

FORMER_COMMENTER = "Former commenter"
ERASED_LABEL = "Erased comment"
PLACEHOLDER_REASON = "Erased on request"


@dataclass
class Found:
    comments: list
    likes: list

    def __bool__(self):
        return bool(self.comments or self.likes)


@dataclass
class Result:
    erasure: Erasure
    deleted: int = 0
    kept: int = 0
    anonymised: int = 0

    def summary(self):
        likes = self.erasure.like_count
        like_text = f"{likes} like{pluralize(likes)}"
        if self.erasure.action == Erasure.Action.ANONYMISE:
            return (
                f"Anonymised {self.anonymised} comment{pluralize(self.anonymised)} "
                f"and deleted {like_text}."
            )
        text = f"Deleted {self.deleted} comment{pluralize(self.deleted)} and {like_text}."
        if self.kept:
            text += (
                f" {self.kept} comment{pluralize(self.kept)} had replies from other people, "
                f"so {'it stays' if self.kept == 1 else 'they stay'} in "
                f"{'its' if self.kept == 1 else 'their'} thread as “This comment was removed.”, "
                "with no name, address or text."
            )
        return text


def _readers(comments):
    return {comment.reader for comment in comments if comment.reader}


def find(email):
    """What erasing `email` would touch, for the editor to check first."""
    comments = list(
        Comment.objects.by_address(email).select_related("post").order_by("submit_date")
    )
    readers = _readers(comments)
    likes = (
        list(
            Like.objects.filter(reader__in=readers)
            .select_related("post", "comment")
            .order_by("created_at")
        )
        if readers
        else []
    )
    return Found(comments=comments, likes=likes)


def with_replies_from_others(comments):
    """The ids of `comments` with a reply beneath them (at any depth) that is
    not itself among `comments`."""
    erased = {comment.pk for comment in comments}
    threads = {comment.thread_id for comment in comments}
    children = defaultdict(list)
    rows = Comment.objects.filter(thread_id__in=threads).values_list("pk", "parent_id")
    for pk, parent_id in rows:
        if pk != parent_id:
            children[parent_id].append(pk)

    def has_survivor(pk):
        return any(child not in erased or has_survivor(child) for child in children[pk])

    return {pk for pk in erased if has_survivor(pk)}


def _unname(comment, *, blank_text=False):
    comment.user_name = FORMER_COMMENTER
    comment.user_email = ""
    comment.user_url = ""
    comment.user = None
    comment.ip_address = None
    comment.reader = ""
    comment.followup = False
    comment.badge = Comment.Badge.NONE
    fields = [
        "user_name",
        "user_email",
        "user_url",
        "user",
        "ip_address",
        "reader",
        "followup",
        "badge",
    ]
    if blank_text:
        comment.comment = ""
        comment.held_reason = PLACEHOLDER_REASON
        fields += ["comment", "held_reason"]
    comment.save(update_fields=fields)


def _relabel_history(comments, deleted_ids):
    """The admin's history names each comment by its author and first words;
    those labels go too."""
    content_type = ContentType.objects.get_for_model(Comment, for_concrete_model=False)
    entries = ModelLogEntry.objects.filter(content_type=content_type)
    if deleted_ids:
        entries.filter(object_id__in=[str(pk) for pk in deleted_ids]).update(label=ERASED_LABEL)
    for comment in comments:
        if comment.pk not in deleted_ids:
            entries.filter(object_id=str(comment.pk)).update(label=str(comment))


def erase(email, action, *, user, requested_on=None):
    """Deletes or anonymises (Erasure.Action) everything `find` finds for
    `email`, in one transaction. None if there was nothing to erase."""
    with transaction.atomic():
        comments = list(Comment.objects.by_address(email).select_for_update())
        if not comments:
            return None
        likes = Like.objects.filter(reader__in=_readers(comments))
        like_count = likes.count()
        likes.delete()
        result = Result(erasure=None)
        deleted_ids = set()
        if action == Erasure.Action.DELETE:
            kept = with_replies_from_others(comments)
            for comment in comments:
                if comment.pk in kept:
                    _unname(comment, blank_text=True)
                    if comment.state not in (Comment.State.REMOVED, Comment.State.SPAM):
                        moderate(comment, Comment.State.REMOVED)
            deleted_ids = {comment.pk for comment in comments} - kept
            Comment.objects.filter(pk__in=deleted_ids).delete()
            result.kept, result.deleted = len(kept), len(deleted_ids)
        elif action == Erasure.Action.ANONYMISE:
            for comment in comments:
                _unname(comment)
            result.anonymised = len(comments)
        else:
            raise ValueError(f"Unknown erasure action: {action!r}")
        _relabel_history(comments, deleted_ids)
        result.erasure = Erasure.objects.create(
            action=action,
            comment_count=len(comments),
            like_count=like_count,
            requested_on=requested_on,
            performed_by=user,
        )
    return result
