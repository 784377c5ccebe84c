"""A comment's own page: what a moderator needs to decide, and the author's reply form."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.admin.views.generic import InspectView
from wagtail.log_actions import log

from discussion import policy
from discussion.admin_views.display import comment_url
from discussion.admin_views.moderation import moderations_for
from discussion.models import Comment, CommentSettings
from discussion.posting import create_comment


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
