from django import template

from discussion.text import render_plain

register = template.Library()


@register.filter
def plain_text(text):
    """A comment's text as escaped paragraphs, with bare web addresses linked."""
    return render_plain(text or "")
