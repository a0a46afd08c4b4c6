"""Images for the demo content, drawn with Pillow (no photos of real people, no downloads)."""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from clarinet_site.demo.utils import current_run, fill
from clarinet_site.models import CustomImage

PALETTES = {
    "sea": ["#0b3d91", "#1f6fb2", "#5fa8d3", "#ffcc00", "#f4f1de"],
    "earth": ["#7a3e16", "#c0622a", "#e9a03b", "#2f5d50", "#f4ecd8"],
    "forest": ["#1b4332", "#2d6a4f", "#52b788", "#ffd166", "#f1faee"],
    "dusk": ["#3d1a4f", "#7b2d7f", "#d1495b", "#edae49", "#fdf0d5"],
}


def draw_pattern(seed: str, palette: str = "sea", size: tuple[int, int] = (1600, 1000)) -> bytes:
    """Return PNG bytes of an abstract pattern (overlapping circles and route lines) seeded by `seed`.

    The same seed always gives the same picture, so re-running the demo content changes nothing.
    """
    colours = PALETTES[palette]
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    image = Image.new("RGB", size, colours[-1])
    draw = ImageDraw.Draw(image, "RGBA")
    width, height = size
    for _ in range(14):
        radius = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = colours[rng.randrange(len(colours) - 1)]
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour + "b0")
    for _ in range(3):
        points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(4)]
        draw.line(points, fill="#ffffffd0", width=max(4, height // 80), joint="curve")
        for px, py in points:
            r = height // 60
            draw.ellipse((px - r, py - r, px + r, py + r), fill="#ffffff")
    for k in range(12):
        angle = 2 * math.pi * k / 12
        cx, cy = (
            width * 0.85 + math.cos(angle) * height * 0.08,
            height * 0.18 + math.sin(angle) * height * 0.08,
        )
        draw.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), fill=colours[3])
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


def demo_image(title: str, alt: dict[str, str], palette: str = "sea", decorative: bool = False) -> CustomImage:
    """Return the demo image titled `title`, creating it on first use.

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
        filename = f"{title.lower().replace(' ', '-')[:40]}.png"
        image.file = ImageFile(io.BytesIO(draw_pattern(title, palette)), name=filename)
        image.save()
        current_run().note_created(image)
    elif fill(image, {**alt_fields, **credit_fields, "is_decorative": decorative}):
        image.save()
    return image
