"""Reading rendered pages the way a reader meets them."""

import re
from html import unescape

from bs4 import BeautifulSoup
from bs4.exceptions import ParserRejectedMarkup


def text(html):
    """The page's text as a reader hears it: tags dropped, spaces squeezed."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def banner(client, post):
    html = client.get(post.url).content.decode()
    match = re.search(r'<nav class="series-banner".*?</nav>', html, re.S)
    return text(match.group(0)) if match else None


def part_nav(client, post):
    html = client.get(post.url).content.decode()
    match = re.search(r'<nav class="part-nav".*?</nav>', html, re.S)
    return match.group(0) if match else ""


ACTIVE_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "form",
    "base",
    "meta",
}


def inert(html):
    r"""No element that runs or loads script, no event handler, and no
    javascript: (or data:) address: text that merely mentions them is fine."""
    try:
        tags = BeautifulSoup(html, "html.parser").find_all(True)
    except ParserRejectedMarkup:
        return "<" not in html
    for tag in tags:
        if tag.name in ACTIVE_TAGS:
            return False
        for attr, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            scheme = value.strip().lower().replace("\x00", "")
            if attr.lower().startswith("on"):
                return False
            if attr in {"href", "src", "action", "formaction"} and scheme.startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                return False
    return True


def without_render_stamp(html):
    """Page bytes without the comment form's signed render time, the one
    thing that changes from one render to the next (a cached copy carries it
    stale, which is harmless)."""
    return re.sub(rb'name="stamp" value="[^"]*"', b'name="stamp"', html)
