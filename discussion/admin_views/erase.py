"""Erasing a commenter's data on request: find it by address, then delete or anonymise it (discussion.erasure does the work)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput

from discussion import erasure
from discussion.admin_views.permissions import ERASURE_PERMISSION, check_permission
from discussion.models import Erasure


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
