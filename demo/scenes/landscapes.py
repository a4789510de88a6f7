"""Outdoor scenes: hills, water, woods and coast, in the shared calm palette."""

import math

from . import parts
from .canvas import (
    BLUSH,
    CLAY,
    CREAM,
    DUSK_BLUE,
    DUSK_DEEP,
    GOLD,
    GREEN,
    GREEN_DEEP,
    INK,
    LILAC,
    MIST,
    OCHRE,
    PAPER,
    PEACH,
    PINE,
    SAGE,
    SAGE_MID,
    SAGE_PALE,
    SAND,
    SAND_DEEP,
    SKY,
    SKY_PALE,
    STONE,
    STONE_DARK,
    TERRACOTTA,
    WATER,
    WATER_DEEP,
    WHITE,
    WOOD,
    WOOD_DARK,
    WOOD_PALE,
    bezier,
    mix,
)

DAWN = [(0, (206, 214, 226)), (0.55, (240, 222, 210)), (1, (250, 226, 196))]


def y_at(points, x):
    """The height of a drawn ridge line at `x`."""
    return min(points, key=lambda point: abs(point[0] - x))[1]


def dawn_hills(c):
    horizon = 560
    parts.sky(c, DAWN, horizon)
    parts.sun(c, (1050, 430), 62, (252, 238, 208), GOLD, 460, 0.7)
    parts.cloud(c, 180, 190, 380, WHITE, 170)
    parts.cloud(c, 1180, 140, 300, WHITE, 140)
    parts.cloud(c, 700, 300, 220, (250, 232, 220), 160)
    c.ridge(470, mix(LILAC, SKY_PALE, 0.4), [(30, 900), (14, 310)])
    c.ridge(520, mix(SAGE_PALE, SKY, 0.35), [(40, 1100), (16, 420)])
    middle = c.ridge(600, SAGE, [(46, 1300), (18, 500)])
    for x in (230, 262, 300, 1320, 1352, 1390, 1425):
        parts.round_tree(c, x, y_at(middle, x) + 14, 62, SAGE_MID)
    # The far stretch of the path shows again on the middle hill.
    crest = y_at(middle, 1030)
    far = [(1022, crest + 6), (1040, crest + 6), (1070, crest + 70), (1030, crest + 70)]
    c.polygon(far, mix(SAND, SAGE, 0.25))
    near_hill = c.ridge(700, SAGE_MID, [(38, 1500), (20, 600)])
    # The path: a ribbon that narrows as it climbs over the nearer hill towards the sun.
    top = y_at(near_hill, 1010)
    left = bezier((520, 1000), (820, 880), (700, 780), (992, top + 2), 50)
    right = bezier((1024, top + 2), (800, 780), (1040, 880), (980, 1000), 50)
    c.ridge(820, GREEN, [(40, 1700), (14, 520)])
    c.ridge(930, GREEN_DEEP, [(24, 1400), (10, 300)])
    c.polygon(left + right, SAND)
    light = bezier((650, 1000), (880, 890), (750, 790), (1000, top + 6), 30)
    light += bezier((1010, top + 6), (790, 800), (960, 890), (800, 1000), 30)
    c.polygon(light, mix(SAND, PAPER, 0.5), 150)
    # A post-and-wire fence following the path up the hill.
    posts = []
    for t in (0.0, 0.18, 0.36, 0.52, 0.66, 0.78):
        x, y = 1340 - 300 * t, 1000 - (1000 - top - 30) * t
        h = 90 * (1 - t) ** 1.4 + 14
        posts.append((x, y, h))
    for (x0, y0, h0), (x1, y1, h1) in zip(posts, posts[1:], strict=False):
        for share in (0.35, 0.75):
            c.line([(x0, y0 - h0 * share), (x1, y1 - h1 * share)], WOOD_DARK, 1.5, 200)
    for x, y, h in posts:
        c.rect((x - h * 0.06, y - h, x + h * 0.06, y), WOOD_DARK, radius=2)
    parts.grass_tufts(c, (0, 900, 560, 1000), 40, PINE, size=22)
    parts.grass_tufts(c, (1060, 920, 1600, 1000), 40, PINE, size=22)
    parts.flowers(c, (40, 920, 540, 990), 26, [PAPER, GOLD, BLUSH], 4)
    parts.flowers(c, (1100, 930, 1560, 990), 20, [PAPER, GOLD], 4)
    for x, y, s in ((420, 280, 16), (452, 300, 11), (480, 268, 13)):
        parts.bird(c, x, y, s)


def lake_jetty(c):
    horizon = 520
    parts.sky(c, [(0, (214, 224, 232)), (0.7, (238, 230, 220)), (1, (248, 232, 210))], horizon)
    parts.sun(c, (420, 430), 54, (252, 240, 214), GOLD, 360, 0.55)
    parts.cloud(c, 900, 160, 420, WHITE, 140)
    parts.cloud(c, 120, 120, 260, WHITE, 110)
    far = c.ridge(horizon - 40, mix(LILAC, SKY, 0.5), [(50, 1200), (18, 350)], bottom=horizon)
    near = c.ridge(horizon - 8, SAGE, [(26, 900), (10, 300)], x0=800, bottom=horizon)
    for x in range(830, 1600, 34):
        parts.conifer(c, x + c.rng.uniform(-8, 8), horizon - 4, c.rng.uniform(50, 80), SAGE_MID)
    # Water, with the far shore mirrored faintly in it.
    c.gradient([(0, mix(WATER, SKY_PALE, 0.4)), (1, WATER_DEEP)], (0, horizon, 1600, 1000))
    c.polygon([(x, 2 * horizon - y) for x, y in far], mix(LILAC, WATER, 0.5), 110)
    c.polygon(
        [(800, horizon), *[(x, 2 * horizon - y) for x, y in near], (1600, horizon)], SAGE_MID, 70
    )
    c.rect((0, horizon - 1, 1600, horizon + 3), mix(WATER, WHITE, 0.5), 160)
    parts.shimmer(c, (300, horizon + 10, 560, horizon + 200), 18, GOLD, 170, (14, 60))
    parts.shimmer(c, (0, horizon + 20, 1600, 1000), 40, WHITE, 90)
    # The jetty runs from the right foreground out onto the lake.
    deck_far_l, deck_far_r = (860, 640), (960, 640)
    deck_near_l, deck_near_r = (1180, 1000), (1560, 1000)
    for t in (0.0, 0.3, 0.55, 0.8, 1.0):
        for a, b in ((deck_far_l, deck_near_l), (deck_far_r, deck_near_r)):
            x = a[0] + (b[0] - a[0]) * t
            y = a[1] + (b[1] - a[1]) * t
            h = 30 + 140 * t
            c.rect((x - 3 - 9 * t, y, x + 3 + 9 * t, y + h), WOOD_DARK)
            c.rect(
                (x - 8 - 14 * t, y + h - 2, x + 8 + 14 * t, y + h + 3 + 4 * t),
                mix(WATER_DEEP, INK, 0.15),
                120,
                radius=3,
            )
    c.polygon([deck_far_l, deck_far_r, deck_near_r, deck_near_l], WOOD_PALE)
    c.polygon(
        [deck_far_l, deck_near_l, (deck_near_l[0], 1000 + 20), (deck_far_l[0], deck_far_l[1] + 8)],
        WOOD,
    )
    planks = 16
    for i in range(1, planks):
        t = (i / planks) ** 1.6
        ly = deck_far_l[1] + (deck_near_l[1] - deck_far_l[1]) * t
        lx = deck_far_l[0] + (deck_near_l[0] - deck_far_l[0]) * t
        rx = deck_far_r[0] + (deck_near_r[0] - deck_far_r[0]) * t
        c.line([(lx, ly), (rx, ly)], WOOD, 1 + 2 * t)
    # Posts at the far end and a mooring ring.
    for x in (deck_far_l[0] + 4, deck_far_r[0] - 4):
        c.rect((x - 4, deck_far_l[1] - 26, x + 4, deck_far_l[1] + 4), WOOD_DARK, radius=2)
    parts.reeds(c, 140, 1000, 46, 420, GREEN_DEEP, WOOD_DARK, 260)
    parts.reeds(c, 420, 1000, 20, 240, GREEN, WOOD_DARK, 140)
    for x, y, s in ((1080, 300, 14), (1110, 320, 10)):
        parts.bird(c, x, y, s)


def forest_path(c):
    horizon = 620
    parts.sky(c, [(0, (226, 232, 222)), (1, (244, 236, 214))], horizon)
    c.glow((800, 520), 520, GOLD, 0.7)
    # Layers of firs, each nearer one darker and less misty.
    layers = [
        (560, 120, mix(SAGE_PALE, MIST, 0.4), 30),
        (600, 200, SAGE, 46),
        (650, 300, SAGE_MID, 66),
        (720, 460, GREEN, 96),
    ]
    for ground, height, colour, gap in layers:
        x = -20
        while x < 1640:
            if abs(x - 800) > 60 + height * 0.25:
                parts.conifer(
                    c, x, ground + c.rng.uniform(-10, 10), height * c.rng.uniform(0.75, 1.1), colour
                )
            x += gap * c.rng.uniform(0.8, 1.3)
        c.ridge(
            ground + 6,
            [(0, mix(colour, GOLD, 0.2)), (0.2, colour), (1, colour)],
            [(8, 900), (4, 260)],
        )
    # Shafts of morning light.
    for x, w in ((700, 60), (820, 36), (900, 80)):
        c.polygon([(x, 0), (x + w, 0), (x + w * 2.4 - 200, 1000), (x - 200, 1000)], GOLD, 46)
    # The path winds towards the light.
    left = bezier((380, 1000), (760, 880), (560, 760), (784, 640), 50)
    right = bezier((816, 640), (680, 760), (1060, 860), (1060, 1000), 50)
    c.polygon(left + right, mix(SAND, GOLD, 0.25))
    c.glow((800, 640), 240, mix(MIST, GOLD, 0.3), 0.8)
    c.polygon(
        bezier((560, 1000), (820, 890), (660, 760), (796, 650), 30)
        + bezier((806, 650), (700, 770), (920, 880), (800, 1000), 30),
        mix(SAND, WHITE, 0.5),
        120,
    )
    # Foreground trunks and ferns frame the picture.
    for x, w in ((90, 74), (1470, 86)):
        c.polygon(
            [(x - w / 2, 1010), (x - w * 0.36, -10), (x + w * 0.36, -10), (x + w / 2, 1010)],
            mix(WOOD_DARK, PINE, 0.45),
        )
        c.polygon(
            [(x - w / 2, 1010), (x - w * 0.36, -10), (x - w * 0.1, -10), (x - w * 0.16, 1010)],
            mix(WOOD, GOLD, 0.2),
            110,
        )
        c.ellipse((x - w * 1.1, 985, x + w * 1.1, 1030), PINE)
    for base, side in (((200, 1010), -1), ((420, 1010), 1), ((1180, 1010), -1), ((1480, 1010), 1)):
        fern(c, base, 260, side)


def fern(c, base, length, side):
    """A clump of fern fronds arching up and out from one root."""
    for reach, lift, colour in ((1.0, 0.55, PINE), (0.7, 0.95, GREEN_DEEP), (-0.5, 0.8, GREEN)):
        x0, y0 = base
        direction = side * reach
        spine = bezier(
            (x0, y0),
            (x0 + direction * length * 0.1, y0 - length * lift),
            (x0 + direction * length * 0.7, y0 - length * lift * 1.05),
            (x0 + direction * length, y0 - length * lift * 0.7),
            30,
        )
        c.line(spine, colour, 3)
        for i in range(3, 29):
            x, y = spine[i]
            nx, ny = spine[i + 1]
            heading = math.degrees(math.atan2(nx - x, -(ny - y)))
            size = length * 0.16 * (1 - i / 32) + 6
            for turn in (-70, 70):
                c.leaf((x, y), size, size * 0.3, heading + turn, colour)


def bench_by_sea(c):
    horizon = 500
    parts.sky(c, [(0, (204, 220, 230)), (0.8, (236, 234, 226)), (1, (246, 232, 214))], horizon)
    parts.sun(c, (1180, 330), 46, (252, 244, 226), GOLD, 320, 0.45)
    parts.cloud(c, 200, 170, 340, WHITE, 150)
    parts.cloud(c, 860, 110, 260, WHITE, 120)
    c.gradient([(0, mix(WATER, SKY_PALE, 0.3)), (1, WATER_DEEP)], (0, horizon, 1600, 1000))
    parts.shimmer(c, (0, horizon + 8, 1600, 900), 50, WHITE, 110, (20, 120))
    parts.shimmer(c, (1060, horizon + 8, 1300, horizon + 160), 16, GOLD, 170, (10, 50))
    # A far headland and a small sail.
    c.ridge(horizon - 6, mix(SAGE, SKY, 0.5), [(34, 700), (10, 200)], x0=1320, bottom=horizon + 2)
    c.polygon([(900, 480), (900, 426), (932, 480)], WHITE)
    c.polygon([(894, 480), (890, 440), (860, 480)], mix(WHITE, SAND, 0.3))
    c.polygon([(856, 484), (940, 484), (930, 494), (866, 494)], WOOD_DARK)
    # The grassy clifftop curves across the foreground and drops to the shore.
    edge = bezier((0, 700), (500, 650), (1000, 660), (1250, 800), 40)
    c.polygon([(0, 1000), *edge, (1330, 1000)], SAGE_MID)
    c.polygon([(1250, 800), (1300, 830), (1420, 1000), (1330, 1000)], mix(SAND_DEEP, STONE, 0.4))
    c.polygon(
        [(0, 1000), (0, 780), *bezier((0, 780), (500, 720), (900, 740), (1290, 1000), 40)], GREEN
    )
    c.polygon(
        [(0, 1000), (0, 880), *bezier((0, 880), (400, 830), (700, 850), (960, 1000), 40)],
        GREEN_DEEP,
    )
    # A tree leaning away from the wind, and the bench beneath it.
    trunk = bezier((330, 720), (350, 600), (300, 520), (360, 400), 20)
    for i, (x, y) in enumerate(trunk[:-1]):
        c.line([(x, y), trunk[i + 1]], WOOD_DARK, 26 - i * 0.8)
    c.line(bezier((345, 520), (420, 480), (470, 470), (540, 430), 12), WOOD_DARK, 10)
    c.line(bezier((330, 580), (270, 540), (230, 520), (200, 470), 12), WOOD_DARK, 9)
    crown = [
        (330, 400, 120),
        (450, 390, 120),
        (550, 420, 80),
        (220, 440, 86),
        (380, 310, 100),
        (500, 320, 76),
    ]
    c.shapes(
        [("ellipse", (x - r, y - r * 0.85, x + r, y + r * 0.85)) for x, y, r in crown], GREEN_DEEP
    )
    c.shapes(
        [
            ("ellipse", (x - r * 0.8, y - r * 0.8, x + r * 0.7, y + r * 0.5))
            for x, y, r in crown[:3] + crown[4:]
        ],
        GREEN,
    )
    c.shapes(
        [
            ("ellipse", (x - r * 0.6, y - r * 0.75, x + r * 0.3, y + r * 0.1))
            for x, y, r in crown[4:] + crown[:1]
        ],
        SAGE_MID,
        120,
    )
    c.shadow((250, 712, 470, 736), INK, 50, 10)
    c.shadow((500, 782, 800, 806), INK, 70, 8)
    bench(c, 530, 794, 250)
    parts.grass_tufts(c, (0, 760, 1200, 1000), 70, PINE, size=20)
    parts.flowers(c, (30, 880, 900, 990), 30, [PAPER, GOLD, BLUSH], 4)
    for x, y, s in ((820, 260, 14), (860, 240, 10), (1400, 200, 12)):
        parts.bird(c, x, y, s)


def bench(c, x, ground, width):
    """A slatted park bench seen from behind and a little to the side."""
    leg = WOOD_DARK
    for lx in (x + 20, x + width - 20):
        c.rect((lx - 5, ground - 60, lx + 5, ground), leg)
        c.rect((lx - 4, ground - 120, lx + 4, ground - 60), leg)
    for i, y in enumerate((ground - 118, ground - 100, ground - 82)):
        c.rect((x, y, x + width, y + 12), WOOD if i % 2 else mix(WOOD, WOOD_PALE, 0.4), radius=3)
    c.rect((x - 6, ground - 62, x + width + 6, ground - 50), WOOD_DARK, radius=3)


def stepping_stones(c):
    horizon = 400
    parts.sky(c, [(0, (212, 226, 230)), (1, (242, 236, 222))], horizon)
    parts.cloud(c, 1000, 130, 360, WHITE, 170)
    parts.cloud(c, 160, 210, 240, WHITE, 140)
    c.ridge(horizon - 10, mix(SAGE_PALE, SKY, 0.4), [(24, 900), (8, 260)])
    for x in range(-20, 1640, 46):
        parts.round_tree(
            c,
            x + c.rng.uniform(-10, 10),
            horizon + 22,
            c.rng.uniform(70, 110),
            SAGE_MID if c.rng.random() < 0.6 else SAGE,
        )
    c.ridge(horizon + 30, SAGE, [(10, 1100), (5, 300)])
    c.ridge(horizon + 200, mix(SAGE, SAGE_MID, 0.5), [(30, 1500), (10, 400)])
    # The stream winds in from the distance and widens as it reaches us.
    left = bezier((640, horizon + 34), (520, 520), (1020, 600), (40, 1000), 60)
    right = bezier((1560, 1000), (1300, 640), (700, 560), (700, horizon + 34), 60)
    c.polygon(left + right, [(0, mix(WATER, SKY_PALE, 0.5)), (0.5, WATER), (1, WATER_DEEP)])
    c.line(left, GREEN, 4)
    c.line(right, GREEN, 4)
    parts.shimmer(c, (620, horizon + 60, 900, 560), 14, WHITE, 130, (10, 36))
    parts.shimmer(c, (300, 640, 1400, 990), 30, WHITE, 120, (30, 100))
    # Stepping stones cross from the near left bank to the right bank.
    stones = [(300, 900, 170), (520, 850, 150), (740, 790, 136), (950, 740, 122), (1150, 700, 108)]
    for x, y, w in stones:
        h = w * 0.42
        c.ellipse((x - w * 0.62, y - h * 0.1, x + w * 0.62, y + h * 0.75), WHITE, 90)
        c.ellipse((x - w / 2, y - h * 0.25, x + w / 2, y + h * 0.6), STONE_DARK)
        c.ellipse((x - w / 2, y - h / 2, x + w / 2, y + h * 0.35), STONE)
        c.ellipse((x - w * 0.4, y - h * 0.42, x + w * 0.15, y + h * 0.05), mix(STONE, WHITE, 0.4))
    # Grassy banks in the foreground corners.
    c.polygon(
        [(0, 1000), (0, 820), *bezier((0, 820), (90, 810), (200, 900), (180, 1000), 20)], GREEN
    )
    c.polygon(
        [
            (1600, 1000),
            (1600, 640),
            *bezier((1600, 640), (1400, 660), (1380, 880), (1500, 1000), 20),
        ],
        GREEN,
    )
    parts.reeds(c, 1540, 1000, 28, 320, GREEN_DEEP, WOOD_DARK, 160)
    parts.reeds(c, 70, 1000, 16, 220, GREEN_DEEP, WOOD_DARK, 120)
    parts.grass_tufts(c, (0, horizon + 60, 520, 600), 36, SAGE_MID, size=14)
    parts.grass_tufts(c, (1000, horizon + 60, 1600, 620), 36, SAGE_MID, size=14)
    parts.flowers(c, (1020, 470, 1580, 630), 34, [PAPER, GOLD, BLUSH], 3.5)
    parts.flowers(c, (20, 460, 480, 620), 26, [PAPER, GOLD], 3.5)


def kite_field(c):
    horizon = 640
    parts.sky(c, [(0, (184, 208, 224)), (0.75, (226, 232, 232)), (1, (244, 236, 222))], horizon)
    parts.cloud(c, 140, 220, 420, WHITE, 190)
    parts.cloud(c, 1000, 160, 340, WHITE, 170)
    parts.cloud(c, 640, 420, 240, WHITE, 140)
    c.ridge(horizon - 10, mix(SAGE_PALE, SKY, 0.4), [(20, 1100), (8, 300)])
    for x in range(1000, 1600, 40):
        parts.round_tree(c, x + c.rng.uniform(-8, 8), horizon + 10, c.rng.uniform(60, 90), SAGE_MID)
    for x in range(0, 380, 44):
        parts.round_tree(c, x + c.rng.uniform(-8, 8), horizon + 14, c.rng.uniform(50, 80), SAGE_MID)
    c.ridge(horizon + 10, SAGE, [(14, 1400), (6, 360)])
    # Mown stripes sweep across the rolling field.
    bands = [
        (700, SAGE_MID),
        (770, mix(SAGE_MID, SAGE, 0.5)),
        (850, GREEN),
        (940, mix(GREEN, SAGE_MID, 0.4)),
    ]
    for base, colour in bands:
        c.ridge(base, colour, [(40, 2400), (10, 500)])
    parts.flowers(c, (0, 720, 1600, 1000), 120, [PAPER, GOLD, BLUSH, WHITE], 4)
    parts.grass_tufts(c, (0, 880, 1600, 1000), 50, GREEN_DEEP, size=20)
    # The kite, its string curving down out of the picture, and a tail of bows.
    top, right, bottom, left = (1080, 170), (1170, 270), (1090, 420), (1000, 270)
    c.polygon([top, right, (1090, 270)], TERRACOTTA)
    c.polygon([top, left, (1090, 270)], mix(TERRACOTTA, BLUSH, 0.5))
    c.polygon([left, bottom, (1090, 270)], OCHRE)
    c.polygon([right, bottom, (1090, 270)], mix(OCHRE, GOLD, 0.5))
    c.line([top, bottom], WOOD_DARK, 3)
    c.line([left, right], WOOD_DARK, 3)
    tail = bezier(bottom, (1060, 520), (1180, 560), (1120, 680), 40)
    c.line(tail, INK, 2, 160)
    for i in (8, 18, 28, 38):
        x, y = tail[i]
        c.polygon(
            [(x, y), (x - 16, y - 10), (x - 16, y + 10)], TERRACOTTA if i % 20 == 8 else OCHRE
        )
        c.polygon(
            [(x, y), (x + 16, y - 10), (x + 16, y + 10)], TERRACOTTA if i % 20 == 8 else OCHRE
        )
    c.line(bezier((1090, 270), (900, 500), (700, 700), (560, 1000), 50), INK, 2, 120)
    for x, y, s in ((400, 340, 14), (436, 360, 10)):
        parts.bird(c, x, y, s)


def lighthouse_dusk(c):
    horizon = 600
    parts.sky(
        c,
        [(0, DUSK_DEEP), (0.45, DUSK_BLUE), (0.8, (196, 156, 170)), (1, (240, 190, 160))],
        horizon,
    )
    for _ in range(50):
        x, y = c.rng.uniform(0, 1600), c.rng.uniform(20, 300)
        c.circle((x, y), c.rng.uniform(1, 2.4), WHITE, c.rng.randint(90, 200))
    c.shapes(
        [("ellipse", (1266, 126, 1334, 194))],
        (246, 236, 214),
        cut=[("ellipse", (1284, 112, 1350, 178))],
    )
    parts.cloud(c, 880, 400, 380, BLUSH, 110)
    parts.cloud(c, 120, 460, 300, (226, 170, 168), 100)
    c.glow((1000, 600), 600, PEACH, 0.5)
    c.gradient(
        [(0, (200, 160, 168)), (0.3, mix(DUSK_BLUE, WATER_DEEP, 0.3)), (1, DUSK_DEEP)],
        (0, horizon, 1600, 1000),
    )
    parts.shimmer(c, (820, horizon + 6, 1200, horizon + 180), 26, PEACH, 150, (10, 60))
    parts.shimmer(c, (0, horizon + 20, 1600, 1000), 40, mix(DUSK_BLUE, WHITE, 0.4), 90)
    # The headland and its lighthouse.
    land = mix(SAGE_MID, DUSK_BLUE, 0.45)
    c.polygon(
        [(520, 600), (640, 640), (700, 730), (780, 800), (860, 1000), (600, 1000)],
        mix(STONE_DARK, DUSK_DEEP, 0.45),
    )
    c.polygon(
        [(640, 640), (700, 730), (780, 800), (860, 1000), (820, 1000), (740, 820), (670, 740)],
        mix(STONE_DARK, DUSK_DEEP, 0.2),
    )
    c.polygon(
        [
            (0, 1000),
            (0, 630),
            *bezier((0, 630), (200, 590), (480, 580), (640, 640), 30),
            (700, 740),
            (720, 1000),
        ],
        land,
    )
    c.polygon(
        [(0, 1000), (0, 760), *bezier((0, 760), (240, 700), (520, 720), (660, 1000), 30)],
        mix(land, DUSK_DEEP, 0.3),
    )
    c.polygon(
        bezier((372, 606), (330, 700), (470, 800), (380, 1000), 30)
        + bezier((440, 1000), (520, 800), (360, 700), (388, 606), 30),
        mix(SAND, DUSK_BLUE, 0.45),
    )
    x, base, top = 380, 600, 300
    c.polygon([(x - 52, base), (x - 34, top), (x + 34, top), (x + 52, base)], CREAM)
    for y0, y1 in ((base - 90, base - 50), (base - 200, base - 160)):
        w0 = 52 - 18 * (base - y0) / (base - top)
        w1 = 52 - 18 * (base - y1) / (base - top)
        c.polygon([(x - w0, y0), (x - w1, y1), (x + w1, y1), (x + w0, y0)], CLAY)
    c.polygon(
        [(x + 6, base), (x + 4, top), (x + 34, top), (x + 52, base)],
        mix(CREAM, DUSK_BLUE, 0.35),
        150,
    )
    c.rect((x - 46, top - 12, x + 46, top), INK)
    c.glow((x, top - 40), 220, GOLD, 0.6)
    for spread, alpha in ((110, 22), (70, 26), (36, 30)):
        c.polygon(
            [(x, top - 40), (1600, top - 60 - spread), (1600, top - 60 + spread)],
            (252, 232, 180),
            alpha,
        )
    for spread, alpha in ((50, 20), (26, 26)):
        c.polygon(
            [(x, top - 40), (0, top - 70 - spread), (0, top - 70 + spread)], (252, 232, 180), alpha
        )
    c.rect((x - 28, top - 66, x + 28, top - 12), (252, 230, 170))
    c.rect((x - 2, top - 66, x + 2, top - 12), INK)
    c.polygon([(x - 40, top - 66), (x, top - 100), (x + 40, top - 66)], CLAY)
    c.rect((x - 3, top - 116, x + 3, top - 98), INK)
    # A keeper's cottage with a lit window.
    c.rect((160, 560, 290, 620), CREAM)
    c.polygon([(150, 562), (225, 510), (300, 562)], CLAY)
    c.rect((190, 576, 214, 598), (252, 222, 160))
    c.rect((240, 576, 264, 598), (252, 222, 160))
    parts.grass_tufts(c, (0, 780, 620, 1000), 60, mix(PINE, DUSK_DEEP, 0.3), size=20)
    for px, py, s in ((1200, 360, 12), (1232, 380, 9)):
        parts.bird(c, px, py, s, INK, 150)
