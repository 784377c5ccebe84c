from wagtail.admin.panels import MultipleChooserPanel
from wagtail.admin.panels.base import Panel


class AuthorsPanel(MultipleChooserPanel):
    """Choosing a post's authors, for editors. The form drops the formset for
    users who may not choose authors (guest contributors write as
    themselves), and the panel then stays out of sight."""

    class BoundPanel(MultipleChooserPanel.BoundPanel):
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
