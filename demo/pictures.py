"""The demo's pictures, drawn here with Pillow so nothing is downloaded."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION = "Demo pictures"


def load(demo, palettes):
    for key, palette in palettes.items():
        demo.images[key] = picture(demo, key, palette)


def picture(demo, key, palette):
    Image = get_image_model()
    title = f"Demo picture: {key}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=COLLECTION)
    demo.count()
    return Image.objects.create(title=title, file=draw(key, palette), collection=collection)


def draw(key, palette, size=(1600, 900)):
    """Soft overlapping circles in one palette; the same key draws the same picture."""
    dark, light, ground = palette
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
