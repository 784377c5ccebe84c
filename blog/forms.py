from django import forms
from django.apps import apps
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from blog.hooks import confidentiality_guidance
from blog.warning_check import uncovered_body_warnings

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


class BlogPageForm(WagtailAdminPageForm):
    """The post editor's form. Checks that the post's warnings cover every
    warning used inside its body, and where the parent page asks for a
    confidentiality check (the guest post index does) asks the writer to
    confirm it before they submit for review."""

    confirm_confidentiality = forms.BooleanField(
        required=False,
        label="I confirm this post keeps everyone confidential",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.missing_warnings = []  # (warning, intensity) the body uses and the post lacks
        if self.for_user is not None and not self.for_user.has_perm("blog.change_author"):
            # Guest contributors write as themselves (see credit_contributor).
            self.formsets.pop("post_authors", None)
        self.offer_own_profile()
        guidance = confidentiality_guidance(self.parent())
        if guidance is None:
            del self.fields["confirm_confidentiality"]
        else:
            self.fields["confirm_confidentiality"].help_text = guidance

    def offer_own_profile(self):
        """A new post starts with the signed-in user's Author profile as its
        author, which they may remove or add to."""
        formset = self.formsets.get("post_authors")
        profile = getattr(self.for_user, "author_profile", None)
        if formset is None or profile is None or self.is_bound or self.instance.pk:
            return
        if formset.initial_form_count() == 0:
            formset.extra = 1
            formset.initial_extra = [{"author": profile.pk}]

    def parent(self):
        return self.parent_page or (self.instance.get_parent() if self.instance.pk else None)

    def is_submitting(self):
        return any(self.data.get(action) for action in SUBMIT_ACTIONS)

    def clean(self):
        cleaned_data = super().clean()
        if (
            "confirm_confidentiality" in self.fields
            and self.is_submitting()
            and not cleaned_data.get("confirm_confidentiality")
        ):
            self.add_error(
                "confirm_confidentiality",
                "Please read the confidentiality check and confirm it before submitting.",
            )
        self.check_body_warnings(cleaned_data)
        return cleaned_data

    def check_body_warnings(self, cleaned_data):
        body = cleaned_data.get("body")
        formset = self.formsets.get("warnings")
        # Child formsets are validated after the form itself; their own errors
        # are reported there, so this check waits for a valid formset.
        if body is None or formset is None or not formset.is_valid():
            return
        on_post = {
            form.cleaned_data["warning"].pk
            for form in formset.forms
            if form.cleaned_data.get("warning") and not form.cleaned_data.get("DELETE")
        }
        error, self.missing_warnings = uncovered_body_warnings(body, on_post)
        if error is not None:
            self.add_error("body", error)

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.cleaned_data.get("confirm_confidentiality") and self.is_submitting():
            page.confidentiality_confirmed_at = timezone.now()
            page.confidentiality_confirmed_by = self.for_user
        self.credit_contributor(page)
        if commit:
            page.save()
            self.save_m2m()
        return page

    def credit_contributor(self, page):
        """A guest contributor's new post is theirs: their Author profile
        becomes its author (they cannot choose authors themselves)."""
        profile = getattr(self.for_user, "author_profile", None)
        if profile is None or list(page.post_authors.all()):
            return
        # blog.models imports this module (BlogPage.base_form_class), and
        # either may be imported first, so the model is looked up, not imported.
        author_link = apps.get_model("blog", "BlogPageAuthor")
        page.post_authors.add(author_link(author=profile))
