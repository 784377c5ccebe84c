"""Pieces shared by the forms anyone can post: subscribing, pitching, asking
for a new invitation link."""

from django import forms


class HoneypotForm(forms.Form):
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label="Leave this empty")

    def is_bot(self):
        return bool(self.data.get("website"))


def reader_email_field(**kwargs):
    """ "Your email address", with the messages every public form gives."""
    error_messages = {
        "required": "Enter your email address.",
        "invalid": "Enter an email address in the form name@example.org.",
        "max_length": "Your email address must be 254 characters or fewer (it has %(show_value)s).",
    }
    return forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages=error_messages,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        **kwargs,
    )
