"""Rich text is cleaned on save, whatever sent it. Wagtail cleans what its
editor produces, but stores rich text posted straight to the admin (or set in
code) as it comes; a guest contributor's post must never run script in an
editor's or reader's browser."""

from bs4.exceptions import ParserRejectedMarkup
from django.utils.html import escape
from wagtail import blocks
from wagtail.rich_text import RichText
from wagtail.whitelist import Whitelister, allow_without_attributes, attribute_rule, check_url


def internal_link_type(value):
    return value if value in {"page", "document"} else None


def numeric(value):
    return value if str(value).isdigit() else None


class StoredRichTextWhitelister(Whitelister):
    """Wagtail's database format: external links by href, internal links by
    linktype and id; only the formatting our editors offer."""

    element_rules = {
        "[document]": allow_without_attributes,
        "a": attribute_rule({"href": check_url, "linktype": internal_link_type, "id": numeric}),
        **{
            tag: allow_without_attributes
            for tag in ("p", "b", "i", "strong", "em", "br", "ul", "ol", "li", "sup", "sub")
        },
    }

    def clean_tag_node(self, doc, tag):
        # Script and style are dropped with their content, not unwrapped.
        if tag.name in {"script", "style", "template", "iframe", "object", "noscript"}:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


whitelister = StoredRichTextWhitelister()


def clean_html(html):
    try:
        return whitelister.clean(html or "")
    except ParserRejectedMarkup:
        # Markup too broken to parse is kept as text, never as markup.
        return f"<p>{escape(html)}</p>"


def sanitise_value(block, value):
    """Walks a block value, cleaning every RichText inside it."""
    if isinstance(block, blocks.RichTextBlock):
        return RichText(clean_html(value.source)) if value is not None else value
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            child.value = sanitise_value(child.block, child.value)
        return value
    if isinstance(block, blocks.ListBlock):
        for child in value.bound_blocks if hasattr(value, "bound_blocks") else []:
            child.value = sanitise_value(child.block, child.value)
        return value
    if isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        for name, child_block in block.child_blocks.items():
            if name in value:
                value[name] = sanitise_value(child_block, value[name])
        return value
    return value


def sanitise_body(body):
    for child in body:
        child.value = sanitise_value(child.block, child.value)
    return body
