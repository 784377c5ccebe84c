"""WordPress post content → the project's StreamField blocks (blog/blocks.py).

Reads the three shapes a WordPress body comes in: HTML, classic-editor text
(paragraphs from blank lines, as WordPress's wpautop makes them) and
Gutenberg block markup (<!-- wp:name {...} -->). The result is the raw
stream data a BodyBlock StreamField takes. Nothing is fetched and nothing is
dropped silently: what has no block of its own is kept as sanitised rich
text and counted in `Notes`, so the import report can say what it was.

Pure: images and links are resolved through the callables passed in, so
this module touches no database."""

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Comment, Tag
from django.utils.text import slugify

from blog.sanitise import clean_html

SUMMARY_LENGTH = 400
HEADING_LENGTH = 200
CAPTION_LENGTH = 300
ATTRIBUTION_LENGTH = 200
LIST_ITEM_LENGTH = 500
ANCHOR_LENGTH = 80

# Providers WordPress turns a bare URL on its own line into an embed for.
EMBED_HOSTS = re.compile(
    r"^(www\.|m\.)?(youtube\.com|youtu\.be|vimeo\.com|soundcloud\.com|twitter\.com|x\.com|"
    r"flickr\.com|spotify\.com|open\.spotify\.com|ted\.com|dailymotion\.com|slideshare\.net|"
    r"instagram\.com|tiktok\.com|mixcloud\.com|wordpress\.tv|videopress\.com|reddit\.com)$",
    re.IGNORECASE,
)
BLOCK_COMMENT = re.compile(r"<!--\s+(/)?wp:([a-z0-9/-]+)\s*(\{.*?\})?\s*(/)?-->", re.DOTALL)
SHORTCODE = re.compile(r"\[(\[?)([a-zA-Z][\w-]*)([^\]]*?)(/?)\](?:(.*?)\[/\2\])?(\]?)", re.DOTALL)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
KNOWN_SHORTCODES = {"caption", "wp_caption", "gallery", "embed", "video", "audio"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
    "figure", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "iframe", "img", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "ul", "video", "audio", "object", "embed", "script", "style", "noscript", "template",
}  # fmt: skip
# Text with none of these is plain and needs no HTML parser.
PLAIN_UNSAFE = re.compile(r"[<>&\[]")
UNWRAPPED = {"div", "section", "article", "main", "header", "footer", "aside", "span"}
DROPPED_WITH_CONTENT = {"script", "style", "template", "noscript", "object", "embed", "form"}


@dataclass
class Notes:
    """What the conversion met that the report should mention."""

    shortcodes: Counter = field(default_factory=Counter)
    elements: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    missing_images: list = field(default_factory=list)

    def merge(self, other):
        self.shortcodes.update(other.shortcodes)
        self.elements.update(other.elements)
        self.removed.update(other.removed)
        self.missing_images.extend(other.missing_images)


@dataclass
class ImageRef:
    """What the body says about an image: the resolver turns it into an id."""

    src: str = ""
    wp_id: int | None = None
    alt: str = ""
    caption: str = ""


def _no_image(ref):
    return None


def _same_link(href):
    return href


class Converter:
    def __init__(self, resolve_image=_no_image, rewrite_link=_same_link):
        self.resolve_image = resolve_image
        self.rewrite_link = rewrite_link
        self.notes = Notes()
        self.blocks = []

    # Output ----------------------------------------------------------------

    def add(self, kind, value):
        self.blocks.append({"type": kind, "value": value})

    def add_rich(self, markup):
        cleaned = clean_html(markup).strip()
        if _visible(cleaned):
            self.add("paragraph", cleaned)

    def add_heading(self, text, level, anchor=""):
        text = _text(text)[:HEADING_LENGTH]
        if text:
            anchor = slugify(anchor)[:ANCHOR_LENGTH]
            self.add("heading", {"level": level, "text": text, "anchor": anchor})

    def add_image(self, ref):
        image_id = self.resolve_image(ref)
        if image_id is None:
            self.notes.missing_images.append(ref.src or f"attachment {ref.wp_id}")
            # The picture can't be brought across: keep a link to it, not nothing.
            if ref.src:
                label = html.escape(ref.alt or ref.caption or "Image")
                self.add_rich(f'<p><a href="{html.escape(ref.src)}">{label}</a></p>')
            return
        alt = _text(ref.alt)
        self.add(
            "image",
            {
                "image": {"image": image_id, "alt_text": alt, "decorative": not alt},
                "caption": _text(ref.caption)[:CAPTION_LENGTH],
                "warning": None,
            },
        )

    def add_embed(self, url):
        self.add("embed", url)

    # Entry -----------------------------------------------------------------

    def convert(self, content):
        content = (content or "").replace("\r\n", "\n").replace("\r", "\n")
        if BLOCK_COMMENT.search(content):
            self.convert_blocks(content)
        else:
            self.convert_classic(content)
        return self.blocks

    # Gutenberg -------------------------------------------------------------

    def convert_blocks(self, content):
        position = 0
        for name, attrs, inner, start, end in _top_level_blocks(content):
            if content[position:start].strip():
                self.convert_classic(content[position:start])
            self.convert_block(name, attrs, inner)
            position = end
        if content[position:].strip():
            self.convert_classic(content[position:])

    def convert_block(self, name, attrs, inner):
        name = name.removeprefix("core/")
        if name in {"paragraph", "heading", "list", "quote", "pullquote", "table", "html"}:
            self.convert_html(inner)
        elif name == "freeform":
            self.convert_classic(inner)
        elif name == "image":
            figure = _soup(inner).find(["figure", "img"])
            ref = _image_ref(figure) if figure else ImageRef()
            ref.wp_id = _int(attrs.get("id")) or ref.wp_id
            if ref.src or ref.wp_id:
                self.add_image(ref)
        elif name == "gallery":
            soup = _soup(inner)
            images = soup.find_all("img")
            if images:
                for img in images:
                    self.add_image(_image_ref(img.find_parent("figure") or img))
            else:
                for wp_id in attrs.get("ids") or []:
                    self.add_image(ImageRef(wp_id=_int(wp_id)))
        elif name in {"embed", "video"} or name.startswith("core-embed/"):
            url = attrs.get("url") or _text(_soup(inner).get_text())
            if url:
                self.add_embed(url.strip())
        elif name in {"separator", "spacer", "more", "nextpage"}:
            pass
        elif name in {"group", "columns", "column", "cover", "media-text"}:
            self.convert_blocks(inner) if BLOCK_COMMENT.search(inner) else self.convert_html(inner)
        else:
            self.notes.elements[f"wp:{name}"] += 1
            self.convert_html(inner)

    # Classic editor ---------------------------------------------------------

    def convert_classic(self, content):
        self.convert_html(self.expand_shortcodes(content), autop=True)

    def expand_shortcodes(self, content):
        """Caption, gallery and embed shortcodes become markup the HTML pass
        reads; unknown ones stay as their text and are counted."""

        def replace(match):
            if match.group(1) and match.group(6):  # [[escaped]]
                return match.group(0)[1:-1]
            name = match.group(2).lower()
            attrs = _shortcode_attrs(match.group(3))
            inner = match.group(5) or ""
            if name in {"caption", "wp_caption"}:
                soup = _soup(inner)
                img = soup.find("img")
                if img is None:
                    return inner
                (img.parent if img.parent.name == "a" else img).extract()
                caption = attrs.get("caption") or _text(soup.get_text(" "))
                wp_id = _int(attrs.get("id", "").removeprefix("attachment_"))
                return (
                    f'<figure data-wp-id="{wp_id or ""}">{img}'
                    f"<figcaption>{html.escape(caption)}</figcaption></figure>"
                )
            if name == "gallery":
                ids = [_int(part) for part in attrs.get("ids", "").split(",") if _int(part)]
                if not ids:
                    self.notes.shortcodes["gallery (without ids)"] += 1
                    return ""
                return "".join(f'<figure data-wp-id="{wp_id}"></figure>' for wp_id in ids)
            if name in {"embed", "video", "audio"}:
                url = inner.strip() or attrs.get("src") or attrs.get("mp4") or attrs.get("mp3", "")
                return f'\n\n<p data-embed="{html.escape(url)}"></p>\n\n' if url else ""
            self.notes.shortcodes[name] += 1
            return match.group(0)

        return SHORTCODE.sub(replace, content)

    # HTML ------------------------------------------------------------------

    def convert_html(self, markup, autop=False):
        soup = _soup(markup)
        run = []
        for node in list(soup.contents):
            if isinstance(node, Comment):
                continue
            if isinstance(node, Tag) and node.name in BLOCK_TAGS:
                self.flush(run, autop)
                run = []
                self.convert_element(node)
            else:
                run.append(node)
        self.flush(run, autop)

    def flush(self, run, autop):
        """Inline nodes between blocks: paragraphs from blank lines (wpautop)."""
        markup = "".join(str(node) for node in run)
        if not markup.strip():
            return
        paragraphs = re.split(r"\n\s*\n", markup) if autop else [markup]
        for paragraph in paragraphs:
            paragraph = paragraph.strip()
            if not paragraph:
                continue
            url = _bare_embed_url(paragraph)
            if url:
                self.add_embed(url)
                continue
            if autop and not PLAIN_UNSAFE.search(paragraph):
                # Plain text, the common case: what the sanitiser would make of it.
                self.add("paragraph", "<p>" + "<br/>".join(paragraph.split("\n")) + "</p>")
                continue
            if autop:
                paragraph = paragraph.replace("\n", "<br>")
            self.convert_paragraph(_soup(f"<p>{paragraph}</p>").p)

    def convert_element(self, node):
        name = node.name
        if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.add_heading(
                node.get_text(" "), "h2" if name in {"h1", "h2"} else "h3", node.get("id", "")
            )
        elif name == "p":
            if node.get("data-embed") is not None:
                self.add_embed(node["data-embed"])
            else:
                self.convert_paragraph(node)
        elif name in {"ul", "ol"}:
            self.convert_list(node)
        elif name == "blockquote":
            self.convert_quote(node)
        elif name == "table":
            self.convert_table(node)
        elif name == "figure":
            self.convert_figure(node)
        elif name == "img":
            self.add_image(_image_ref(node))
        elif name == "iframe":
            url = _embed_page_url(node.get("src", ""))
            if url:
                self.add_embed(url)
            else:
                self.notes.removed["iframe"] += 1
                if node.get("src", "").startswith(("http://", "https://")):
                    src = html.escape(node["src"])
                    self.add_rich(f'<p><a href="{src}">{src}</a></p>')
        elif name in {"video", "audio"}:
            source = node.get("src") or (node.find("source") or {}).get("src", "")
            if source:
                self.add_embed(source)
        elif name in DROPPED_WITH_CONTENT:
            self.notes.removed[name] += 1
        elif name == "hr":
            pass
        elif name == "pre":
            text = html.escape(node.get_text()).strip().replace("\n", "<br>")
            self.add_rich(f"<p>{text}</p>")
            self.notes.elements["pre"] += 1
        elif name in UNWRAPPED or name in {"details", "figcaption"}:
            self.convert_html(node.decode_contents(), autop=False)
        else:
            self.notes.elements[name] += 1
            self.add_rich(f"<p>{self.rewrite_links(node).decode_contents()}</p>")

    def convert_paragraph(self, node):
        images = node.find_all("img")
        if images and not _text(_without(node, images)):
            for img in images:
                self.add_image(_image_ref(img))
            return
        for img in images:
            self.add_image(_image_ref(img))
            img.decompose()
        for dropped in node.find_all(DROPPED_WITH_CONTENT | {"iframe"}):
            self.notes.removed[dropped.name] += 1
            dropped.decompose()
        self.add_rich(f"<p>{self.rewrite_links(node).decode_contents()}</p>")

    def convert_list(self, node):
        items = node.find_all("li", recursive=False)
        plain = all(
            not item.find(["a", "b", "strong", "i", "em", "ul", "ol", "sup", "sub"])
            and len(_text(item.get_text(" "))) <= LIST_ITEM_LENGTH
            for item in items
        )
        texts = [_text(item.get_text(" ")) for item in items]
        if items and plain and all(texts):
            self.add("list", {"style": node.name, "items": texts})
        else:
            # Links or nesting need rich text, which has lists of its own.
            self.add_rich(str(self.rewrite_links(node)))

    def convert_quote(self, node):
        cite = node.find("cite")
        attribution = _text(cite.get_text(" ")) if cite else ""
        if cite:
            cite.decompose()
        paragraphs = [_text(p.get_text(" ")) for p in node.find_all("p")] or [
            _text(node.get_text(" "))
        ]
        quote = "\n\n".join(p for p in paragraphs if p)
        if quote:
            self.add("quote", {"quote": quote, "attribution": attribution[:ATTRIBUTION_LENGTH]})

    def convert_table(self, node):
        rows = node.find_all("tr")
        data = [[_text(cell.get_text(" ")) for cell in row.find_all(["td", "th"])] for row in rows]
        data = [row for row in data if row]
        if not data or not any(any(row) for row in data):
            return
        width = max(len(row) for row in data)
        data = [row + [""] * (width - len(row)) for row in data]
        header = bool(node.find("thead")) or bool(rows and rows[0].find("th"))
        caption = node.find("caption")
        self.add(
            "table",
            {
                "data": data,
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "table_caption": _text(caption.get_text(" ")) if caption else "",
            },
        )

    def convert_figure(self, node):
        caption_node = node.find("figcaption")
        caption = _text(caption_node.get_text(" ")) if caption_node else ""
        img = node.find("img")
        wp_id = _int(node.get("data-wp-id"))
        if img or wp_id:
            ref = _image_ref(node) if img else ImageRef(wp_id=wp_id, caption=caption)
            self.add_image(ref)
        elif node.find("table"):
            self.convert_table(node.find("table"))
        elif node.find("blockquote"):
            self.convert_quote(node.find("blockquote"))
        elif node.find("iframe"):
            self.convert_element(node.find("iframe"))
        else:
            url = _bare_embed_url(node.get_text(" ").strip()) or (
                _text(node.get_text(" "))
                if "wp-block-embed" in " ".join(node.get("class", []))
                else ""
            )
            if url:
                self.add_embed(url)
            else:
                self.convert_html(node.decode_contents())

    def rewrite_links(self, node):
        for link in node.find_all("a", href=True):
            link["href"] = self.rewrite_link(link["href"])
        return node


def convert(content, resolve_image=_no_image, rewrite_link=_same_link):
    """Returns (stream data, Notes) for a WordPress post body."""
    converter = Converter(resolve_image, rewrite_link)
    converter.convert(content)
    return converter.blocks, converter.notes


def summary_from(excerpt, blocks, limit=SUMMARY_LENGTH):
    """The excerpt as plain text, or the first paragraph, within `limit`."""
    text = _text(BeautifulSoup(excerpt or "", "html.parser").get_text(" "))
    if not text:
        for block in blocks:
            if block["type"] == "paragraph":
                text = _text(BeautifulSoup(block["value"], "html.parser").get_text(" "))
                if text:
                    break
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{cut}…"


def comment_text(content):
    """A WordPress comment as the discussion app's plain text: the text of
    the few tags comments hold (links keep their address), paragraphs from
    blank lines and <p>, line breaks from <br>."""
    content = (content or "").replace("\r\n", "\n").replace("\r", "\n")
    if not PLAIN_UNSAFE.search(content):
        return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", content)).strip()
    soup = BeautifulSoup(content, "html.parser")
    for dropped in soup.find_all(DROPPED_WITH_CONTENT):
        dropped.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for paragraph in soup.find_all(["p", "blockquote", "li"]):
        paragraph.insert_before("\n\n")
        paragraph.insert_after("\n\n")
    for link in soup.find_all("a", href=True):
        text = link.get_text()
        href = link["href"]
        if href.startswith(("http://", "https://")) and href not in text:
            link.replace_with(f"{text} ({href})" if text.strip() else href)
    text = soup.get_text()
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# Helpers ---------------------------------------------------------------------


def _soup(markup):
    return BeautifulSoup(markup or "", "html.parser")


def _text(value):
    return " ".join(html.unescape(str(value or "")).split())


def _visible(markup):
    return bool(_text(BeautifulSoup(markup, "html.parser").get_text()))


def _int(value):
    value = str(value or "").strip()
    return int(value) if value.isdigit() else None


def _without(node, removed):
    copy = _soup(str(node))
    for img in copy.find_all("img"):
        img.decompose()
    return copy.get_text(" ")


def _image_ref(node):
    img = node if node.name == "img" else node.find("img")
    caption_node = node.find("figcaption") if node.name == "figure" else None
    wp_id = _int(node.get("data-wp-id")) if node.name == "figure" else None
    if img is not None and wp_id is None:
        for css in img.get("class", []):
            if css.startswith("wp-image-"):
                wp_id = _int(css.removeprefix("wp-image-"))
    return ImageRef(
        src=(img.get("src", "") if img is not None else "").strip(),
        wp_id=wp_id,
        alt=img.get("alt", "") if img is not None else "",
        caption=caption_node.get_text(" ") if caption_node else "",
    )


def _shortcode_attrs(text):
    return {
        match.group(1).lower(): next(g for g in match.groups()[1:] if g is not None)
        for match in ATTRIBUTE.finditer(text or "")
    }


def _bare_embed_url(text):
    text = text.strip()
    if not re.fullmatch(r"https?://\S+", text):
        return None
    host = urlsplit(text).hostname or ""
    return text if EMBED_HOSTS.match(host) else None


def _embed_page_url(src):
    """A player's address (an iframe's src) → the page the embed block links to."""
    parts = urlsplit(src if not src.startswith("//") else f"https:{src}")
    host = (parts.hostname or "").lower()
    if host.endswith("youtube.com") or host.endswith("youtube-nocookie.com"):
        match = re.match(r"^/embed/([\w-]+)", parts.path)
        if match:
            return f"https://www.youtube.com/watch?v={match.group(1)}"
    if host == "player.vimeo.com":
        match = re.match(r"^/video/(\d+)", parts.path)
        if match:
            return f"https://vimeo.com/{match.group(1)}"
    if EMBED_HOSTS.match(host):
        return src
    query = parse_qs(parts.query)
    return query.get("url", [None])[0] if host.endswith("wordpress.com") else None


def _top_level_blocks(content):
    """(name, attrs, inner markup, start, end) for each outermost Gutenberg
    block; a self-closing block has no inner markup."""
    depth, opened = 0, None
    for match in BLOCK_COMMENT.finditer(content):
        closing, name, raw_attrs, self_closing = match.groups()
        if closing:
            depth -= 1
            if depth == 0 and opened:
                start_match, start_name, attrs = opened
                yield (
                    start_name,
                    attrs,
                    content[start_match.end() : match.start()],
                    start_match.start(),
                    match.end(),
                )
                opened = None
            depth = max(depth, 0)
            continue
        try:
            attrs = json.loads(raw_attrs) if raw_attrs else {}
        except ValueError:
            attrs = {}
        if not isinstance(attrs, dict):
            attrs = {}
        if self_closing:
            if depth == 0:
                yield name, attrs, "", match.start(), match.end()
            continue
        if depth == 0:
            opened = (match, name, attrs)
        depth += 1
    if opened:  # an unclosed block: the rest is its content
        start_match, start_name, attrs = opened
        yield start_name, attrs, content[start_match.end() :], start_match.start(), len(content)
