"""Small PDF files for the demo's downloads library, written with plain Python (no PDF library).

The text is real text in an embedded TrueType font (DejaVu Sans, which covers Greek, Cyrillic and
Hungarian ő/ű) with a ToUnicode map, so it can be read aloud, searched and copied, and the document
declares its language (`/Lang`, PDF/UA). Where DejaVu Sans is not installed, the page is drawn as an
image with Pillow instead. Structure follows ISO 32000-1: Type0 font with Identity-H encoding and a
CIDFontType2 descendant (9.7), ToUnicode CMap (9.10.3), cross-reference table (7.5.4).
"""

import io
import struct
import textwrap
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

A4 = (595, 842)  # points
MARGIN = 56
TITLE_SIZE, BODY_SIZE, FOOTER_SIZE = 20, 12, 9
FOOTER = "CLARINET – AMIF 821562"


class TrueTypeFont:
    """The parts of a TrueType file a PDF needs: character to glyph map, advance widths, metrics.

    Reads the `cmap` (format 4, Unicode BMP), `head`, `hhea` and `hmtx` tables; raises ValueError for a
    font without a Unicode BMP character map.
    """

    def __init__(self, data: bytes):
        self.data = data
        (num_tables,) = struct.unpack_from(">H", data, 4)
        self.tables = {}
        for i in range(num_tables):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag.decode("latin-1")] = offset
        head = self.tables["head"]
        (self.units_per_em,) = struct.unpack_from(">H", data, head + 18)
        self.bbox = struct.unpack_from(">hhhh", data, head + 36)
        hhea = self.tables["hhea"]
        self.ascent, self.descent = struct.unpack_from(">hh", data, hhea + 4)
        (self.number_of_h_metrics,) = struct.unpack_from(">H", data, hhea + 34)
        self._segments = self._read_cmap()

    def _read_cmap(self) -> list[tuple[int, int, int, int, int]]:
        cmap = self.tables["cmap"]
        (count,) = struct.unpack_from(">H", self.data, cmap + 2)
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, cmap + 4 + 8 * i)
            table = cmap + offset
            if (platform, encoding) == (3, 1) and struct.unpack_from(">H", self.data, table)[0] == 4:
                (seg_count_x2,) = struct.unpack_from(">H", self.data, table + 6)
                n = seg_count_x2 // 2
                ends = struct.unpack_from(f">{n}H", self.data, table + 14)
                starts = struct.unpack_from(f">{n}H", self.data, table + 16 + seg_count_x2)
                deltas = struct.unpack_from(f">{n}h", self.data, table + 16 + 2 * seg_count_x2)
                range_base = table + 16 + 3 * seg_count_x2
                ranges = struct.unpack_from(f">{n}H", self.data, range_base)
                return [(starts[k], ends[k], deltas[k], ranges[k], range_base + 2 * k) for k in range(n)]
        raise ValueError("The font has no Unicode BMP character map")

    def glyph(self, char: str) -> int:
        """Return the glyph id of `char` (0, the missing glyph, when the font lacks it)."""
        code = ord(char)
        for start, end, delta, range_offset, range_position in self._segments:
            if start <= code <= end:
                if range_offset == 0:
                    return (code + delta) & 0xFFFF
                (gid,) = struct.unpack_from(
                    ">H", self.data, range_position + range_offset + 2 * (code - start)
                )
                return (gid + delta) & 0xFFFF if gid else 0
        return 0

    def advance(self, gid: int) -> int:
        """Return the advance width of glyph `gid` in PDF text space units (1/1000 of the font size)."""
        index = min(gid, self.number_of_h_metrics - 1)
        (width,) = struct.unpack_from(">H", self.data, self.tables["hmtx"] + 4 * index)
        return round(width * 1000 / self.units_per_em)

    def scaled(self, value: int) -> int:
        return round(value * 1000 / self.units_per_em)


def _pdf_text_string(text: str) -> bytes:
    """Return `text` as a PDF text string: UTF-16BE with a byte order mark, in hex (ISO 32000-1 7.9.2.2)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _wrap(font: TrueTypeFont, text: str, size: int, width: float) -> list[str]:
    """Split `text` into lines no wider than `width` points at font `size`."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and sum(font.advance(font.glyph(c)) for c in candidate) * size / 1000 > width:
            lines.append(line)
            candidate = word
        line = candidate
    return [*lines, line] if line else lines


def _text_pdf(font_path: str, title: str, paragraphs: list[str], language: str) -> bytes:
    data = Path(font_path).read_bytes()
    font = TrueTypeFont(data)
    used: dict[int, str] = {}
    content = []

    def show(text: str, size: int, x: float, y: float) -> None:
        gids = [font.glyph(c) for c in text]
        used.update({gid: c for gid, c in zip(gids, text, strict=True) if gid})
        hex_gids = "".join(f"{gid:04X}" for gid in gids)
        content.append(f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td <{hex_gids}> Tj ET")

    width = A4[0] - 2 * MARGIN
    y = A4[1] - MARGIN - TITLE_SIZE
    content.append("0.043 0.239 0.569 rg")  # CLARINET blue for the title
    for line in _wrap(font, title, TITLE_SIZE, width):
        show(line, TITLE_SIZE, MARGIN, y)
        y -= TITLE_SIZE * 1.3
    content.append("0.1 0.1 0.1 rg")
    y -= BODY_SIZE
    for paragraph in paragraphs:
        for line in _wrap(font, paragraph, BODY_SIZE, width):
            show(line, BODY_SIZE, MARGIN, y)
            y -= BODY_SIZE * 1.5
        y -= BODY_SIZE * 0.75
    show(FOOTER, FOOTER_SIZE, MARGIN, MARGIN / 2)
    stream = "\n".join(content).encode("ascii")

    widths = " ".join(f"{gid} [{font.advance(gid)}]" for gid in sorted(used))
    bfchars = [
        f"<{gid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for gid, char in sorted(used.items())
    ]
    blocks = "".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n"
        for chunk in (bfchars[i : i + 100] for i in range(0, len(bfchars), 100))
    )
    to_unicode = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{blocks}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
    font_file = zlib.compress(data, 9)
    x_min, y_min, x_max, y_max = (font.scaled(v) for v in font.bbox)

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (" + language.encode("ascii") + b")"
        b" /ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R /CIDToGIDMap /Identity /DW 1000 /W [" + widths.encode("ascii") + b"] >>",
        f"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [{x_min} {y_min} {x_max} {y_max}] "
        f"/ItalicAngle 0 /Ascent {font.scaled(font.ascent)} /Descent {font.scaled(font.descent)} "
        f"/CapHeight {font.scaled(font.ascent)} /StemV 80 /FontFile2 9 0 R >>".encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode + b"\nendstream",
        b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(font_file), len(data))
        + font_file
        + b"\nendstream",
        b"<< /Title " + _pdf_text_string(title) + b" /Producer (CLARINET demo content) >>",
    ]
    output = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    output += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(output)


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
