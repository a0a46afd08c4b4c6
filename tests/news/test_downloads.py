"""The downloads library: listing and filters, bad input, private collections, file names, query counts."""

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Collection, CollectionViewRestriction

from clarinet_site.models import CustomDocument
from tests.helpers import count_queries
from tests.news.factories import make_document

pytestmark = pytest.mark.django_db

AWARD, REPORT = CustomDocument.DocumentType.AWARD, CustomDocument.DocumentType.REPORT


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def listed(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".document-item__title a")]


@pytest.fixture
def library(downloads, media_root):
    make_document(
        "Award rules summary",
        "CLARINET_Award_rules_summary.pdf",
        language="en",
        document_type=AWARD,
        year=2019,
        description="The main rules of the Award.",
        description_hu="A díj fő szabályai.",
    )
    make_document("Beszámoló", "Beszámoló_2021_ősz.pdf", language="hu", document_type=REPORT, year=2021)
    make_document("Έκθεση προόδου", "Έκθεση_προόδου.pdf", language="el", document_type=REPORT, year=2021)


def test_lists_title_description_type_language_year_format_and_size(client, library):
    response = client.get("/en/downloads/?language=all")
    assert response.status_code == 200
    assert listed(response) == ["Beszámoló", "Έκθεση προόδου", "Award rules summary"]
    award = soup(response).select(".document-item")[2]
    meta = {
        dt.get_text(strip=True): dd.get_text(strip=True)
        for dt, dd in zip(award.select("dt"), award.select("dd"), strict=True)
    }
    assert meta["Type"] == "Award"
    assert meta["Language"] == "English"
    assert meta["Year"] == "2019"
    assert meta["Format"] == "PDF"
    assert meta["Size"].endswith(" byte")
    assert award.select_one(".document-item__description").get_text() == "The main rules of the Award."
    greek_link = soup(response).select(".document-item")[1].select_one("a")
    assert greek_link["href"] == CustomDocument.objects.get(title="Έκθεση προόδου").url
    assert greek_link["href"].endswith("/" + quote("Έκθεση_προόδου.pdf"))
    assert greek_link["lang"] == "el"


def test_description_follows_the_language_and_falls_back_to_english(client, library):
    response = client.get("/hu/downloads/?language=all")
    descriptions = [p.get_text() for p in soup(response).select(".document-item__description")]
    assert descriptions == ["A díj fő szabályai."]
    response = client.get("/el/downloads/?language=all")
    fallback = soup(response).select_one(".document-item__description")
    assert fallback.get_text() == "The main rules of the Award." and fallback["lang"] == "en"


def test_filters_by_type_language_and_year_and_says_so(client, library):
    response = client.get("/en/downloads/?type=report&language=hu&year=2021")
    assert listed(response) == ["Beszámoló"]
    status = soup(response).select_one(".filters__status").get_text(" ", strip=True)
    assert status.startswith("1 document (Type: Report; Language: Magyar; Year: 2021).")
    assert listed(client.get("/en/downloads/?type=report&language=all")) == ["Beszámoló", "Έκθεση προόδου"]
    assert listed(client.get("/en/downloads/?year=2019")) == ["Award rules summary"]
    assert listed(client.get("/en/downloads/?language=el")) == ["Έκθεση προόδου"]
    empty = client.get("/en/downloads/?type=press")
    assert listed(empty) == [] and "No document matches these filters." in empty.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "type=%00",
        "type=REPORT",
        "type=<b>x</b>",
        "language=xx",
        "language=%00",
        "language=hu-HU",
        "year=abc",
        "year=20211",
        "year=99999999999999999999999",
        "year=%00",
        "page=abc",
        "page=-5",
        "page=99999999999999999999999",
    ],
)
def test_malformed_parameters_never_give_a_500(client, library, query):
    response = client.get(f"/hu/downloads/?{query}")
    assert response.status_code == 200
    assert listed(response) == ["Beszámoló", "Award rules summary"]  # the default: Hungarian and English
    assert (
        "2 dokumentum (Nyelv: Magyar és angol)." in soup(response).select_one(".filters__status").get_text()
    )
    if not query.startswith("page="):  # a filter's value not understood is named, the page number is not
        notice = soup(response).select_one(".filters__notice").get_text()
        assert "Nem értelmezhető, ezért nem alkalmaztuk:" in notice


def test_the_library_lists_the_visitors_language_and_english_and_offers_every_language(client, library):
    hungarian = client.get("/hu/downloads/")
    assert listed(hungarian) == ["Beszámoló", "Award rules summary"]
    options = soup(hungarian).select("#filter-language option")
    assert [(o["value"], o.get_text()) for o in options[:2]] == [
        ("", "Magyar és angol"),
        ("all", "Minden nyelv"),
    ]
    assert not soup(hungarian).select("#filter-language [selected]")  # the default option is the first
    every = soup(hungarian).select_one(".filters__status a")["href"]
    assert every == "?language=all"
    assert listed(client.get(f"/hu/downloads/{every}")) == [
        "Beszámoló",
        "Έκθεση προόδου",
        "Award rules summary",
    ]
    english = client.get("/en/downloads/")
    assert listed(english) == ["Award rules summary"]
    values = [o["value"] for o in soup(english).select("#filter-language option")]
    assert values == ["", "all", "it", "de", "sl", "el", "ro", "bg", "hu"]  # English is the default option
    assert soup(english).select_one("#filter-language option[value=el]")["lang"] == "el"


def test_documents_in_private_collections_are_never_listed_or_served(client, library):
    root = Collection.get_first_root_node()
    partners = root.add_child(name="Partners only")
    drafts = partners.add_child(name="Drafts")
    CollectionViewRestriction.objects.create(
        collection=partners, restriction_type=CollectionViewRestriction.LOGIN
    )
    private = make_document("Internal notes", "internal_notes.pdf", collection=partners)
    nested = make_document("Draft report", "draft_report.pdf", collection=drafts)
    public_sibling = make_document(
        "Public report", "public_report.pdf", collection=root.add_child(name="Reports")
    )

    titles = listed(client.get("/en/downloads/"))
    assert "Internal notes" not in titles and "Draft report" not in titles
    assert "Public report" in titles
    for document in (private, nested):
        response = client.get(document.url)
        assert response.status_code == 302 and "login" in response["Location"]
    assert client.get(public_sibling.url).status_code == 200


@pytest.mark.parametrize(
    ("filename", "ascii_name"),
    [("Beszámoló_2021_ősz.pdf", "Beszamolo_2021_osz.pdf"), ("Έκθεση_προόδου.pdf", "Ekthese_proodou.pdf")],
)
def test_download_keeps_the_non_ascii_file_name(client, library, filename, ascii_name):
    document = CustomDocument.objects.get(file__endswith=filename)
    assert document.filename == filename
    response = client.get(document.url)
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    # RFC 6266 / RFC 5987: an ASCII fallback plus the exact UTF-8 name
    assert f"filename*=UTF-8''{quote(filename)}" in disposition
    assert 'filename="' in disposition
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_query_count_does_not_grow_with_the_number_of_documents(client, downloads, media_root):
    for n in range(3):
        make_document(f"Document {n}", f"document_{n}.pdf", year=2019 + n % 3, language="en")
    client.get("/en/downloads/")  # fill the per-site caches (site root paths, settings) first
    few, response = count_queries(client, "/en/downloads/")
    assert len(listed(response)) == 3
    for n in range(3, 30):
        make_document(f"Document {n}", f"document_{n}.pdf", year=2019 + n % 3, language="en")
    many, response = count_queries(client, "/en/downloads/")
    assert len(listed(response)) == 20  # one page
    assert few == many
