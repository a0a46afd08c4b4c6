"""The demo's PDF files: well-formed, text with a Unicode map in an embedded font, language declared."""

import re
from pathlib import Path

import pytest

from news import demo_pdf
from news.demo_pdf import make_pdf


def test_text_pdf_has_a_correct_cross_reference_table_language_and_unicode_map():
    assert demo_pdf.find_font(), "DejaVu Sans (Debian's fonts-dejavu-core) is needed for text PDFs"
    pdf = make_pdf("Beszámoló: 2021 ősz", ["Έκθεση προόδου, Кирилица, ő ű."], "hu")
    assert pdf.startswith(b"%PDF-1.7") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))
    assert pdf[startxref:].startswith(b"xref\n")
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n ", pdf)]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    assert b"/Lang (hu)" in pdf
    assert b"/FontFile2" in pdf and b"/ToUnicode" in pdf
    cmap = re.search(rb"beginbfchar\n(.*?)endbfchar", pdf, re.S).group(1).decode()
    mapped = {chr(int(code, 16)) for code in re.findall(r"<[0-9A-F]{4}> <([0-9A-F]{4})>", cmap)}
    assert {"ő", "Έ", "К", "á"} <= mapped  # every character maps back to Unicode: readable and searchable
    assert "<FEFF" + "Beszámoló: 2021 ősz".encode("utf-16-be").hex().upper() + ">" in pdf.decode("latin-1")


def test_without_dejavu_the_page_is_drawn_by_pillow(monkeypatch):
    monkeypatch.setattr(demo_pdf, "find_font", lambda: None)
    pdf = make_pdf("Έκθεση προόδου", ["Text"], "el")
    assert pdf.startswith(b"%PDF-") and b"/Image" in pdf


@pytest.mark.parametrize("char", ["ő", "Ω", "Ж", "ș"])
def test_dejavu_has_the_glyphs_of_the_site_languages(char):
    font = demo_pdf.TrueTypeFont(Path(demo_pdf.find_font()).read_bytes())
    assert font.glyph(char) != 0
    assert font.advance(font.glyph(char)) > 0
