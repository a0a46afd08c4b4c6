"""The demo's PDF files: text in an embedded font with a Unicode map, language and title declared."""

import re
import zlib

import pytest
from fontTools.ttLib import TTFont

from clarinet_site.demo import pdf as demo_pdf
from clarinet_site.demo.pdf import make_pdf


def streams(pdf: bytes) -> list[bytes]:
    """Return the inflated content of every Flate-compressed stream of `pdf`."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    return found


def test_text_pdf_embeds_the_font_with_a_unicode_map_and_declares_its_language():
    assert demo_pdf.find_font(), "DejaVu Sans (Debian's fonts-dejavu-core) is needed for text PDFs"
    pdf = make_pdf("Beszámoló: 2021 ősz", ["Έκθεση προόδου, Кирилица, ő ű."], "hu")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Lang (hu)" in pdf
    assert b"/FontFile2" in pdf and b"/ToUnicode" in pdf
    cmaps = [s.decode("latin-1") for s in streams(pdf) if b"beginbfchar" in s or b"beginbfrange" in s]
    mapped = {chr(int(code, 16)) for cmap in cmaps for code in re.findall(r"<([0-9A-Fa-f]{4})>\s*\n", cmap)}
    mapped |= {chr(int(code, 16)) for cmap in cmaps for code in re.findall(r"> <([0-9A-Fa-f]{4})>", cmap)}
    assert {"ő", "Έ", "К", "á"} <= mapped  # every character maps back to Unicode: readable and searchable


def test_without_dejavu_the_page_is_drawn_by_pillow(monkeypatch):
    monkeypatch.setattr(demo_pdf, "find_font", lambda: None)
    pdf = make_pdf("Έκθεση προόδου", ["Text"], "el")
    assert pdf.startswith(b"%PDF-") and b"/Image" in pdf


@pytest.mark.parametrize("char", ["ő", "Ω", "Ж", "ș"])
def test_dejavu_has_the_glyphs_of_the_site_languages(char):
    assert ord(char) in TTFont(demo_pdf.find_font()).getBestCmap()
