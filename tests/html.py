"""Reading rendered pages the way a reader meets them."""

import re
from html import unescape


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
