"""Keeps guest contributors inside their corner of the admin. Wagtail's own
permissions already stop them editing what isn't theirs; this allowlist also
keeps them out of listings that would show other people's work (reports,
site history, page search, other sections), whatever menus they find, and
answers "not found" for any page or image in a URL that isn't theirs to see
(guestposts.scoping)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import Resolver404, resolve

from guestposts.scoping import objects_in_url_are_visible
from guestposts.setup import is_guest_contributor

ALLOWED_NAMESPACES = {
    "wagtailadmin_pages",  # each page action checks page permissions itself
    "wagtailimages",  # collection permissions limit them to their own
    "wagtailimages_chooser",
    "wagtailadmin_account",
    "wagtailadmin_api:pages",  # the explorer menu, filtered to what they may see
    "wagtailadmin_editing_sessions",  # the editor's ping; checks edit permission itself
}
ALLOWED_NAMES = {
    "wagtailadmin_home",
    "wagtailadmin_explore",
    "wagtailadmin_explore_root",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_dismissibles",
    "wagtailadmin_sprite",  # the admin's icons, on every admin page
    "guestposts_request_withdrawal",
}
ALLOWED_PREFIXES = ("wagtailadmin_choose_page", "wagtailadmin_password_", "wagtailadmin_javascript")
# Site-wide page listings: page search, and where a page type or page is used.
REFUSED_PAGE_VIEWS = {"search", "search_results", "type_use", "type_use_results", "usage"}


def allowed(match):
    namespace = match.namespace or ""
    if namespace == "wagtailadmin_pages" and match.url_name in REFUSED_PAGE_VIEWS:
        return False
    if any(namespace == ns or namespace.startswith(ns + ":") for ns in ALLOWED_NAMESPACES):
        return True
    name = match.url_name or ""
    return name in ALLOWED_NAMES or name.startswith(ALLOWED_PREFIXES)


class GuestContributorScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and is_guest_contributor(request.user):
            try:
                match = resolve(request.path_info)
            except Resolver404:
                match = None
            if match is not None:
                if not allowed(match):
                    raise PermissionDenied
                if not objects_in_url_are_visible(request.user, match):
                    raise Http404
        return self.get_response(request)
