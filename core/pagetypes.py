"""Page-type rules that the apps built on a page type can extend. Wagtail
lets a page type say where it may live (`parent_page_types`) and what may
live under it (`subpage_types`), and admits a pairing only when both sides
name each other. So blog's index would have to name guestposts' index, and
every index would have to name website's home page: a lower app naming the
apps built on it. A page type with `OpenPageTypes` lists only pages of its
own app or below, and also admits a page type that names it in that page
type's own rules: a parent whose `subpage_types` names it, a child whose
`parent_page_types` does. The rule stays with the app that needs it."""

from wagtail.coreutils import resolve_model_string
from wagtail.models import get_page_models


def names(model, attribute, page_type):
    """Whether `model`'s own `attribute` list (not "every type", None) names `page_type`."""
    return any(
        resolve_model_string(name, model._meta.app_label) is page_type
        for name in getattr(model, attribute, None) or []
    )


def opened(page_type, cache, resolve, attribute):
    """Wagtail's resolved list (`resolve()`), with each page type whose own
    `attribute` list names `page_type` added, kept where Wagtail keeps the
    list (`cache`) so it is worked out once."""
    if getattr(page_type, cache) is None:
        named = list(resolve())
        others = [model for model in get_page_models() if model not in named]
        added = [model for model in others if names(model, attribute, page_type)]
        setattr(page_type, cache, named + added)
    return getattr(page_type, cache)


class OpenPageTypes:
    # Both lists are first asked for once every app's models are loaded
    # (checks, the admin), so no page type is missed.

    @classmethod
    def clean_subpage_models(cls):
        resolve = super().clean_subpage_models
        return opened(cls, "_clean_subpage_models", resolve, "parent_page_types")

    @classmethod
    def clean_parent_page_models(cls):
        resolve = super().clean_parent_page_models
        return opened(cls, "_clean_parent_page_models", resolve, "subpage_types")
