from wagtail.admin.panels import FieldPanel


class ConfidentialityPanel(FieldPanel):
    """On a guest post: the contributor's confirmation checkbox, beneath the
    editor's tabs and above its Submit button, and for everyone the record of
    when it was given. Hidden on other posts."""

    def __init__(self, **kwargs):
        kwargs.setdefault("field_name", "confirm_confidentiality")
        super().__init__(**kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.pop("field_name", None)
        return kwargs

    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "guestposts/admin/confidentiality_panel.html"

        def is_shown(self):
            # Revision comparison binds panels without a form.
            return self.form is not None and "confirm_confidentiality" in self.form.fields

        def show_panel_furniture(self):
            # Rendered by itself beneath the tabs, in its own frame, rather
            # than as a tab or a collapsible section of one.
            return False

        def id_for_label(self):
            # The heading names the section; the checkbox keeps its own label,
            # which says what ticking it confirms (see the template).
            return ""

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["page"] = self.instance
            return context
