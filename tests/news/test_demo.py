"""The demo content of the news app: loaded twice without duplicates, with the brief's facts."""

import pytest
from django.core.management import call_command
from django.utils import translation

from clarinet_site.models import CustomDocument
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_demo_content_loads_twice_without_duplicates(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=None)
    # the toolkit app's demo adds its own PDFs (type "toolkit") to the library: count the news app's
    documents = CustomDocument.objects.exclude(document_type=CustomDocument.DocumentType.TOOLKIT)
    counts = (NewsPage.objects.count(), documents.count())
    call_command("load_demo_content", stdout=None)
    assert (NewsPage.objects.count(), documents.count()) == counts == (5, 6)

    ceremony = NewsPage.objects.get(slug_en="award-ceremony-barcelona")
    assert ceremony.event_start.isoformat() == "2019-11-23"
    assert {"it", "el", "hu"} <= set(ceremony.languages_with_text())
    for page in NewsPage.objects.all():
        assert len(page.languages_with_text()) >= 2, page.title
        assert page.themes.exists()
        assert page.listing_image.alt == ""  # abstract patterns are decorative
    procida = NewsPage.objects.get(slug_en="procida-results-seminar")
    assert procida.is_event
    # the place's country and the image credit read in the language shown
    with translation.override("hu"):
        assert procida.event_place_display == "Procida, Olaszország"
        assert procida.listing_image.credit == "CLARINET projekt"
    with translation.override("el"):
        assert procida.event_place_display == "Πρότσιντα, Ιταλία"
    # "the campaign or training it is about", from the campaigns app's demo content
    assert NewsPage.objects.get(slug_en="kasad-solidarity-day").related_page.slug_en == "kasad"
    assert (
        NewsPage.objects.get(slug_en="constanta-training-completed").related_page.slug_en
        == "constanta-training"
    )

    names = {document.filename for document in CustomDocument.objects.all()}
    assert {"Beszámoló_2021_ősz.pdf", "Έκθεση_προόδου.pdf"} <= names
    hungarian = CustomDocument.objects.get(file__endswith="Beszámoló_2021_ősz.pdf")
    with hungarian.file.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert hungarian.file_size > 1000
