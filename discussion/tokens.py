"""Signed, expiring tokens for the links a commenter receives: to see a held
comment, to confirm reply emails and to stop them. A token names one comment,
one action and the address it was issued to, so it stops working if the
comment's address changes (after erasure, say). No pickled data: JSON only."""

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from core.tokens import InvalidToken, load, signed_id
from discussion.models import Comment

HELD = "held"
CONFIRM_REPLIES = "confirm"
STOP_REPLIES = "stop"
MAX_AGE = {
    HELD: 7 * 24 * 3600,
    CONFIRM_REPLIES: 7 * 24 * 3600,
    STOP_REPLIES: 180 * 24 * 3600,
}
SALT = "commonroom.discussion"


def _address_key(comment):
    address = comment.user_email.strip().lower()
    return salted_hmac("commonroom.discussion.address", address).hexdigest()[:16]


def make_token(comment, action):
    return signing.dumps({"c": comment.pk, "a": action, "k": _address_key(comment)}, salt=SALT)


def read_token(token, action):

    data = load(token, salt=SALT, max_age=MAX_AGE[action])
    if data.get("a") != action:
        raise InvalidToken("invalid")
    comment = Comment.objects.filter(pk=signed_id(data.get("c"))).select_related("post").first()
    if comment is None or not comment.user_email:
        raise InvalidToken("invalid")
    if not constant_time_compare(_address_key(comment), str(data.get("k"))):
        raise InvalidToken("invalid")
    return comment
