"""Comments are plain text: paragraphs and line breaks are kept and bare web
addresses become links; nothing else the reader typed is interpreted."""

import re
from html import escape

from django.utils.safestring import mark_safe

URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
TRAILING_PUNCTUATION = ".,;:!?'\"”’)]}"


def _trim(url):
    while url and url[-1] in TRAILING_PUNCTUATION:
        # Keep a closing bracket that belongs to the address, as in Wikipedia's.
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def links_in(text):
    return [_trim(match.group(0)) for match in URL.finditer(text)]


def _linkify(line):
    if "://" not in line:  # most lines: no address to look for
        return escape(line)
    pieces, position = [], 0
    for match in URL.finditer(line):
        url = _trim(match.group(0))
        if not url.partition("://")[2]:
            continue
        pieces.append(escape(line[position : match.start()]))
        pieces.append(f'<a href="{escape(url)}" rel="nofollow ugc">{escape(url)}</a>')
        position = match.start() + len(url)
    pieces.append(escape(line[position:]))
    return "".join(pieces)


def plain_html(text):
    """Escaped HTML for a comment, as a plain str: <p> per paragraph, <br>
    per line break. For code that builds HTML itself (discussion/rendering.py)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\n" not in text:  # one line, as most comments are
        return f"<p>{_linkify(text)}</p>" if text else ""
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(
        "<p>" + "<br>".join(_linkify(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )


def render_plain(text):
    """plain_html(text), marked safe for templates."""
    return mark_safe(plain_html(text))  # noqa: S308 - every piece is escaped
