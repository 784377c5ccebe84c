"""Admin listing columns shared by the apps."""

from django.middleware.csrf import get_token
from wagtail.admin.ui.tables import Column


class FormCellColumn(Column):
    """A column whose cells hold POST forms. Wagtail renders cells without
    the request's context processors, so {% csrf_token %} would render
    nothing; the token is put in the cell's context here."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["csrf_token"] = get_token(request) if request else ""
        return context
