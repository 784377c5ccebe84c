"""Approve, remove, mark as spam: the three moderations, and the view that applies one to a comment."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import log

from discussion.admin_views.display import comment_url
from discussion.admin_views.permissions import check_permission
from discussion.models import Comment
from discussion.posting import moderate


@dataclass(frozen=True)
class Moderation:
    """One of the three things a moderator does to a comment."""

    name: str  # the form's "action" value
    state: str  # Comment.State
    verb: str  # "Approve"
    done: str  # "Approved"
    log_action: str
    button_class: str = ""
    question: str = "{verb} {target}?"  # target: "this comment" or "these 3 comments"

    def ask(self, count):
        target = "this comment" if count == 1 else f"these {count} comments"
        return self.question.format(verb=self.verb, target=target)

    def allowed(self, comment):
        """Whether this would change `comment`. A comment emptied by an
        erasure only holds its replies' place, so it is never published."""
        if comment.state == self.state:
            return False
        return not (self.state == Comment.State.PUBLISHED and not comment.comment.strip())

    def apply(self, comment, user):
        """Moves `comment` to this state; False if it was there already."""
        if not self.allowed(comment):
            return False
        moderate(comment, self.state)
        log(comment, self.log_action, user=user, data={"state": str(self.state)})
        return True


MODERATIONS = {
    m.name: m
    for m in [
        Moderation(
            "approve", Comment.State.PUBLISHED, "Approve", "Approved", "discussion.comment.approve"
        ),
        Moderation(
            "remove",
            Comment.State.REMOVED,
            "Remove",
            "Removed",
            "discussion.comment.remove",
            "button-secondary",
        ),
        Moderation(
            "spam",
            Comment.State.SPAM,
            "Mark as spam",
            "Marked as spam",
            "discussion.comment.spam",
            "button-secondary no",
            question="Mark {target} as spam?",
        ),
    ]
}


def moderations_for(comment):
    """The moderations that would change `comment`."""
    return [m for m in MODERATIONS.values() if m.allowed(comment)]


@require_POST
def moderate_comment(request, pk):
    check_permission(request.user)
    comment = get_object_or_404(Comment.objects.select_related("post"), pk=pk)
    moderation = MODERATIONS.get(request.POST.get("action", ""))
    if moderation is None:
        messages.error(request, "Choose approve, remove or mark as spam.")
    elif moderation.apply(comment, request.user):
        messages.success(request, f"{moderation.done} the comment by {comment.user_name}.")
    elif comment.state == moderation.state:
        messages.info(
            request,
            f"The comment by {comment.user_name} is already {comment.get_state_display().lower()}.",
        )
    else:
        messages.error(request, "A comment with no text can’t be published.")
    # A URL, never a view name: redirect() would try to reverse `next=abc`.
    return HttpResponseRedirect(get_valid_next_url_from_request(request) or comment_url(comment))
