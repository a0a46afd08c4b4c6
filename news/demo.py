"""Demo content of the news app: five news items and events, and the downloads library's documents.

Facts come from the content brief; the sentences are our own. No private person appears: roles only.
Running `load` again creates only what is missing and changes nothing editors have touched.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction, Page

from clarinet_site.demo.images import demo_image
from clarinet_site.demo.utils import current_run, fill, translated, upsert_page
from clarinet_site.models import CustomDocument, HomePage, Theme

from .demo_pdf import make_pdf
from .models import NewsIndexPage, NewsPage


def paragraph(html: str) -> tuple:
    return ("paragraph", html)


NEWS = [
    {
        "slug": "award-ceremony-barcelona",
        "date": datetime.date(2019, 11, 23),
        "event": (datetime.date(2019, 11, 23), None),
        "country": "ES",
        "place": {
            "en": "Museu Picasso, Barcelona",
            "it": "Museu Picasso, Barcellona",
            "el": "Museu Picasso, Βαρκελώνη",
            "hu": "Museu Picasso, Barcelona",
        },
        "themes": ["storytelling", "migrants-as-protagonists"],
        "palette": "dusk",
        "title": {
            "en": "CLARINET Award ceremony in Barcelona",
            "it": "Cerimonia del Premio CLARINET a Barcellona",
            "el": "Τελετή απονομής του Βραβείου CLARINET στη Βαρκελώνη",
            "hu": "A CLARINET-díj átadása Barcelonában",
        },
        "slugs": {
            "it": "cerimonia-premio-barcellona",
            "el": "τελετή-βραβείου-βαρκελώνη",
            "hu": "dijatadas-barcelona",
        },
        "intro": {
            "en": "The winners of the European CLARINET Award were announced on 23 November 2019 at the Museu "
            "Picasso in Barcelona, during the general assembly of ECCAR.",
            "it": "I vincitori del Premio europeo CLARINET sono stati annunciati il 23 novembre 2019 al Museu "
            "Picasso di Barcellona, durante l'assemblea generale di ECCAR.",
            "el": "Οι νικητές του Ευρωπαϊκού Βραβείου CLARINET ανακοινώθηκαν στις 23 Νοεμβρίου 2019 στο Museu "
            "Picasso της Βαρκελώνης, κατά τη γενική συνέλευση του ECCAR.",
            "hu": "Az európai CLARINET-díj nyerteseit 2019. november 23-án hirdették ki a barcelonai Museu "
            "Picassóban, az ECCAR közgyűlése alatt.",
        },
        "body": {
            "en": [
                paragraph(
                    "<p>Local authorities from the whole European Union entered their public communication "
                    "campaigns on migration and integration. The jury, made of partners and experts, looked at "
                    "53 eligible campaigns in three categories.</p>"
                ),
                paragraph(
                    "<ul><li><b>Traditional Media:</b> “Give prejudice no chance”, Interface Wien, Vienna "
                    "(Austria).</li><li><b>Web &amp; Social Media:</b> “Stories of children from around the "
                    "world”, Časoris, an online newspaper for children (Slovenia).</li><li><b>Public "
                    "Events:</b> “Open Mosque”, City of Turin (Italy).</li></ul>"
                ),
            ],
            "hu": [
                paragraph(
                    "<p>Az Európai Unió minden részéről neveztek önkormányzatok migrációról és integrációról "
                    "szóló kommunikációs kampányokkal. A partnerekből és szakértőkből álló zsűri három "
                    "kategóriában 53 érvényes pályázatot értékelt.</p>"
                ),
            ],
        },
    },
    {
        "slug": "constanta-training-completed",
        "date": datetime.date(2021, 2, 12),
        "event": None,
        "themes": ["empowerment", "local-media"],
        "related": ("campaigns", "trainingpage", "constanta-training"),
        "palette": "sea",
        "title": {
            "en": "Training for Constanța City Hall staff completed",
            "ro": "S-a încheiat programul de formare pentru personalul Primăriei Constanța",
        },
        "slugs": {"ro": "formare-constanta-incheiata"},
        "intro": {
            "en": "From December 2020 to February 2021, staff of Constanța City Hall trained in public "
            "communication on migration with the Novapolis Association.",
            "ro": "Din decembrie 2020 până în februarie 2021, personalul Primăriei Constanța s-a format în "
            "comunicarea publică despre migrație împreună cu Asociația Novapolis.",
        },
        "body": {
            "en": [
                paragraph(
                    "<p>The programme mixed lectures, case studies, individual and group exercises and sessions "
                    "on good practices. Guest speakers came from Timișoara, Brașov and Constanța. Next, the "
                    "trained staff design their own local campaign, with support during preparation, "
                    "implementation and evaluation.</p>"
                ),
            ],
            "ro": [
                paragraph(
                    "<p>Programul a îmbinat prelegeri, studii de caz, exerciții individuale și de grup și "
                    "sesiuni despre bune practici, cu invitați din Timișoara, Brașov și Constanța.</p>"
                ),
            ],
        },
    },
    {
        "slug": "constanta-public-event",
        "date": datetime.date(2021, 9, 10),
        "event": (datetime.date(2021, 9, 10), None),
        "country": "RO",
        "place": {code: "Constanța" for code in ("en", "it", "de", "sl", "ro", "hu")},
        "themes": ["art", "public-space"],
        "related": ("campaigns", "campaignpage", "constanta"),
        "palette": "earth",
        "title": {
            "en": "Public event in Constanța: “Migration stories: places, people, communities”",
            "ro": "Eveniment public la Constanța: „Povești despre migrație: locuri, oameni, comunități”",
        },
        "slugs": {"ro": "eveniment-public-constanta"},
        "intro": {
            "en": "An exhibition, music, traditional Dobrogean dance and a debate on the role of local "
            "authorities closed the artist residencies of summer 2021.",
            "ro": "O expoziție, muzică, dans tradițional dobrogean și o dezbatere despre rolul autorităților "
            "locale au încheiat rezidențele artistice din vara anului 2021.",
        },
        "body": {
            "en": [
                paragraph(
                    "<p>In July and August 2021 two artists visited a refugee integration centre and joined a "
                    "language class with migrants. On 10 September 2021 their work was shown to the public in "
                    "Constanța.</p>"
                ),
            ],
        },
    },
    {
        "slug": "kasad-solidarity-day",
        "date": datetime.date(2021, 10, 2),
        "event": (datetime.date(2021, 10, 2), None),
        "country": "HU",
        "place": {"en": "Kásád, Baranya county", "hu": "Kásád, Baranya megye"},
        "themes": ["art", "storytelling"],
        "related": ("campaigns", "campaignpage", "kasad"),
        "palette": "forest",
        "title": {
            "en": "Solidarity day in Kásád",
            "hu": "Szolidaritási nap Kásádon",
        },
        "slugs": {"hu": "szolidaritasi-nap-kasad"},
        "intro": {
            "en": "More than a hundred residents of Kásád and nearby villages spent 2 October 2021 together, "
            "with family programmes and a painting made by everyone.",
            "hu": "Kásád és a környező falvak több mint száz lakója töltötte együtt 2021. október 2-át "
            "családi programokkal és egy közösen készült festménnyel.",
        },
        "body": {
            "en": [
                paragraph(
                    "<p>The day celebrated the Croatian, German, Roma and Hungarian identities of the area. A "
                    "local Roma painter led a co-creative painting, and an interview film with local people "
                    "about migration was shot on 2 and 3 October (coming soon). The date recalls the "
                    "Lampedusa shipwreck of 3 October 2013, proposed as a European Day of Memory and "
                    "Welcome.</p>"
                ),
            ],
            "hu": [
                paragraph(
                    "<p>A nap a környék horvát, német, roma és magyar identitását ünnepelte. Egy helyi roma "
                    "festő vezette a közös festést, és október 2-án és 3-án interjúfilm készült a helyiekkel "
                    "a migrációról (hamarosan). A dátum a 2013. október 3-i lampedusai hajótörésre emlékeztet, "
                    "amelyet az emlékezés és befogadás európai napjának javasoltak.</p>"
                ),
            ],
        },
    },
    {
        "slug": "procida-results-seminar",
        "date": datetime.date(2022, 6, 18),
        "event": (datetime.date(2022, 6, 18), None),
        "country": "IT",
        "place": {**{code: "Procida" for code in ("en", "it", "de", "sl", "ro", "hu")}, "el": "Πρότσιντα"},
        "themes": ["storytelling", "migrants-as-protagonists"],
        "palette": "sea",
        "title": {
            "en": "Results seminar “Migration beyond borders” in Procida",
            "it": "Seminario dei risultati “Migration beyond borders” a Procida",
            "el": "Σεμινάριο αποτελεσμάτων «Migration beyond borders» στην Πρότσιντα",
        },
        "slugs": {"it": "seminario-risultati-procida", "el": "σεμινάριο-αποτελεσμάτων-πρότσιντα"},
        "intro": {
            "en": "On 18 June 2022 the partners met in Procida to present what CLARINET achieved.",
            "it": "Il 18 giugno 2022 i partner si sono incontrati a Procida per presentare i risultati di "
            "CLARINET.",
            "el": "Στις 18 Ιουνίου 2022 οι εταίροι συναντήθηκαν στην Πρότσιντα για να παρουσιάσουν τα "
            "αποτελέσματα του CLARINET.",
        },
        "body": {
            "en": [
                paragraph(
                    "<p>The seminar looked back at the CLARINET Award, the Positive Storytelling Toolkit, the "
                    "trainings for border local authorities and their local campaigns.</p>"
                ),
            ],
        },
    },
]

DOCUMENTS = [
    {
        "title": "CLARINET Award rules: summary",
        "filename": "CLARINET_Award_rules_summary.pdf",
        "language": "en",
        "type": CustomDocument.DocumentType.AWARD,
        "year": 2019,
        "description": {
            "en": "The main rules of the European CLARINET Award in two pages.",
            "hu": "Az európai CLARINET-díj fő szabályai angolul.",
        },
        "text": [
            "A European Award for public communication campaigns of local authorities on migration and "
            "integration.",
            "Open to public authorities in the EU member states, including campaigns run on their behalf. "
            "Deadline: 31 July 2019.",
            "Categories: Web & Social Media; Traditional Media (TV, radio, print, outdoor); Public Events "
            "(exhibitions, workshops, art or sports events).",
        ],
    },
    {
        "title": "A CLARINET-díj szabályzatának összefoglalója",
        "filename": "CLARINET_díj_szabályzat_összefoglaló.pdf",
        "language": "hu",
        "type": CustomDocument.DocumentType.AWARD,
        "year": 2019,
        "description": {
            "en": "The summary of the Award rules in Hungarian.",
            "hu": "Az európai CLARINET-díj fő szabályai magyarul.",
        },
        "text": [
            "Európai díj önkormányzatok migrációról és integrációról szóló kommunikációs kampányainak.",
            "Pályázhattak az EU tagállamainak közigazgatási szervei. Határidő: 2019. július 31.",
            "Kategóriák: web és közösségi média; hagyományos média; nyilvános rendezvények.",
        ],
    },
    {
        "title": "Beszámoló: szolidaritási nap Kásádon, 2021 ősz",
        "filename": "Beszámoló_2021_ősz.pdf",
        "language": "hu",
        "type": CustomDocument.DocumentType.REPORT,
        "year": 2021,
        "description": {
            "en": "A short report, in Hungarian, on the solidarity day in Kásád (2 October 2021).",
            "hu": "Rövid beszámoló a kásádi szolidaritási napról (2021. október 2.).",
        },
        "text": [
            "2021. október 2-án több mint száz lakó vett részt a kásádi szolidaritási napon.",
            "Családi programok, közös festés egy helyi roma festő vezetésével, interjúfilm a migrációról.",
        ],
    },
    {
        "title": "Έκθεση προόδου του έργου CLARINET",
        "filename": "Έκθεση_προόδου.pdf",
        "language": "el",
        "type": CustomDocument.DocumentType.REPORT,
        "year": 2021,
        "description": {
            "en": "A progress report of the project, in Greek.",
            "el": "Έκθεση προόδου του έργου CLARINET.",
        },
        "text": [
            "Το CLARINET συγκεντρώνει 19 οργανισμούς: 8 τοπικές αρχές, 9 οργανώσεις της κοινωνίας των "
            "πολιτών και 2 διεθνή δίκτυα.",
            "Το Ευρωπαϊκό Βραβείο CLARINET απονεμήθηκε στις 23 Νοεμβρίου 2019 στη Βαρκελώνη.",
        ],
    },
    {
        "title": "Programul de formare de la Constanța, pe scurt",
        "filename": "Formare_Constanța_2021.pdf",
        "language": "ro",
        "type": CustomDocument.DocumentType.TRAINING,
        "year": 2021,
        "description": {
            "en": "An outline of the Constanța training programme (December 2020 – February 2021), in Romanian.",
            "ro": "Prezentarea programului de formare de la Constanța (decembrie 2020 – februarie 2021).",
        },
        "text": [
            "Program de formare pentru personalul Primăriei Constanța, organizat de Asociația Novapolis.",
            "Prelegeri, studii de caz, exerciții individuale și de grup, sesiuni despre bune practici.",
        ],
    },
]

PRIVATE_COLLECTION = "Partners only"
PRIVATE_DOCUMENT = {
    "title": "Partner meeting notes (internal)",
    "filename": "partner_meeting_notes.pdf",
    "language": "en",
    "type": CustomDocument.DocumentType.OTHER,
    "year": 2021,
    "description": {"en": "Internal notes for the partners; visitors never see this document."},
    "text": ["Internal working notes of the partnership."],
}


def _related_page(spec: tuple[str, str, str] | None) -> Page | None:
    """Return the live page of the given app, model and English slug, if the campaigns demo created it."""
    if spec is None:
        return None
    app_label, model, slug = spec
    return (
        Page.objects.live()
        .filter(content_type__app_label=app_label, content_type__model=model, slug_en=slug)
        .first()
    )


def load_news(index: NewsIndexPage) -> None:
    """Create the missing demo news pages under `index`."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for spec in NEWS:
        # An abstract pattern adds nothing to the card's title: screen readers skip it (alt="").
        image = demo_image(
            f"News: {spec['title']['en']}"[:80],
            {"en": "An abstract pattern of circles and route lines in the colours of CLARINET."},
            palette=spec["palette"],
            decorative=True,
        )
        start, end = spec["event"] or (None, None)
        fields = {
            **translated("title", spec["title"]),
            **translated("intro", spec["intro"]),
            **translated("slug", spec["slugs"]),
            **translated("body", spec["body"]),
            **translated("event_place", spec.get("place", {})),
            "event_country": spec.get("country", ""),
            "date": spec["date"],
            "event_start": start,
            "event_end": end,
            "listing_image": image,
            "related_page": _related_page(spec.get("related")),
            "themes": [themes[slug] for slug in spec["themes"] if slug in themes],
        }
        upsert_page(index, NewsPage, spec["slug"], **fields)


def _upsert_document(spec: dict, collection: Collection) -> CustomDocument:
    """Create the document with its generated PDF if missing; later runs fill only its empty metadata (all of
    it on a reset), so editors' changes stay."""
    document = CustomDocument.objects.filter(title=spec["title"]).first()
    values = {
        "collection": collection,
        "language": spec["language"],
        "document_type": spec["type"],
        "year": spec["year"],
        **translated("description", spec["description"]),
    }
    if document is None:
        # Complete metadata: listed in the Downloads library (a private collection still hides it).
        document = CustomDocument(title=spec["title"], listed=True, **values)
        document.file.save(
            spec["filename"], ContentFile(make_pdf(spec["title"], spec["text"], spec["language"])), save=False
        )
        document._set_document_file_metadata()
        document.save()
        current_run().note_created(document)
    elif fill(document, values):
        document.save()
    return document


def load_documents() -> None:
    """Create the library's missing documents, and one private document behind a login restriction."""
    root = Collection.get_first_root_node()
    for spec in DOCUMENTS:
        _upsert_document(spec, root)
    private = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if private is None:
        private = root.add_child(name=PRIVATE_COLLECTION)
    CollectionViewRestriction.objects.get_or_create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    _upsert_document(PRIVATE_DOCUMENT, private)


def load(home: HomePage) -> None:
    """Load the news and the documents; the news index and downloads pages already exist under `home`."""
    index = NewsIndexPage.objects.child_of(home).first()
    if index is not None:
        load_news(index.specific)
    load_documents()
