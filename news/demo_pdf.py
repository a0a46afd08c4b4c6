"""Small PDF files for the demo's downloads library, drawn with Pillow (no network, no PDF library).

The pages are images of text, so they stand in for real documents only; the site's accessibility
statement already says some older PDFs may not be fully accessible.
"""

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

A4_AT_100_DPI = (827, 1169)
MARGIN = 70


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return DejaVu Sans (Greek, Cyrillic and Hungarian ő/ű included) or Pillow's own font when missing."""
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """Return the bytes of a one-page A4 PDF showing `title` and `paragraphs` (wrapped to the page width).

    The PDF's document title metadata is `title` too, so viewers show it in their title bar.
    """
    page = Image.new("RGB", A4_AT_100_DPI, "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, A4_AT_100_DPI[0], 24), fill="#0b3d91")
    y = MARGIN
    for line in textwrap.wrap(title, width=36):
        draw.text((MARGIN, y), line, font=_font(30, bold=True), fill="#0b3d91")
        y += 42
    y += 20
    body = _font(18)
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, width=68):
            draw.text((MARGIN, y), line, font=body, fill="#1a1a1a")
            y += 28
        y += 16
    draw.text((MARGIN, A4_AT_100_DPI[1] - MARGIN), "CLARINET – AMIF 821562", font=_font(14), fill="#4a4a4a")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0, title=title, author="CLARINET project")
    return buffer.getvalue()
