"""Every URL pattern the project defines (django.urls.get_resolver, walked
recursively: our apps, Wagtail's admin, documents) and every page route of
the site (each live page and its RoutablePageMixin sub-routes), as templates
whose placeholders the suite fills with real and hostile values."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
NAMED_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>")
INTEGER_REGEX = re.compile(r"^(\[0-9\]|\\d)([+*]|\{\d+(,\d+)?\})?$")


@dataclass(frozen=True)
class Placeholder:
    name: str
    numeric: bool


@dataclass(frozen=True)
class Route:
    """A URL as literal pieces and placeholders, e.g. ("admin/pages/", P, "/edit/")."""

    pieces: tuple
    name: str = ""

    @property
    def placeholders(self):
        return [piece for piece in self.pieces if isinstance(piece, Placeholder)]

    @property
    def template(self):
        return "/" + "".join(
            f"<{piece.name}>" if isinstance(piece, Placeholder) else piece for piece in self.pieces
        )

    def url(self, values):
        return "/" + "".join(
            str(values[piece.name]) if isinstance(piece, Placeholder) else piece
            for piece in self.pieces
        )


def _route_pieces(pattern):
    pieces, position = [], 0
    for match in ROUTE_PARAM.finditer(pattern):
        pieces.append(pattern[position : match.start()])
        converter = match["converter"] or "str"
        pieces.append(Placeholder(match["name"], converter == "int" or converter == "id"))
        position = match.end()
    pieces.append(pattern[position:])
    return pieces


def _group_end(regex, start):
    depth = 0
    for index in range(start, len(regex)):
        if regex[index] == "\\":
            continue
        if regex[index] == "(" and (index == 0 or regex[index - 1] != "\\"):
            depth += 1
        elif regex[index] == ")" and regex[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return None


def _regex_pieces(regex):
    """Pieces of a simple regex pattern, or None for one that isn't a plain
    path with named groups (Wagtail's page catch-all, walked separately)."""
    regex = regex.lstrip("^").removesuffix("$").removesuffix(r"\Z")
    pieces, position = [], 0
    for match in NAMED_GROUP.finditer(regex):
        end = _group_end(regex, match.start())
        if end is None:
            return None
        pieces.append(regex[position : match.start()])
        inner = regex[match.end() : end]
        pieces.append(Placeholder(match["name"], bool(INTEGER_REGEX.match(inner))))
        position = end + 1
    pieces.append(regex[position:])
    literal = []
    for piece in pieces:
        if isinstance(piece, Placeholder):
            literal.append(piece)
            continue
        piece = piece.replace("/?", "/").replace(r"\.", ".").replace(r"\-", "-")
        if re.search(r"[()\[\]*+?|\\{}]", piece):
            return None
        literal.append(piece)
    return literal


def _pieces(pattern):
    if isinstance(pattern, RoutePattern):
        return _route_pieces(str(pattern))
    if isinstance(pattern, RegexPattern):
        return _regex_pieces(str(pattern))
    return None


def project_routes():
    """Every URL pattern, outermost prefix first; patterns that aren't plain
    paths (the page catch-all) are left out."""
    routes = []

    def walk(resolver, prefix):
        for entry in resolver.url_patterns:
            pieces = _pieces(entry.pattern)
            if pieces is None:
                continue
            if isinstance(entry, URLResolver):
                walk(entry, prefix + pieces)
            elif isinstance(entry, URLPattern):
                routes.append(Route(_merge(prefix + pieces), entry.name or ""))

    walk(get_resolver(), [])
    return routes


def _merge(pieces):
    merged = []
    for piece in pieces:
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] += piece
        elif piece != "":
            merged.append(piece)
    return tuple(merged)


def page_routes():
    """Each live page's URL, and the sub-routes of routable pages under it."""
    routes = []
    for page in Page.objects.live().specific():
        url = page.url
        if not url:
            continue
        base = url.lstrip("/")
        routes.append(Route((base,), f"page:{page.slug}"))
        if isinstance(page, RoutablePageMixin):
            for entry in page.get_resolver().url_patterns:
                pieces = _pieces(entry.pattern)
                if pieces is not None and pieces != [""]:
                    routes.append(Route(_merge([base, *pieces]), f"{page.slug}:{entry.name}"))
    return routes
