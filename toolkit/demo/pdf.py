"""A minimal PDF writer for the demo's toolkit documents: text pages in Helvetica, no dependency.

Helvetica is one of the PDF standard fonts, so nothing is embedded. Text is encoded in Windows-1252, plus
the Hungarian ő ű Ő Ű mapped to free codes through the font's /Differences (their Adobe glyph names are in
the standard Latin set); other characters (Greek, Cyrillic) are not supported and raise ValueError.
"""

import textwrap

EXTRA_GLYPHS = {
    "ő": (0x81, "ohungarumlaut"),
    "ű": (0x8D, "uhungarumlaut"),
    "Ő": (0x8F, "Ohungarumlaut"),
    "Ű": (0x90, "Uhungarumlaut"),
}
PAGE_WIDTH, PAGE_HEIGHT, MARGIN, LEADING, LINES_PER_PAGE = 595, 842, 64, 16, 44


def encode(text: str) -> bytes:
    """Return `text` as the font's bytes, PDF-string escaped; raise ValueError for an unsupported character."""
    out = bytearray()
    for char in text:
        if char in EXTRA_GLYPHS:
            out.append(EXTRA_GLYPHS[char][0])
            continue
        try:
            out.extend(char.encode("cp1252"))
        except UnicodeEncodeError:
            raise ValueError(f"{char!r} cannot be written with the demo PDF font") from None
    return bytes(out).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(title: str, paragraphs: list[str], language: str = "en") -> bytes:
    """Return the bytes of an A4 PDF with `title` in bold and `paragraphs` wrapped below it."""
    lines: list[tuple[str, str]] = [("bold", title), ("regular", "")]
    for paragraph in paragraphs:
        lines.extend(("regular", line) for line in textwrap.wrap(paragraph, 88) or [""])
        lines.append(("regular", ""))
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]

    differences = " ".join(f"{code} /{name}" for code, name in sorted(EXTRA_GLYPHS.values()))
    encoding = f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>".encode()
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (" + language.encode() + b") >>",
        b"",  # pages, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 5 0 R >>",
        encoding,
        # Document information strings are UTF-16BE with a byte-order mark, whatever the page font.
        b"<< /Title <FEFF"
        + title.encode("utf-16-be").hex().upper().encode()
        + b"> /Producer (CLARINET demo) >>",
    ]
    kids = []
    for page_lines in pages:
        stream = bytearray(b"BT\n")
        y = PAGE_HEIGHT - MARGIN
        for style, line in page_lines:
            font, size = (b"/F2 15", 15) if style == "bold" else (b"/F1 11", 11)
            stream += font + b" Tf\n1 0 0 1 %d %d Tm\n(" % (MARGIN, y) + encode(line) + b") Tj\n"
            y -= LEADING + (6 if size > 11 else 0)
        stream += b"ET\n"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream")
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT, content_number)
        )
        kids.append(len(objects))
    objects[1] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    )

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)
