"""Real files for the upload tests, generated with Pillow and the standard library (nothing downloaded)."""

import io
import zipfile

from PIL import Image
from PIL.ExifTags import GPS, IFD, Base

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
HTML_ATTACK = (
    b"<!DOCTYPE html><html><body><script>fetch('/admin/users/add/', {method: 'POST'})</script>"
    b"</body></html>"
)
SVG_ATTACK = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def image_bytes(fmt: str, size: tuple[int, int] = (120, 80), mode: str = "RGB", **options) -> bytes:
    """Return a `size` image of `mode` encoded as Pillow format `fmt` (JPEG, PNG, GIF, WEBP, AVIF)."""
    buffer = io.BytesIO()
    colour = {"RGB": (200, 40, 40), "RGBA": (200, 40, 40, 128), "CMYK": (0, 200, 200, 0)}.get(mode, 120)
    Image.new(mode, size, colour).save(buffer, fmt, **options)
    return buffer.getvalue()


def animated_gif() -> bytes:
    """Return a three-frame animated GIF (red, green, blue)."""
    frames = [Image.new("RGB", (60, 40), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    return buffer.getvalue()


def phone_photo() -> bytes:
    """Return an 800 × 600 JPEG as a phone stores a portrait photo: EXIF orientation 6 (rotate 90° clockwise
    to show), the camera's make and model, and the GPS position where it was taken."""
    exif = Image.Exif()
    exif[Base.Orientation] = 6
    exif[Base.Make] = "PhoneMaker"
    exif[Base.Model] = "Phone 12"
    exif.get_ifd(IFD.GPSInfo).update(
        {GPS.GPSLatitudeRef: "N", GPS.GPSLatitude: (45.0, 39.0, 0.0), GPS.GPSLongitudeRef: "E",
         GPS.GPSLongitude: (13.0, 46.0, 0.0)}
    )  # fmt: skip
    image = Image.new("RGB", (800, 600), (30, 90, 160))
    # A red band on the left of the stored pixels: the top of the picture once turned upright.
    image.paste((220, 20, 20), (0, 0, 100, 600))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def zip_bytes(entries: dict[str, bytes], first: tuple[str, bytes] | None = None) -> bytes:
    """Return a ZIP archive holding `entries` (after `first`, stored uncompressed, as ODF requires)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(first[0], first[1], compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    """Return the skeleton of an Office Open XML document (a ZIP with `[Content_Types].xml`)."""
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})


def odt_bytes() -> bytes:
    """Return the skeleton of an OpenDocument text (a ZIP starting with its `mimetype` entry)."""
    return zip_bytes(
        {"content.xml": b"<office:document-content/>"},
        first=("mimetype", b"application/vnd.oasis.opendocument.text"),
    )


def ole2_bytes() -> bytes:
    """Return the start of a legacy Office (OLE2 compound) file: its signature and padding."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def multi_picture_jpeg() -> bytes:
    """Return a JPEG as many phones save it: a multi-picture file (MPO) with a second, preview frame."""
    frames = [Image.new("RGB", (120, 80), colour) for colour in ("orange", "grey")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "MPO", save_all=True, append_images=frames[1:])
    return buffer.getvalue()
