"""`{% form_field %}`: a labelled form field with its hint and errors tied to
it (aria-describedby, aria-invalid), the one way public forms print a field.

Written in Python rather than as an include: the comment form under every
post prints four, and through the template engine they were a tenth of a
post's render."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def form_field(field, prefix, type="text", autocomplete="", hint="", multiline=False, rows=8):
    field_id = f"{prefix}-{field.name}"
    errors = field.errors
    required = field.field.required
    current = field.value()
    current = "" if current is None else current
    # (name, value) in the order they are written; a value of None is a
    # boolean attribute, and False leaves the attribute out.
    attributes = [("id", field_id)]
    if not multiline:
        attributes.append(("type", type))
    attributes.append(("name", field.html_name))
    if multiline:
        attributes.append(("rows", rows))
    else:
        attributes += [
            ("value", type != "password" and current),
            ("autocomplete", autocomplete or False),
            ("maxlength", getattr(field.field, "max_length", None) or False),
        ]
    described_by = [f"{field_id}-hint"] * bool(hint) + [f"{field_id}-error"] * bool(errors)
    attributes += [
        ("required", None if required else False),
        ("aria-invalid", bool(errors) and "true"),
        ("aria-describedby", " ".join(described_by) or False),
    ]
    written = format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if given is None else format_html(' {}="{}"', name, given),)
            for name, given in attributes
            if given is not False
        ),
    )
    if multiline:
        control = format_html("<textarea{}>\n{}</textarea>", written, current)
    else:
        control = format_html("<input{}>", written)
    return format_html(
        '<div class="form-field{}">\n<label for="{}">{}{}</label>\n{}{}{}\n</div>',
        " form-field--error" if errors else "",
        field_id,
        field.label,
        "" if required else " (optional)",
        format_html('<p class="small" id="{}-hint">{}</p>\n', field_id, hint) if hint else "",
        format_html('<p class="form-error" id="{}-error">{}</p>\n', field_id, " ".join(errors))
        if errors
        else "",
        control,
    )
