"""The forms of guest posting: the public pitch form, asking for a new
invitation link, setting a password from an invitation, and the editors'
"invite a contributor directly" form. Every message names the problem in
plain British English."""

from django import forms
from django.contrib.auth import get_user_model, password_validation

from blog.models import Author, ContentWarning
from core.forms import HoneypotForm, reader_email_field
from guestposts.invitations import USERNAME_LENGTH, invitation_problem
from guestposts.models import Pitch

CREDIT_NEEDS_ORGANISATION = "Enter your team or organisation, or choose another way to be credited."


def too_long(what, limit):
    return f"{what} must be {limit:,} characters or fewer (it has %(show_value)s)."


class MultilineField(forms.CharField):
    """A textarea's text with Windows line endings made plain, so a line
    break counts once towards the limit, as the reader sees it."""

    widget = forms.Textarea

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


class PitchForm(HoneypotForm, forms.ModelForm):
    name = forms.CharField(
        label="Your name",
        max_length=120,
        error_messages={
            "required": "Enter your name.",
            "max_length": too_long("Your name", 120),
        },
    )
    email = reader_email_field()
    organisation = forms.CharField(
        label="Team or organisation",
        required=False,
        max_length=200,
        error_messages={"max_length": too_long("Your team or organisation", 200)},
    )
    role = forms.CharField(
        label="Your role",
        required=False,
        max_length=160,
        error_messages={"max_length": too_long("Your role", 160)},
    )
    title = forms.CharField(
        label="Proposed title",
        max_length=200,
        error_messages={
            "required": "Enter a proposed title.",
            "max_length": too_long("The title", 200),
        },
    )
    outline = MultilineField(
        label="Short outline",
        max_length=3000,
        error_messages={
            "required": "Write a short outline of your post.",
            "max_length": too_long("The outline", 3000),
        },
    )
    warnings = forms.ModelMultipleChoiceField(
        label="Content warnings it may need",
        queryset=ContentWarning.objects.all(),
        required=False,
        error_messages={
            "invalid_list": "Choose content warnings from the list.",
            "invalid_choice": "Choose content warnings from the list.",
            "invalid_pk_value": "Choose content warnings from the list.",
        },
    )
    credit = forms.ChoiceField(
        label="How would you like to be credited?",
        choices=Author.Credit.choices,
        error_messages={
            "required": "Choose how you’d like to be credited.",
            "invalid_choice": "Choose how you’d like to be credited.",
        },
    )

    class Meta:
        model = Pitch
        fields = ["name", "email", "organisation", "role", "title", "outline", "warnings", "credit"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("credit") == Author.Credit.TEAM and not cleaned.get("organisation"):
            self.add_error("organisation", CREDIT_NEEDS_ORGANISATION)
        return cleaned

    def warning_options(self):
        """Each warning with whether the reader ticked it, for the checkboxes."""
        chosen = {str(value) for value in (self["warnings"].value() or [])}
        return [
            (warning, str(warning.pk) in chosen) for warning in self.fields["warnings"].queryset
        ]

    def credit_options(self):
        chosen = self["credit"].value()
        if not self.is_bound and not chosen:
            chosen = Author.Credit.NAME
        return [(value, label, value == chosen) for value, label in Author.Credit.choices]


class NewLinkForm(HoneypotForm):
    email = reader_email_field()


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Enter a password."},
    )
    password2 = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": "Enter the same password again."},
    )

    def __init__(self, invitation, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = invitation

    def clean_password1(self):
        password = self.cleaned_data["password1"]
        # The validators compare the password with the account it will belong to.
        user = get_user_model()(
            username=self.invitation.email.lower(),
            email=self.invitation.email,
            first_name=self.invitation.author.name[:150],
        )
        password_validation.validate_password(password, user)
        return password

    def clean(self):
        cleaned = super().clean()
        one, two = cleaned.get("password1"), cleaned.get("password2")
        if one and two and one != two:
            self.add_error("password2", "The two passwords don’t match. Type the same one twice.")
        return cleaned

    def password_hint(self):
        return " ".join(password_validation.password_validators_help_texts())


class InviteForm(forms.Form):
    """Editors inviting a contributor without a pitch."""

    name = forms.CharField(
        label="Name",
        max_length=120,
        error_messages={"required": "Enter the contributor’s name."},
    )
    email = forms.EmailField(
        label="Email address",
        max_length=USERNAME_LENGTH,
        help_text="The invitation to set a password goes here; it becomes their username.",
        error_messages={
            "required": "Enter the contributor’s email address.",
            "invalid": "Enter an email address in the form name@example.org.",
            "max_length": too_long("The email address", USERNAME_LENGTH),
        },
    )
    role = forms.CharField(label="Role", max_length=160, required=False)
    organisation = forms.CharField(label="Team or organisation", max_length=200, required=False)
    credit = forms.ChoiceField(
        label="How they want to be credited",
        choices=Author.Credit.choices,
        initial=Author.Credit.NAME,
        widget=forms.RadioSelect,
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        problem = invitation_problem(email)
        if problem:
            raise forms.ValidationError(problem)
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("credit") == Author.Credit.TEAM and not cleaned.get("organisation"):
            self.add_error(
                "organisation",
                "Enter their team or organisation, or choose another way to credit them.",
            )
        return cleaned
