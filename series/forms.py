from django import forms


class FollowForm(forms.Form):
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address in the form name@example.org.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Left empty by people; bots that fill every field give themselves away.
    website = forms.CharField(required=False, label="Leave this empty")

    def is_bot(self):
        return bool(self.data.get("website"))
