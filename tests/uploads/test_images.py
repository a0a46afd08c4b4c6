"""Images: no SVG, a pixel limit stated on the form, metadata stripped and orientation applied on upload, and
every accepted format rendered by every image tag the templates use without failing a page."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection

from clarinet_site.models import CustomImage
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.uploads.files import SVG_ATTACK, animated_gif, image_bytes, multi_picture_jpeg, phone_photo

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(django_settings.BASE_DIR) / "templates"
IMAGE_TAG = re.compile(r"{%\s*(picture|image|srcset_image)\s+(\S+)(.*?)%}")

# Every accepted format, and the pixel modes each is commonly saved in.
ACCEPTED = {
    "photo.jpg": image_bytes("JPEG"),
    "phone.jpg": multi_picture_jpeg(),
    "print.jpg": image_bytes("JPEG", mode="CMYK"),
    "grey.jpeg": image_bytes("JPEG", mode="L"),
    "logo.png": image_bytes("PNG", mode="RGBA"),
    "scan.png": image_bytes("PNG", mode="I;16"),
    "icon.png": image_bytes("PNG", mode="P", transparency=0),
    "shade.png": image_bytes("PNG", mode="LA"),
    "still.gif": image_bytes("GIF", mode="P"),
    "moving.gif": animated_gif(),
    "photo.webp": image_bytes("WEBP", mode="RGBA"),
    "photo.avif": image_bytes("AVIF"),
}


def upload(client, filename: str, data: bytes):
    """Post `data` as a new image named `filename` through the admin's add form; return the response."""
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": filename,
            "file": SimpleUploadedFile(filename, data),
            "collection": Collection.get_first_root_node().pk,
            "description": f"Alt text of {filename}",
        },
    )


def exif_and_text(path: str) -> tuple[dict, bytes]:
    """Return (EXIF tags Pillow reads, raw bytes) of the image file at `path`."""
    data = Path(path).read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif()), data


def test_phone_photo_is_stored_upright_without_location_or_camera(editor_client, media_root):
    assert upload(editor_client, "portrait.jpg", phone_photo()).status_code == 302
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (600, 800)
    tags, data = exif_and_text(image.file.path)
    assert tags == {}
    assert b"PhoneMaker" not in data and b"Phone 12" not in data
    with Image.open(image.file.path) as stored:
        # The band on the left of the stored pixels is at the top once the photo is upright.
        assert stored.getpixel((300, 20))[0] > 180 and stored.getpixel((300, 780))[0] < 100
    renditions = [image.get_rendition(spec) for spec in ("fill-1200x630|format-jpeg", "width-480|format-webp")]
    renditions.append(image.get_rendition("fill-400x250|format-avif"))
    for rendition in renditions:
        tags, data = exif_and_text(rendition.file.path)
        assert tags == {} and b"PhoneMaker" not in data
    # A focal point picked on what the editor sees lies inside the stored image, so crops keep it.
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 300, 700, 80, 80
    image.save()
    crop = image.get_rendition("fill-600x300-c100")
    assert (crop.width, crop.height) == (600, 300)


def test_huge_image_is_refused_and_the_limit_is_on_the_form(editor_client, media_root):
    form_page = editor_client.get(reverse("wagtailimages:add")).content.decode()
    assert "Maximum size: 40 megapixels." in form_page
    # The measured attack: a 121-megapixel JPEG of about 2 MB.
    huge = image_bytes("JPEG", size=(11000, 11000), mode="L")
    response = upload(editor_client, "huge.jpg", huge)
    assert response.status_code == 200
    assert "too many pixels" in response.context["form"].errors["file"][0]
    assert not CustomImage.objects.exists()


def test_image_just_under_the_pixel_limit_is_accepted(editor_client, media_root):
    response = upload(editor_client, "large.jpg", image_bytes("JPEG", size=(8000, 5000), mode="L"))
    assert response.status_code == 302
    assert (CustomImage.objects.get().width, CustomImage.objects.get().height) == (8000, 5000)


def test_truncated_image_gets_a_field_error(editor_client, media_root):
    truncated = image_bytes("JPEG", size=(400, 300))[:600]
    response = upload(editor_client, "cut.jpg", truncated)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not CustomImage.objects.exists()


@pytest.mark.parametrize(("filename", "data"), [("logo.svg", SVG_ATTACK), ("logo.png", SVG_ATTACK)])
def test_svg_is_refused_whatever_its_name(editor_client, media_root, filename, data):
    response = upload(editor_client, filename, data)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not CustomImage.objects.exists()


def template_image_tags() -> list[tuple[str, str]]:
    """Return (template path, tag) for every `{% picture %}`, `{% image %}` and `{% srcset_image %}` in the
    site's templates, with the image argument replaced by `img`."""
    found = []
    for path in sorted(TEMPLATES_DIR.rglob("*.html")):
        for match in IMAGE_TAG.finditer(path.read_text()):
            tag, rest = match.group(1), match.group(3)
            found.append((str(path.relative_to(TEMPLATES_DIR)), f"{{% {tag} img{rest}%}}"))
    return found


def test_the_templates_have_image_tags_to_check():
    tags = template_image_tags()
    assert {tag.split()[1] for _, tag in tags} == {"picture", "image"}
    assert any("base.html" == path for path, _ in tags)  # the social card


@pytest.fixture
def uploaded_images(editor_client, media_root):
    """One image of every accepted format and mode, uploaded through the admin."""
    for filename, data in ACCEPTED.items():
        response = upload(editor_client, filename, data)
        assert response.status_code == 302, (filename, response.context["form"].errors)
    return list(CustomImage.objects.order_by("title"))


def test_every_format_renders_in_every_image_tag_of_the_templates(uploaded_images):
    tags = template_image_tags()
    for image in uploaded_images:
        for path, tag in tags:
            output = Template("{% load wagtailimages_tags %}" + tag).render(Context({"img": image}))
            assert " as " in tag or "<img" in output, (image.title, path, tag)
        assert image.renditions.count() > 0


def test_every_format_as_a_news_listing_image_keeps_home_and_news_pages_up(client, home, uploaded_images):
    index = NewsIndexPageFactory(parent=home)
    for image in uploaded_images:
        NewsPageFactory(parent=index, title=f"News with {image.title}", listing_image=image, social_image=image)
    for url in ("/en/", "/hu/", "/en/news/"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert response.content.decode().count("<picture") == len(uploaded_images)
    for news in index.get_children():
        assert client.get(news.url).status_code == 200


def test_multiple_upload_waiting_for_alt_text_is_normalised_too(editor_client, media_root):
    """Wagtail's multiple upload keeps the raw file aside while a required field (the alt text) is missing,
    then stores it without the form's file check: the image model normalises it there."""
    from wagtail.models import UploadedFile

    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("portrait.jpg", phone_photo()), "collection": Collection.get_first_root_node().pk},
    )
    assert response.json()["success"] and not CustomImage.objects.exists()
    upload_id = UploadedFile.objects.get().pk
    prefix = f"uploaded-image-{upload_id}"
    response = editor_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"{prefix}-title": "Portrait",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-description": "A portrait",
        },
    )
    assert response.json()["success"], response.json()
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (600, 800)
    tags, data = exif_and_text(image.file.path)
    assert tags == {} and b"PhoneMaker" not in data
    assert image.file_size == len(data)


def test_media_served_by_the_app_forbids_scripts_and_keeps_waiting_uploads_closed(
    editor_client, client, serve_media, settings
):
    assert upload(editor_client, "photo.png", ACCEPTED["logo.png"]).status_code == 302
    image = CustomImage.objects.get()
    rendition = image.get_rendition("width-100|format-webp")
    for url in (image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    waiting = Path(settings.MEDIA_ROOT) / "wagtail_uploads" / "portrait.jpg"
    waiting.parent.mkdir(parents=True)
    waiting.write_bytes(phone_photo())
    assert client.get("/media/wagtail_uploads/portrait.jpg").status_code == 404


def test_migration_strips_and_turns_images_uploaded_before(client, media_root):
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    image = CustomImage.objects.create(title="Old", is_decorative=True, file=ContentFile(image_bytes("PNG"), name="x.png"))
    # As stored before: the phone's raw file, with a rendition made from it.
    raw_name = default_storage.save("original_images/portrait.jpg", ContentFile(phone_photo()))
    CustomImage.objects.filter(pk=image.pk).update(file=raw_name, width=800, height=600, focal_point_x=700)
    image.refresh_from_db()
    rendition = image.get_rendition("width-100")

    migration = importlib.import_module("clarinet_site.migrations.0005_images_normalised")
    migration.normalise_originals(apps, None)

    image.refresh_from_db()
    assert (image.width, image.height) == (600, 800) and image.focal_point_x is None
    tags, data = exif_and_text(image.file.path)
    assert tags == {} and b"PhoneMaker" not in data
    assert image.file_size == len(data)
    assert not default_storage.exists(raw_name) and not default_storage.exists(rendition.file.name)
    assert not image.renditions.exists()


def test_saving_an_image_again_leaves_its_file_alone(editor_client, media_root):
    assert upload(editor_client, "portrait.jpg", phone_photo()).status_code == 302
    image = CustomImage.objects.get()
    name, data = image.file.name, Path(image.file.path).read_bytes()
    image.title = "Renamed"
    image.save()
    partial = CustomImage.objects.only("id", "title").get()
    partial.title = "Renamed again"
    partial.save()
    image.refresh_from_db()
    assert image.file.name == name and Path(image.file.path).read_bytes() == data


def test_editing_an_image_without_a_new_file_keeps_it(editor_client, media_root):
    assert upload(editor_client, "portrait.jpg", phone_photo()).status_code == 302
    image = CustomImage.objects.get()
    url = reverse("wagtailimages:edit", args=[image.pk])
    assert "Maximum size: 40 megapixels." in editor_client.get(url).content.decode()
    response = editor_client.post(
        url,
        {"title": "Portrait", "collection": image.collection_id, "description": "A portrait", "tags": ""},
    )
    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert image.title == "Portrait" and (image.width, image.height) == (600, 800)
