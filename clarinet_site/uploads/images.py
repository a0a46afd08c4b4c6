"""Normalising uploaded images: orientation applied, metadata stripped, a pixel mode every format can take.

A phone photo carries its GPS position and the camera's make and model (EXIF, XMP), and Wagtail's renditions
copy EXIF along; it may also be stored sideways with an EXIF orientation tag, so its stored width and height
differ from what a browser shows and focal points miss. Re-encoding the pixels once on upload fixes both for
the original and every rendition made from it.
"""

import io
import os

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Pillow format name -> save options. Lossy formats are saved at high quality: this is the original that
# every rendition is made from.
SAVE_OPTIONS = {
    "JPEG": {"quality": 92, "optimize": True},
    "PNG": {},
    "GIF": {},
    "WEBP": {"quality": 92},
    "AVIF": {"quality": 85},
}
# Everything kept from the source's `info`: how frames play and which colour is transparent, and the colour
# profile (device colour data, no personal data); EXIF, XMP, comments and text chunks are left behind.
KEPT_INFO = ("transparency", "duration", "loop", "background", "icc_profile", "disposal")
# Formats whose extra frames are an animation, kept. A phone's JPEG is often a multi-picture file (MPO, CIPA
# DC-007) whose extra frames are previews or depth maps: only its first frame, the photo, is kept, as a JPEG.
ANIMATED_FORMATS = {"GIF", "PNG", "WEBP", "AVIF"}


def _normal_mode(image: Image.Image) -> Image.Image:
    """Return `image` in a mode JPEG, PNG, GIF, WebP and AVIF all handle (RGB, RGBA, L, LA or P)."""
    if image.mode in {"RGB", "RGBA", "L", "LA", "P"}:
        return image
    if image.mode in {"I;16", "I;16B", "I;16L", "I"}:
        # 16-bit greyscale: scale to 8 bits instead of clipping everything bright to white.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "1":
        return image.convert("L")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def normalised_image_bytes(data: bytes) -> tuple[bytes, str]:
    """Return (bytes, Pillow format name) of the image in `data` re-encoded in its own format, upright,
    without metadata, in a pixel mode every rendition format accepts. Animated GIF and WebP keep their frames.

    Raises PIL.UnidentifiedImageError (an OSError) for data Pillow cannot read, and KeyError for a format
    outside SAVE_OPTIONS (Wagtail's upload field has refused both before this runs).
    """
    with Image.open(io.BytesIO(data)) as source:
        image_format = "JPEG" if source.format == "MPO" else source.format
        options = dict(SAVE_OPTIONS[image_format])
        info = {key: source.info[key] for key in KEPT_INFO if key in source.info}
        frames, durations = [], []
        frame_count = getattr(source, "n_frames", 1) if image_format in ANIMATED_FORMATS else 1
        for index in range(frame_count):
            source.seek(index)
            frames.append(source.copy())
            durations.append(source.info.get("duration", 100))
        upright = [_normal_mode(ImageOps.exif_transpose(frame)) for frame in frames]
    for frame in upright:
        # exif_transpose() copies the EXIF block (minus orientation) into `info`: drop it with the rest.
        frame.info = {key: value for key, value in info.items() if key != "icc_profile"}
    if "icc_profile" in info:
        options["icc_profile"] = info["icc_profile"]
    if len(upright) > 1:
        options.update(save_all=True, append_images=upright[1:], duration=durations)
        for key in ("loop", "disposal"):
            if key in info:
                options[key] = info[key]
    if image_format in {"GIF", "PNG"} and "transparency" in info and upright[0].mode == "P":
        options["transparency"] = info["transparency"]
    buffer = io.BytesIO()
    upright[0].save(buffer, image_format, **options)
    return buffer.getvalue(), image_format


def normalised_file(data: bytes, name: str) -> ContentFile:
    """Return the image in `data` normalised (see normalised_image_bytes) as a file named `name`, marked
    `is_normalised` so that saving the image does not normalise it a second time."""
    clean, _ = normalised_image_bytes(data)
    file = ContentFile(clean, name=os.path.basename(name))
    file.is_normalised = True
    return file


def normalise_image_file(image) -> str | None:
    """Replace a Wagtail image's new file by its normalised copy, updating width, height, size and hash.

    `image` is a CustomImage whose file is new: either not yet stored (the admin form has usually normalised
    it already) or stored raw by a path that bypasses the form (Wagtail's multiple upload, when a required
    field such as the alt text is still missing). Returns the name of a raw stored file the caller must
    delete once the image is saved, else None.
    """
    field_file = image.file
    if not field_file._committed and getattr(field_file.file, "is_normalised", False):
        return None
    field_file.open("rb")
    field_file.seek(0)
    data = field_file.read()
    raw_name = field_file.name if field_file._committed else None
    image.file = normalised_file(data, field_file.name)
    image._set_image_file_metadata()
    return raw_name
