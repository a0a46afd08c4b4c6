"""Factories for the news app: news index, news pages, the downloads page and documents."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image
from wagtail.models import Collection

from clarinet_site.models import CustomDocument, CustomImage
from news.models import DownloadsPage, NewsIndexPage, NewsPage

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    date = datetime.date(2021, 10, 2)
    intro = "A short intro."

    class Meta:
        model = NewsPage


class DownloadsPageFactory(wagtail_factories.PageFactory):
    title = "Downloads"
    slug = "downloads"

    class Meta:
        model = DownloadsPage


def make_document(
    title: str = "Award rules summary",
    filename: str = "award_rules.pdf",
    collection: Collection | None = None,
    **fields,
) -> CustomDocument:
    """Create and return a document with a small PDF file named `filename` (in the root collection by default).

    Unless `fields` say otherwise the document is listed in the Downloads library with complete metadata.
    """
    fields = {"listed": True, "language": "en", "document_type": "report", "year": 2021, **fields}
    document = CustomDocument(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        **fields,
    )
    document.file.save(filename, ContentFile(PDF_BYTES), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def make_image(title: str) -> CustomImage:
    """Create and return a small informative image (a 64 × 40 px PNG) titled `title`."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), "#0b3d91").save(buffer, "PNG")
    image = CustomImage(title=title, description=f"Alt text of {title}")
    image.file = ImageFile(buffer, name=f"{slugify(title)}.png")
    image.save()
    return image
