"""The comment renderer, for any text: only paragraphs, line breaks and
links to web addresses come out, and every character typed is shown."""

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from discussion.text import render_plain

# Pieces biased towards markup and web addresses, joined.
comment_text = st.lists(
    st.one_of(
        st.sampled_from(list("<>&\"'`/=:. \n\r\t()[]") + ["https://", "http://a.b/", "&amp;"]),
        st.characters(exclude_categories=["Cs"]),
    ),
    max_size=80,
).map("".join)


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.hrefs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [value for name, value in attrs if name == "href"]
        assert {name for name, _ in attrs} <= {"href", "rel"}

    def handle_data(self, data):
        self.text.append(data)


@settings(max_examples=400, deadline=None)
@given(comment_text)
def test_only_paragraphs_breaks_and_web_links_come_out(text):
    reader = Reader()
    reader.feed(render_plain(text))
    reader.close()
    assert set(reader.tags) <= {"p", "br", "a"}
    assert all(href.lower().startswith(("http://", "https://")) for href in reader.hrefs)
    # Fidelity: what was typed, less the whitespace that paragraphs replace.
    shown = "".join("".join(reader.text).split())
    assert shown == "".join(text.split())
