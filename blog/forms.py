from wagtail.admin.forms import WagtailAdminPageForm


class BlogPageForm(WagtailAdminPageForm):
    """Checks that the post's warnings cover every warning used inside its
    body, so a reader is always told at the top what lies further down."""

    def clean(self):
        cleaned_data = super().clean()
        from blog.warnings import warnings_in_body

        body = cleaned_data.get("body")
        formset = self.formsets.get("warnings")
        # Child formsets are validated after the form itself; their own errors
        # are reported there, so this check waits for a valid formset.
        if body is None or formset is None or not formset.is_valid():
            return cleaned_data
        on_post = {
            form.cleaned_data["warning"].pk
            for form in formset.forms
            if form.cleaned_data.get("warning") and not form.cleaned_data.get("DELETE")
        }
        missing = [warning for warning in warnings_in_body(body) if warning.pk not in on_post]
        if missing:
            names = ", ".join(f"“{warning.name}”" for warning in missing)
            self.add_error(
                None,
                f"The body has sensitive content warned for {names}, but the post’s own content "
                "warnings don’t include it. Add it under Content warnings, with its intensity.",
            )
        return cleaned_data
