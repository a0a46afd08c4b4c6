"""Illustrations for the demo content, drawn with Pillow: no photos, nothing downloaded.

Each kind of content gets its own picture, so a visitor never mistakes one for a photo of an event: the home
page a map of routes between towns, a good practice a campaign poster, a training a flip chart before rows
of chairs, a campaign or public event flags above a stage, an artist residency an easel, a news item a
newspaper page. Titles start with "Illustration:", and the alt texts of the data files say what is drawn.
"""

import io
import math
import random
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from clarinet_site.loading import current_run, fill
from clarinet_site.models import CustomImage

PALETTES = {
    "sea": ["#0b3d91", "#1f6fb2", "#5fa8d3", "#ffcc00", "#f4f1de"],
    "earth": ["#7a3e16", "#c0622a", "#e9a03b", "#2f5d50", "#f4ecd8"],
    "forest": ["#1b4332", "#2d6a4f", "#52b788", "#ffd166", "#f1faee"],
    "dusk": ["#3d1a4f", "#7b2d7f", "#d1495b", "#edae49", "#fdf0d5"],
}
SIZE = (1600, 1000)
Drawing = Callable[[ImageDraw.ImageDraw, list[str], random.Random], None]


def _routes(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """Towns as coloured circles, joined by routes, under a ring of twelve stars."""
    width, height = SIZE
    towns = [(rng.randint(100, width - 100), rng.randint(150, height - 100)) for _ in range(9)]
    for x, y in towns:
        radius = rng.randint(height // 14, height // 6)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(colours[:3]) + "90")
    for start in range(0, len(towns) - 1, 3):
        draw.line(towns[start : start + 4], fill="#ffffffd0", width=height // 80, joint="curve")
    for x, y in towns:
        draw.ellipse((x - 14, y - 14, x + 14, y + 14), fill="#ffffff", outline=colours[0], width=4)
    for k in range(12):
        angle = 2 * math.pi * k / 12
        cx, cy = (
            width * 0.85 + math.cos(angle) * height * 0.08,
            height * 0.18 + math.sin(angle) * height * 0.08,
        )
        draw.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=colours[3])


def _practice(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """A campaign poster on a wall of bricks, with speech bubbles."""
    width, height = SIZE
    for row in range(0, height, 60):
        offset = 60 if row // 60 % 2 else 0
        for column in range(-offset, width, 120):
            draw.rectangle((column + 3, row + 3, column + 117, row + 57), fill=colours[-1], outline="#d8d2c4")
    left, top, right, bottom = width * 0.25, height * 0.1, width * 0.75, height * 0.9
    draw.rectangle((left + 16, top + 16, right + 16, bottom + 16), fill="#00000030")
    draw.rectangle((left, top, right, bottom), fill=colours[0])
    for n in range(3):
        x = left + 60 + n * 90 + rng.randint(0, 40)
        y = top + 80 + n * 200
        w, h = rng.randint(300, 420), 130
        draw.rounded_rectangle((x, y, x + w, y + h), radius=50, fill=colours[(n + 2) % 4 or 3])
        tail = (x + 60, y + h - 4) if n % 2 == 0 else (x + w - 60, y + h - 4)
        draw.polygon(
            [tail, (tail[0] + 40, tail[1]), (tail[0] + 10, tail[1] + 50)], fill=colours[(n + 2) % 4 or 3]
        )
        for line in range(2):
            draw.rectangle(
                (x + 40, y + 38 + line * 36, x + w - 60 - line * 80, y + 56 + line * 36), fill="#ffffffc0"
            )
    draw.rectangle((left, bottom - 90, right, bottom), fill=colours[3])


def _training(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """A flip chart with a bar chart, in front of rows of chairs."""
    width, height = SIZE
    draw.rectangle((0, height * 0.62, width, height), fill=colours[2] + "60")
    left, top = width * 0.36, height * 0.08
    draw.line((left + 60, top + 440, left + 10, height * 0.66), fill=colours[0], width=14)
    draw.line((left + 380, top + 440, left + 430, height * 0.66), fill=colours[0], width=14)
    draw.rectangle((left, top, left + 440, top + 460), fill="#ffffff", outline=colours[0], width=10)
    for n in range(5):
        bar = rng.randint(80, 320)
        draw.rectangle(
            (left + 50 + n * 75, top + 420 - bar, left + 100 + n * 75, top + 420), fill=colours[n % 4]
        )
    for row in range(2):
        for seat in range(7):
            x = 150 + seat * 200 + row * 100
            y = height * 0.72 + row * 130
            draw.rounded_rectangle((x, y, x + 120, y + 70), radius=16, fill=colours[row])
            draw.rectangle((x + 10, y + 70, x + 22, y + 120), fill=colours[row])
            draw.rectangle((x + 98, y + 70, x + 110, y + 120), fill=colours[row])


def _event(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """Strings of coloured flags above a stage."""
    width, height = SIZE
    draw.rectangle((width * 0.15, height * 0.62, width * 0.85, height * 0.78), fill=colours[0])
    draw.rectangle((width * 0.15, height * 0.78, width * 0.85, height * 0.82), fill=colours[1])
    for n in range(3):
        y0 = 120 + n * 130
        points = [(x, y0 + 60 * math.sin(math.pi * x / width)) for x in range(0, width + 1, 100)]
        draw.line(points, fill=colours[0], width=5)
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            draw.polygon(
                [(x1 + 10, y1), (x2 - 10, y2), ((x1 + x2) / 2, (y1 + y2) / 2 + 80)],
                fill=rng.choice(colours[1:4]),
            )
    for n in range(4):
        x = width * 0.22 + n * width * 0.18
        draw.polygon(
            [(x, height * 0.62), (x + 60, height * 0.62), (x + 150, height * 0.3), (x - 90, height * 0.3)],
            fill=colours[3] + "40",
        )


def _residency(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """An easel holding a canvas of bold brush strokes."""
    width, height = SIZE
    cx = width / 2
    draw.line((cx - 220, height * 0.95, cx - 40, height * 0.05), fill=colours[0], width=22)
    draw.line((cx + 220, height * 0.95, cx + 40, height * 0.05), fill=colours[0], width=22)
    draw.line((cx, height * 0.7, cx, height * 0.98), fill=colours[0], width=22)
    left, top, right, bottom = cx - 330, height * 0.12, cx + 330, height * 0.66
    draw.rectangle((left, top, right, bottom), fill="#ffffff", outline=colours[0], width=12)
    for _ in range(7):
        y = rng.randint(int(top) + 40, int(bottom) - 40)
        points = [(x, y + rng.randint(-40, 40)) for x in range(int(left) + 40, int(right) - 30, 90)]
        draw.line(points, fill=rng.choice(colours[1:4]), width=rng.randint(18, 40), joint="curve")
    draw.rectangle((left - 20, bottom, right + 20, bottom + 26), fill=colours[0])


def _news(draw: ImageDraw.ImageDraw, colours: list[str], rng: random.Random) -> None:
    """A newspaper page: a title bar, a picture box and columns of text lines."""
    width, height = SIZE
    left, top, right, bottom = width * 0.12, height * 0.06, width * 0.88, height * 0.96
    draw.rectangle((left + 14, top + 14, right + 14, bottom + 14), fill="#00000025")
    draw.rectangle((left, top, right, bottom), fill="#ffffff")
    draw.rectangle((left + 40, top + 40, right - 40, top + 120), fill=colours[0])
    draw.rectangle((left + 40, top + 160, left + 560, top + 480), fill=colours[2])
    draw.ellipse((left + 380, top + 200, left + 480, top + 300), fill=colours[3])
    draw.polygon([(left + 40, top + 480), (left + 250, top + 300), (left + 420, top + 480)], fill=colours[1])
    columns = [
        (left + 600, right - 40, top + 160),
        (left + 40, left + 560, top + 520),
        (left + 600, right - 40, top + 520),
    ]
    for x1, x2, y in columns:
        while y < bottom - 60:
            draw.rectangle((x1, y, x2 - rng.randint(0, 80), y + 14), fill="#c9c9c9")
            y += 34


DRAWINGS: dict[str, Drawing] = {
    "routes": _routes,
    "practice": _practice,
    "training": _training,
    "event": _event,
    "residency": _residency,
    "news": _news,
}


def draw_illustration(
    seed: str, kind: str = "routes", palette: str = "sea", size: tuple[int, int] | None = None
) -> bytes:
    """Return PNG bytes of the illustration of `kind` (a key of DRAWINGS) in `palette`, varied by `seed`,
    scaled to `size` (width, height) if given, else 1600 × 1000.

    The same arguments always give the same picture, so re-running the demo content changes nothing.
    Raises KeyError for an unknown kind or palette.
    """
    colours = PALETTES[palette]
    drawing = DRAWINGS[kind]
    image = Image.new("RGB", SIZE, colours[-1])
    drawing(ImageDraw.Draw(image, "RGBA"), colours, random.Random(seed))  # noqa: S311 - decoration, not security
    if size:
        image = image.resize(size)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# The credit of every drawn demo image, in each site language.
CREDIT = {
    "en": "CLARINET project",
    "it": "Progetto CLARINET",
    "de": "Projekt CLARINET",
    "sl": "Projekt CLARINET",
    "el": "Έργο CLARINET",
    "ro": "Proiectul CLARINET",
    "bg": "Проект CLARINET",
    "hu": "CLARINET projekt",
}


def demo_image(
    title: str, alt: dict[str, str], kind: str = "routes", palette: str = "sea", decorative: bool = False
) -> CustomImage:
    """Return the demo image titled `title`, drawing it (see `draw_illustration`) on first use.

    `alt` maps language codes to alt text ("en" is required); `decorative` images get alt="" on the site.
    The credit is the project's, in every language. An existing image only gets the alt texts and credits it
    lacks (all of them on a reset): editors' texts stay.
    """
    image = CustomImage.objects.filter(title=title).first()
    alt_fields = {f"description_{code}": text for code, text in alt.items()}
    credit_fields = {f"credit_{code}": text for code, text in CREDIT.items()}
    if image is None:
        image = CustomImage(
            title=title, licence="CC BY 4.0", is_decorative=decorative, **alt_fields, **credit_fields
        )
        name = title.removeprefix("Illustration: ").lower().replace(" ", "-")[:40]
        image.file = ImageFile(io.BytesIO(draw_illustration(title, kind, palette)), name=f"{name}.png")
        image.save()
        current_run().note_created(image)
    elif fill(image, {**alt_fields, **credit_fields, "is_decorative": decorative}):
        image.save()
    return image
