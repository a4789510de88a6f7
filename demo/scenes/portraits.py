"""Practitioner portraits drawn as flat illustrations: a figure with no face, never a photo."""

from .canvas import (
    BLUSH,
    CREAM,
    GREEN,
    GREEN_DEEP,
    INK,
    OCHRE,
    PAPER,
    SAGE,
    SAGE_MID,
    SAGE_PALE,
    SKY,
    TERRACOTTA,
    WHITE,
    mix,
)


def figure(c, background, arch, skin, hair, top, collar, hair_style):
    """A head-and-shoulders figure against an arch, with a plant at the side."""
    c.gradient([(0, background), (1, mix(background, WHITE, 0.25))])
    c.shapes([("ellipse", (160, 120, 640, 600)), ("rectangle", (160, 360, 640, 820))], arch)
    # A leafy stem behind the shoulder.
    for i in range(8):
        c.leaf((680, 820), 380 - i * 22, 84, -52 + i * 13, GREEN if i % 2 else GREEN_DEEP)
    if hair_style == "long":
        c.shapes([("ellipse", (268, 170, 532, 450)), ("rectangle", (268, 300, 532, 560))], hair)
    # Shoulders and body.
    c.shapes([("ellipse", (150, 560, 650, 900)), ("rectangle", (150, 730, 650, 820))], top)
    c.rect((360, 420, 440, 600), mix(skin, INK, 0.12), radius=30)
    c.polygon([(330, 570), (470, 570), (400, 660)], collar)
    c.polygon([(360, 560), (440, 560), (400, 620)], mix(skin, INK, 0.12))
    # Head: an oval with ears, and the hair over it. No features, on purpose.
    c.ellipse((300, 230, 500, 480), skin)
    c.ellipse((286, 340, 316, 392), mix(skin, INK, 0.08))
    c.ellipse((484, 340, 514, 392), mix(skin, INK, 0.08))
    if hair_style == "long":
        c.shapes([("ellipse", (286, 196, 514, 350))], hair, cut=[("ellipse", (330, 286, 560, 520))])
        c.shapes(
            [("ellipse", (296, 210, 470, 320))],
            mix(hair, WHITE, 0.12),
            120,
            cut=[("ellipse", (330, 270, 560, 520))],
        )
    else:
        curls = [
            (310, 290, 46),
            (340, 240, 54),
            (400, 220, 60),
            (460, 240, 54),
            (490, 290, 46),
            (376, 250, 50),
            (430, 250, 50),
        ]
        c.shapes([("ellipse", (x - r, y - r, x + r, y + r)) for x, y, r in curls], hair)
        c.shapes(
            [
                ("ellipse", (x - r * 0.5, y - r * 0.7, x + r * 0.3, y - r * 0.1))
                for x, y, r in curls[1:4]
            ],
            mix(hair, WHITE, 0.25),
            140,
        )


def portrait_sage(c):
    figure(
        c,
        background=mix(BLUSH, PAPER, 0.55),
        arch=mix(SAGE_PALE, PAPER, 0.2),
        skin=(212, 160, 126),
        hair=(66, 48, 40),
        top=SAGE_MID,
        collar=CREAM,
        hair_style="long",
    )


def portrait_ochre(c):
    figure(
        c,
        background=mix(SKY, PAPER, 0.45),
        arch=mix(OCHRE, PAPER, 0.55),
        skin=(140, 94, 70),
        hair=(196, 190, 184),
        top=TERRACOTTA,
        collar=mix(SAGE, WHITE, 0.3),
        hair_style="curls",
    )
