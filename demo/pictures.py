"""The demo's pictures, drawn here with Pillow so nothing is downloaded.

Each picture is one palette (dark, light and ground colours) in one
composition; the same key always draws the same picture."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION = "Demo pictures"
LANDSCAPE = (1600, 900)
SQUARE = (600, 600)


def load(demo, data):
    palettes = data["palettes"]
    for key, spec in data["pictures"].items():
        demo.images[key] = picture(demo, key, palettes[spec["palette"]], spec["composition"])


def picture(demo, key, palette, composition):
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
    return Image.objects.create(
        title=title, file=draw(key, palette, composition), collection=collection
    )


def draw(key, palette, composition):
    dark, light, ground = (rgb(colour) for colour in palette)
    rng = random.Random(key)
    draw_composition, size, blur = COMPOSITIONS[composition]
    canvas = PILImage.new("RGB", size, ground)
    draw_composition(ImageDraw.Draw(canvas, "RGBA"), size, dark, light, rng)
    canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    return ImageFile(buffer, name=f"demo-{key}.jpg")


def rgb(colour):
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def mix(a, b, share):
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def circles(layer, size, dark, light, rng):
    """Soft overlapping circles."""
    width, height = size
    for colour in (light, dark, light, dark, light):
        radius = rng.randint(height // 5, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        layer.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 150))


def hills(layer, size, dark, light, rng):
    """A low sun over rolling hills, paler towards the horizon."""
    width, height = size
    sun_x, sun_r = rng.randint(width // 5, width * 4 // 5), height // 7
    sun_y = height // 3
    layer.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=(*light, 230))
    for depth in range(4):
        base = height * (0.5 + depth * 0.13)
        wave, phase = rng.uniform(1.2, 2.4), rng.uniform(0, math.tau)
        points = [
            (x, base + height * 0.06 * math.sin(phase + wave * math.tau * x / width))
            for x in range(0, width + 20, 20)
        ]
        layer.polygon(
            [*points, (width, height), (0, height)], fill=mix(light, dark, 0.3 + depth * 0.23)
        )


def stripes(layer, size, dark, light, rng):
    """Broad diagonal bands of the palette."""
    width, height = size
    x, slant = -height, rng.choice((1, -1)) * height * 0.6
    while x < width + height:
        band = rng.randint(width // 14, width // 6)
        colour = mix(light, dark, rng.uniform(0, 0.9))
        layer.polygon(
            [(x, 0), (x + band, 0), (x + band + slant, height), (x + slant, height)],
            fill=(*colour, 200),
        )
        x += band + rng.randint(0, width // 20)


def tiles(layer, size, dark, light, rng):
    """A loose grid of rounded squares in tints of the palette."""
    width, height = size
    step = height // 4
    for top in range(0, height, step):
        for left in range(0, width, step):
            if rng.random() < 0.25:
                continue
            colour = mix(light, dark, rng.choice((0, 0.2, 0.5, 0.8)))
            inset = step // 10
            layer.rounded_rectangle(
                (left + inset, top + inset, left + step - inset, top + step - inset),
                radius=step // 5,
                fill=(*colour, 220),
            )


def arcs(layer, size, dark, light, rng):
    """Concentric rings spreading from one corner."""
    width, height = size
    cx = rng.choice((0, width))
    cy = rng.choice((0, height))
    reach = int(math.hypot(width, height))
    for n, radius in enumerate(range(reach, 0, -reach // 9)):
        colour = mix(light, dark, (n % 3) / 2.5)
        layer.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)


def waves(layer, size, dark, light, rng):
    """Layered waves, like water seen from a shore."""
    width, height = size
    for depth in range(6):
        base = height * (0.2 + depth * 0.14)
        wave, phase = rng.uniform(2, 4), rng.uniform(0, math.tau)
        points = [
            (x, base + height * 0.04 * math.sin(phase + wave * math.tau * x / width))
            for x in range(0, width + 20, 20)
        ]
        layer.polygon([*points, (width, height), (0, height)], fill=mix(light, dark, depth / 6))


def portrait(layer, size, dark, light, rng):
    """Head and shoulders, as an author's photo: a figure, not a face."""
    width, height = size
    cx = width // 2 + rng.randint(-width // 20, width // 20)
    layer.ellipse((cx - width * 0.42, height * 0.66, cx + width * 0.42, height * 1.5), fill=dark)
    head = width * 0.19
    cy = height * 0.42
    layer.ellipse(
        (cx - head, cy - head * 1.15, cx + head, cy + head * 1.15), fill=mix(light, dark, 0.35)
    )


# name: (how it is drawn, its size, how soft its edges are)
COMPOSITIONS = {
    "circles": (circles, LANDSCAPE, 6),
    "hills": (hills, LANDSCAPE, 3),
    "stripes": (stripes, LANDSCAPE, 4),
    "tiles": (tiles, LANDSCAPE, 2),
    "arcs": (arcs, LANDSCAPE, 3),
    "waves": (waves, LANDSCAPE, 3),
    "portrait": (portrait, SQUARE, 2),
}
