import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.validators import URLValidator

from core.forms import HoneypotForm, reader_email_field
from discussion import policy
from discussion.lookups import parse_id
from discussion.models import Comment
from discussion.text import links_in

STAMP_SALT = "commonroom.discussion.stamp"
# A stamp is the signed moment a form was shown, for the minimum delay
# before sending. Cached pages carry none: the likes script fetches a fresh
# one with the like state, the reply page and a form shown again carry their
# own. It lasts half an hour and serves once; a comment sent without a
# usable one (no JavaScript, an old tab) gets a page to confirm it, which
# carries a fresh stamp, so nothing typed is lost.
STAMP_MAX_AGE = 30 * 60


def new_stamp():
    return signing.dumps({"t": time.time(), "n": secrets.token_hex(8)}, salt=STAMP_SALT)


class CommentForm(HoneypotForm):
    """A reader's comment or reply. Bound to one post: a reply must name a
    published comment on that post with room beneath it for another level."""

    name = forms.CharField(
        label="Your name",
        max_length=50,
        help_text="Shown with your comment. Up to 50 characters.",
        error_messages={
            "required": "Enter the name to show with your comment.",
            "max_length": "Your name must be 50 characters or fewer (it has %(show_value)s).",
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = reader_email_field(help_text="Never shown to anyone.")
    url = forms.URLField(
        label="Your website",
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        error_messages={"invalid": "Enter a web address starting with https:// or http://."},
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    comment = forms.CharField(
        label="Your comment",
        max_length=settings.COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Write your comment before sending it.",
            "max_length": (
                "Your comment must be %(limit_value)s characters or fewer (it has %(show_value)s)."
            ),
        },
    )
    followup = forms.BooleanField(
        label="Email me when someone replies to this comment",
        required=False,
        help_text="We'll email you first to check it's your address. Every email has a link to stop them.",
    )
    parent = forms.CharField(required=False, widget=forms.HiddenInput)
    stamp = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, post, config, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.post, self.config, self.user = post, config, user
        self.fields["comment"].help_text = (
            f"Plain text, up to {settings.COMMENT_MAX_LENGTH:,} characters and "
            f"{config.max_links} links. Web addresses become links; nothing else is formatted."
        )
        self.needs_confirmation = False
        if self.signed_in:
            for name in ("name", "email", "url"):
                del self.fields[name]

    @property
    def signed_in(self):
        return self.user is not None and self.user.is_authenticated

    def prepare_to_show_again(self):
        """After an error: a fresh render time, and no reply target if the
        one given was refused, so sending again posts a new comment."""
        self.data = self.data.copy()
        self.data["stamp"] = new_stamp()
        if self.cleaned_data.get("parent") is None:
            self.data["parent"] = ""

    def clean_comment(self):
        text = self.cleaned_data["comment"]
        links = len(links_in(text))
        if links > self.config.max_links:
            raise forms.ValidationError(
                f"A comment can have up to {self.config.max_links} links; this one has {links}. "
                "Please remove some and send it again."
            )
        return text

    def clean(self):
        # The hidden fields' problems are the form's, told in words the reader can act on.
        cleaned = super().clean()
        self._check_stamp(cleaned.get("stamp"))
        cleaned["parent"] = self._check_parent(cleaned.get("parent"))
        return cleaned

    def _check_stamp(self, stamp):
        try:
            data = signing.loads(stamp or "", salt=STAMP_SALT, max_age=STAMP_MAX_AGE)
            started, nonce = float(data["t"]), str(data["n"])
        except (signing.BadSignature, TypeError, ValueError, KeyError):
            started = nonce = None
        # Once only: a stamp replayed for a second comment must wait again.
        if nonce is None or not cache.add(f"comment-stamp:{nonce}", 1, STAMP_MAX_AGE):
            self.needs_confirmation = True
            self.add_error(None, "Please check your comment, then send it.")
            return
        if time.time() - started < self.config.min_seconds:
            self.add_error(
                None,
                "That was quicker than a person can type. Please check your comment and send it again.",
            )

    def _check_parent(self, parent_id):
        if not parent_id:
            return None
        pk = parse_id(parent_id)
        parent = Comment.objects.filter(pk=pk, post=self.post).first() if pk else None
        if parent is None or not parent.is_published:
            self.add_error(
                None,
                "The comment you are replying to is no longer available. "
                "Send yours again to post it as a new comment.",
            )
            return None
        if not policy.can_reply_to(parent):
            self.add_error(
                None,
                "Replies can't go any deeper here. Send yours again to post it as a new comment.",
            )
            return None
        return parent
