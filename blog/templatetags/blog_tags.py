import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from blog.intensity import Intensity
from blog.models import BlogIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def blog_index(context):
    """The blog index: the page itself on its own routes, else the site's."""
    page = context.get("page")
    if isinstance(page, BlogIndexPage):
        return page
    return BlogIndexPage.for_request(context["request"])


def _index_url(context, route, *args):
    index = blog_index(context)
    if index is None:
        return ""
    return index.get_url(context["request"]) + index.reverse_subpage(route, args=args)


@register.simple_tag(takes_context=True)
def author_url(context, author):
    return _index_url(context, "author", author.slug)


@register.simple_tag(takes_context=True)
def tag_url(context, tag):
    return _index_url(context, "tag", tag.slug)


@register.simple_tag(takes_context=True)
def blog_posting_jsonld(context, post):
    request = context["request"]
    url = request.build_absolute_uri(post.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": post.display_date.isoformat(),
        "inLanguage": "en-GB",
        "author": [structured_author(author) for author in post.authors],
        "keywords": [tag.name for tag in post.tag_list],
        "publisher": {"@type": "Organization", "name": "Commonroom"},
    }
    if post.last_published_at:
        data["dateModified"] = post.last_published_at.isoformat()
    payload = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.filter
def intensity_label(value):
    """ "detailed" → "described in detail"."""
    try:
        return Intensity(value).label
    except ValueError:
        return value


def structured_author(author):
    """JSON-LD for a byline, honouring the author's credit choice."""
    if author.credit == author.Credit.TEAM and author.organisation:
        return {"@type": "Organization", "name": author.organisation}
    if author.is_anonymous:
        return {"@type": "Person", "name": f"Anonymous ({author.public_name})"}
    return {
        "@type": "Person",
        "name": author.name,
        **({"jobTitle": author.role} if author.role else {}),
    }
