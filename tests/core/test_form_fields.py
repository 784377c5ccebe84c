"""`{% form_field %}` (core/templatetags/form_fields.py): a field's label,
hint and errors tied to its control, and whatever was typed given back as
text, never as markup."""

from bs4 import BeautifulSoup
from django import forms

from core.templatetags.form_fields import form_field
from tests.hostile import xss_payloads


class NoteForm(forms.Form):
    name = forms.CharField(max_length=50, help_text="As you'd like it shown.")
    website = forms.URLField(required=False, assume_scheme="https")
    note = forms.CharField(widget=forms.Textarea)
    secret = forms.CharField()


def parsed(html):
    return BeautifulSoup(str(html), "html.parser")


def test_an_empty_field_is_labelled_with_its_hint():
    form = NoteForm()
    soup = parsed(
        form_field(form["name"], "note", autocomplete="name", hint=form["name"].help_text)
    )
    control = soup.find("input", id="note-name")
    assert soup.find("label", attrs={"for": "note-name"}).get_text() == "Name"
    assert control.attrs == {
        "id": "note-name",
        "type": "text",
        "name": "name",
        "value": "",
        "autocomplete": "name",
        "maxlength": "50",
        "required": "",
        "aria-describedby": "note-name-hint",
    }
    assert soup.find(id="note-name-hint").get_text() == "As you'd like it shown."
    optional = parsed(form_field(form["website"], "note", type="url"))
    assert optional.label.get_text() == "Website (optional)"
    assert "required" not in optional.input.attrs


def test_errors_are_named_at_the_field_and_what_was_typed_is_kept_as_text():
    payloads = xss_payloads(5)
    form = NoteForm({"name": payloads[0], "website": payloads[1], "note": payloads[2]})
    assert not form.is_valid()
    soup = parsed(
        form_field(form["website"], "note", type="url")
        + form_field(form["note"], "note", multiline=True, rows=6, hint="Plain text.")
        + form_field(form["secret"], "note", type="password")
    )
    assert soup.find_all("script") == [] and not soup.find_all(attrs={"onerror": True})
    website = soup.find("input", id="note-website")
    assert website["value"] == payloads[1] and website["aria-invalid"] == "true"
    assert website["aria-describedby"] == "note-website-error"
    assert soup.find(id="note-website-error").get_text() == "Enter a valid URL."
    note = soup.find("textarea", id="note-note")
    assert note.get_text() == "\n" + payloads[2] and note["rows"] == "6"
    assert "aria-invalid" not in note.attrs and note["aria-describedby"] == "note-note-hint"
    secret = soup.find("input", id="note-secret")
    assert "value" not in secret.attrs
    assert secret["aria-describedby"] == "note-secret-error"
    assert soup.find("div", class_="form-field--error").find(id="note-website") is not None
