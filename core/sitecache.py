"""What every render looks up about the site itself, kept between requests:
the site a host names, the page a path routes to, and what the apps read on
every page (the menu, the blog index, site settings).

Each of these is a query or two that Wagtail makes afresh for every request,
and building them in the ORM costs more than running them: on a post page
they were about a fifth of a render that missed the page cache. They change
only when pages, sites, view restrictions or settings do, so they are kept
in the shared cache (every worker sees the same) under three tokens:

- the version, which any save or delete of those replaces (core/signals.py):
  once when it happens, so the request that made the change sees it, and
  again when it commits, so a lookup that read the database in between is
  never read back;
- the page cache's epoch and generation, which every invalidation replaces
  once it commits: so whatever drops a page drops these too, including
  `invalidate` and `invalidate_all` after writes that send no signals (an
  import, `update()`), and a cache back after an outage in which a
  replacement may have been lost.

A lookup reads the tokens before the database, so what it keeps is never
older than the tokens it is kept under. They are read once a request."""

from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from core.pagecache import EPOCH, GENERATION, current_generation, current_token, new_token
from core.requests import per_request

VERSION = "sitecache:version"
# Tokens, not this, keep lookups fresh; this only lets unused ones go.
LIFETIME = 24 * 3600
MISSING = object()


def _prefix():
    found = cache.get_many([VERSION, GENERATION, EPOCH])
    version, generation = current_token(found, VERSION), current_generation(found)
    return f"sitecache:{version}:{generation}:{found.get(EPOCH)}"


def remembered(request, name, compute, keep=lambda value: True):
    """What `compute()` gave for `name` since the site last changed, or
    `compute()`, kept under the tokens read before it ran if `keep(value)`.
    With a request, the tokens are read once for all of its lookups."""
    key = _key(request, name)
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        if keep(value):
            cache.set(key, value, LIFETIME)
    return value


def _key(request, name):
    prefix = _prefix() if request is None else per_request(request, VERSION, _prefix)
    return f"{prefix}:{name}"


def changed():
    """Pages, sites, view restrictions or settings were saved or deleted."""
    cache.set(VERSION, new_token(), timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION, new_token(), timeout=None))


def site_for(request):
    """Site.find_for_request, with the site's root page already specific
    (Wagtail's router asks for it on every request). Kept only for a host
    that names its site: any other falls back to the default site, and
    keeping those would let made-up host names fill the cache."""
    # As Wagtail reads it: the raw host, before ALLOWED_HOSTS.
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()

    def find():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return remembered(
        request,
        f"site:{hostname}:{port}",
        find,
        keep=lambda site: site is not None and site.hostname == hostname,
    )


def route_for(request, site, path):
    """Page.route_for_request's answer for a page, or for one of a routable
    page's fixed sub-routes (the blog's index and feeds: a view bound to the
    page, kept with it). Routes that capture part of the address (a tag, a
    month) and addresses that match nothing are looked up as Wagtail always
    does, each time: keeping them would let any address fill the cache."""

    def find():
        route = below_kept_routable_page(request, site, path)
        if route is MISSING:
            route = Page.route_for_request(request, path)
        if route is not None:
            page = route.page
            page.kept_view_restrictions = list(page.get_view_restrictions())
        return route

    return remembered(
        request,
        f"route:{site.pk}:{path}",
        find,
        keep=lambda route: route is not None and not route.kwargs and not captures(route),
    )


def below_kept_routable_page(request, site, path):
    """The route for `path` found from the kept route of a routable page
    above it (the blog's, for a tag or month page), in Python rather than a
    query for each page on the way; None where that page has nothing there,
    MISSING where no such route is kept.

    Pages above are tried from the top down, as Wagtail routes, so the
    first routable page on the way has the first say; and it stops at the
    first address not kept, so a made-up path of many parts costs one read."""
    components = [component for component in path.split("/") if component]
    for depth in range(1, len(components)):
        above = "/".join(components[:depth]) + "/"
        kept = cache.get(_key(request, f"route:{site.pk}:{above}"))
        if kept is None:
            return MISSING
        # The page's own address, not one of its sub-routes (the blog's feed).
        if (
            isinstance(kept.page, RoutablePageMixin)
            and kept.page.url_path == site.root_page.url_path + above
        ):
            try:
                return kept.page.route(request, components[depth:])
            except Http404:
                return None
    return MISSING


def captures(route):
    """Whether a route reached a routable page's view with values taken
    from the address (RoutablePageMixin routes as (view, args, kwargs))."""
    if not route.args:
        return False
    _view, args, kwargs = route.args
    return bool(args or kwargs)


class RememberedViewRestrictions:
    """For a Page model (listed first among its bases): the view restrictions
    Wagtail checks before serving the page come with its kept route, rather
    than from two queries on every request. A restriction's save or delete
    changes the site lookups' version; its groups are read when checked."""

    def get_view_restrictions(self):
        kept = self.__dict__.get("kept_view_restrictions")
        return super().get_view_restrictions() if kept is None else kept


class SiteLookupMiddleware:
    """Gives Wagtail the site and, for the pages it serves, the route it
    would otherwise look up itself (both are documented as kept on the
    request: `_wagtail_site`, `_wagtail_route_for_request`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        site = request._wagtail_site = site_for(request)
        match = request.resolver_match
        if site is not None and match is not None and match.view_name == "wagtail_serve":
            path = args[0] if args else kwargs.get("path", "")
            request._wagtail_route_for_request = route_for(request, site, path)


class RememberedSiteSetting:
    """For a BaseSiteSetting model (listed first among its bases): its
    `for_site` answers from the kept lookups."""

    @classmethod
    def for_site(cls, site):
        base = super().for_site
        if site is None:
            return base(site)

        def find():
            setting = base(site)
            setting.site = site  # kept with it: templates ask for the site's name
            return setting

        return remembered(None, f"setting:{cls._meta.label_lower}:{site.pk}", find)
