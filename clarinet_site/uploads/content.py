"""Content checks of uploaded documents: the bytes must be what the extension says.

Wagtail checks only the extension (`WAGTAILDOCS_EXTENSIONS`); an HTML page renamed `report.pdf` or `notes.txt`
would pass. Each allowed extension here names the signature its format starts with (the formats' own
specifications: PDF 1.7 §7.5.2, OLE2 compound file, ZIP/OOXML ECMA-376 Part 2, OpenDocument 1.3 Part 2 §3.3),
and text formats must hold text, not markup a browser would run.
"""

import os
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# How much of the file the checks read: signatures sit at the start, markup sniffing reads this far.
HEAD_BYTES = 64 * 1024

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
OPENDOCUMENT_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
# Markup that makes a browser (or a sniffing proxy) treat text as a web page, an image with scripts or XML.
MARKUP = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|iframe|object|embed|svg|style|img|\?xml)",
    re.IGNORECASE,
)


def _is_zip(file, extension: str) -> bool:
    """True when `file` is a readable ZIP archive holding what its extension's format requires."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if extension in {"docx", "xlsx", "pptx"}:
                return "[Content_Types].xml" in names
            if extension in OPENDOCUMENT_MIMETYPES:
                return (
                    "mimetype" in names
                    and archive.read("mimetype").strip() == OPENDOCUMENT_MIMETYPES[extension]
                )
            return True
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False


def _is_plain_text(head: bytes) -> bool:
    """True when `head` is text (no NUL byte, as in any 8-bit or UTF-8 encoding) and holds no web markup."""
    return b"\x00" not in head and MARKUP.search(head) is None


def check_document_content(file) -> None:
    """Raise ValidationError (code `content_mismatch`) when `file`'s bytes do not match its extension.

    `file` is an uploaded file (name and a seekable binary stream); its position is restored to the start.
    Extensions outside the allow-list are left to Wagtail's extension check (`AbstractDocument.clean`).
    """
    extension = os.path.splitext(file.name)[1].lower().lstrip(".")
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    if extension == "pdf":
        valid = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-")
    elif extension in {"doc", "xls", "ppt"}:
        valid = head.startswith(OLE2_SIGNATURE)
    elif extension in {"docx", "xlsx", "pptx", "odt", "ods", "odp", "zip"}:
        valid = head.startswith(ZIP_SIGNATURE) and _is_zip(file, extension)
        file.seek(0)
    elif extension in {"csv", "txt"}:
        valid = _is_plain_text(head)
    else:
        return
    if not valid:
        raise ValidationError(
            _("This file is not a real .%(extension)s file: its content does not match its name."),
            code="content_mismatch",
            params={"extension": extension},
        )
