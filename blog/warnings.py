"""Content warnings beyond the models: what a body uses, where "skip this
one" goes, and reading a list of warnings from a URL."""

import re

from blog.hooks import skip_target

SLUG_LIST = re.compile(r"^[a-z0-9-]+$")
MAX_WITHOUT = 20


def warnings_in_body(body):
    """Every warning used by a sensitive section or image, in order, once."""
    found = {}
    for block in body:
        if block.block_type == "sensitive":
            for choice in block.value["warnings"]:
                found.setdefault(choice["warning"].pk, choice["warning"])
            inner = block.value["content"]
        else:
            inner = [block]
        for child in inner:
            if child.block_type == "image" and child.value.get("warning"):
                warning = child.value["warning"]
                found.setdefault(warning.pk, warning)
    return [warning for warning in found.values() if warning is not None]


def parse_without(value):
    """Warning slugs from `?without=a,b`; anything malformed is dropped."""
    slugs = []
    for slug in (value or "")[:1000].split(","):
        slug = slug.strip().lower()
        if SLUG_LIST.match(slug) and slug not in slugs:
            slugs.append(slug)
    return slugs[:MAX_WITHOUT]


def skip_url(post, context, index_url):
    """Where "skip this one" leads: what a hook offers (the next part of the
    post's series free of its warnings), otherwise posts without them."""
    slugs = {link.warning.slug for link in post.warning_list}
    return skip_target(post, slugs, context) or f"{index_url}?without={','.join(sorted(slugs))}"
