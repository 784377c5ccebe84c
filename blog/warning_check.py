"""The post editor's check that a post's own warnings include every warning
its body uses (a sensitive section's, a sensitive image's): where it fails,
the error is placed on each warning field in the body that names a warning
the post lacks, and the missing warnings are listed with the intensity the
body gives them, for the editor's "Add it to the post's warnings"."""

from django.core.exceptions import ValidationError
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)

from blog.intensity import Intensity
from blog.warnings import INTENSITY_ORDER


def _message(warning):
    return (
        f"“{warning.name}” is not among the post’s content warnings, which readers see first. "
        "Add it there, with its intensity (“Add it to the post’s warnings” under Content "
        "warnings does it in one click)."
    )


def _image_error(value, on_post, missing):
    warning = value.get("warning")
    if warning is None or warning.pk in on_post:
        return None
    missing.setdefault(warning.pk, [warning, Intensity.DISCUSSED])
    return StructBlockValidationError({"warning": ValidationError(_message(warning))})


def _note(missing, warning, intensity):
    entry = missing.setdefault(warning.pk, [warning, intensity])
    if INTENSITY_ORDER.index(intensity) > INTENSITY_ORDER.index(entry[1]):
        entry[1] = intensity


def _section_error(value, on_post, missing):
    errors = {}
    choice_errors = {}
    for i, choice in enumerate(value["warnings"]):
        warning = choice["warning"]
        if warning is not None and warning.pk not in on_post:
            _note(missing, warning, choice["intensity"])
            choice_errors[i] = StructBlockValidationError(
                {"warning": ValidationError(_message(warning))}
            )
    if choice_errors:
        errors["warnings"] = ListBlockValidationError(block_errors=choice_errors)
    image_errors = {}
    for j, child in enumerate(value["content"]):
        if child.block_type == "image":
            error = _image_error(child.value, on_post, missing)
            if error is not None:
                image_errors[j] = error
    if image_errors:
        errors["content"] = StreamBlockValidationError(block_errors=image_errors)
    return StructBlockValidationError(errors) if errors else None


def uncovered_body_warnings(body, on_post):
    """→ (a StreamBlockValidationError for the body or None, [(warning,
    intensity), …] missing from the post). `on_post`: the pks of the
    warnings the post carries."""
    missing = {}
    errors = {}
    for i, block in enumerate(body):
        if block.block_type == "sensitive":
            error = _section_error(block.value, on_post, missing)
        elif block.block_type == "image":
            error = _image_error(block.value, on_post, missing)
        else:
            error = None
        if error is not None:
            errors[i] = error
    if not errors:
        return None, []
    return StreamBlockValidationError(block_errors=errors), [tuple(m) for m in missing.values()]
