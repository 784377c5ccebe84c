"""Content warnings beyond the models: how they read, where "skip this one"
goes, and reading a list of warnings from a URL."""

import re

from blog.hooks import skip_target
from blog.intensity import Intensity

SLUG_LIST = re.compile(r"^[a-z0-9-]+$")
MAX_WITHOUT = 20


# Least to most: a post's gate covers a section's warning only at an
# intensity at least as high as the section's.
INTENSITY_ORDER = [choice.value for choice in Intensity]
INTENSITY_LABELS = dict(Intensity.choices)


def warning_phrase(warning, intensity=None):
    """How readers see one warning everywhere: its short label, with the
    intensity when known, e.g. "Suicide (discussed)"."""
    if not intensity:
        return warning.label
    return f"{warning.label} ({INTENSITY_LABELS.get(intensity, intensity)})"


def warnings_summary(pairs):
    """ "Vicarious trauma (discussed), Burnout (mentioned)" from (warning, intensity) pairs."""
    return ", ".join(warning_phrase(warning, intensity) for warning, intensity in pairs)


def _rank(intensity):
    return (
        INTENSITY_ORDER.index(intensity) if intensity in INTENSITY_ORDER else len(INTENSITY_ORDER)
    )


def uncovered_by_post(section_warnings, post_links):
    """The section's warnings (dicts with warning and intensity) that the
    post's own gate does not already cover: missing from the post, or there
    at a lower intensity. A section with none opens with the post, so a
    reader meets one gate per reading."""
    on_post = {link.warning.pk: link.intensity for link in post_links}
    return [
        choice
        for choice in section_warnings
        if choice["warning"] is not None
        and (
            choice["warning"].pk not in on_post
            or _rank(choice["intensity"]) > _rank(on_post[choice["warning"].pk])
        )
    ]


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
