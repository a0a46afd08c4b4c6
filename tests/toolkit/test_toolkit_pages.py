"""Toolkit pages: tree rules, contents, reading order, the one-page toolkit, documents, languages, queries."""

from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from clarinet_site.models import CustomDocument, StandardPage
from tests.factories import StandardPageFactory, ThemeFactory
from tests.helpers import count_queries
from tests.toolkit.factories import (
    GoodPracticePageFactory,
    ToolkitChapterPageFactory,
    ToolkitPageFactory,
    practices_block,
)
from toolkit.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    ToolkitChapterPage,
    ToolkitDownload,
    ToolkitPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def tree(toolkit):
    """Two sections, the first with two chapters: the toolkit's reading order is s1, c1, c2, s2.

    s1 and c2 are in English, shown in every language; c1 also in Hungarian; s2 in English only.
    """
    s1 = ToolkitChapterPageFactory(
        parent=toolkit,
        title="General principles",
        slug="general-principles",
        part="How to run a campaign",
        show_in_all_languages=True,
    )
    c1 = ToolkitChapterPageFactory(
        parent=s1,
        title="Storytelling",
        slug="storytelling",
        title_hu="Történetmesélés",
        slug_hu="tortenetmeseles",
        body=[("heading", {"text": "Faces, not figures", "level": "h2"})],
        body_hu=[("heading", {"text": "Arcok, nem számok", "level": "h2"})],
    )
    c2 = ToolkitChapterPageFactory(parent=s1, title="Art", slug="art", show_in_all_languages=True)
    s2 = ToolkitChapterPageFactory(parent=toolkit, title="Public-private partnership", slug="partnership")
    return {"s1": s1, "c1": c1, "c2": c2, "s2": s2}


class TestTreeRules:
    def test_toolkit_and_showcase_only_under_home_once(self, home):
        standard = StandardPageFactory(parent=home)
        for model in (ToolkitPage, GoodPracticeIndexPage):
            assert model.can_create_at(home)
            assert not model.can_create_at(standard)
        ToolkitPageFactory(parent=home)
        assert not ToolkitPage.can_create_at(home)  # max_count 1

    def test_chapters_nest_one_level_only(self, tree, toolkit, home, admin_user):
        assert ToolkitChapterPage.can_create_at(toolkit)
        assert ToolkitChapterPage.can_create_at(tree["s1"])
        assert not ToolkitChapterPage.can_create_at(tree["c1"])
        assert not ToolkitChapterPage.can_create_at(home)
        # the admin offers "add child page" on a section, not on a chapter
        assert tree["s1"].permissions_for_user(admin_user).can_add_subpage()
        assert not tree["c1"].permissions_for_user(admin_user).can_add_subpage()

    def test_a_section_with_chapters_cannot_move_under_another_section(self, tree):
        assert not tree["s1"].can_move_to(tree["s2"])
        assert tree["c2"].can_move_to(tree["s2"])
        assert tree["s2"].can_move_to(tree["s1"])  # no chapters: it becomes a chapter

    def test_practices_only_under_the_showcase(self, home, showcase, toolkit):
        assert GoodPracticePage.can_create_at(showcase)
        assert not GoodPracticePage.can_create_at(home)
        assert not GoodPracticePage.can_create_at(toolkit)
        assert not StandardPage.can_create_at(showcase)

    def test_a_chapter_cannot_take_the_one_page_address(self, toolkit):
        section = ToolkitChapterPageFactory(parent=toolkit, title="All", slug="everything")
        section.slug_hu = "all"
        with pytest.raises(ValidationError) as error:
            section.full_clean()
        assert list(error.value.message_dict) == ["slug_hu"]


class TestToolkitPage:
    def test_contents_follow_the_tree_and_hide_drafts(self, client, tree, toolkit):
        draft = ToolkitChapterPageFactory(parent=tree["s2"], title="Draft chapter", slug="draft", live=False)
        response = client.get("/en/toolkit/")
        assert response.status_code == 200
        toc = soup(response).select_one("nav.toolkit-toc")
        links = [a.get_text(strip=True) for a in toc.select("a")]
        assert links == ["General principles", "Storytelling", "Art", "Public-private partnership"]
        assert "How to run a campaign" in toc.get_text()
        assert draft.title not in toc.get_text()
        assert soup(response).select_one('a[href="/en/toolkit/all/"]')

    def test_previous_and_next_follow_reading_order(self, client, tree):
        page = soup(client.get("/en/toolkit/general-principles/storytelling/"))
        assert page.select_one("a[rel=prev]")["href"] == "/en/toolkit/general-principles/"
        assert page.select_one("a[rel=next]")["href"] == "/en/toolkit/general-principles/art/"
        last = soup(client.get("/en/toolkit/partnership/"))
        assert last.select_one("a[rel=prev]")["href"] == "/en/toolkit/general-principles/art/"
        assert last.select_one("a[rel=next]") is None
        first = soup(client.get("/en/toolkit/general-principles/"))
        assert first.select_one("a[rel=prev]")["href"] == "/en/toolkit/"
        assert [a.get_text() for a in first.select("#chapters-heading + ol a")] == ["Storytelling", "Art"]

    def test_chapter_shows_its_themes(self, client, toolkit):
        chapter = ToolkitChapterPageFactory(parent=toolkit, title="Humour", slug="humour")
        chapter.themes.set([ThemeFactory(name="Humour", slug="humour")])
        chapter.save_revision().publish()
        assert "Humour" in soup(client.get("/en/toolkit/humour/")).select_one(".tags").get_text()


class TestOnePageToolkit:
    def test_everything_on_one_page_with_shifted_headings(self, client, tree):
        response = client.get("/en/toolkit/all/")
        assert response.status_code == 200
        html = soup(response)
        assert html.select_one("h1").get_text() == "Toolkit"
        assert [h.get_text() for h in html.select(".toolkit-part > h2")] == [
            "General principles",
            "Public-private partnership",
        ]
        assert [h.get_text() for h in html.select(".toolkit-part--chapter > h3")] == ["Storytelling", "Art"]
        # the chapter's own h2 sits under its h3 title
        assert html.find("h4", string="Faces, not figures")
        toc_links = [a["href"] for a in html.select("nav.toolkit-toc a")]
        assert toc_links[0] == f"#section-{tree['s1'].pk}"
        assert all(html.select_one(link) for link in toc_links)

    def test_one_page_in_hungarian_links_its_own_languages(self, client, tree):
        response = client.get("/hu/eszkoztar/all/")
        assert response.status_code == 200
        html = soup(response)
        assert html.find("h3", string="Történetmesélés")
        art = html.find("h3", string="Art")
        assert art["lang"] == "en"  # shown through the English fallback (WCAG 3.1.2)
        # A section in English only, not marked for every language, is not in the Hungarian toolkit: its own
        # address would say only "not available in this language".
        assert "Public-private partnership" not in html.get_text()
        switcher = {a["hreflang"]: a["href"] for a in html.select("nav.language-switcher a[hreflang]")}
        assert switcher["en"] == "/en/toolkit/all/"
        assert switcher["hu"] == "/hu/eszkoztar/all/"
        assert html.select_one("link[rel=canonical]")["href"].endswith("/hu/eszkoztar/all/")
        assert client.get(switcher["en"]).status_code == 200

    def test_has_one_stylesheet_with_print_rules(self, client, tree):
        html = soup(client.get("/en/toolkit/all/"))
        sheets = html.select("link[rel=stylesheet]")
        assert [sheet["href"].rsplit("/", 1)[1] for sheet in sheets] == ["site.css"]
        css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
        print_rules = css[css.index("@media print") :]
        assert ".toolkit--one-page .toolkit-part { break-before: page; }" in print_rules
        assert "h6 { font-size: 12pt; }" in print_rules and "body { font-size: 11pt;" in print_rules

    def test_unknown_routes_are_404(self, client, tree):
        assert client.get("/en/toolkit/all/extra/").status_code == 404
        assert client.get("/en/toolkit/nothing-here/").status_code == 404

    def test_sitemap_lists_the_one_page_toolkit(self, client, tree):
        assert "/en/toolkit/all/" in client.get("/sitemap.xml").content.decode()


class TestDocuments:
    @pytest.fixture
    def downloads(self, toolkit):
        documents = {}
        for code in ("en", "hu"):
            document = CustomDocument(title=f"Toolkit {code}", language=code, document_type="toolkit")
            document.file.save(f"toolkit-{code}.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
            document.save()
            documents[code] = document
        toolkit.downloads = [
            ToolkitDownload(
                document_en=documents["en"], document_hu=documents["hu"], label_en="The toolkit (PDF)"
            )
        ]
        toolkit.title_el = "Εργαλειοθήκη"  # the page exists in Greek; its documents do not
        toolkit.save_revision().publish()
        return documents

    def test_document_in_the_visitors_language_when_one_exists(self, client, downloads):
        hungarian = soup(client.get("/hu/eszkoztar/")).select(".toolkit-documents a")
        assert [a["href"] for a in hungarian] == [downloads["hu"].url]
        greek = soup(client.get("/el/toolkit/")).select_one(".toolkit-documents li")
        assert greek.select_one("a")["href"] == downloads["en"].url
        assert greek.select_one("span[lang=en]")  # says which language the file is in
        assert (
            soup(client.get("/el/toolkit/all/")).select_one(".toolkit-documents a")["href"]
            == downloads["en"].url
        )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_toolkit_page_type_renders_in_every_language(client, tree, showcase, code):
    practice = GoodPracticePageFactory(parent=showcase, title="Open Mosque", slug="open-mosque")
    urls = [
        tree["s1"].localized_url(code),
        tree["c1"].localized_url(code),
        ToolkitPage.objects.get().localized_url(code),
        ToolkitPage.objects.get().localized_url(code) + "all/",
        showcase.localized_url(code),
        practice.localized_url(code),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, unquote(url)
        assert soup(response).html["lang"] == code


def build_toolkit(toolkit, showcase, chapters: int) -> None:
    """Give `toolkit` sections of 3 chapters each (`chapters` in all), each citing a practice with an image."""
    from clarinet_site.demo.images import demo_image

    image = demo_image("Query test", {"en": "Abstract circles."})
    section = None
    for number in range(chapters):
        practice = GoodPracticePageFactory(parent=showcase, listing_image=image)
        practice.themes.set([ThemeFactory()])
        practice.save()
        if number % 3 == 0:
            section = ToolkitChapterPageFactory(parent=toolkit)
        chapter = ToolkitChapterPageFactory(
            parent=section,
            body=[
                ("heading", {"text": "Heading", "level": "h2"}),
                ("image", {"image": image, "caption": "Caption"}),
                practices_block(practice),
            ],
        )
        chapter.themes.set([ThemeFactory()])
        chapter.save()


def test_one_page_toolkit_queries_do_not_grow_with_chapters(client, toolkit, showcase):
    build_toolkit(toolkit, showcase, 3)
    client.get("/en/toolkit/all/")  # renditions are created on first view
    client.get("/en/toolkit/all/")  # the second finds every cache filled
    few, response = count_queries(client, "/en/toolkit/all/")
    assert response.status_code == 200
    assert len(soup(response).select(".practice-card")) == 3
    build_toolkit(toolkit, showcase, 27)
    client.get("/en/toolkit/all/")
    client.get("/en/toolkit/all/")
    many, response = count_queries(client, "/en/toolkit/all/")
    assert len(soup(response).select(".practice-card")) == 30
    assert many == few, f"{few} queries for 3 chapters, {many} for 30"


def test_toolkit_page_and_chapter_queries_do_not_grow(client, toolkit, showcase):
    build_toolkit(toolkit, showcase, 3)
    chapter = ToolkitChapterPage.objects.filter(depth=toolkit.depth + 2).first()
    for _view in range(2):  # the second views find every cache filled
        client.get("/en/toolkit/")
        client.get(chapter.url)
    few_toc, _ = count_queries(client, "/en/toolkit/")
    few_chapter, _ = count_queries(client, chapter.url)
    build_toolkit(toolkit, showcase, 27)
    for _view in range(2):
        client.get("/en/toolkit/")
        client.get(chapter.url)
    many_toc, _ = count_queries(client, "/en/toolkit/")
    many_chapter, _ = count_queries(client, chapter.url)
    assert (many_toc, many_chapter) == (few_toc, few_chapter)
