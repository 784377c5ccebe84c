"""The admin's sign-in page. Everyone signs in with an email address (a
guest contributor's account is named by the address their invitation went
to), so the field says so, and an address is found whatever its capitals.
Accounts named otherwise (the demo's "admin") still sign in as before."""

from django.contrib.auth import get_user_model
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import LoginView


class SignInForm(LoginForm):
    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": "That email address and password don’t match. Please try again.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        field = self.fields["username"]
        field.label = "Email address"
        field.widget.attrs.update(
            {"placeholder": "Enter your email address", "autocomplete": "username"}
        )

    def clean_username(self):
        typed = self.cleaned_data["username"].strip()
        if "@" not in typed:
            return typed
        # Invitations refuse an address already in use whatever its capitals,
        # so at most one account answers to it.
        names = list(
            get_user_model()
            .objects.filter(username__iexact=typed)
            .values_list("username", flat=True)[:2]
        )
        return names[0] if len(names) == 1 else typed


class SignInView(LoginView):
    def get_form_class(self):
        return SignInForm
