"""Pieces several scenes share: skies, clouds, trees, reeds, water and birds."""

import math

from .canvas import GREEN_DEEP, INK, PINE, WHITE, WOOD_DARK, bezier, mix


def sky(canvas, stops, horizon):
    """A vertical gradient sky down to the horizon."""
    canvas.gradient(stops, (0, 0, canvas.width, horizon + 4))


def sun(canvas, centre, radius, colour, halo, halo_radius=None, strength=0.55):
    canvas.glow(centre, halo_radius or radius * 5, halo, strength)
    canvas.circle(centre, radius, colour)


def cloud(canvas, x, y, width, colour, alpha=200):
    """A long cloud: a flat, rounded base with a few soft tops, filled as one shape."""
    height = width * 0.16
    shapes = [("rounded", (x, y - height * 0.5, x + width, y + height * 0.5))]
    bumps = canvas.rng.randint(2, 3)
    for i in range(bumps):
        cx = x + width * (0.28 + 0.44 * i / max(1, bumps - 1)) + canvas.rng.uniform(-20, 20)
        r = height * canvas.rng.uniform(0.75, 1.1) * (1.15 if i == 1 else 1)
        shapes.append(("ellipse", (cx - r * 1.4, y - r * 1.2, cx + r * 1.4, y + height * 0.5)))
    parts = []
    for kind, box in shapes:
        if kind == "rounded":  # a pill: two round ends and a middle
            x0, y0, x1, y1 = box
            h = y1 - y0
            parts += [
                ("ellipse", (x0, y0, x0 + h, y1)),
                ("ellipse", (x1 - h, y0, x1, y1)),
                ("rectangle", (x0 + h / 2, y0, x1 - h / 2, y1)),
            ]
        else:
            parts.append((kind, box))
    canvas.shapes(parts, colour, alpha)


def bird(canvas, x, y, size, colour=INK, alpha=170):
    """A small gull in flight: two shallow arcs."""
    left = bezier(
        (x - size, y - size * 0.2),
        (x - size * 0.6, y - size * 0.7),
        (x - size * 0.2, y - size * 0.5),
        (x, y),
        10,
    )
    right = bezier(
        (x, y),
        (x + size * 0.2, y - size * 0.5),
        (x + size * 0.6, y - size * 0.7),
        (x + size, y - size * 0.2),
        10,
    )
    canvas.line(left + right[1:], colour, max(1.5, size * 0.14), alpha)


def round_tree(canvas, x, ground, height, crown, trunk=WOOD_DARK, light=None):
    """A broadleaf tree: a trunk and a cluster of overlapping round crowns."""
    width = height * 0.07
    canvas.polygon(
        [
            (x - width, ground),
            (x - width * 0.5, ground - height * 0.7),
            (x + width * 0.5, ground - height * 0.7),
            (x + width, ground),
        ],
        trunk,
    )
    r = height * 0.32
    cy = ground - height * 0.72
    for dx, dy, k in (
        (-0.55, 0.15, 0.8),
        (0.55, 0.12, 0.85),
        (0, -0.25, 1.0),
        (-0.2, 0.2, 0.9),
        (0.3, -0.05, 0.8),
    ):
        canvas.circle((x + dx * r, cy + dy * r), r * k, crown)
    if light:
        canvas.circle((x - 0.3 * r, cy - 0.45 * r), r * 0.55, light, 90)


def conifer(canvas, x, ground, height, colour, alpha=255):
    """A slim fir tree in three soft tiers."""
    width = height * 0.34
    tiers = 3
    for i in range(tiers):
        top = ground - height + height * 0.22 * i
        base = ground - height * 0.08 - height * (tiers - 1 - i) * 0.18
        half = width * (0.55 + 0.45 * (i + 1) / tiers) / 2
        canvas.polygon(
            [
                (x, top),
                (x + half * 0.35, top + (base - top) * 0.45),
                (x + half, base),
                (x - half, base),
                (x - half * 0.35, top + (base - top) * 0.45),
            ],
            colour,
            alpha,
        )
    canvas.rect(
        (x - height * 0.02, ground - height * 0.1, x + height * 0.02, ground),
        mix(colour, INK, 0.3),
        alpha,
    )


def reeds(canvas, x, ground, count, height, colour=GREEN_DEEP, head=WOOD_DARK, spread=120):
    """A clump of reeds and bulrushes leaning a little in the breeze."""
    for _ in range(count):
        bx = x + canvas.rng.uniform(-spread / 2, spread / 2)
        h = height * canvas.rng.uniform(0.55, 1.0)
        lean = canvas.rng.uniform(-0.18, 0.28) * h
        stem = bezier(
            (bx, ground),
            (bx, ground - h * 0.5),
            (bx + lean * 0.4, ground - h * 0.8),
            (bx + lean, ground - h),
            16,
        )
        canvas.line(stem, colour, canvas.rng.uniform(2.5, 4.5))
        if canvas.rng.random() < 0.4:
            tx, ty = stem[-4]
            canvas.line([stem[-6], (tx, ty)], head, 11)
    for _ in range(count // 2):  # blades
        bx = x + canvas.rng.uniform(-spread / 2, spread / 2)
        h = height * canvas.rng.uniform(0.3, 0.6)
        bend = canvas.rng.choice((-1, 1)) * h * canvas.rng.uniform(0.2, 0.45)
        blade = bezier(
            (bx - 3, ground),
            (bx, ground - h * 0.6),
            (bx + bend * 0.5, ground - h * 0.9),
            (bx + bend, ground - h),
            12,
        )
        back = bezier(
            (bx + bend, ground - h),
            (bx + bend * 0.5 + 4, ground - h * 0.85),
            (bx + 6, ground - h * 0.5),
            (bx + 5, ground),
            12,
        )
        canvas.polygon(blade + back[1:], mix(colour, PINE, 0.3))


def grass_tufts(canvas, box, count, colour, alpha=255, size=18):
    x0, y0, x1, y1 = box
    for _ in range(count):
        x, y = canvas.rng.uniform(x0, x1), canvas.rng.uniform(y0, y1)
        s = size * (0.5 + (y - y0) / max(1, y1 - y0))
        for lean in (-0.5, 0, 0.45):
            canvas.line(
                [(x, y), (x + lean * s * 0.6, y - s * (1 - abs(lean) * 0.4))],
                colour,
                max(1.5, s * 0.09),
                alpha,
            )


def flowers(canvas, box, count, colours, size=5):
    x0, y0, x1, y1 = box
    for _ in range(count):
        x, y = canvas.rng.uniform(x0, x1), canvas.rng.uniform(y0, y1)
        s = size * (0.6 + (y - y0) / max(1, y1 - y0))
        canvas.circle((x, y), s, canvas.rng.choice(colours))


def shimmer(canvas, box, count, colour=WHITE, alpha=120, length=(20, 90)):
    """Short horizontal light strokes on water, longer and further apart near the viewer."""
    x0, y0, x1, y1 = box
    for _ in range(count):
        t = canvas.rng.random() ** 1.4
        y = y0 + (y1 - y0) * t
        x = canvas.rng.uniform(x0, x1)
        w = (length[0] + (length[1] - length[0]) * t) * canvas.rng.uniform(0.6, 1.2)
        canvas.line([(x, y), (x + w, y)], colour, 1.5 + 2.5 * t, alpha)


def wave_band(canvas, y, colour, amplitude, wavelength, alpha=255, bottom=None):
    """A gently rippled horizontal band, filled to `bottom`."""
    phase = canvas.rng.uniform(0, math.tau)
    points = [
        (x, y + amplitude * math.sin(x / wavelength * math.tau + phase))
        for x in range(0, canvas.width + 11, 10)
    ]
    canvas.polygon(
        [(0, bottom or canvas.height), *points, (canvas.width + 10, bottom or canvas.height)],
        colour,
        alpha,
    )
