"""Indoor scenes and still lifes: quiet rooms and the objects on a table."""

import math

from . import parts
from .canvas import (
    BLUSH,
    CLAY,
    CREAM,
    DAWN_SKY,
    GOLD,
    GREEN,
    GREEN_DEEP,
    INK,
    LINEN,
    MIST,
    OCHRE,
    PAPER,
    SAGE,
    SAGE_MID,
    SAGE_PALE,
    SAND,
    SKY,
    STONE,
    TERRACOTTA,
    WHITE,
    WOOD,
    WOOD_DARK,
    WOOD_PALE,
    bezier,
    mix,
)

WALL = (236, 228, 214)
WALL_SAGE = (208, 220, 206)
FLOOR = (198, 164, 128)


def plant(c, x, ground, size, pot=TERRACOTTA, leaves=GREEN):
    """A leafy house plant in a tapered pot."""
    w = size * 0.5
    c.shadow((x - w * 0.7, ground - 8, x + w * 0.7, ground + 8), INK, 50, 6)
    for i in range(11):
        angle = -75 + 150 * i / 10 + c.rng.uniform(-8, 8)
        length = size * c.rng.uniform(0.7, 1.1) * (1 - abs(angle) / 250)
        colour = leaves if i % 3 else mix(leaves, SAGE_MID, 0.5)
        c.leaf((x, ground - size * 0.5), length, length * 0.34, angle, colour)
    c.polygon(
        [
            (x - w / 2, ground - size * 0.55),
            (x + w / 2, ground - size * 0.55),
            (x + w * 0.38, ground),
            (x - w * 0.38, ground),
        ],
        pot,
    )
    c.rect(
        (x - w * 0.55, ground - size * 0.6, x + w * 0.55, ground - size * 0.5),
        mix(pot, CLAY, 0.5),
        radius=4,
    )


def mug(c, x, ground, size, colour=SAGE_MID, steam=True):
    """A mug seen from the side, with a handle and a curl of steam."""
    w, h = size, size * 1.05
    c.shadow((x - w * 0.6, ground - 6, x + w * 0.7, ground + 6), INK, 60, 5)
    c.arc(
        (x + w * 0.3, ground - h * 0.8, x + w * 0.8, ground - h * 0.25),
        -90,
        90,
        mix(colour, INK, 0.2),
        size * 0.1,
    )
    c.rect((x - w / 2, ground - h, x + w / 2, ground), colour, radius=size * 0.14)
    c.rect(
        (x - w / 2, ground - h, x - w * 0.2, ground), mix(colour, WHITE, 0.18), radius=size * 0.14
    )
    c.ellipse(
        (x - w / 2, ground - h - size * 0.07, x + w / 2, ground - h + size * 0.07),
        mix(colour, INK, 0.3),
    )
    if steam:
        for dx in (-0.15, 0.15):
            sx = x + dx * w
            curl = bezier(
                (sx, ground - h - 12),
                (sx - 14, ground - h - 40),
                (sx + 16, ground - h - 60),
                (sx, ground - h - 90),
                20,
            )
            c.line(curl, WHITE, 4, 150)


def window_view(c, box):
    """Hills and sky seen through a window, drawn inside `box`."""
    x0, y0, x1, y1 = box
    c.gradient(DAWN_SKY, box)
    c.glow(((x0 + x1) / 2 + 60, y0 + (y1 - y0) * 0.55), 160, GOLD, 0.55)
    c.circle(((x0 + x1) / 2 + 60, y0 + (y1 - y0) * 0.55), 30, (252, 238, 210))
    c.ridge(y0 + (y1 - y0) * 0.62, mix(SAGE_PALE, SKY, 0.4), [(18, 420), (8, 160)], x0, x1, y1)
    c.ridge(y0 + (y1 - y0) * 0.74, SAGE, [(16, 520), (6, 180)], x0, x1, y1)
    c.ridge(y0 + (y1 - y0) * 0.88, SAGE_MID, [(14, 600), (6, 200)], x0, x1, y1)


def window_seat(c):
    c.gradient([(0, WALL), (1, mix(WALL, LINEN, 0.6))], (0, 0, 1600, 1000))
    # A deep window with a view of the hills.
    frame = (420, 110, 1180, 700)
    c.rect(
        (frame[0] - 60, frame[1] - 40, frame[2] + 60, frame[3] + 30), mix(WALL, INK, 0.08), radius=8
    )
    window_view(c, frame)
    for x in (frame[0], (frame[0] + frame[2]) / 2, frame[2]):
        c.rect((x - 10, frame[1], x + 10, frame[3]), PAPER)
    for y in (frame[1], frame[1] + (frame[3] - frame[1]) * 0.42, frame[3]):
        c.rect((frame[0] - 10, y - 10, frame[2] + 10, y + 10), PAPER)
    # Light falling from the window onto the seat and floor.
    c.polygon(
        [
            (frame[0], frame[3] + 40),
            (frame[2], frame[3] + 40),
            (frame[2] + 240, 1000),
            (frame[0] + 160, 1000),
        ],
        GOLD,
        46,
    )
    # Curtains gathered at each side.
    for side in (-1, 1):
        edge = frame[0] - 80 if side < 0 else frame[2] + 80
        inner = edge + 120 * -side
        c.polygon(
            [
                (edge - 40 * -side, 60),
                (inner, 60),
                (inner - 40 * -side, 380),
                (inner + 10 * -side, 760),
                (edge - 40 * -side, 760),
            ],
            mix(SAGE, SAGE_PALE, 0.3),
        )
        for k in (0.3, 0.65):
            fx = edge - 40 * -side + (inner - (edge - 40 * -side)) * k
            c.line([(fx, 70), (fx + 8 * -side, 750)], mix(SAGE, SAGE_MID, 0.5), 4, 170)
    c.rect((180, 50, 1420, 66), WOOD_DARK, radius=8)
    # The seat: a wooden box with a long cushion and two pillows.
    c.rect((300, 760, 1300, 1000), WOOD_PALE)
    c.rect((300, 760, 1300, 790), mix(WOOD_PALE, WOOD, 0.4))
    for x in range(380, 1300, 230):
        c.rect((x, 820, x + 170, 960), mix(WOOD_PALE, WOOD, 0.2), radius=6)
    c.rect((310, 712, 1290, 768), mix(SAGE_MID, SAGE, 0.3), radius=24)
    c.rect((340, 560, 560, 740), BLUSH, radius=40)
    for y in range(590, 730, 30):
        c.line([(360, y), (540, y)], mix(BLUSH, TERRACOTTA, 0.35), 5)
    c.rect((1050, 590, 1240, 740), OCHRE, radius=36)
    c.circle((1145, 665), 26, mix(OCHRE, WHITE, 0.3))
    # A folded blanket, a plant on the sill and a mug on the cushion.
    c.rect((620, 690, 860, 730), CREAM, radius=10)
    c.rect((620, 676, 860, 700), mix(CREAM, TERRACOTTA, 0.25), radius=10)
    plant(c, 1060, 705, 150, TERRACOTTA, GREEN)
    mug(c, 920, 720, 58, (226, 214, 196))
    # A wall shelf and a little picture give the room a lived-in feel.
    c.rect((1400, 420, 1600, 436), WOOD)
    for i, (w, h, colour) in enumerate(
        ((26, 90, SAGE_MID), (22, 80, OCHRE), (30, 96, CLAY), (20, 70, STONE))
    ):
        x = 1430 + i * 34
        c.rect((x, 420 - h, x + w, 420), colour, radius=3)
    c.rect((60, 280, 230, 460), WOOD, radius=4)
    c.rect((74, 294, 216, 446), PAPER)
    c.ridge(410, SAGE, [(14, 160)], 74, 216, 446)
    c.circle((170, 350), 16, OCHRE)


def armchair(c, x, ground, facing, colour):
    """A wide, soft armchair in profile, facing left (-1) or right (1)."""
    dark = mix(colour, INK, 0.18)
    back_x = x - facing * 120
    c.shadow((x - 200, ground - 12, x + 200, ground + 16), INK, 60, 10)
    for lx in (x - 130, x + 120):
        c.polygon(
            [(lx - 8, ground - 40), (lx + 8, ground - 40), (lx + 5, ground), (lx - 5, ground)],
            WOOD_DARK,
        )
    c.rect((back_x - 70, ground - 380, back_x + 70, ground - 60), dark, radius=60)
    c.rect((x - 190, ground - 200, x + 190, ground - 40), colour, radius=46)
    c.rect((x - 170, ground - 240, x + 150, ground - 170), mix(colour, WHITE, 0.12), radius=34)
    arm_x = x + facing * 10
    c.rect((arm_x - 150, ground - 270, arm_x + 150, ground - 190), dark, radius=38)
    c.rect((arm_x - 150, ground - 270, arm_x + 150, ground - 240), mix(dark, WHITE, 0.1), radius=30)


def lamp(c, x, ground, height):
    shade_top = ground - height
    c.glow((x, shade_top + 60), 340, GOLD, 0.5)
    c.rect((x - 4, shade_top + 40, x + 4, ground), INK)
    c.ellipse((x - 60, ground - 14, x + 60, ground + 8), INK)
    c.polygon(
        [
            (x - 56, shade_top),
            (x + 56, shade_top),
            (x + 92, shade_top + 110),
            (x - 92, shade_top + 110),
        ],
        (246, 226, 186),
    )


def consulting_room(c):
    c.gradient([(0, WALL_SAGE), (1, mix(WALL_SAGE, WALL, 0.5))], (0, 0, 1600, 720))
    c.rect((0, 560, 1600, 720), mix(WALL_SAGE, SAGE, 0.35))
    c.rect((0, 552, 1600, 566), PAPER)
    c.gradient([(0, mix(FLOOR, WALL, 0.3)), (1, FLOOR)], (0, 720, 1600, 1000))
    c.rect((0, 712, 1600, 724), mix(WALL, INK, 0.1))
    c.ellipse((240, 800, 1360, 990), mix(TERRACOTTA, LINEN, 0.55))
    c.ellipse((300, 820, 1300, 970), mix(TERRACOTTA, LINEN, 0.75))
    # A framed landscape above the table.
    c.rect((640, 160, 960, 400), WOOD, radius=4)
    c.rect((660, 180, 940, 380), PAPER)
    c.gradient([(0, SAGE_PALE), (1, CREAM)], (660, 180, 940, 300))
    c.ridge(300, SAGE, [(16, 280), (6, 100)], 660, 940, 380)
    c.ridge(330, SAGE_MID, [(12, 320)], 660, 940, 380)
    c.circle((870, 240), 18, OCHRE)
    # A tall plant in the corner and a lamp between the chairs.
    for i in range(9):
        angle = -40 + 80 * i / 8
        c.leaf((1480, 640), 300 + 60 * math.cos(i), 90, angle, GREEN if i % 2 else GREEN_DEEP)
    c.polygon([(1420, 620), (1540, 620), (1525, 760), (1435, 760)], CREAM)
    c.shadow((1410, 752, 1550, 770), INK, 50, 6)
    lamp(c, 220, 820, 520)
    armchair(c, 460, 900, 1, mix(SAGE_MID, SAGE, 0.2))
    armchair(c, 1140, 900, -1, mix(OCHRE, SAND, 0.3))
    # A small round table with a glass of water and a box of tissues.
    c.shadow((720, 890, 880, 912), INK, 60, 8)
    c.rect((796, 700, 804, 900), WOOD_DARK)
    c.ellipse((730, 880, 870, 900), WOOD_DARK)
    c.ellipse((700, 680, 900, 716), WOOD)
    c.ellipse((700, 672, 900, 706), WOOD_PALE)
    c.rect((724, 630, 800, 690), mix(CREAM, BLUSH, 0.3), radius=4)
    c.polygon([(752, 630), (764, 604), (776, 630)], WHITE)
    c.polygon([(830, 610), (866, 610), (862, 688), (834, 688)], mix(SKY, WHITE, 0.4), 220)
    c.polygon([(834, 650), (862, 650), (862, 688), (834, 688)], mix(SKY, MIST, 0.2), 220)


def notebook_tea(c):
    # Seen from above: a linen cloth on a wooden table.
    c.gradient([(0, mix(WOOD_PALE, SAND, 0.4)), (1, WOOD_PALE)])
    for y in range(40, 1000, 70):
        c.line(
            [(0, y + c.rng.uniform(-4, 4)), (1600, y + c.rng.uniform(-4, 4))],
            mix(WOOD_PALE, WOOD, 0.25),
            2,
            120,
        )
    c.polygon([(120, -20), (1220, -20), (1160, 1020), (60, 1020)], LINEN)
    for x in range(140, 1200, 60):
        c.line([(x, -20), (x - 60, 1020)], mix(LINEN, SAND, 0.25), 2, 110)
    # The open notebook, turned a little.
    centre = (620, 520)
    from .canvas import rotate

    def turned(points):
        return rotate(points, centre, -8)

    c.shadow((300, 260, 960, 820), INK, 50, 20)
    c.polygon(turned([(300, 240), (940, 240), (940, 800), (300, 800)]), mix(SAGE_MID, GREEN, 0.4))
    c.polygon(turned([(316, 252), (614, 258), (614, 790), (316, 784)]), PAPER)
    c.polygon(turned([(626, 258), (924, 252), (924, 784), (626, 790)]), WHITE)
    c.polygon(turned([(600, 256), (640, 256), (640, 792), (600, 792)]), mix(PAPER, INK, 0.06))
    for y in range(330, 760, 40):
        c.line(turned([(350, y), (580, y)]), mix(SKY, WHITE, 0.3), 2)
        c.line(turned([(660, y), (890, y)]), mix(SKY, WHITE, 0.3), 2)
    # Scribbled lines of handwriting on the left page, kept as shapes, not letters.
    for i, length in enumerate((200, 170, 210, 120, 190, 150, 90)):
        y = 322 + i * 40
        c.line(
            turned(
                bezier(
                    (356, y),
                    (356 + length / 3, y - 6),
                    (356 + length * 2 / 3, y + 6),
                    (356 + length, y),
                    12,
                )
            ),
            mix(INK, SKY, 0.3),
            3,
        )
    c.rect((604, 100, 618, 260), TERRACOTTA)
    # A pen lying across the right page.
    pen = [(720, 700), (1000, 430), (1012, 442), (732, 712)]
    c.polygon(pen, INK)
    c.polygon([(720, 700), (732, 712), (706, 724)], GOLD)
    c.polygon([(960, 468), (1000, 430), (1012, 442), (972, 480)], mix(INK, WHITE, 0.2))
    # A cup of tea on a saucer, seen from above, with a little steam.
    cx, cy = 1200, 300
    c.shadow((cx - 170, cy - 150, cx + 190, cy + 190), INK, 50, 16)
    c.circle((cx, cy), 170, WHITE)
    c.circle((cx, cy), 120, mix(WHITE, STONE, 0.2))
    c.arc((cx + 90, cy - 50, cx + 190, cy + 50), -80, 80, mix(WHITE, STONE, 0.3), 20)
    c.circle((cx, cy), 110, WHITE)
    c.circle((cx, cy), 92, (176, 112, 62))
    c.circle((cx - 20, cy - 24), 40, (196, 136, 80))
    c.circle((cx + 30, cy + 30), 10, mix((196, 136, 80), WHITE, 0.4))
    # A spoon and a sprig of leaves.
    c.line([(cx - 140, cy + 170), (cx - 250, cy + 330)], mix(STONE, WHITE, 0.3), 10)
    c.ellipse((cx - 160, cy + 120, cx - 110, cy + 190), mix(STONE, WHITE, 0.3))
    stem = bezier((1250, 900), (1300, 760), (1380, 700), (1460, 640), 20)
    c.line(stem, GREEN_DEEP, 4)
    for i in range(2, 20, 3):
        x, y = stem[i]
        c.leaf((x, y), 70, 30, 20 + i * 2, SAGE_MID)
        c.leaf((x, y), 60, 26, -70 + i * 2, GREEN)
    parts.flowers(c, (1380, 820, 1560, 960), 6, [OCHRE], 6)


def clock(c, centre, radius):
    x, y = centre
    c.shadow((x - radius, y - radius + 10, x + radius, y + radius + 10), INK, 40, 10)
    c.circle(centre, radius, WOOD)
    c.circle(centre, radius * 0.86, PAPER)
    for hour in range(12):
        angle = math.tau * hour / 12
        inner = radius * (0.68 if hour % 3 == 0 else 0.74)
        c.line(
            [
                (x + math.sin(angle) * inner, y - math.cos(angle) * inner),
                (x + math.sin(angle) * radius * 0.8, y - math.cos(angle) * radius * 0.8),
            ],
            INK,
            4 if hour % 3 == 0 else 2,
        )
    c.line([(x, y), (x + radius * 0.35, y - radius * 0.28)], INK, 7)
    c.line([(x, y), (x - radius * 0.1, y - radius * 0.62)], INK, 4)
    c.circle(centre, 8, TERRACOTTA)


def calendar(c, box):
    x0, y0, x1, y1 = box
    c.shadow((x0, y0 + 10, x1, y1 + 10), INK, 40, 10)
    c.rect(box, WHITE, radius=6)
    c.rect((x0, y0, x1, y0 + 70), TERRACOTTA, radius=6)
    c.rect((x0, y0 + 50, x1, y0 + 70), TERRACOTTA)
    for ring in (x0 + 60, x1 - 60):
        c.rect((ring - 6, y0 - 16, ring + 6, y0 + 20), INK, radius=6)
    cols, rows = 7, 5
    cw, rh = (x1 - x0 - 40) / cols, (y1 - y0 - 110) / rows
    for r in range(rows):
        for k in range(cols):
            bx, by = x0 + 20 + k * cw, y0 + 90 + r * rh
            day = r * cols + k
            colour = mix(SAGE_PALE, WHITE, 0.4) if day not in (9, 17, 24) else SAGE
            c.rect((bx + 4, by + 4, bx + cw - 4, by + rh - 4), colour, radius=4)
    bx, by = x0 + 20 + 3 * cw, y0 + 90 + 2 * rh
    c.arc((bx - 4, by - 4, bx + cw + 4, by + rh + 4), 0, 360, TERRACOTTA, 4)


def desk_calendar(c):
    c.gradient([(0, WALL), (1, mix(WALL, SAND, 0.3))], (0, 0, 1600, 1000))
    c.gradient([(0, mix(FLOOR, WALL, 0.4)), (1, FLOOR)], (0, 900, 1600, 1000))
    c.rect((0, 892, 1600, 904), mix(WALL, INK, 0.1))
    # A window on the left lets in soft light.
    window_view(c, (90, 120, 430, 560))
    c.rect((80, 110, 440, 122), PAPER)
    c.rect((80, 556, 440, 570), PAPER)
    c.rect((254, 110, 266, 570), PAPER)
    c.polygon([(430, 560), (700, 700), (560, 1000), (240, 1000)], GOLD, 30)
    calendar(c, (640, 130, 1000, 470))
    clock(c, (1220, 260), 120)
    # The desk, with a lamp, books, a pencil pot and a plant.
    c.rect((160, 660, 1500, 700), WOOD, radius=6)
    c.rect((160, 690, 1500, 706), WOOD_DARK)
    for lx in (200, 1450):
        c.rect((lx - 14, 706, lx + 14, 1000), WOOD_DARK)
    c.rect((1090, 706, 1420, 900), mix(WOOD, WOOD_PALE, 0.3))
    for y in (760, 840):
        c.rect((1230, y - 4, 1280, y + 4), WOOD_DARK, radius=4)
        c.line([(1090, y + 36), (1420, y + 36)], WOOD_DARK, 2, 120)
    # Desk lamp with its light.
    c.glow((470, 470), 260, GOLD, 0.5)
    c.ellipse((380, 640, 520, 668), INK)
    c.line([(450, 650), (400, 500), (480, 420)], INK, 8)
    c.polygon(bezier((440, 380), (500, 360), (560, 420), (560, 470), 16) + [(460, 470)], SAGE_MID)
    c.polygon([(470, 470), (560, 470), (600, 660), (420, 660)], GOLD, 46)
    # Books and a closed laptop.
    for i, (w, colour) in enumerate(
        ((300, SAGE_MID), (280, TERRACOTTA), (310, mix(SKY, INK, 0.2)))
    ):
        y = 660 - (i + 1) * 34
        c.rect((620 + i * 8, y, 620 + w + i * 8, y + 32), colour, radius=4)
        c.rect((620 + w + i * 8 - 14, y + 4, 620 + w + i * 8 - 4, y + 28), PAPER, radius=2)
    mug(c, 1000, 660, 60, mix(SAGE_PALE, WHITE, 0.2), steam=True)
    c.rect((1120, 560, 1190, 660), mix(STONE, WHITE, 0.3), radius=8)
    for x, top, colour in ((1138, 500, OCHRE), (1156, 486, TERRACOTTA), (1172, 510, INK)):
        c.line([(x, 560), (x + (x - 1156) * 0.4, top)], colour, 8)
    plant(c, 1340, 660, 180, mix(CREAM, STONE, 0.2), GREEN)
