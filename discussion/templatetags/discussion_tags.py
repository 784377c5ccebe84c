from django import template

from discussion import rendering
from discussion.text import render_plain

register = template.Library()


@register.filter
def plain_text(text):
    """A comment's text as escaped paragraphs, with bare web addresses linked."""
    return render_plain(text or "")


@register.simple_tag
def comment_list(discussion):
    """This page's conversations as `<li>` elements (see discussion/rendering.py)."""
    return rendering.comment_list(discussion)
