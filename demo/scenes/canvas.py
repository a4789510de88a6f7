"""Drawing tools shared by the demo illustrations.

Everything is drawn at twice the final size and downsampled with LANCZOS, which gives smooth
edges without an anti-aliasing library. Coordinates passed in are in final pixels. A seeded
random generator makes every picture the same each time it is drawn.
"""

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SCALE = 2

# One calm palette for every scene, so the pictures sit together on the site.
PAPER = (247, 241, 231)
CREAM = (240, 231, 216)
LINEN = (232, 220, 202)
SAND = (226, 204, 168)
SAND_DEEP = (206, 178, 136)
PEACH = (242, 204, 178)
BLUSH = (230, 184, 170)
TERRACOTTA = (196, 122, 94)
CLAY = (170, 100, 78)
OCHRE = (214, 168, 90)
GOLD = (246, 222, 170)
SKY_PALE = (222, 230, 232)
SKY = (190, 210, 220)
MIST = (214, 222, 218)
DUSK_BLUE = (70, 92, 124)
DUSK_DEEP = (44, 58, 86)
LILAC = (200, 190, 212)
SAGE_PALE = (200, 214, 198)
SAGE = (156, 184, 160)
SAGE_MID = (116, 152, 128)
GREEN = (74, 116, 96)
GREEN_DEEP = (47, 93, 80)
PINE = (36, 70, 62)
WATER = (168, 196, 204)
WATER_DEEP = (118, 158, 172)
WOOD = (156, 116, 84)
WOOD_DARK = (112, 80, 60)
WOOD_PALE = (198, 162, 122)
STONE = (178, 176, 168)
STONE_DARK = (132, 132, 128)
INK = (38, 52, 58)
WHITE = (252, 250, 245)


def mix(a, b, t):
    """The colour a share `t` of the way from `a` to `b`."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def colour_at(stops, t):
    """The colour at position `t` (0-1) along (position, colour) stops."""
    for (p0, c0), (p1, c1) in zip(stops, stops[1:], strict=False):
        if t <= p1:
            return mix(c0, c1, 0 if p1 == p0 else (t - p0) / (p1 - p0))
    return stops[-1][1]


def bezier(p0, p1, p2, p3, steps=40):
    """Points along a cubic Bézier curve."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        points.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return points


def rotate(points, centre, degrees):
    """The points turned about `centre` by `degrees` (clockwise on screen)."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = centre
    return [
        (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
        for x, y in points
    ]


def leaf_points(base, length, width, degrees, steps=14):
    """A pointed leaf growing from `base` in the direction `degrees` (0 = up)."""
    bx, by = base
    side_a, side_b = [], []
    for i in range(steps + 1):
        t = i / steps
        half = width / 2 * math.sin(math.pi * t) ** 0.8
        side_a.append((bx - half, by - length * t))
        side_b.append((bx + half, by - length * t))
    return rotate(side_a + side_b[::-1], base, degrees)


class Canvas:
    """A supersampled picture with helpers for flat, layered shapes."""

    def __init__(self, width, height, seed, background=PAPER):
        self.width, self.height = width, height
        self.rng = random.Random(seed)  # noqa: S311 - decoration, not security
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.pen = ImageDraw.Draw(self.image)

    # Shapes -------------------------------------------------------------------------------

    def polygon(self, points, fill, alpha=255):
        self._paint("polygon", points, fill, alpha)

    def ellipse(self, box, fill, alpha=255):
        self._paint("ellipse", [box[:2], box[2:]], fill, alpha)

    def circle(self, centre, radius, fill, alpha=255):
        x, y = centre
        self.ellipse((x - radius, y - radius, x + radius, y + radius), fill, alpha)

    def rect(self, box, fill, alpha=255, radius=0):
        self._paint("rounded_rectangle", [box[:2], box[2:]], fill, alpha, radius=radius)

    def line(self, points, fill, width, alpha=255):
        self._paint("line", points, fill, alpha, width=width, joint="curve")
        if len(points) > 1:  # round the ends
            for x, y in (points[0], points[-1]):
                r = width / 2
                self._paint("ellipse", [(x - r, y - r), (x + r, y + r)], fill, alpha)

    def arc(self, box, start, end, fill, width, alpha=255):
        self._paint("arc", [box[:2], box[2:]], fill, alpha, start=start, end=end, width=width)

    def shapes(self, parts, fill, alpha=255, cut=()):
        """Several shapes filled as one, so translucent overlaps show no seams.

        Each part is ("ellipse" | "polygon" | "rect", coordinates); `cut` parts are removed,
        which is how a crescent moon or a cup's opening is made.
        """
        drawn = [(kind, self._device(kind, coords)) for kind, coords in parts]
        removed = [(kind, self._device(kind, coords)) for kind, coords in cut]
        xs = [x for _, points in drawn for x, _ in points]
        ys = [y for _, points in drawn for _, y in points]
        left, top = max(0, math.floor(min(xs)) - 2), max(0, math.floor(min(ys)) - 2)
        right = min(self.image.width, math.ceil(max(xs)) + 2)
        bottom = min(self.image.height, math.ceil(max(ys)) + 2)
        if right <= left or bottom <= top:
            return
        mask = Image.new("L", (right - left, bottom - top), 0)
        pen = ImageDraw.Draw(mask)
        for group, value in ((drawn, round(alpha)), (removed, 0)):
            for kind, points in group:
                shifted = [(x - left, y - top) for x, y in points]
                getattr(pen, kind)(shifted, fill=value)
        self._fill_through(mask, (left, top, right, bottom), fill)

    @staticmethod
    def _device(kind, coords):
        points = [coords[:2], coords[2:]] if kind in ("ellipse", "rectangle") else coords
        return [(x * SCALE, y * SCALE) for x, y in points]

    def _paint(self, kind, points, fill, alpha, **options):
        """Draw straight onto the picture, or through a mask for gradients and transparency."""
        device = [(x * SCALE, y * SCALE) for x, y in points]
        for key in ("radius", "width"):
            if key in options:
                options[key] = max(1, round(options[key] * SCALE))
        solid = isinstance(fill, tuple) and alpha >= 255
        if solid:
            getattr(self.pen, kind)(device, fill=fill, **options)
            return
        pad = options.get("width", 0) + 2
        left = max(0, math.floor(min(x for x, _ in device) - pad))
        top = max(0, math.floor(min(y for _, y in device) - pad))
        right = min(self.image.width, math.ceil(max(x for x, _ in device) + pad))
        bottom = min(self.image.height, math.ceil(max(y for _, y in device) + pad))
        if right <= left or bottom <= top:
            return
        mask = Image.new("L", (right - left, bottom - top), 0)
        shifted = [(x - left, y - top) for x, y in device]
        getattr(ImageDraw.Draw(mask), kind)(shifted, fill=round(alpha), **options)
        self._fill_through(mask, (left, top, right, bottom), fill)

    def _fill_through(self, mask, box, fill):
        if isinstance(fill, tuple):
            self.image.paste(fill, box, mask)
            return
        # A list of (position, colour) stops: a vertical gradient across the shape's height.
        column = Image.new("RGB", (1, 64))
        for i in range(64):
            column.putpixel((0, i), colour_at(fill, i / 63))
        band = column.resize((box[2] - box[0], box[3] - box[1]), Image.Resampling.BILINEAR)
        self.image.paste(band, box, mask)

    # Larger pieces ------------------------------------------------------------------------

    def gradient(self, stops, box=None):
        """Fill a box (the whole picture by default) with a vertical gradient."""
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        self.rect((x0, y0, x1, y1), stops)

    def ridge(self, base, colour, bumps, x0=None, x1=None, bottom=None, alpha=255):
        """A hill line across the picture, filled down to `bottom`.

        `bumps` is a list of (height, wavelength) pairs added together as sine waves with
        seeded phases, so each ridge is a soft, irregular skyline.
        """
        x0 = 0 if x0 is None else x0
        x1 = self.width if x1 is None else x1
        bottom = self.height if bottom is None else bottom
        phases = [self.rng.uniform(0, math.tau) for _ in bumps]
        points = []
        steps = max(8, round((x1 - x0) / 10))
        for i in range(steps + 1):
            x = x0 + (x1 - x0) * i / steps
            y = base - sum(
                h * math.sin(x / w * math.tau + p) for (h, w), p in zip(bumps, phases, strict=True)
            )
            points.append((x, y))
        self.polygon([(x0, bottom), *points, (x1, bottom)], colour, alpha)
        return points

    def glow(self, centre, radius, colour, strength=0.6):
        """A soft round light that fades to nothing at `radius`."""
        size = max(2, round(radius * 2 * SCALE))
        falloff = Image.radial_gradient("L").resize((size, size), Image.Resampling.BILINEAR)
        mask = falloff.point(lambda v: round(255 * strength * max(0, 1 - v / 180) ** 2))
        x, y = centre
        left, top = round((x - radius) * SCALE), round((y - radius) * SCALE)
        self.image.paste(colour, (left, top, left + size, top + size), mask)

    def shadow(self, box, colour=INK, alpha=40, blur=12):
        """A blurred oval shadow, for objects resting on a surface."""
        pad = blur * 3
        x0, y0, x1, y1 = box
        width = round((x1 - x0 + 2 * pad) * SCALE / 4)
        height = round((y1 - y0 + 2 * pad) * SCALE / 4)
        mask = Image.new("L", (width, height), 0)
        ImageDraw.Draw(mask).ellipse(
            [pad * SCALE / 4, pad * SCALE / 4, width - pad * SCALE / 4, height - pad * SCALE / 4],
            fill=alpha,
        )
        mask = mask.filter(ImageFilter.GaussianBlur(blur * SCALE / 4)).resize(
            (width * 4, height * 4), Image.Resampling.BILINEAR
        )
        left, top = round((x0 - pad) * SCALE), round((y0 - pad) * SCALE)
        self.image.paste(colour, (left, top, left + mask.width, top + mask.height), mask)

    def leaf(self, base, length, width, degrees, colour, alpha=255):
        self.polygon(leaf_points(base, length, width, degrees), colour, alpha)

    # Finishing ----------------------------------------------------------------------------

    def finish(self, grain=8, mottle=3):
        """Downsample to the final size and add a little paper texture and film grain."""
        image = self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        if mottle:
            small = (self.width // 24 + 1, self.height // 24 + 1)
            cloudy = Image.frombytes("L", small, self.rng.randbytes(small[0] * small[1]))
            cloudy = cloudy.resize((self.width, self.height), Image.Resampling.BICUBIC)
            image = self._add_noise(image, cloudy, mottle)
        if grain:
            fine = Image.frombytes(
                "L", (self.width, self.height), self.rng.randbytes(self.width * self.height)
            )
            image = self._add_noise(image, fine, grain)
        return image

    @staticmethod
    def _add_noise(image, noise, amount):
        """Lighten and darken by up to `amount` levels, following a 0-255 noise image."""
        scaled = noise.point(lambda v: round(v * amount * 2 / 255)).convert("RGB")
        return ImageChops.add(image, scaled, scale=1.0, offset=-amount)


# A pale morning sky, from cool blue overhead to a warm glow at the horizon.
DAWN_SKY = [(0, (206, 214, 226)), (0.55, (240, 222, 210)), (1, (250, 226, 196))]
