"""Template tags for the site's chrome. Each lookup is made once per request
and kept on it, so the header, footer and meta tags cost one query each."""

from django import template
from django.utils import timezone
from wagtail.models import Site

register = template.Library()


def _per_request(request, key, compute):
    cache = request.__dict__.setdefault("_site_tags", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


@register.simple_tag(takes_context=True)
def blog_index(context):
    from blog.models import BlogIndexPage

    page = context.get("page")
    if isinstance(page, BlogIndexPage):
        return page
    return _per_request(
        context["request"], "blog_index", lambda: BlogIndexPage.objects.live().first()
    )


@register.simple_tag(takes_context=True)
def nav_pages(context):
    request = context["request"]

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(site.root_page.get_children().live().public().in_menu())

    return _per_request(request, "nav_pages", compute)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.filter
def british_date(value):
    """19 December 2026 — without a leading zero, as people write dates."""
    if value is None:
        return ""
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value) if value.tzinfo else value
    return f"{value.day} {value:%B %Y}"


@register.filter
def in_section(page, section):
    """Whether `page` is `section` or lies below it in the page tree."""
    return bool(page and getattr(page, "path", "").startswith(section.path))
