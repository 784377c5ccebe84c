"""Plain summaries reach feed readers as the same text (issue 13, 7): Atom
says type="text", RSS escapes them as HTML, and feedparser reads back
exactly what was typed."""

import html
import re

import feedparser
import pytest

from tests.blog.factories import BlogPageFactory
from tests.fuzz.payloads import hostile_strings, sample

# Characters XML 1.0 can't carry are another finding's business (issue 13, 2).
XML_SAFE = re.compile(r"^[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")


def summaries():
    values = [v.strip() for v in hostile_strings() if XML_SAFE.match(v) and v.strip()]
    return sample([v[:400] for v in values], "feed-summaries", 20)


def shown(value, entry_detail):
    # What a reader displays: HTML content is rendered, text is taken as is.
    return html.unescape(value) if entry_detail.type == "text/html" else value


@pytest.mark.parametrize("url", ["/blog/feed/", "/blog/feed/atom/"])
def test_hostile_summaries_round_trip_through_feedparser(client, blog, url):
    typed = summaries()
    for number, summary in enumerate(typed):
        BlogPageFactory(parent=blog, slug=f"p{number}", title=f"Post {number}", summary=summary)
    changed = []
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.get("bozo_exception")
    by_title = {entry.title: entry for entry in feed.entries}
    for number, summary in enumerate(typed):
        entry = by_title.get(f"Post {number}")
        if entry is None:
            continue
        if shown(entry.summary, entry.summary_detail) != summary:
            changed.append((summary, entry.summary))
    assert len(by_title) == len(typed)
    assert not changed, changed[:5]


def test_atom_summaries_are_text(client, blog):
    BlogPageFactory(parent=blog, summary="<b>not bold</b>")
    body = client.get("/blog/feed/atom/").content.decode()
    assert '<summary type="text">&lt;b&gt;not bold&lt;/b&gt;</summary>' in body
