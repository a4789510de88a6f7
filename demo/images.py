"""Demo images: calm illustrations drawn by code, stored as Wagtail images on first use.

Each scene has a key the demo content refers to (an article's hero_scene, an image block's
scene), a title the stored image is found by, and a plain description that becomes the
image's alt text.
"""

import zlib
from functools import cache
from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from demo.scenes import interiors, landscapes, portraits
from demo.scenes.canvas import Canvas

SCENE_SIZE = (1600, 1000)
PORTRAIT_SIZE = (800, 800)

SCENES = {
    "dawn-hills": (
        "Hills at dawn",
        "Illustration: rolling green hills at dawn, with a sandy path winding towards a low sun",
        landscapes.dawn_hills,
    ),
    "lake-jetty": (
        "Lake with a jetty",
        "Illustration: a still lake in the early morning, with reeds and a wooden jetty",
        landscapes.lake_jetty,
    ),
    "window-seat": (
        "Window seat",
        "Illustration: a cushioned window seat with a plant and a steaming mug, "
        "looking out over hills",
        interiors.window_seat,
    ),
    "consulting-room": (
        "Consulting room",
        "Illustration: two armchairs facing each other beside a small table and a floor lamp "
        "in a calm room",
        interiors.consulting_room,
    ),
    "notebook-tea": (
        "Notebook and tea",
        "Illustration: an open notebook with a pen, seen from above beside a cup of tea",
        interiors.notebook_tea,
    ),
    "forest-path": (
        "Forest path",
        "Illustration: a path winding through a pine forest towards soft morning light",
        landscapes.forest_path,
    ),
    "bench-by-sea": (
        "Bench by the sea",
        "Illustration: a wooden bench under a tree on a grassy clifftop, looking out to sea",
        landscapes.bench_by_sea,
    ),
    "desk-calendar": (
        "Desk with a calendar",
        "Illustration: a tidy desk with books, a lamp and a plant, under a wall calendar "
        "and a clock",
        interiors.desk_calendar,
    ),
    "stepping-stones": (
        "Stepping stones",
        "Illustration: stepping stones crossing a gentle stream between grassy banks",
        landscapes.stepping_stones,
    ),
    "kite-field": (
        "Kite over a field",
        "Illustration: a kite flying high over a rolling green field on a breezy day",
        landscapes.kite_field,
    ),
    "lighthouse-dusk": (
        "Lighthouse at dusk",
        "Illustration: a lighthouse on a headland at dusk, its light reaching out over a calm sea",
        landscapes.lighthouse_dusk,
    ),
}

PORTRAITS = {
    "portrait-sage": (
        "Portrait illustration in sage",
        "Illustration: a figure with long dark hair and a sage green jumper, drawn without a face",
        portraits.portrait_sage,
    ),
    "portrait-ochre": (
        "Portrait illustration in terracotta",
        "Illustration: a figure with short grey curls and a terracotta jumper, drawn without "
        "a face",
        portraits.portrait_ochre,
    ),
}


def render(key):
    """The scene or portrait for `key` as a Pillow image; the same every time."""
    if key in SCENES:
        size, paint = SCENE_SIZE, SCENES[key][2]
    elif key in PORTRAITS:
        size, paint = PORTRAIT_SIZE, PORTRAITS[key][2]
    else:
        raise KeyError(f"No demo illustration called {key!r}.")
    canvas = Canvas(*size, seed=zlib.crc32(key.encode()))
    paint(canvas)
    return canvas.finish()


def draw(key):
    """The illustration for `key` as JPEG bytes in a buffer."""
    return BytesIO(jpeg(key))


@cache
def jpeg(key):
    """Drawn once per process: the same bytes every time, and a seeded database that is
    emptied and seeded again (as the browser tests do) need not paint them again."""
    buffer = BytesIO()
    render(key).save(buffer, "JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def _stored(key, title, description):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(
        title=title,
        description=description,
        file=ImageFile(draw(key), name=f"{key}.jpg"),
    )
    image.save()
    return image


def scene_image(key, title=None):
    """The Wagtail image for scene `key`, drawn and stored on first use."""
    default_title, description, _ = SCENES[key]
    return _stored(key, title or default_title, description)


def portrait_image(key, title=None):
    """The Wagtail image for portrait `key`, drawn and stored on first use."""
    default_title, description, _ = PORTRAITS[key]
    return _stored(key, title or default_title, description)
