"""Site search per language (issue 14): matching with each language's stems and accents, what is listed in
which language, the index kept current by publishing, odd queries, filters, paging and query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from clarinet_site.models import SearchEntry
from clarinet_site.search import query as search_query
from clarinet_site.search.configs import fold
from tests.factories import StandardPageFactory
from tests.news.factories import DownloadsPageFactory, NewsIndexPageFactory, NewsPageFactory, make_document

pytestmark = pytest.mark.django_db

#: One page per language written in that language only, and a query with another form of its word.
PAGES = {
    "en": ("Local campaign in Procida", "A campaign about neighbours and newcomers.", "campaigns"),
    "it": ("Campagna locale a Procida", "Una campagna sui vicini di casa.", "campagne"),
    "de": ("Lokale Kampagne in Graz", "Eine Kampagne über Nachbarn und Neuankömmlinge.", "Kampagnen"),
    "sl": ("Lokalna kampanja v Ljubljani", "Kampanja o sosedih in sožitju.", "sozitju"),
    "el": ("Τοπική εκστρατεία στην Αθήνα", "Μια εκστρατεία για τους γείτονες.", "εκστρατείες"),
    "ro": ("Campanie locală la Constanța", "O campanie despre vecini.", "Constanta"),
    "bg": ("Местна кампания в Пловдив", "Кампания за съседите и новодошлите.", "КАМПАНИЯ"),
    "hu": ("Helyi kampány Kásádon", "Egy kampány a szomszédokról.", "kampányok"),
}


def search_url(code: str) -> str:
    with translation.override(code):
        return reverse("search")


def publish(page):
    """Publish `page` as the admin does (a revision), which queues its indexing (run at once in tests)."""
    page.save_revision().publish()
    return page


def result_titles(client, code: str, query: str, **params) -> list[str]:
    response = client.get(search_url(code), {"q": query, **params})
    assert response.status_code == 200
    return [a.get_text(strip=True) for a in soup(response).select(".search-result__title a")]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def one_language_pages(home):
    """A page per language, with title and intro in that language only (the title copied into English, as
    the admin's English column would be)."""
    pages = {}
    for code, (title, intro, _query) in PAGES.items():
        fields = {"title": title, f"title_{code}": title, f"intro_{code}": intro, f"slug_{code}": f"p-{code}"}
        if code != "en":
            fields["intro"] = ""
        pages[code] = publish(StandardPageFactory(parent=home, slug=f"page-{code}", **fields))
    return pages


def test_the_search_page_has_a_translated_address_in_every_language():
    addresses = {code: search_url(code) for code in PAGES}
    assert addresses["en"] == "/en/search/"
    assert addresses["hu"] == "/hu/kereses/"
    assert addresses["de"] == "/de/suche/"
    assert addresses["it"] == "/it/cerca/"
    assert addresses["ro"] == "/ro/cautare/"
    assert addresses["sl"] == "/sl/iskanje/"
    assert addresses["el"] == "/el/%CE%B1%CE%BD%CE%B1%CE%B6%CE%AE%CF%84%CE%B7%CF%83%CE%B7/"
    assert addresses["bg"] == "/bg/%D1%82%D1%8A%D1%80%D1%81%D0%B5%D0%BD%D0%B5/"


@pytest.mark.parametrize("code", list(PAGES))
def test_each_language_finds_its_own_page_by_another_form_of_a_word(client, one_language_pages, code):
    title, _intro, query = PAGES[code]
    assert result_titles(client, code, query) == [title]


@pytest.mark.parametrize("code", list(PAGES))
def test_a_language_finds_nothing_written_only_in_another_language(client, one_language_pages, code):
    for other, (_title, _intro, query) in PAGES.items():
        if other != code:
            assert PAGES[other][0] not in result_titles(client, code, query)


def test_matched_words_are_highlighted_and_editors_text_stays_text(client, home):
    intro = "<script>alert(1)</script> <b>Bold</b> advice: run a campaign & listen"
    publish(StandardPageFactory(parent=home, title="Toolkit", intro=intro))
    response = client.get("/en/search/", {"q": "campaign"})
    excerpt = soup(response).select_one(".search-result__excerpt")
    assert [mark.get_text() for mark in excerpt.select("mark")] == ["campaign"]
    assert excerpt.select("b, script") == []
    assert "advice: run a campaign & listen" in excerpt.get_text()


def test_titles_rank_above_intros(client, home):
    publish(StandardPageFactory(parent=home, title="About us", intro="Our residency programme for artists."))
    publish(StandardPageFactory(parent=home, title="Residency", intro="What happens during it."))
    assert result_titles(client, "en", "residency") == ["Residency", "About us"]


def test_a_result_shows_its_type_section_and_date_in_the_language(client, home):
    news_index = publish(NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek"))
    publish(
        NewsPageFactory(
            parent=news_index,
            title="Solidarity day",
            title_hu="Szolidaritási nap",
            intro_hu="Több mint száz lakos töltötte együtt a napot.",
            slug_hu="szolidaritasi-nap",
            date=datetime.date(2021, 10, 3),
        )
    )
    response = client.get("/hu/kereses/", {"q": "szolidaritási"})
    result = soup(response).select_one(".search-result")
    assert result.select_one("a")["href"] == "/hu/hirek/szolidaritasi-nap/"
    assert [dd.get_text(strip=True) for dd in result.select("dd")] == ["Hír", "Hírek", "2021. október 3."]


def test_a_page_for_every_language_is_found_in_english_and_labelled(client, home):
    publish(
        StandardPageFactory(
            parent=home,
            title="Final conference",
            intro="All partners meet in Rome.",
            show_in_all_languages=True,
        )
    )
    response = client.get("/hu/kereses/", {"q": "conference"})
    link = soup(response).select_one(".search-result__title a")
    assert link.get_text(strip=True) == "Final conference"
    assert link["lang"] == "en"


def test_unpublishing_moving_and_deleting_keep_the_index_current(client, home):
    page = publish(
        StandardPageFactory(parent=home, title="Residency in Kásád", intro="Artists meet residents.")
    )
    assert result_titles(client, "en", "residency") == ["Residency in Kásád"]

    other_section = publish(StandardPageFactory(parent=home, title="About", intro="The project."))
    page.move(other_section, pos="last-child")
    entry = SearchEntry.objects.get(page=page, language="en")
    assert entry.section_id == other_section.pk

    page.refresh_from_db()
    page.unpublish()
    assert result_titles(client, "en", "residency") == []

    publish(page.specific)
    assert result_titles(client, "en", "residency") == ["Residency in Kásád"]
    page.delete()
    assert not SearchEntry.objects.filter(title="Residency in Kásád").exists()


def test_a_translation_published_later_makes_the_page_findable_in_that_language(client, home):
    page = publish(StandardPageFactory(parent=home, title="Artist residency", intro="Two artists."))
    assert result_titles(client, "hu", "rezidencia") == []
    page.title_hu, page.intro_hu, page.slug_hu = "Művészeti rezidencia", "Két művész.", "rezidencia"
    publish(page)
    assert result_titles(client, "hu", "rezidenciában") == ["Művészeti rezidencia"]


def test_documents_are_found_in_their_own_language_only(client, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    publish(DownloadsPageFactory(parent=home, title_hu="Letöltések"))
    make_document(title="Beszámoló a szolidaritási napról", language="hu", description_hu="Kásád, 2021 ősz.")
    make_document(title="Award rules summary", language="en", description="How to enter the Award.")
    response = client.get("/hu/kereses/", {"q": "beszámolók"})
    results = soup(response).select(".search-result")
    assert [r.select_one("a").get_text(strip=True) for r in results] == ["Beszámoló a szolidaritási napról"]
    assert results[0].select_one("a")["href"].startswith("/documents/")
    assert [dd.get_text(strip=True) for dd in results[0].select("dd")][1:] == ["Letöltések", "2021"]
    assert result_titles(client, "en", "beszámoló") == []
    assert result_titles(client, "en", "rule") == ["Award rules summary"]

    document = SearchEntry.objects.get(title="Award rules summary").document
    document.listed = False
    document.save()
    assert result_titles(client, "en", "rule") == []
    document.delete()
    assert not SearchEntry.objects.filter(document__isnull=False, language="en").exists()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "!!! ??? ...",
        "a & | !",
        "kampány & | ! (:* <-> 'x'",
        "'; DROP TABLE clarinet_site_searchentry; --",
        "\x00",
        "kampány\x00campaign",
        "kampány campaign εκστρατεία кампания",
        '"unclosed quote',
        "-",
        "or",
        "<script>alert(1)</script>",
        "a" * 199,
    ],
)
def test_odd_queries_answer_200_with_a_page(client, one_language_pages, query):
    response = client.get("/hu/kereses/", {"q": query})
    assert response.status_code == 200
    assert soup(response).select_one("h1").get_text(strip=True) == "Keresés"
    assert b"<script>alert" not in response.content


def test_a_query_of_only_punctuation_gets_a_translated_message(client, home):
    response = client.get("/hu/kereses/", {"q": "?!…"})
    assert response.status_code == 200
    assert soup(response).select_one("#search-message").get_text(strip=True) == (
        "Írjon be legalább egy keresendő szót."
    )


@pytest.mark.parametrize("length", [201, 10_000])
def test_a_too_long_query_answers_400_with_a_translated_message(client, home, length):
    response = client.get("/de/suche/", {"q": "Kampagne " * (length // 9 + 1)})
    assert response.status_code == 400
    message = soup(response).select_one("#search-message").get_text(strip=True)
    assert message == "Ihre Suche ist zu lang. Verwenden Sie höchstens 200 Zeichen."


def test_a_raw_null_byte_in_the_address_is_no_error(client, one_language_pages):
    response = client.get("/hu/kereses/?q=kamp%C3%A1ny%00ok&section=%00&type=%00&page=%00")
    assert response.status_code == 200


def test_filters_by_section_and_type_and_report_what_they_ignore(client, home):
    news_index = publish(NewsIndexPageFactory(parent=home))
    publish(NewsPageFactory(parent=news_index, title="Campaign launch", intro="The campaign starts."))
    publish(StandardPageFactory(parent=home, title="Campaign toolkit", intro="How to run a campaign."))

    assert sorted(result_titles(client, "en", "campaign")) == ["Campaign launch", "Campaign toolkit"]
    assert result_titles(client, "en", "campaign", section=str(news_index.pk)) == ["Campaign launch"]
    assert result_titles(client, "en", "campaign", type="news") == ["Campaign launch"]
    assert result_titles(client, "en", "campaign", type="page") == ["Campaign toolkit"]

    response = client.get("/en/search/", {"q": "campaign", "section": "99999", "type": "'; --"})
    assert response.status_code == 200
    notice = soup(response).select_one(".notice").get_text(" ", strip=True)
    assert "Section “99999”" in notice and "Content type “'; --”" in notice
    assert len(soup(response).select(".search-result")) == 2


@pytest.mark.parametrize("page_param", ["2", "999", "abc", "-1", "\x00"])
def test_paging_follows_the_listings_rule(client, home, page_param):
    for number in range(25):
        publish(StandardPageFactory(parent=home, title=f"Campaign {number:02d}", intro="A campaign."))
    response = client.get("/en/search/", {"q": "campaign", "page": page_param})
    assert response.status_code == 200
    shown = len(soup(response).select(".search-result"))
    assert shown == (20 if page_param in ("abc", "\x00") else 5)
    assert "25 results" in soup(response).select_one("[role=status]").get_text()


@pytest.mark.parametrize("count", [5, 25])
def test_query_count_does_not_grow_with_the_results_shown(client, home, count, django_assert_max_num_queries):
    news_index = publish(NewsIndexPageFactory(parent=home))
    for number in range(count):
        publish(NewsPageFactory(parent=news_index, title=f"Campaign news {number}", intro="A campaign."))
    client.get("/en/search/", {"q": "campaign"})  # site root paths cached, as on a warm server
    with django_assert_max_num_queries(12):
        response = client.get("/en/search/", {"q": "campaign"})
    assert len(soup(response).select(".search-result")) == min(count, 20)


def test_the_header_links_to_the_search_page_of_the_language_on_every_page(client, home):
    publish(home)
    for code, path in (("hu", "/hu/"), ("de", "/de/"), ("en", "/en/no-such-page/")):
        form = soup(client.get(path)).select_one("header form[role=search]")
        assert form["action"] == search_url(code)
        label = form.select_one("label")
        assert form.select_one(f"#{label['for']}")["name"] == "q"


def test_the_language_switcher_goes_to_the_search_page_of_each_language(client, home):
    links = soup(client.get("/hu/kereses/", {"q": "x"})).select(".language-switcher a")
    assert {a["hreflang"]: a["href"] for a in links}["de"] == "/de/suche/"


def test_rebuild_command_indexes_pages_made_without_publishing(home):
    StandardPageFactory(parent=home, title="Made in code", intro="Not published through the admin.")
    assert not SearchEntry.objects.filter(title="Made in code").exists()
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.filter(title="Made in code", language="en").count() == 1


def test_the_simpler_search_without_postgresql_text_search_still_finds_words(client, monkeypatch, home):
    """What SQLite (`make run`) does: every word, accents and case aside, excerpt marked in Python."""
    publish(
        StandardPageFactory(
            parent=home,
            title="Campanie la Constanța",
            title_ro="Campanie la Constanța",
            intro_ro="Povești la Constanța.",
            slug_ro="campanie",
            intro="",
        )
    )
    monkeypatch.setattr(search_query, "uses_text_search", lambda: False)
    response = client.get("/ro/cautare/", {"q": "CONSTANTA"})
    assert [a.get_text(strip=True) for a in soup(response).select(".search-result__title a")] == [
        "Campanie la Constanța"
    ]
    assert [m.get_text() for m in soup(response).select(".search-result__excerpt mark")] == ["Constanța"]
    assert fold("Ώρα Constanța") == "ωρα constanta"


def test_downloads_search_by_title_and_description_combined_with_filters(client, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    publish(DownloadsPageFactory(parent=home))
    make_document(title="Award rules summary", description="How to enter the Award.", year=2019)
    make_document(title="Progress report", description="What the award achieved.", year=2021)
    make_document(title="Training handbook", description="For trainers.", year=2021)

    def titles(**params):
        response = client.get("/en/downloads/", params)
        assert response.status_code == 200
        return [a.get_text(strip=True) for a in soup(response).select(".document-item__title a")]

    assert titles(q="AWARD") == ["Progress report", "Award rules summary"]
    assert titles(q="award", year="2021") == ["Progress report"]
    assert titles(q="award trainers") == []
    assert titles(q="\x00handbook") == ["Training handbook"]
    assert len(titles(q="x" * 10_000)) == 0


def test_demo_content_is_found_in_each_language_and_only_there(client, demo_home):
    downloads_titles = {
        "en": "Downloads",
        "it": "Download",
        "de": "Downloads",
        "sl": "Prenosi",
        "el": "Λήψεις",
        "ro": "Descărcări",
        "bg": "Изтегляния",
        "hu": "Letöltések",
    }
    for code, title in downloads_titles.items():
        assert title in result_titles(client, code, title), code
    assert "Programul de formare de la Constanța, pe scurt" in result_titles(client, "ro", "Constanta")
    assert "Έκθεση προόδου του έργου CLARINET" in result_titles(client, "el", "έκθεση προόδου")
    assert result_titles(client, "en", "Έκθεση") == []


def test_result_types_are_what_visitors_look_for_in_their_language(client, home):
    """Types read "News" or "Page" in the visitor's language, not model names ("News index page"), and the
    section index and a standard page are one "Page" choice."""
    news_index = publish(NewsIndexPageFactory(parent=home, title="Campaign news", title_hu="Hírek a kampány"))
    publish(
        NewsPageFactory(
            parent=news_index,
            title="Campaign launch",
            intro="The campaign starts.",
            title_hu="Kampányindítás",
            intro_hu="Elindul a kampány.",
            body_hu=[("paragraph", "<p>A kampány indul.</p>")],
        )
    )
    publish(
        StandardPageFactory(parent=home, title_hu="Kampányeszközök", intro_hu="Hogyan szervezzünk kampányt.")
    )

    page = soup(client.get("/hu/kereses/", {"q": "kampány"}))
    types = {
        result.select_one("h2, h3").get_text(strip=True): result.select_one("dd").get_text(strip=True)
        for result in page.select(".search-result")
    }
    assert types == {"Kampányindítás": "Hír", "Hírek a kampány": "Oldal", "Kampányeszközök": "Oldal"}
    options = [option.get_text(strip=True) for option in page.select("select[name=type] option")]
    assert options.count("Hír") == 1 and options.count("Oldal") == 1  # index and standard page: one "Oldal"
    assert not [option for option in options if "oldala" in option]  # no model names ("Hírek oldala")
    assert sorted(result_titles(client, "hu", "kampány", type="page")) == ["Hírek a kampány", "Kampányeszközök"]


def test_an_excerpt_shows_an_apostrophe_from_rich_text_as_written(client, home):
    publish(
        StandardPageFactory(
            parent=home,
            title="Residencies",
            body=[("paragraph", "<p>The city&#x27;s artists &amp; the residents&#39; stories.</p>")],
        )
    )
    excerpt = soup(client.get("/en/search/", {"q": "artists"})).select_one(".search-result p").get_text()
    assert "city's artists & the residents' stories" in excerpt


def test_a_headings_level_is_not_text_of_the_page(client, home):
    """Wagtail indexes a choice block's label: "Level 2" must not show in excerpts or be found."""
    publish(
        StandardPageFactory(
            parent=home,
            title="Residencies",
            intro="Artists in the city.",
            title_hu="Rezidenciák",
            intro_hu="Művészek a városban.",
            body=[("heading", {"text": "What the artists did", "level": "h2"})],
            body_hu=[("heading", {"text": "Amit a művészek csináltak", "level": "h2"})],
        )
    )
    rows = SearchEntry.objects.filter(title__in=["Residencies", "Rezidenciák"])
    bodies = dict(rows.values_list("language", "body"))
    assert bodies["en"] == "What the artists did"
    assert bodies["hu"] == "Amit a művészek csináltak"
    assert result_titles(client, "en", "level") == []
    assert result_titles(client, "en", "artists") == ["Residencies"]
