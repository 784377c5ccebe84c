"""Text that XML 1.0 can carry. Feeds and the sitemap are XML, and one
character XML forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF)
makes Django's feed writer raise, taking the feed down for every reader. So
text fields lose those characters when they are saved, and every XML
response drops them again in case something got past.

A standalone module with no project imports, so it can move to the lowest
layer that needs it."""

import re

from django.db.models import CharField, TextField
from django.db.models.signals import pre_save
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import Promise

# Everything outside XML 1.0's Char production: #x9 | #xA | #xD |
# [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """`value` without the characters XML 1.0 cannot carry; anything that
    isn't text is returned as it is."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        return NOT_XML_CHAR.sub("", value)
    if isinstance(value, (list, tuple)):
        return type(value)(xml_safe(item) for item in value)
    return value


def strip_text_fields(sender, instance, **kwargs):
    for field in instance._meta.concrete_fields:
        if isinstance(field, (CharField, TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, xml_safe(value))


def clean_text_on_save(*models):
    """Every CharField and TextField of `models` loses XML-forbidden
    characters whenever one is saved (admin forms, public forms, imports,
    publishing a revision alike)."""
    for model in models:
        pre_save.connect(
            strip_text_fields, sender=model, dispatch_uid=f"xml_safe_{model._meta.label}"
        )


class XMLSafeFeedMixin:
    """A feed generator that drops XML-forbidden characters from the feed's
    and every item's fields before writing them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*xml_safe(args), **{key: xml_safe(v) for key, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*xml_safe(args), **{key: xml_safe(v) for key, v in kwargs.items()})


class XMLSafeRssFeed(XMLSafeFeedMixin, Rss201rev2Feed):
    pass


class XMLSafeAtomFeed(XMLSafeFeedMixin, Atom1Feed):
    pass


def xml_safe_response(view):
    """Wraps a view that renders XML from a template (the sitemap), dropping
    XML-forbidden characters from what it sends."""

    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        charset = response.charset
        response.content = xml_safe(response.content.decode(charset)).encode(charset)
        return response

    return wrapped
