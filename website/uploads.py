"""Uploaded images are stored under random names: an uploaded file's own
name (often a person's name) would otherwise show in every image address,
even on a post its contributor asked to publish anonymously. Renditions are
re-encoded without the original's metadata (EXIF and the like)."""

import secrets
from pathlib import PurePath

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model


@receiver(pre_save, sender=get_image_model())
def store_under_random_name(sender, instance, raw=False, **kwargs):
    upload = instance.file
    if raw or not upload or getattr(upload, "_committed", True):
        return
    suffix = PurePath(upload.name).suffix.lower()[:10]
    upload.name = f"{secrets.token_hex(12)}{suffix}"
