"""Signed, expiring tokens for the links in subscription emails. A token names
one subscription, one action and that subscription's current key, so it cannot
act on another address, and it stops working when the key changes."""

from django.core import signing
from django.utils.crypto import constant_time_compare

from core.tokens import InvalidToken, load, signed_id
from series.models import Subscription

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
MAX_AGE = {CONFIRM: 3 * 24 * 3600, UNSUBSCRIBE: 365 * 24 * 3600}
SALT = "commonroom.series.subscription"


def make_token(subscription, action):
    return signing.dumps({"s": subscription.pk, "k": subscription.key, "a": action}, salt=SALT)


def read_token(token, action):
    data = load(token, salt=SALT, max_age=MAX_AGE[action])
    if data.get("a") != action:
        raise InvalidToken("invalid")
    subscription = (
        Subscription.objects.filter(pk=signed_id(data.get("s"))).select_related("series").first()
    )
    if subscription is None or not constant_time_compare(subscription.key, str(data.get("k"))):
        raise InvalidToken("invalid")
    return subscription
