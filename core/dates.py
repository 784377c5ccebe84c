"""The admin's date and date-time fields. Wagtail's picker, on leaving a
field whose text it can't read in its one format, silently puts today's date
in its place: an author who typed 2027-02-10 published "today". Here the
picker leaves what was typed alone, the server reads both the UK and the ISO
form (Django adds the ISO formats to every locale's input formats), anything
else comes back as an error with the text kept, and the field says what it
expects."""

from django.db import models
from django.utils.html import format_html
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

DATE_HINT = "Day/month/year, for example 10/02/2027 (2027-02-10 works too)."
DATETIME_HINT = "Day/month/year and time, for example 10/02/2027 09:00."


class FormatHint:
    """Shows `hint` under the field, named by the input's aria-describedby.
    Added in render(): Django's form renderer doesn't read the project's
    templates folder."""

    hint = ""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        hint_id = f"{attrs['id']}-format" if attrs.get("id") else ""
        if hint_id:
            attrs["aria-describedby"] = f"{attrs.get('aria-describedby', '')} {hint_id}".strip()
        html = super().render(name, value, attrs, renderer)
        if hint_id:
            return html + format_html('<p class="help" id="{}">{}</p>', hint_id, self.hint)
        return html + format_html('<p class="help">{}</p>', self.hint)


class DateInput(FormatHint, AdminDateInput):
    hint = DATE_HINT

    def __init__(self, attrs=None, format=None):
        super().__init__(attrs={"placeholder": "dd/mm/yyyy", **(attrs or {})}, format=format)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


class DateTimeInput(FormatHint, AdminDateTimeInput):
    hint = DATETIME_HINT

    def __init__(self, attrs=None, **kwargs):
        super().__init__(attrs={"placeholder": "dd/mm/yyyy hh:mm", **(attrs or {})}, **kwargs)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


def use_in_admin():
    register_form_field_override(models.DateField, override={"widget": DateInput})
    register_form_field_override(models.DateTimeField, override={"widget": DateTimeInput})
