"""Pictures for the demo, drawn here with Pillow so nothing is downloaded."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

PALETTES = {
    "teal": ("#1f5f5b", "#8fd1c9", "#f3e9d2"),
    "amber": ("#a45a10", "#f2c572", "#fff4e0"),
    "plum": ("#5b2a4f", "#c98bb9", "#f6e8f1"),
    "moss": ("#3f5a2a", "#a9c47f", "#f0f4e4"),
    "slate": ("#2f3e4c", "#9fb3c8", "#eef2f6"),
    "sand": ("#7a6a4f", "#d9c9a3", "#faf6ec"),
}


def draw(key, size=(1600, 900)):
    """Soft overlapping circles in one palette; the same key draws the same picture."""
    dark, light, ground = PALETTES[key]
    rng = random.Random(key)
    picture = PILImage.new("RGB", size, ground)
    layer = ImageDraw.Draw(picture, "RGBA")
    width, height = size
    for colour in (light, dark, light, dark, light):
        radius = rng.randint(height // 5, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        layer.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*rgb, 150))
    picture = picture.filter(ImageFilter.GaussianBlur(6))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return ImageFile(buffer, name=f"demo-{key}.jpg")
