"""Moderating readers' comments in the Wagtail admin: the listing, a
comment's own page (with the author's reply form), approve / remove / spam
for one comment or many, editing, and erasing a commenter's data on request.
Every state change goes through discussion.posting.moderate, so reply emails
go out exactly when a comment is first published."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from core.columns import FormCellColumn
from discussion import erasure, policy
from discussion.filters import comments_in_listing
from discussion.lookups import parse_id
from discussion.models import Comment, CommentSettings, Erasure
from discussion.posting import create_comment, moderate

PERMISSION = "discussion.change_comment"
ERASURE_PERMISSION = "discussion.add_erasure"
EXCERPT_LENGTH = 80


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Comments arrive from readers and leave through moderation or erasure,
    so nobody adds or deletes one here; seeing them is part of moderating,
    so every view needs the change permission."""

    def __init__(self):
        super().__init__(Comment)

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return user.has_perm(PERMISSION)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def check_permission(user, permission=PERMISSION):
    if not user.has_perm(permission):
        raise PermissionDenied


def excerpt(comment, length=EXCERPT_LENGTH):
    return Truncator(" ".join(comment.comment.split())).chars(length)


def comment_url(comment):
    return reverse("discussion_comment:inspect", args=[comment.pk])


# ---------------------------------------------------------------------------
# Approve, remove, mark as spam
# ---------------------------------------------------------------------------


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


class CommentBulkAction(PermissionCheckedMixin, BulkAction):
    models = [Comment]
    permission_policy = ModerationPermissionPolicy()
    permission_required = "change"
    template_name = "discussion/admin/confirm_bulk_moderate.html"
    moderation_name = None

    @classmethod
    def moderation(cls):
        return MODERATIONS[cls.moderation_name]

    @classmethod
    def get_queryset(cls, model, object_ids):
        # Ids come from the query string: anything not an id names nothing.
        object_ids = [pk for pk in map(parse_id, object_ids) if pk is not None]
        return list(
            Comment.objects.filter(pk__in=object_ids)
            .select_related("post")
            .order_by("-submit_date")
        )

    def get_all_objects_in_listing_query(self, parent_id):
        # "All comments in the listing": the listing's own filters and search
        # arrive with the request, so act on exactly those.
        return comments_in_listing(self.request.GET, self.request).values_list("pk", flat=True)

    def object_context(self, comment):
        return {"item": comment, "url": comment_url(comment), "excerpt": excerpt(comment)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        moderation = self.moderation()
        context["moderation"] = moderation
        context["confirm_label"] = f"Yes, {moderation.verb.lower()}"
        context["question"] = moderation.ask(len(context["items"]))
        return context

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        moderation = cls.moderation()
        changed = sum(moderation.apply(comment, user) for comment in objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        moderation = self.moderation()
        unchanged = len(self.actionable_objects) - num_parent_objects
        message = f"{moderation.done} {num_parent_objects} comment{pluralize(num_parent_objects)}."
        if unchanged:
            message += f" {unchanged} left as {'it was' if unchanged == 1 else 'they were'}."
        return message


class ApproveBulkAction(CommentBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve the selected comments"
    action_priority = 10
    moderation_name = "approve"


class RemoveBulkAction(CommentBulkAction):
    display_name = "Remove"
    action_type = "remove"
    aria_label = "Remove the selected comments"
    action_priority = 20
    moderation_name = "remove"


class SpamBulkAction(CommentBulkAction):
    display_name = "Mark as spam"
    action_type = "spam"
    aria_label = "Mark the selected comments as spam"
    action_priority = 30
    moderation_name = "spam"


BULK_ACTIONS = [ApproveBulkAction, RemoveBulkAction, SpamBulkAction]


# ---------------------------------------------------------------------------
# The listing
# ---------------------------------------------------------------------------


class PostColumn(Column):
    cell_template_name = "discussion/admin/post_cell.html"


class ModerateColumn(FormCellColumn):
    """Approve / remove / spam buttons for each row, as small POST forms."""

    cell_template_name = "discussion/admin/moderate_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["moderations"] = moderations_for(instance)
        context["next"] = listing_url(parent_context["table"].base_url, request)
        return context


def listing_url(index_url, request):
    """The listing as the editor sees it (filters, search, page), even when
    the rows were fetched as a fragment from the results URL."""
    if request is None:
        return index_url
    params = request.GET.copy()
    params.pop("_w_filter_fragment", None)
    return f"{index_url}?{params.urlencode()}" if params else index_url


def author_name(comment):
    if comment.badge:
        return f"{comment.user_name} ({comment.get_badge_display()})"
    return comment.user_name


class CommentIndexView(IndexView):
    page_title = "Comments"

    def get_base_queryset(self):
        return Comment.objects.select_related("post")

    @cached_property
    def columns(self):
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="comment"),
            title_column_class(
                "comment",
                label="Comment",
                accessor=excerpt,
                get_url=comment_url,
                get_title_id=lambda comment: f"comment_{comment.pk}_title",
            ),
            Column("user_name", label="Name", accessor=author_name, sort_key="user_name"),
            Column("user_email", label="Email", sort_key="user_email"),
            PostColumn("post", label="Post"),
            DateColumn("submit_date", label="Date", sort_key="submit_date"),
            Column("state", label="State", accessor="get_state_display"),
            Column("held_reason", label="Held because"),
            ModerateColumn("moderate", label="Moderate"),
        ]

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        awaiting = reverse("discussion_comment:index") + "?state=awaiting"
        buttons.append(HeaderButton("Awaiting moderation", url=awaiting, icon_name="comment"))
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm(ERASURE_PERMISSION):
            buttons.append(
                Button(
                    "Erase a commenter’s data",
                    url=reverse("discussion_erasure:erase"),
                    icon_name="bin",
                    priority=50,
                )
            )
        if user.has_perm("discussion.view_erasure"):
            buttons.append(
                Button(
                    "Erasure records",
                    url=reverse("discussion_erasure:index"),
                    icon_name="list-ul",
                    priority=60,
                )
            )
        return buttons


# ---------------------------------------------------------------------------
# A comment's own page, with the author's reply; editing
# ---------------------------------------------------------------------------


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply",
        max_length=settings.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=(
            "Posted under your own name, with your author badge if you write for the blog. "
            "Plain text: line breaks are kept and web addresses become links."
        ),
        error_messages={"required": "Write your reply before sending it."},
    )


def reply_refusal(comment):
    """Why `comment` can't take a reply, or "" if it can."""
    if policy.can_reply_to(comment):
        return ""
    if not comment.is_published:
        return "Only a published comment can be replied to. Approve it first."
    return (
        f"Replies go {policy.MAX_LEVEL} levels deep and this comment is already at the "
        "deepest level, so it can’t take a reply. Reply to the comment above it instead."
    )


class CommentInspectView(InspectView):
    """What a moderator needs to decide about a comment, the buttons to do
    it, and (for a published comment) a form to reply as yourself."""

    page_title = "Comment"

    def get_object(self, queryset=None):
        return get_object_or_404(Comment.objects.select_related("post"), pk=self.pk)

    def get_page_subtitle(self):
        return f"By {self.object.user_name}"

    def get_fields(self):
        return []  # the template lays out the comment itself

    def post(self, request, *args, **kwargs):
        comment = self.object
        refusal = reply_refusal(comment)
        if refusal:
            messages.error(request, f"Your reply was not posted. {refusal}")
            return redirect(comment_url(comment))
        form = ReplyForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Your reply was not posted. Check the form below.")
            return self.render_to_response(self.get_context_data(reply_form=form))
        post = comment.post
        reply = create_comment(
            post,
            text=form.cleaned_data["text"],
            config=CommentSettings.for_site(post.get_site()),
            parent=comment,
            user=request.user,
        )
        log(reply, "discussion.comment.reply", user=request.user, data={"parent": comment.pk})
        if reply.is_published:
            messages.success(request, "Your reply is published.")
        else:
            messages.warning(
                request, f"Your reply is waiting for moderation ({reply.held_reason.lower()})."
            )
        return redirect(comment_url(comment))

    def get_context_data(self, reply_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.object
        context["comment"] = comment
        context["moderations"] = moderations_for(comment)
        context["parent"] = (
            Comment.objects.filter(pk=comment.parent_id).first()
            if comment.parent_id != comment.pk
            else None
        )
        context["replies"] = (
            Comment.objects.filter(parent_id=comment.pk).exclude(pk=comment.pk).order_by("order")
        )
        context["reply_refusal"] = reply_refusal(comment)
        context["reply_form"] = reply_form or ReplyForm()
        context["edit_url"] = self.get_edit_url()
        context["history_url"] = reverse("discussion_comment:history", args=[comment.pk])
        return context


class CommentEditForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user_name"].required = True
        self.fields["user_name"].error_messages["required"] = "Enter the name to show."
        self.fields["comment"].error_messages["required"] = "A comment needs some text."


class CommentEditView(EditView):
    """Edits a comment's name and text; its thread, post and state stay put
    (xtd only works out threading when a comment is first saved)."""

    def get_success_url(self):
        return comment_url(self.object)

    def get_success_message(self, instance=None):
        return f"Saved the comment by {self.object.user_name}."


# ---------------------------------------------------------------------------
# Erasure on request
# ---------------------------------------------------------------------------


class FindForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="Every comment from this address is found, whatever its capitals.",
        error_messages={
            "required": "Enter the email address the person commented with.",
            "invalid": "Enter an email address, like name@example.org.",
        },
    )
    requested_on = forms.DateField(
        label="Date of the request",
        required=False,
        widget=AdminDateInput,
        help_text="When the person asked. Kept with the record; the address is not.",
    )


class EraseForm(FindForm):
    action = forms.ChoiceField(
        label="What to do",
        choices=[
            (
                Erasure.Action.DELETE,
                "Delete: remove their comments and likes. A comment that others replied to "
                "stays in its thread as “This comment was removed.”, with no name, address "
                "or text.",
            ),
            (
                Erasure.Action.ANONYMISE,
                "Anonymise: keep the words of their comments, shown as by “Former "
                "commenter” with no address; remove their likes.",
            ),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to delete or anonymise."},
    )
    confirm = forms.BooleanField(
        label="I understand this can’t be undone",
        error_messages={"required": "Tick the box to confirm; this can’t be undone."},
    )

    def __init__(self, *args, **kwargs):
        # Shown on the same page as the search form: keep the ids apart.
        kwargs.setdefault("auto_id", "erase_%s")
        super().__init__(*args, **kwargs)
        # Carried over from the search the editor just checked.
        self.fields["email"].widget = forms.HiddenInput()
        self.fields["requested_on"].widget = forms.HiddenInput()


class EraseView(WagtailAdminTemplateMixin, TemplateView):
    """Finds what a commenter left, by email address, and deletes or
    anonymises it. The address travels only in POST bodies, never in URLs."""

    template_name = "discussion/admin/erase.html"
    page_title = "Erase a commenter’s data"
    header_icon = "bin"

    def dispatch(self, request, *args, **kwargs):
        check_permission(request.user)
        check_permission(request.user, ERASURE_PERMISSION)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("discussion_comment:index"), "label": "Comments"},
            {"url": reverse("discussion_erasure:index"), "label": "Erasures"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(find_form=FindForm()))

    def post(self, request, *args, **kwargs):
        if request.POST.get("step") == "erase":
            return self.erase(request)
        find_form = FindForm(request.POST)
        if not find_form.is_valid():
            return self.render_to_response(self.get_context_data(find_form=find_form))
        data = find_form.cleaned_data
        found = erasure.find(data["email"])
        erase_form = EraseForm(
            initial={"email": data["email"], "requested_on": data["requested_on"]}
        )
        return self.render_to_response(
            self.get_context_data(find_form=find_form, found=found, erase_form=erase_form)
        )

    def erase(self, request):
        erase_form = EraseForm(request.POST)
        if not erase_form.is_valid():
            email = erase_form.cleaned_data.get("email")
            found = erasure.find(email) if email else None
            find_form = FindForm(request.POST)
            return self.render_to_response(
                self.get_context_data(find_form=find_form, found=found, erase_form=erase_form)
            )
        data = erase_form.cleaned_data
        result = erasure.erase(
            data["email"], data["action"], user=request.user, requested_on=data["requested_on"]
        )
        if result is None:
            messages.info(request, "Nothing was found for that address, so nothing was erased.")
            return redirect("discussion_erasure:erase")
        messages.success(request, result.summary())
        return redirect("discussion_erasure:index")
