"""Reading the signed, expiring tokens in the links the site emails. Each
app's tokens module says what its tokens name and checks that against the
database; this is the part they share."""

from django.core import signing

EXPIRED = "expired"
INVALID = "invalid"


class InvalidToken(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def load(token, *, salt, max_age):
    """The dict signed into `token`; InvalidToken("expired") once it is older
    than `max_age` seconds, InvalidToken("invalid") for anything else."""
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise InvalidToken(EXPIRED) from None
    except (signing.BadSignature, UnicodeEncodeError):
        # A lone surrogate can't be encoded to be checked: no link carries one.
        raise InvalidToken(INVALID) from None
    if not isinstance(data, dict):
        raise InvalidToken(INVALID)
    return data


def signed_id(value):
    """A row id read from a token: a positive integer the database can hold.
    A re-signed token may carry anything (a string, a 30-digit number)."""
    if type(value) is not int or not 0 < value < 2**31:
        raise InvalidToken(INVALID)
    return value
