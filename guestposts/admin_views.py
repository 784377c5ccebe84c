"""Editors' actions on pitches in the Wagtail admin: accept and invite,
decline, and invite a contributor directly without a pitch."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.text import slugify
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from blog.models import Author
from core.tasks import enqueue_after_commit
from guestposts import invitations
from guestposts.forms import InviteForm
from guestposts.models import Pitch
from guestposts.tasks import send_pitch_declined

PERMISSION = "guestposts.change_pitch"
SLUG_LENGTH = 100


def check_permission(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def unique_author_slug(name, organisation, credit):
    """A slug that never gives away more than the credit does: a team is
    named by its team, an anonymous contributor by nothing at all."""
    if credit == Author.Credit.ANONYMOUS:
        base = "anonymous-contributor"
    elif credit == Author.Credit.TEAM and organisation:
        base = slugify(organisation)[:SLUG_LENGTH].strip("-") or "guest-team"
    else:
        base = slugify(name)[:SLUG_LENGTH].strip("-") or "guest"
    slug, n = base, 2
    while Author.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_guest_author(name, role, organisation, credit):
    return Author.objects.create(
        name=name,
        slug=unique_author_slug(name, organisation, credit),
        role=role,
        organisation=organisation,
        credit=credit,
        kind=Author.Kind.GUEST,
        bio="",
    )


def inspect_url(pitch):
    return reverse("guestposts_pitch:inspect", args=[pitch.pk])


@require_POST
def accept_pitch(request, pk):
    check_permission(request.user)
    with transaction.atomic():
        pitch = get_object_or_404(Pitch.objects.select_for_update(), pk=pk)
        if pitch.status == Pitch.Status.ACCEPTED or pitch.author_id:
            messages.error(request, f"“{pitch.title}” has already been accepted.")
            return redirect(inspect_url(pitch))
        problem = invitations.invitation_problem(pitch.email)
        if problem:
            messages.error(request, f"No invitation sent. {problem}")
            return redirect(inspect_url(pitch))
        author = create_guest_author(pitch.name, pitch.role, pitch.organisation, pitch.credit)
        pitch.author = author
        pitch.status = Pitch.Status.ACCEPTED
        pitch.save(update_fields=["author", "status"])
        invitations.issue_invitation(author, pitch.email, invited_by=request.user)
    messages.success(
        request,
        f"Accepted “{pitch.title}”. {pitch.name} will get an email inviting them to set a "
        "password; the link works for 14 days.",
    )
    return redirect(inspect_url(pitch))


@require_POST
def decline_pitch(request, pk):
    check_permission(request.user)
    pitch = get_object_or_404(Pitch, pk=pk)
    with transaction.atomic():
        declined = Pitch.objects.filter(pk=pk, status=Pitch.Status.NEW).update(
            status=Pitch.Status.DECLINED
        )
        if declined:
            enqueue_after_commit(send_pitch_declined, pitch.pk)
    if declined:
        messages.success(
            request, f"Declined “{pitch.title}”. {pitch.name} will get a short, polite email."
        )
    else:
        messages.error(request, f"“{pitch.title}” is no longer new, so it can’t be declined.")
    return redirect(inspect_url(pitch))


class InviteView(WagtailAdminTemplateMixin, FormView):
    """Invites a contributor who didn't send a pitch: the same author
    profile and invitation that accepting a pitch makes."""

    form_class = InviteForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = "Invite a contributor directly"
    header_icon = "user"
    success_url = reverse_lazy("guestposts_pitch:index")

    def dispatch(self, request, *args, **kwargs):
        check_permission(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("guestposts_pitch:index"), "label": "Pitches"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("guestposts_invite")
        context["submit_button_label"] = "Create profile and send invitation"
        context["submit_button_active_label"] = "Sending…"
        return context

    def form_invalid(self, form):
        messages.error(self.request, "The invitation could not be sent. Check the form below.")
        return super().form_invalid(form)

    def form_valid(self, form):
        data = form.cleaned_data
        with transaction.atomic():
            author = create_guest_author(
                data["name"], data["role"], data["organisation"], data["credit"]
            )
            invitations.issue_invitation(author, data["email"], invited_by=self.request.user)
        messages.success(
            self.request,
            f"Created a guest author profile for {author.name} and sent an invitation "
            "to set a password; the link works for 14 days.",
        )
        return super().form_valid(form)
