"""The demo's illustrations are real pictures: distinct, repeatable, described and stored once."""

import itertools
import random
from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat
from wagtail.images import get_image_model

from demo.images import (
    PORTRAIT_SIZE,
    PORTRAITS,
    SCENE_SIZE,
    SCENES,
    draw,
    portrait_image,
    render,
    scene_image,
)

ALL_KEYS = [*SCENES, *PORTRAITS]


@pytest.fixture(scope="module")
def pictures():
    return {key: render(key) for key in ALL_KEYS}


def the_old_placeholder():
    """A gradient with blurred circles, as the demo used to draw: the look to avoid."""
    rng = random.Random(1)
    canvas = Image.new("RGB", SCENE_SIZE, (244, 239, 230))
    pen = ImageDraw.Draw(canvas)
    for y in range(SCENE_SIZE[1]):
        share = y / SCENE_SIZE[1]
        pen.line([(0, y), (SCENE_SIZE[0], y)], fill=(244, round(239 - 15 * share), 230))
    shapes = Image.new("RGBA", SCENE_SIZE, (0, 0, 0, 0))
    for _ in range(7):
        r, x, y = rng.randint(120, 420), rng.randint(0, 1600), rng.randint(333, 1000)
        ImageDraw.Draw(shapes).ellipse([x - r, y - r, x + r, y + r], fill=(120, 160, 140, 110))
    shapes = shapes.filter(ImageFilter.GaussianBlur(24))
    canvas.paste(shapes, (0, 0), shapes)
    return canvas


def edge_share(image):
    """How much of the picture, with its grain averaged away, is a clear edge."""
    small = image.convert("L").resize((320, 200), Image.Resampling.BOX)
    histogram = small.filter(ImageFilter.FIND_EDGES).histogram()
    return sum(histogram[24:]) / (320 * 200)


def colour_count(image):
    """Distinct colours once the grain is averaged away and each channel posterised."""
    small = image.resize((160, 100), Image.Resampling.BOX).point(lambda v: v // 16 * 16)
    return len(small.getcolors(maxcolors=160 * 100))


def test_there_are_enough_scenes_and_two_portraits():
    assert len(SCENES) >= 10
    assert len(PORTRAITS) >= 2


@pytest.mark.parametrize("key", ALL_KEYS)
def test_each_picture_has_the_right_size_and_a_plain_description(pictures, key):
    size = SCENE_SIZE if key in SCENES else PORTRAIT_SIZE
    assert pictures[key].size == size
    title, description, _ = {**SCENES, **PORTRAITS}[key]
    assert title.strip()
    assert description.startswith("Illustration: ") and len(description) > 40


@pytest.mark.parametrize("key", ALL_KEYS)
def test_no_picture_looks_like_a_placeholder(pictures, key):
    assert edge_share(pictures[key]) > 0.05
    assert colour_count(pictures[key]) > 60


def test_the_placeholder_measures_catch_the_old_look():
    old = the_old_placeholder()
    assert edge_share(old) < 0.05
    assert colour_count(old) < 60


def test_scenes_differ_from_one_another(pictures):
    for a, b in itertools.combinations(SCENES, 2):
        small_a = pictures[a].resize((160, 100), Image.Resampling.BOX)
        small_b = pictures[b].resize((160, 100), Image.Resampling.BOX)
        difference = sum(ImageStat.Stat(ImageChops.difference(small_a, small_b)).mean) / 3
        assert difference > 12, (a, b)


def test_portraits_differ_from_one_another(pictures):
    a, b = (pictures[key] for key in PORTRAITS)
    assert sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3 > 12


@pytest.mark.parametrize("key", ["lake-jetty", "portrait-sage"])
def test_the_same_key_draws_the_same_bytes(key):
    assert draw(key).getvalue() == draw(key).getvalue()


def test_the_drawn_file_is_a_jpeg_of_the_scene():
    opened = Image.open(BytesIO(draw("kite-field").getvalue()))
    assert (opened.format, opened.size) == ("JPEG", SCENE_SIZE)


def test_an_unknown_key_is_refused():
    with pytest.raises(KeyError):
        render("meadow-with-unicorns")


@pytest.mark.django_db
def test_scene_image_stores_one_image_per_key_with_alt_text():
    Image_ = get_image_model()
    first = scene_image("lake-jetty")
    again = scene_image("lake-jetty")
    assert first.pk == again.pk
    assert Image_.objects.filter(title=SCENES["lake-jetty"][0]).count() == 1
    assert first.description == SCENES["lake-jetty"][1]
    assert (first.width, first.height) == SCENE_SIZE


@pytest.mark.django_db
def test_portrait_image_is_stored_once_too():
    portrait = portrait_image("portrait-ochre")
    assert portrait_image("portrait-ochre").pk == portrait.pk
    assert (portrait.width, portrait.height) == PORTRAIT_SIZE
    assert portrait.description == PORTRAITS["portrait-ochre"][1]
    assert get_image_model().objects.count() == 1
