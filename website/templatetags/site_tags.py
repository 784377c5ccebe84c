"""Template tags for the site's chrome. Each lookup is kept with the site's
other lookups (core/sitecache.py) and on the request, so the header, footer
and meta tags cost no query while the site is unchanged."""

from django import template
from wagtail.models import Site

from core.requests import per_request
from core.sitecache import remembered

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_pages(context):
    request = context["request"]

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return remembered(
            request,
            f"nav_pages:{site.pk}",
            lambda: list(site.root_page.get_children().live().public().in_menu()),
        )

    return per_request(request, "nav_pages", compute)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.filter
def in_section(page, section):
    """Whether `page` is `section` or lies below it in the page tree."""
    return bool(page and getattr(page, "path", "").startswith(section.path))
