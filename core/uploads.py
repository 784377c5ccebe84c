"""Uploaded images are stored under random names, without their metadata.
An uploaded file's own name (often a person's name) would otherwise show in
every image address, and its EXIF data (camera owner, GPS position) would
travel into every rendition — even on a post its contributor asked to
publish anonymously."""

import io
import secrets
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save
from django.dispatch import receiver
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.images import get_image_model

# Formats re-encoded without metadata. Animated GIFs are left whole.
REENCODED = {"JPEG": {"quality": 90}, "PNG": {}, "WEBP": {"quality": 90}}


def without_metadata(upload):
    upload.seek(0)
    with PILImage.open(upload) as original:
        options = REENCODED.get(original.format)
        if options is None:
            return None
        image = ImageOps.exif_transpose(original)  # keep it the right way up
        if original.format == "JPEG" and image.mode not in {"RGB", "L", "CMYK"}:
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format=original.format, **options)
    return buffer.getvalue()


@receiver(pre_save, sender=get_image_model())
def store_clean_under_random_name(sender, instance, raw=False, **kwargs):
    upload = instance.file
    if raw or not upload or getattr(upload, "_committed", True):
        return
    name = f"{secrets.token_hex(12)}{PurePath(upload.name).suffix.lower()[:10]}"
    cleaned = without_metadata(upload)
    if cleaned is None:
        upload.name = name
        return
    instance.file = ContentFile(cleaned, name=name)
    instance.file_size = len(cleaned)
    instance._set_file_hash()
