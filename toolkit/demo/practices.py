"""The five known CLARINET Award entries (content brief): three winners, the Lustenau special mention and the
Lucca entry. Facts come from the brief only; what it does not say (a city, a year, a website) is left empty.
"""

from clarinet_site.demo.images import demo_image
from clarinet_site.demo.utils import translated, upsert_page, write_page
from clarinet_site.models import Theme
from toolkit.models import Category, GoodPracticeImage, GoodPracticeIndexPage, GoodPracticePage, Result

from .chapters import h, p

PRACTICES = [
    {
        "key": "vienna",
        "slug": "give-prejudice-no-chance",
        "title": {
            "en": "Give prejudice no chance",
            "hu": "Ne adj esélyt az előítéletnek",
            "el": "Καμία ευκαιρία στην προκατάληψη",
        },
        "organisation": {"en": "Interface Wien"},
        "city": {"en": "Vienna", "de": "Wien", "it": "Vienna", "hu": "Bécs", "el": "Βιέννη"},
        "country": "AT",
        "category": Category.TRADITIONAL,
        "year": 2015,
        "result": Result.WINNER,
        "themes": ["migrants-as-protagonists", "art", "public-space"],
        "intro": {
            "en": "Young migrants learned photography in a workshop; their pictures became an exhibition and a "
            "poster displayed in Vienna's schools.",
            "hu": "Fiatal migránsok egy műhelyben fotózni tanultak; képeikből kiállítás és a bécsi iskolákba "
            "kikerült plakát lett.",
            "el": "Νέοι μετανάστες έμαθαν φωτογραφία σε ένα εργαστήριο· οι εικόνες τους έγιναν έκθεση και αφίσα "
            "στα σχολεία της Βιέννης.",
        },
        "body": {
            "en": [
                h("What happened"),
                p(
                    "<p>The campaign started with a photo workshop for young migrants. What they chose to "
                    "photograph, and how, became the material of an exhibition. A poster made from the work was "
                    "then displayed in Vienna's schools, where pupils of every background could see it every "
                    "day.</p>"
                ),
                h("What others can learn from it"),
                p(
                    "<p>It won the CLARINET Award in the Traditional Media category (2019). The young people are "
                    "the authors of the pictures, not their subject; the poster then carries their view into "
                    "places the audience passes every day.</p>"
                ),
            ]
        },
        "palette": "sea",
        "alt": {
            "en": "Illustration: overlapping blue and yellow circles joined by white lines.",
            "hu": "Illusztráció: egymást átfedő kék és sárga körök, fehér vonalakkal összekötve.",
            "el": "Εικονογράφηση: επικαλυπτόμενοι μπλε και κίτρινοι κύκλοι ενωμένοι με λευκές γραμμές.",
        },
    },
    {
        "key": "casoris",
        "slug": "stories-of-children-from-around-the-world",
        "title": {
            "en": "Stories of children from around the world",
            "sl": "Zgodbe otrok z vsega sveta",
            "hu": "Gyerekek történetei a világ minden tájáról",
            "el": "Ιστορίες παιδιών από όλο τον κόσμο",
        },
        "organisation": {
            "en": "Časoris, an online newspaper for children",
            "sl": "Časoris, spletni časopis za otroke",
            "hu": "Časoris, online gyermekújság",
            "el": "Časoris, διαδικτυακή εφημερίδα για παιδιά",
        },
        "city": {},
        "country": "SI",
        "category": Category.WEB_SOCIAL,
        "year": 2017,
        "result": Result.WINNER,
        "themes": ["storytelling", "migrants-as-protagonists"],
        "intro": {
            "en": "An online newspaper for children publishes the stories of children who moved to Slovenia, "
            "told for readers of their own age.",
            "hu": "Egy online gyermekújság a Szlovéniába költözött gyerekek történeteit közli, velük egykorú "
            "olvasóknak.",
            "el": "Μια διαδικτυακή εφημερίδα για παιδιά δημοσιεύει τις ιστορίες παιδιών που ήρθαν να ζήσουν στη "
            "Σλοβενία, γραμμένες για αναγνώστες της ηλικίας τους.",
        },
        "body": {
            "en": [
                h("What happened"),
                p(
                    "<p>From 2017, Časoris has published stories of children who moved to Slovenia from other "
                    "countries, written for children and in the newspaper's own tone.</p>"
                ),
                h("What others can learn from it"),
                p(
                    "<p>It won the CLARINET Award in the Web &amp; Social Media category (2019). It speaks to an "
                    "audience campaigns rarely address, children, through a channel they already read, and the "
                    "children who moved are the ones whose stories are told.</p>"
                ),
            ]
        },
        "palette": "forest",
        "alt": {
            "en": "Illustration: green and yellow circles, like speech bubbles, linked by white lines.",
            "hu": "Illusztráció: zöld és sárga körök, mint szövegbuborékok, fehér vonalakkal összekötve.",
            "el": "Εικονογράφηση: πράσινοι και κίτρινοι κύκλοι, σαν συννεφάκια διαλόγου, ενωμένοι με λευκές γραμμές.",
        },
    },
    {
        "key": "turin",
        "slug": "open-mosque",
        "title": {"en": "Open Mosque", "it": "Moschee aperte", "hu": "Nyitott mecset", "el": "Ανοιχτό τζαμί"},
        "organisation": {
            "en": "City of Turin",
            "it": "Città di Torino",
            "hu": "Torino városa",
            "el": "Δήμος Τορίνου",
        },
        "city": {"en": "Turin", "it": "Torino", "de": "Turin", "hu": "Torino", "el": "Τορίνο"},
        "country": "IT",
        "category": Category.PUBLIC_EVENTS,
        "year": 2019,
        "result": Result.WINNER,
        "themes": ["public-space", "empowerment"],
        "intro": {
            "en": "On one Sunday in Ramadan, the mosques and Islamic centres of Turin open their doors to everyone.",
            "hu": "Ramadán egyik vasárnapján Torino mecsetjei és iszlám központjai mindenki előtt megnyitják "
            "kapuikat.",
            "el": "Μια Κυριακή του Ραμαζανιού, τα τζαμιά και τα ισλαμικά κέντρα του Τορίνου ανοίγουν τις πόρτες "
            "τους σε όλους.",
        },
        "body": {
            "en": [
                h("What happened"),
                p(
                    "<p>On one Sunday in Ramadan, the mosques and Islamic centres of Turin are open to everyone. "
                    "Visitors meet the communities in their own places, and the communities are the hosts. The "
                    "edition of 2019 was the third.</p>"
                ),
                h("What others can learn from it"),
                p(
                    "<p>It won the CLARINET Award in the Public Events category (2019). The city sets the frame "
                    "and the communities do the welcoming: an open door reaches people who would never come to a "
                    "conference on integration.</p>"
                ),
            ]
        },
        "palette": "dusk",
        "alt": {
            "en": "Illustration: purple, red and gold circles around a ring of small golden dots.",
            "hu": "Illusztráció: lila, piros és arany körök egy kis aranypöttyökből álló gyűrű körül.",
            "el": "Εικονογράφηση: μωβ, κόκκινοι και χρυσοί κύκλοι γύρω από ένα δαχτυλίδι από μικρές χρυσές κουκκίδες.",
        },
    },
    {
        "key": "lustenau",
        "slug": "8-stories-8-faces",
        "title": {
            "en": "8 stories, 8 faces",
            "de": "8 Geschichten, 8 Gesichter",
            "hu": "8 történet, 8 arc",
            "el": "8 ιστορίες, 8 πρόσωπα",
        },
        "organisation": {
            "en": "Market Town of Lustenau",
            "de": "Marktgemeinde Lustenau",
            "hu": "Lustenau mezőváros",
            "el": "Κωμόπολη Lustenau",
        },
        "city": {"en": "Lustenau"},
        "country": "AT",
        "category": Category.PUBLIC_EVENTS,
        "year": None,
        "result": Result.SPECIAL_MENTION,
        "themes": ["storytelling", "migrants-as-protagonists", "art"],
        "intro": {
            "en": "Young migrants' stories and portraits, shown together in an exhibition in their town.",
            "hu": "Fiatal migránsok történetei és portréi, együtt kiállítva a saját városukban.",
            "el": "Ιστορίες και πορτρέτα νέων μεταναστών, μαζί σε μια έκθεση στην πόλη τους.",
        },
        "body": {
            "en": [
                h("What happened"),
                p(
                    "<p>Young migrants in Lustenau told their stories, and each story was shown with a portrait "
                    "of its author in an exhibition: visitors met faces and voices rather than a category.</p>"
                ),
                h("A special mention"),
                p(
                    "<p>The jury of the CLARINET Award gave the campaign one of its special mentions (2019). The "
                    "year the exhibition was held is not given here because we could not confirm it.</p>"
                ),
            ]
        },
        "palette": "earth",
        "alt": {
            "en": "Illustration: warm brown and orange circles with green accents, joined by white lines.",
            "hu": "Illusztráció: meleg barna és narancs körök zöld foltokkal, fehér vonalakkal összekötve.",
            "el": "Εικονογράφηση: ζεστοί καφέ και πορτοκαλί κύκλοι με πράσινες πινελιές, ενωμένοι με λευκές γραμμές.",
        },
    },
    {
        "key": "lucca",
        "slug": "muselakwakaba-the-one-who-moves",
        "title": {
            "en": "Muselakwakaba – The One Who Moves",
            "it": "Muselakwakaba – Colui che si muove",
            "hu": "Muselakwakaba – Aki úton van",
            "el": "Muselakwakaba – Αυτός που κινείται",
        },
        "organisation": {
            "en": "Municipality of Lucca",
            "it": "Comune di Lucca",
            "hu": "Lucca önkormányzata",
            "el": "Δήμος Λούκα",
        },
        "city": {"en": "Lucca", "el": "Λούκα"},
        "country": "IT",
        "category": Category.PUBLIC_EVENTS,
        "year": None,
        "result": Result.ENTRY,
        "themes": ["art", "storytelling"],
        "intro": {
            "en": "A theatre and education project of the Municipality of Lucca about migrants as citizens.",
            "hu": "Lucca önkormányzatának színházi és oktatási projektje a migránsokról mint polgárokról.",
            "el": "Ένα θεατρικό και εκπαιδευτικό έργο του Δήμου Λούκα για τους μετανάστες ως πολίτες.",
        },
        "body": {
            "en": [
                h("What happened"),
                p(
                    '<p>Muselakwakaba, "the one who moves", is a theatre and education project. Its themes are '
                    "art, migrants as citizens, and storytelling. It was entered for the CLARINET Award in "
                    "2019.</p>"
                ),
                p(
                    "<p>We list the category as Public Events because the project was a theatre event; its year "
                    "is not given here because we could not confirm it.</p>"
                ),
            ]
        },
        "palette": "sea",
        "alt": {
            "en": "Illustration: blue circles like stage lights over a pale background, crossed by white routes.",
            "hu": "Illusztráció: színpadi fényekre emlékeztető kék körök világos háttéren, fehér útvonalakkal.",
            "el": "Εικονογράφηση: μπλε κύκλοι σαν φώτα σκηνής σε ανοιχτόχρωμο φόντο, με λευκές διαδρομές.",
        },
    },
]

INDEX_BODY = {
    "en": [
        p(
            "<p>The European CLARINET Award looked for the best public communication campaigns of local "
            "authorities on migration and integration. 53 eligible campaigns from across the European Union "
            "entered; a jury of partners and experts chose a winner in each of three categories and gave "
            "special mentions. The prizes were presented on 23 November 2019 at the Museu Picasso in "
            "Barcelona. Only the entries we can describe with confirmed facts are shown here.</p>"
        )
    ],
    "hu": [
        p(
            "<p>Az európai CLARINET-díj az önkormányzatok migrációról és integrációról szóló legjobb "
            "kommunikációs kampányait kereste. Az Európai Unió egész területéről 53 érvényes pályázat érkezett; "
            "a partnerekből és szakértőkből álló zsűri mindhárom kategóriában díjazottat választott, és "
            "különdíjakat is adott. A díjakat 2019. november 23-án adták át Barcelonában, a Museu Picassóban. "
            "Itt csak azokat a pályázatokat mutatjuk be, amelyekről megerősített tényeink vannak.</p>"
        )
    ],
    "el": [
        p(
            "<p>Το ευρωπαϊκό Βραβείο CLARINET αναζήτησε τις καλύτερες εκστρατείες δημόσιας επικοινωνίας τοπικών "
            "αρχών για τη μετανάστευση και την ένταξη. Υποβλήθηκαν 53 επιλέξιμες εκστρατείες από όλη την "
            "Ευρωπαϊκή Ένωση· μια επιτροπή εταίρων και ειδικών επέλεξε έναν νικητή σε καθεμία από τις τρεις "
            "κατηγορίες και απένειμε ειδικές μνείες. Τα βραβεία δόθηκαν στις 23 Νοεμβρίου 2019 στο Museu Picasso "
            "της Βαρκελώνης. Εδώ παρουσιάζονται μόνο οι συμμετοχές για τις οποίες έχουμε επιβεβαιωμένα "
            "στοιχεία.</p>"
        )
    ],
    "it": [
        p(
            "<p>Il Premio europeo CLARINET ha cercato le migliori campagne di comunicazione pubblica degli enti "
            "locali su migrazione e integrazione. Hanno partecipato 53 campagne ammissibili da tutta l'Unione "
            "europea; una giuria di partner ed esperti ha scelto un vincitore in ciascuna delle tre categorie e "
            "ha assegnato menzioni speciali. I premi sono stati consegnati il 23 novembre 2019 al Museu Picasso "
            "di Barcellona. Qui sono presentate solo le candidature che possiamo descrivere con fatti "
            "confermati.</p>"
        )
    ],
    "de": [
        p(
            "<p>Der Europäische CLARINET-Preis suchte die besten öffentlichen Kommunikationskampagnen von "
            "Gemeinden über Migration und Integration. 53 zulässige Kampagnen aus der ganzen Europäischen Union "
            "nahmen teil; eine Jury aus Partnern und Fachleuten wählte in jeder der drei Kategorien eine "
            "Siegerkampagne und vergab besondere Erwähnungen. Die Preise wurden am 23. November 2019 im Museu "
            "Picasso in Barcelona überreicht. Hier zeigen wir nur die Einreichungen, die wir mit gesicherten "
            "Fakten beschreiben können.</p>"
        )
    ],
    "sl": [
        p(
            "<p>Evropska nagrada CLARINET je iskala najboljše kampanje javnega komuniciranja lokalnih skupnosti "
            "o migracijah in vključevanju. Prijavljenih je bilo 53 ustreznih kampanj iz vse Evropske unije; "
            "žirija partnerjev in strokovnjakov je v vsaki od treh kategorij izbrala zmagovalca in podelila "
            "posebna priznanja. Nagrade so bile podeljene 23. novembra 2019 v muzeju Museu Picasso v Barceloni. "
            "Tu predstavljamo le prijave, ki jih lahko opišemo s potrjenimi dejstvi.</p>"
        )
    ],
    "ro": [
        p(
            "<p>Premiul european CLARINET a căutat cele mai bune campanii de comunicare publică ale "
            "autorităților locale despre migrație și integrare. S-au înscris 53 de campanii eligibile din "
            "întreaga Uniune Europeană; un juriu format din parteneri și experți a ales câte un câștigător în "
            "fiecare dintre cele trei categorii și a acordat mențiuni speciale. Premiile au fost decernate pe 23 "
            "noiembrie 2019 la Museu Picasso din Barcelona. Aici sunt prezentate doar înscrierile pe care le "
            "putem descrie cu fapte confirmate.</p>"
        )
    ],
    "bg": [
        p(
            "<p>Европейската награда CLARINET търсеше най-добрите публични комуникационни кампании на местни "
            "власти за миграцията и интеграцията. Участваха 53 допустими кампании от целия Европейски съюз; "
            "жури от партньори и експерти избра победител във всяка от трите категории и присъди специални "
            "отличия. Наградите бяха връчени на 23 ноември 2019 г. в Музея „Пикасо“ в Барселона. Тук са "
            "показани само участниците, които можем да опишем с потвърдени факти.</p>"
        )
    ],
}


CAPTION = {
    "en": "An illustration drawn for this website, not a photograph of the campaign.",
    "hu": "A weboldal számára készült illusztráció, nem a kampány fényképe.",
    "el": "Εικονογράφηση για αυτόν τον ιστότοπο, όχι φωτογραφία της εκστρατείας.",
}


def load_practices(index: GoodPracticeIndexPage) -> dict[str, GoodPracticePage]:
    """Create the missing known practices under `index` (and its body, when new); return them by key."""
    write_page(index, **translated("body", INDEX_BODY))

    themes = {theme.slug: theme for theme in Theme.objects.all()}
    pages = {}
    for spec in PRACTICES:
        image = demo_image(f"Illustration: {spec['title']['en']}", spec["alt"], spec["palette"])
        page = upsert_page(
            index,
            GoodPracticePage,
            spec["slug"],
            **translated("title", spec["title"]),
            **translated("intro", spec["intro"]),
            **translated("organisation", spec["organisation"]),
            **translated("city", spec["city"]),
            **translated("body", spec["body"]),
            country=spec["country"],
            category=spec["category"],
            year=spec["year"],
            result=spec["result"],
            listing_image=image,
            themes=[themes[slug] for slug in spec["themes"] if slug in themes],
            gallery_images=[GoodPracticeImage(image=image, **translated("caption", CAPTION))],
        )
        pages[spec["key"]] = page
    return pages
