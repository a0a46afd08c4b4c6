"""Small PDF files for the demo's documents library, written with fpdf2 (the optional `demo` extra).

The text is real text in an embedded TrueType font (DejaVu Sans, which covers Greek, Cyrillic and
Hungarian ő/ű; fpdf2 embeds a subset with a ToUnicode map), so it can be read aloud, searched and copied,
and the document declares its language (`/Lang`, PDF/UA). Where DejaVu Sans is not installed, the page is
drawn as an image with Pillow instead.
"""

import io
import textwrap

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

A4 = (595, 842)  # points
MARGIN = 56
TITLE_SIZE, BODY_SIZE, FOOTER_SIZE = 20, 12, 9
FOOTER = "CLARINET – AMIF 821562"


def _text_pdf(font_path: str, title: str, paragraphs: list[str], language: str) -> bytes:
    """Return a one-page A4 PDF with `title` and `paragraphs` as text in the font at `font_path`."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("CLARINET website")
    pdf.add_font("DejaVuSans", fname=font_path)
    pdf.add_page()
    pdf.set_font("DejaVuSans", size=TITLE_SIZE)
    pdf.set_text_color(11, 61, 145)
    pdf.multi_cell(0, TITLE_SIZE * 1.3, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(BODY_SIZE)
    pdf.set_text_color(26, 26, 26)
    for paragraph in paragraphs:
        pdf.ln(BODY_SIZE * 0.8)
        pdf.multi_cell(0, BODY_SIZE * 1.5, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(A4[1] - MARGIN)
    pdf.set_font_size(FOOTER_SIZE)
    pdf.cell(0, FOOTER_SIZE, FOOTER)
    return bytes(pdf.output())


def _image_pdf(title: str, paragraphs: list[str]) -> bytes:
    """Return a one-page PDF with the text drawn as an image by Pillow (the fallback without DejaVu Sans)."""
    scale = 100 / 72  # 100 dpi
    page = Image.new("RGB", (round(A4[0] * scale), round(A4[1] * scale)), "white")
    draw = ImageDraw.Draw(page)
    y = MARGIN * scale
    for line in textwrap.wrap(title, width=36):
        draw.text((MARGIN * scale, y), line, font=ImageFont.load_default(size=30), fill="#0b3d91")
        y += 42
    for paragraph in paragraphs:
        y += 16
        for line in textwrap.wrap(paragraph, width=68):
            draw.text((MARGIN * scale, y), line, font=ImageFont.load_default(size=18), fill="#1a1a1a")
            y += 28
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0, title=title)
    return buffer.getvalue()


def find_font() -> str | None:
    """Return the path of DejaVu Sans where FreeType finds it (the system font folders), else None."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", BODY_SIZE).path
    except OSError:
        return None


def make_pdf(title: str, paragraphs: list[str], language: str = "en") -> bytes:
    """Return the bytes of a one-page A4 PDF showing `title` and `paragraphs`, in `language` (a code).

    The PDF's title metadata is `title`, shown by viewers in their title bar.
    """
    font_path = find_font()
    if font_path is None:
        return _image_pdf(title, paragraphs)
    return _text_pdf(font_path, title, paragraphs, language)
