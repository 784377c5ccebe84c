"""Reading a WordPress export (WXR) file, safely and as a stream.

The file is read with defusedxml's SAX parser with document type
declarations forbidden: WXR never has one, and refusing them refuses entity
expansion bombs and external entities (files, network) together. Nothing is
kept as a tree: each author, term and item becomes a small dataclass as soon
as its closing tag is read. Serialized PHP in meta values stays text; it is
never unserialized."""

import re
from dataclasses import dataclass, field
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

from defusedxml import DefusedXmlException
from defusedxml.sax import make_parser

SUPPORTED_VERSIONS = {"1.0", "1.1", "1.2"}
# Every WXR version's namespace, e.g. http://wordpress.org/export/1.2/ (a file
# may mix them); a look-alike namespace is ignored, as any unknown one is.
WP = re.compile(r"^https?://wordpress\.org/export/1\.\d+/$")
EXCERPT = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"


class WXRError(Exception):
    """The file can't be imported; the message is one line naming where."""

    def __init__(self, message, line=None, column=None):
        self.line, self.column = line, column
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"{where}{message}")


@dataclass
class Author:
    id: int | None
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    description: str = ""


@dataclass
class Term:
    id: int | None
    taxonomy: str
    slug: str
    name: str
    parent: str = ""
    description: str = ""
    meta: dict = field(default_factory=dict)


@dataclass
class ItemTerm:
    """A term named on an item: <category domain="post_tag" nicename="x">X</category>."""

    domain: str
    slug: str
    name: str


@dataclass
class Comment:
    id: int
    author: str = ""
    email: str = ""
    url: str = ""
    date_gmt: str = ""
    date: str = ""
    content: str = ""
    approved: str = "1"
    type: str = ""
    parent: int = 0
    user_id: int = 0
    meta: dict = field(default_factory=dict)


@dataclass
class Item:
    post_id: int
    post_type: str = "post"
    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_name: str = ""
    status: str = ""
    post_parent: int = 0
    menu_order: int = 0
    password: str = ""
    comment_status: str = ""
    attachment_url: str = ""
    terms: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)
    line: int = 0


@dataclass
class Export:
    version: str = ""
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    authors: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    items: list = field(default_factory=list)

    @property
    def source(self):
        """The site the export came from: what the mapping table is keyed on."""
        return (self.base_blog_url or self.base_site_url or self.link).rstrip("/")


def _int(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() else 0


def _kind(uri, local):
    """A name for an element whatever prefix the file chose: 'wp:post_id'."""
    if not uri:
        return local
    if WP.match(uri):
        return f"wp:{local}"
    if EXCERPT.match(uri):
        return f"excerpt:{local}"
    if uri == CONTENT:
        return f"content:{local}"
    if uri == DC:
        return f"dc:{local}"
    return None


class _Node:
    __slots__ = ("name", "attrs", "text", "children")

    def __init__(self, name, attrs):
        self.name, self.attrs, self.text, self.children = name, attrs, [], []

    def value(self):
        return "".join(self.text)

    def child(self, name):
        for node in self.children:
            if node.name == name:
                return node.value()
        return ""

    def all(self, name):
        return [node for node in self.children if node.name == name]


def _meta(node, tag):
    meta = {}
    for entry in node.all(tag):
        key = entry.child("wp:meta_key").strip()
        if key:
            meta[key] = entry.child("wp:meta_value")
    return meta


def _author(node):
    return Author(
        id=_int(node.child("wp:author_id")) or None,
        login=node.child("wp:author_login").strip(),
        email=node.child("wp:author_email").strip(),
        display_name=node.child("wp:author_display_name").strip(),
        first_name=node.child("wp:author_first_name").strip(),
        last_name=node.child("wp:author_last_name").strip(),
        description=node.child("wp:author_description").strip(),
    )


def _term(node):
    if node.name == "wp:category":
        return Term(
            id=_int(node.child("wp:term_id")) or None,
            taxonomy="category",
            slug=node.child("wp:category_nicename").strip(),
            name=node.child("wp:cat_name").strip(),
            parent=node.child("wp:category_parent").strip(),
            description=node.child("wp:category_description").strip(),
            meta=_meta(node, "wp:termmeta"),
        )
    if node.name == "wp:tag":
        return Term(
            id=_int(node.child("wp:term_id")) or None,
            taxonomy="post_tag",
            slug=node.child("wp:tag_slug").strip(),
            name=node.child("wp:tag_name").strip(),
            description=node.child("wp:tag_description").strip(),
            meta=_meta(node, "wp:termmeta"),
        )
    return Term(
        id=_int(node.child("wp:term_id")) or None,
        taxonomy=node.child("wp:term_taxonomy").strip(),
        slug=node.child("wp:term_slug").strip(),
        name=node.child("wp:term_name").strip(),
        parent=node.child("wp:term_parent").strip(),
        description=node.child("wp:term_description").strip(),
        meta=_meta(node, "wp:termmeta"),
    )


def _comment(node):
    return Comment(
        id=_int(node.child("wp:comment_id")),
        author=node.child("wp:comment_author").strip(),
        email=node.child("wp:comment_author_email").strip(),
        url=node.child("wp:comment_author_url").strip(),
        date=node.child("wp:comment_date").strip(),
        date_gmt=node.child("wp:comment_date_gmt").strip(),
        content=node.child("wp:comment_content"),
        approved=node.child("wp:comment_approved").strip() or "1",
        type=node.child("wp:comment_type").strip(),
        parent=_int(node.child("wp:comment_parent")),
        user_id=_int(node.child("wp:comment_user_id")),
        meta=_meta(node, "wp:commentmeta"),
    )


def _item(node, line):
    return Item(
        post_id=_int(node.child("wp:post_id")),
        post_type=node.child("wp:post_type").strip() or "post",
        title=node.child("title").strip(),
        link=node.child("link").strip(),
        guid=node.child("guid").strip(),
        creator=node.child("dc:creator").strip(),
        content=node.child("content:encoded"),
        excerpt=node.child("excerpt:encoded"),
        post_date=node.child("wp:post_date").strip(),
        post_date_gmt=node.child("wp:post_date_gmt").strip(),
        post_name=node.child("wp:post_name").strip(),
        status=node.child("wp:status").strip(),
        post_parent=_int(node.child("wp:post_parent")),
        menu_order=_int(node.child("wp:menu_order")),
        password=node.child("wp:post_password"),
        comment_status=node.child("wp:comment_status").strip(),
        attachment_url=node.child("wp:attachment_url").strip(),
        terms=[
            ItemTerm(
                domain=term.attrs.get("domain", "category"),
                slug=term.attrs.get("nicename", ""),
                name=term.value().strip(),
            )
            for term in node.all("category")
        ],
        meta=_meta(node, "wp:postmeta"),
        comments=[_comment(comment) for comment in node.all("wp:comment")],
        line=line,
    )


CHANNEL_TEXT = {
    "wp:wxr_version": "version",
    "title": "title",
    "link": "link",
    "wp:base_site_url": "base_site_url",
    "wp:base_blog_url": "base_blog_url",
}
GATHERED = {"item", "wp:author", "wp:category", "wp:tag", "wp:term"}


class _Handler(ContentHandler):
    def __init__(self, on_item):
        super().__init__()
        self.export = Export()
        self.on_item = on_item
        self.depth = 0
        self.stack = []  # nodes of the element being gathered
        self.channel_text = None
        self.seen_channel = False
        self.locator = None
        self.item_line = 0

    def setDocumentLocator(self, locator):
        self.locator = locator

    def where(self):
        return self.locator.getLineNumber(), self.locator.getColumnNumber() + 1

    def fail(self, message):
        raise WXRError(message, *self.where())

    def startElementNS(self, name, qname, attrs):
        uri, local = name
        kind = _kind(uri, local)
        self.depth += 1
        if self.depth == 1:
            if kind != "rss":
                self.fail(
                    f"this is not a WordPress export (WXR) file: it starts with <{local}>, not <rss>"
                )
            return
        if self.depth == 2:
            if kind != "channel":
                self.fail(f"expected <channel> inside <rss>, found <{local}>")
            self.seen_channel = True
            return
        if self.stack:
            node = _Node(kind, {key[1]: value for key, value in attrs.items()})
            self.stack[-1].children.append(node)
            self.stack.append(node)
            return
        if self.depth == 3 and kind in GATHERED:
            if not self.export.version:
                self.fail(
                    "no <wp:wxr_version> before the content: not a WordPress export (WXR) file"
                )
            self.item_line = self.locator.getLineNumber()
            self.stack.append(_Node(kind, {key[1]: value for key, value in attrs.items()}))
        elif self.depth == 3 and kind in CHANNEL_TEXT:
            self.channel_text = (CHANNEL_TEXT[kind], [])

    def characters(self, content):
        if self.stack:
            self.stack[-1].text.append(content)
        elif self.channel_text:
            self.channel_text[1].append(content)

    def endElementNS(self, name, qname):
        self.depth -= 1
        if self.stack:
            node = self.stack.pop()
            if not self.stack:
                self._gathered(node)
            return
        if self.channel_text:
            attribute, text = self.channel_text
            self.channel_text = None
            value = "".join(text).strip()
            if attribute == "version" and value not in SUPPORTED_VERSIONS:
                self.fail(
                    f"unsupported WXR version {value[:20]!r}: this importer reads versions "
                    + ", ".join(sorted(SUPPORTED_VERSIONS))
                )
            setattr(self.export, attribute, value)

    def _gathered(self, node):
        if node.name == "item":
            item = _item(node, self.item_line)
            if self.on_item:
                self.on_item(item)
            self.export.items.append(item)
        elif node.name == "wp:author":
            author = _author(node)
            if author.login:
                self.export.authors.append(author)
        else:
            self.export.terms.append(_term(node))

    def endDocument(self):
        if not self.seen_channel:
            self.fail("no <channel>: not a WordPress export (WXR) file")
        if not self.export.version:
            self.fail("no <wp:wxr_version> in the channel: not a WordPress export (WXR) file")


class _KeptOpen:
    """The SAX reader closes what it reads; a caller's file stays open."""

    def __init__(self, file):
        self.file = file

    def read(self, size=-1):
        return self.file.read(size)

    def close(self):
        pass


def parse(source, on_item=None):
    """Reads a WXR file (a path or a binary file object) into an Export, or
    raises WXRError with the line and column where the file goes wrong."""
    parser = make_parser()
    parser.forbid_dtd = True
    parser.forbid_entities = True
    parser.forbid_external = True
    parser.setFeature(feature_namespaces, True)
    parser.setFeature(feature_external_ges, False)
    handler = _Handler(on_item)
    parser.setContentHandler(handler)
    if hasattr(source, "read"):
        source = _KeptOpen(source)
    try:
        parser.parse(source)
    except SAXParseException as error:
        message = error.getMessage()
        raise WXRError(
            f"the XML is broken ({message})", error.getLineNumber(), error.getColumnNumber() + 1
        ) from None
    except DefusedXmlException:
        line, column = handler.where() if handler.locator else (None, None)
        raise WXRError(
            "the file declares a document type (DTD); entity declarations and external "
            "entities are refused",
            line,
            column,
        ) from None
    except SAXException as error:
        raise WXRError(f"the XML can't be read ({error.getMessage()})") from None
    except UnicodeError as error:
        raise WXRError(f"the file is not valid text ({error.reason})") from None
    return handler.export
