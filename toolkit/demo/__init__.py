"""Demo content of the toolkit app: the toolkit's structure, its PDF documents and the known Award entries.

`load(home)` is called by `manage.py load_demo_content` after the site-wide pages exist; it creates only what
is missing (see `clarinet_site.demo.utils`).
"""

from django.core.files.base import ContentFile

from clarinet_site.demo.utils import current_run, fill, translated, upsert_page, write_page
from clarinet_site.models import CustomDocument, HomePage, Theme
from news.demo_pdf import make_pdf
from toolkit.models import GoodPracticeIndexPage, ToolkitChapterPage, ToolkitDownload, ToolkitPage

from .chapters import SECTIONS, TOOLKIT_BODY, TOOLKIT_HOW_TO_USE
from .practices import load_practices

DOCUMENTS = [
    {
        "title": "The Positive Storytelling Toolkit",
        "filename": "positive-storytelling-toolkit.pdf",
        "language": "en",
        "description": "The toolkit as a printable document (demo edition).",
        "paragraphs": [
            "How to run a communication campaign on migration: advice for local authorities, learned from the "
            "53 campaigns that entered the CLARINET Award in 2019.",
            "General principles: storytelling, with human faces behind the numbers; migrants as protagonists, "
            "inclusive language and precise targeting; art; humour.",
            "Web and social media: facts against fake news; social-media codes and language.",
            "Traditional media: investing in public space; local and mainstream channels.",
            "Public events: reaching migrants and the host community; empowering migrant communities; role play "
            "for empathy.",
            "This file was generated for the demonstration of the CLARINET website.",
        ],
    },
    {
        "title": "A Pozitív történetmesélés eszköztára – összefoglaló",
        "filename": "pozitiv-tortenetmeseles-osszefoglalo.pdf",
        "language": "hu",
        "description": "Az eszköztár összefoglalója nyomtatható formában (bemutató változat).",
        "paragraphs": [
            "Hogyan vigyünk kommunikációs kampányt a migrációról: tanácsok önkormányzatoknak, a CLARINET-díjra "
            "2019-ben benevezett 53 kampány tanulságai alapján.",
            "Általános elvek: történetmesélés, emberi arcok a számok mögött; migránsok mint főszereplők, "
            "befogadó nyelv és pontos célzás; művészet; humor.",
            "Ezt a fájlt a CLARINET-weboldal bemutatójához készítettük.",
        ],
    },
    {
        "title": "Η Εργαλειοθήκη Θετικής Αφήγησης – σύνοψη",
        "filename": "εργαλειοθήκη-θετικής-αφήγησης-σύνοψη.pdf",
        "language": "el",
        "description": "Σύνοψη της εργαλειοθήκης σε μορφή για εκτύπωση (έκδοση επίδειξης).",
        "paragraphs": [
            "Πώς να οργανώσετε μια εκστρατεία επικοινωνίας για τη μετανάστευση: συμβουλές για τις τοπικές "
            "αρχές, από τις 53 εκστρατείες που διαγωνίστηκαν για το Βραβείο CLARINET το 2019.",
            "Γενικές αρχές: αφήγηση, με ανθρώπινα πρόσωπα πίσω από τους αριθμούς· οι μετανάστες πρωταγωνιστές, "
            "γλώσσα χωρίς αποκλεισμούς και στοχευμένο κοινό· τέχνη· χιούμορ.",
            "Αυτό το αρχείο δημιουργήθηκε για την επίδειξη του ιστότοπου CLARINET.",
        ],
    },
]
# Languages without their own edition get the English PDF; the link's note says its format, size and language.
DOWNLOAD_LABEL = {
    "en": "The Positive Storytelling Toolkit, 2020 edition",
    "it": "Il toolkit per lo storytelling positivo, edizione 2020",
    "de": "Das Toolkit für positives Storytelling, Ausgabe 2020",
    "sl": "Priročnik za pozitivno pripovedovanje zgodb, izdaja 2020",
    "el": "Η Εργαλειοθήκη Θετικής Αφήγησης",
    "ro": "Ghidul pentru povestiri pozitive, ediția 2020",
    "bg": "Наръчникът за позитивно разказване на истории, издание 2020",
    "hu": "A Pozitív történetmesélés eszköztára",
}


def load_documents() -> dict[str, CustomDocument]:
    """Create the missing toolkit PDFs in the documents library; return them by language."""
    documents = {}
    for spec in DOCUMENTS:
        document = CustomDocument.objects.filter(title=spec["title"]).first()
        values = {
            "language": spec["language"],
            "document_type": CustomDocument.DocumentType.TOOLKIT,
            "year": 2020,
            f"description_{spec['language']}": spec["description"],
        }
        if document is None:
            document = CustomDocument(title=spec["title"], listed=True, **values)  # listed: in Downloads too
            pdf = make_pdf(spec["title"], spec["paragraphs"], spec["language"])
            document.file.save(spec["filename"], ContentFile(pdf), save=False)
            document._set_document_file_metadata()  # size and hash, as Wagtail's upload form sets them
            document.save()
            current_run().note_created(document)
        elif fill(document, values):  # only what is empty: editors' metadata stays
            document.save()
        documents[spec["language"]] = document
    return documents


def load_toolkit(toolkit: ToolkitPage, practices: dict) -> None:
    """Fill the toolkit page (when new, or on a reset) and create its missing sections and chapters in
    reading order."""
    documents = load_documents()
    write_page(
        toolkit,
        **translated("body", TOOLKIT_BODY),
        **translated("how_to_use", TOOLKIT_HOW_TO_USE),
        downloads=[
            ToolkitDownload(
                **translated("document", documents),
                **translated("label", DOWNLOAD_LABEL),
            )
        ],
    )

    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for spec in SECTIONS:
        section = upsert_chapter(toolkit, spec, practices, themes)
        for chapter_spec in spec["chapters"]:
            upsert_chapter(section, chapter_spec, practices, themes)


def upsert_chapter(parent, spec: dict, practices: dict, themes: dict) -> ToolkitChapterPage:
    """Create one section or chapter from its spec if missing (rewrite it on a reset); return it."""
    page = upsert_page(
        parent,
        ToolkitChapterPage,
        spec["slug"],
        **translated("title", spec["title"]),
        **translated("slug", spec.get("slugs", {})),
        **translated("intro", spec["intro"]),
        **translated("part", spec.get("part", {})),
        **translated("body", spec["body"](practices)),
        themes=[themes[slug] for slug in spec["themes"] if slug in themes],
    )
    return page


def load(home: HomePage) -> None:
    """Load the toolkit and the showcase under `home` (their index pages come from the site's demo)."""
    index = GoodPracticeIndexPage.objects.child_of(home).get()
    practices = load_practices(index)
    load_toolkit(ToolkitPage.objects.child_of(home).get(), practices)
