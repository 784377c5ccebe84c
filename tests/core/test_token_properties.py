"""Token decoding, for any string a link could carry: a dict back, or
InvalidToken, never another exception; and any change to a good token is
caught."""

import pytest
from django.core import signing
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.tokens import InvalidToken, load, signed_id

SALT = "tests.core.tokens"
token_text = st.text(
    alphabet=st.one_of(st.sampled_from("abcXYZ019-_:.=/%"), st.characters()), max_size=120
)


@settings(max_examples=300, deadline=None)
@given(token_text)
@example(":\ud800")
def test_any_string_is_a_token_or_invalid(text):
    try:
        data = load(text, salt=SALT, max_age=60)
    except InvalidToken as error:
        assert error.reason in ("invalid", "expired")
    else:
        assert isinstance(data, dict)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.characters(codec="ascii"))
def test_a_changed_token_is_refused(position, character):
    token = signing.dumps({"id": 7}, salt=SALT)
    index = position % len(token)
    changed = token[:index] + character + token[index + 1 :]
    if changed == token:
        return
    with pytest.raises(InvalidToken):
        load(changed, salt=SALT, max_age=60)


@given(st.one_of(st.integers(), st.text(), st.floats(), st.none(), st.booleans()))
def test_only_a_row_id_the_database_holds_is_an_id(value):
    if type(value) is int and 0 < value < 2**31:
        assert signed_id(value) == value
    else:
        with pytest.raises(InvalidToken):
            signed_id(value)
