"""Turning HTML into text survives any input (issue 13, 5): a body holding
`<![>` saves, and the sanitiser and text extraction never raise."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.rich_text import get_text_for_indexing

from blog.plaintext import html_to_text
from blog.sanitise import clean_html
from tests.blog.factories import BlogPageFactory
from tests.hostile import HOSTILE, _require

BROKEN = "<![>"


def dompurify_payloads():
    cases = json.loads(_require(HOSTILE / "dompurify-expect.json").read_text(encoding="utf-8"))
    return [case["payload"] for case in cases]


# Text biased towards the characters HTML parsers trip over.
markupish = st.text(
    alphabet=st.one_of(st.sampled_from("<>!/[]-?&;#='\" \nabcxCDATA"), st.characters()),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(markupish)
def test_html_to_text_never_raises_and_keeps_plain_text(text):
    result = html_to_text(text)
    assert isinstance(result, str)
    if "<" not in text and "&" not in text:
        assert result == text


@settings(max_examples=200, deadline=None)
@given(markupish)
def test_sanitiser_output_can_always_be_indexed(text):
    cleaned = clean_html(text)
    assert "<script" not in cleaned.lower()
    get_text_for_indexing(cleaned)
    html_to_text(cleaned)


def test_dompurify_cases_never_raise():
    for payload in dompurify_payloads():
        assert isinstance(html_to_text(payload), str)
        cleaned = clean_html(payload)
        assert "<script" not in cleaned.lower()
        get_text_for_indexing(cleaned)


def test_text_of_markup_is_its_words():
    assert html_to_text("<p>Guided <b>self-help</b></p>") == "Guided self-help"
    assert html_to_text(f"before {BROKEN} after").split() == ["before", "after"]
    assert html_to_text("a &amp; b") == "a & b"


BODIES = {
    "heading": [("heading", {"level": "h2", "text": BROKEN, "anchor": ""})],
    "quote": [("quote", {"quote": f"She said {BROKEN}", "attribution": BROKEN})],
    "list item": [("list", {"style": "ul", "items": [BROKEN, "second"]})],
    "table cell": [
        (
            "table",
            {"data": [[BROKEN, "b"], ["c", "d"]], "first_row_is_table_header": False},
        )
    ],
    "paragraph": [("paragraph", f"<p>{BROKEN} in rich text</p>")],
}


@pytest.mark.parametrize("where", BODIES)
def test_a_post_holding_a_broken_declaration_saves_and_renders(client, blog, where):
    post = BlogPageFactory(parent=blog, slug="broken", body=BODIES[where])
    post.save_revision().publish()
    post.refresh_from_db()
    assert post.reading_minutes == 1
    response = client.get(post.url)
    assert response.status_code == 200
    assert "&lt;![&gt;" in response.content.decode()
