"""Calm abstract illustrations drawn with Pillow, so the demo needs no downloads."""

import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

SIZE = (1600, 1000)


def draw(palette, seed):
    """A soft vertical gradient with blurred overlapping circles, as JPEG bytes."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    top, bottom, *accents = palette
    canvas = PillowImage.new("RGB", SIZE, top)
    pixels = ImageDraw.Draw(canvas)
    for y in range(SIZE[1]):
        mix = y / SIZE[1]
        pixels.line(
            [(0, y), (SIZE[0], y)],
            fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)),
        )
    shapes = PillowImage.new("RGBA", SIZE, (0, 0, 0, 0))
    pen = ImageDraw.Draw(shapes)
    for _ in range(7):
        radius = rng.randint(120, 420)
        x, y = rng.randint(0, SIZE[0]), rng.randint(SIZE[1] // 3, SIZE[1])
        colour = (*rng.choice(accents), rng.randint(70, 150))
        pen.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    shapes = shapes.filter(ImageFilter.GaussianBlur(24))
    canvas.paste(shapes, (0, 0), shapes)
    buffer = BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    return buffer


def demo_image(title, palette, seed):
    """The demo image with this title, drawn and stored on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    filename = title.lower().replace(" ", "-") + ".jpg"
    image = Image(title=title, file=ImageFile(draw(palette, seed), name=filename))
    image.save()
    return image
