from django import forms
from wagtail.admin.panels import InlinePanel, MultipleChooserPanel
from wagtail.admin.panels.base import Panel

from blog.warnings import warning_phrase


class PlainAddButton:
    """An inline panel whose button says what it adds in plain words ("Add
    an author"): Wagtail names it after the related model ("Add blog page
    author")."""

    def __init__(self, *args, add_label, **kwargs):
        self.add_label = add_label
        super().__init__(*args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "add_label": self.add_label}


class WarningsPanel(PlainAddButton, InlinePanel):
    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "blog/admin/panels/inline_panel.html"


class AuthorsPanel(PlainAddButton, MultipleChooserPanel):
    """Choosing a post's authors, for editors. The form drops the formset for
    users who may not choose authors (guest contributors write as
    themselves), and the panel then stays out of sight."""

    class BoundPanel(MultipleChooserPanel.BoundPanel):
        template_name = "blog/admin/panels/multiple_chooser_panel.html"

        def __init__(self, **kwargs):
            form = kwargs.get("form")
            relation = kwargs["panel"].relation_name
            self.hidden = form is not None and relation not in form.formsets
            if self.hidden:
                Panel.BoundPanel.__init__(self, **kwargs)
            else:
                super().__init__(**kwargs)

        def is_shown(self):
            return not self.hidden and super().is_shown()


class MissingWarningsPanel(Panel):
    """After a failed save, the warnings the body uses and the post lacks,
    each with a button (post-warnings.js; shown only with JavaScript) that
    adds it to the post's warnings in the form."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "blog/admin/panels/missing_warnings.html"

        def is_shown(self):
            return bool(getattr(self.form, "missing_warnings", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["missing"] = [
                {
                    "warning": warning,
                    "intensity": intensity,
                    "phrase": warning_phrase(warning, intensity),
                }
                for warning, intensity in self.form.missing_warnings
            ]
            return context

        @property
        def media(self):
            return forms.Media(js=["js/post-warnings.js"])
