"""Text from HTML, for counting words. Django's strip_tags leans on Python's
HTML parser, which raises AssertionError on some malformed declarations
(`<![>`), so a heading holding those characters made the post unsavable.
This never raises: a declaration the parser can't read is skipped the way a
browser skips a bogus comment, and anything else it chokes on falls back to
a rough strip of everything that looks like a tag."""

import html
import re
from html.parser import HTMLParser

ROUGH_TAG = re.compile(r"<[^>]*>?")


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def parse_html_declaration(self, i):
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1


def html_to_text(markup):
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:
        return html.unescape(ROUGH_TAG.sub(" ", markup))
    return "".join(parser.parts)
