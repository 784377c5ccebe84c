"""The extension point guest posting offers the layer above it."""

from wagtail import hooks

CONFIDENTIALITY_TEXT = "guestposts_confidentiality_text"
"""`fn(site)` → the confidentiality check a guest contributor confirms
before submitting a post, or None to leave it to later hooks. The project
registers one that reads it from its site settings."""


def confidentiality_text(site):
    for fn in hooks.get_hooks(CONFIDENTIALITY_TEXT):
        text = fn(site)
        if text is not None:
            return text
    return ""
