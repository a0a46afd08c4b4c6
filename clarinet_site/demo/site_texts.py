"""Texts of the site-wide demo content in the 8 site languages: home page, theme tags, site settings.

Facts come from the content brief; sentences are our own. Pure data: the loaders are in `site_content`.
"""


def heading(text: str, level: str = "h2") -> tuple:
    """Return a StreamField heading block (`level` h2-h4) as a (block type, value) pair."""
    return ("heading", {"text": text, "level": level})


def paragraph(html: str) -> tuple:
    """Return a StreamField rich-text paragraph block holding `html`."""
    return ("paragraph", html)


HOME_TITLE = {
    "en": "CLARINET: local authorities telling the story of migration",
    "it": "CLARINET: enti locali che raccontano la migrazione",
    "de": "CLARINET: Gemeinden erzählen von Migration",
    "sl": "CLARINET: lokalne skupnosti pripovedujejo o migracijah",
    "el": "CLARINET: οι τοπικές αρχές αφηγούνται τη μετανάστευση",
    "ro": "CLARINET: autoritățile locale povestesc migrația",
    "bg": "CLARINET: местните власти разказват за миграцията",
    "hu": "CLARINET: önkormányzatok mesélnek a migrációról",
}
# The project's name is English in every language: outside English it is marked lang="en" in the body, and the
# hero's plain-text intro (which cannot carry the mark) speaks of the project in the page's own language.
HOME_INTRO = {
    "en": "Communication of Local AuthoRities for INtegration in European Towns: border towns in eight countries "
    "learning to speak about migration and integration with facts and human stories.",
    "it": "Città di confine di otto paesi imparano a parlare di migrazione e integrazione con fatti e storie "
    "umane.",
    "de": "Grenzgemeinden aus acht Ländern lernen, mit Fakten und menschlichen Geschichten über Migration und "
    "Integration zu sprechen.",
    "sl": "Obmejna mesta iz osmih držav se učijo govoriti o migracijah in vključevanju z dejstvi in človeškimi "
    "zgodbami.",
    "el": "Παραμεθόριοι δήμοι σε οκτώ χώρες μαθαίνουν να μιλούν για τη μετανάστευση και την ένταξη με γεγονότα "
    "και ανθρώπινες ιστορίες.",
    "ro": "Orașe de graniță din opt țări învață să vorbească despre migrație și integrare prin fapte și povești "
    "umane.",
    "bg": "Гранични градове от осем страни се учат да говорят за миграцията и интеграцията с факти и човешки "
    "истории.",
    "hu": "Nyolc ország határ menti települései tanulják, hogyan beszéljenek tényekkel és emberi történetekkel a "
    "migrációról és az integrációról.",
}
PROJECT_NAME = '<span lang="en">Communication of Local AuthoRities for INtegration in European Towns</span>'
HOME_BODY = {
    "en": [
        heading("What CLARINET does"),
        paragraph(
            "<p>CLARINET brings together 19 organisations: eight local authorities on Europe's borders, nine "
            "civil-society organisations and two international networks. Together they help European citizens "
            "see what migrants contribute to the places they live in.</p>"
        ),
        heading("Our two objectives", "h3"),
        paragraph(
            "<ol><li>Find and promote the good practices of local authorities in public communication on "
            "migration and integration, across the European Union.</li><li>Give border local authorities the "
            "skills to run evidence-based campaigns, through on-the-job training and expert support.</li></ol>"
        ),
    ],
    "it": [
        heading("Che cosa fa CLARINET"),
        paragraph(
            f"<p>CLARINET ({PROJECT_NAME}, cioè comunicazione degli enti locali per l'integrazione nelle città "
            "europee) riunisce 19 organizzazioni: otto enti locali ai confini dell'Europa, nove organizzazioni "
            "della società civile e due reti internazionali. Insieme aiutano i cittadini europei a vedere che "
            "cosa i migranti apportano ai luoghi in cui vivono.</p>"
        ),
        heading("I nostri due obiettivi", "h3"),
        paragraph(
            "<ol><li>Individuare e promuovere le buone pratiche degli enti locali nella comunicazione pubblica "
            "su migrazione e integrazione, in tutta l'Unione europea.</li><li>Dare agli enti locali di confine "
            "le competenze per realizzare campagne basate su dati concreti, con la formazione sul campo e il "
            "supporto di esperti.</li></ol>"
        ),
    ],
    "de": [
        heading("Was CLARINET macht"),
        paragraph(
            f"<p>CLARINET ({PROJECT_NAME}, also Kommunikation der Gemeinden für Integration in europäischen "
            "Städten) vereint 19 Organisationen: acht Gemeinden an den Grenzen Europas, neun "
            "zivilgesellschaftliche Organisationen und zwei internationale Netzwerke. Gemeinsam zeigen sie den "
            "Bürgerinnen und Bürgern Europas, was Migrantinnen und Migranten zu den Orten beitragen, an denen "
            "sie leben.</p>"
        ),
        heading("Unsere zwei Ziele", "h3"),
        paragraph(
            "<ol><li>Gute Praxis der Gemeinden in der öffentlichen Kommunikation über Migration und Integration "
            "in der ganzen Europäischen Union finden und bekannt machen.</li><li>Gemeinden an den Grenzen "
            "befähigen, faktenbasierte Kampagnen durchzuführen: mit Schulungen in der täglichen Arbeit und "
            "Unterstützung durch Fachleute.</li></ol>"
        ),
    ],
    "sl": [
        heading("Kaj počne CLARINET"),
        paragraph(
            f"<p>CLARINET ({PROJECT_NAME}, torej komuniciranje lokalnih skupnosti za vključevanje v evropskih "
            "mestih) povezuje 19 organizacij: osem lokalnih skupnosti na mejah Evrope, devet organizacij "
            "civilne družbe in dve mednarodni mreži. Skupaj evropskim državljanom pomagajo videti, kaj "
            "migranti prinašajo krajem, v katerih živijo.</p>"
        ),
        heading("Naša dva cilja", "h3"),
        paragraph(
            "<ol><li>Poiskati in predstaviti dobre prakse lokalnih skupnosti pri javnem komuniciranju o "
            "migracijah in vključevanju po vsej Evropski uniji.</li><li>Obmejnim lokalnim skupnostim dati "
            "znanje za kampanje, ki temeljijo na dejstvih, z usposabljanjem ob delu in strokovno "
            "podporo.</li></ol>"
        ),
    ],
    "el": [
        heading("Τι κάνει το CLARINET"),
        paragraph(
            f"<p>Το CLARINET ({PROJECT_NAME}, δηλαδή επικοινωνία των τοπικών αρχών για την ένταξη στις "
            "ευρωπαϊκές πόλεις) ενώνει 19 οργανισμούς: οκτώ τοπικές αρχές στα σύνορα της Ευρώπης, εννέα "
            "οργανώσεις της κοινωνίας των πολιτών και δύο διεθνή δίκτυα. Μαζί βοηθούν τους Ευρωπαίους πολίτες "
            "να δουν τι προσφέρουν οι μετανάστες στους τόπους όπου ζουν.</p>"
        ),
        heading("Οι δύο στόχοι μας", "h3"),
        paragraph(
            "<ol><li>Εντοπισμός και προβολή καλών πρακτικών των τοπικών αρχών στη δημόσια επικοινωνία για τη "
            "μετανάστευση και την ένταξη σε όλη την Ευρωπαϊκή Ένωση.</li><li>Ενδυνάμωση των παραμεθόριων "
            "τοπικών αρχών ώστε να σχεδιάζουν εκστρατείες βασισμένες σε στοιχεία, με εκπαίδευση στην πράξη και "
            "υποστήριξη από ειδικούς.</li></ol>"
        ),
    ],
    "ro": [
        heading("Ce face CLARINET"),
        paragraph(
            f"<p>CLARINET ({PROJECT_NAME}, adică comunicarea autorităților locale pentru integrare în orașele "
            "europene) reunește 19 organizații: opt autorități locale de la granițele Europei, nouă organizații "
            "ale societății civile și două rețele internaționale. Împreună îi ajută pe cetățenii europeni să "
            "vadă ce aduc migranții locurilor în care trăiesc.</p>"
        ),
        heading("Cele două obiective ale noastre", "h3"),
        paragraph(
            "<ol><li>Identificarea și promovarea bunelor practici ale autorităților locale în comunicarea "
            "publică despre migrație și integrare, în întreaga Uniune Europeană.</li><li>Pregătirea "
            "autorităților locale de frontieră pentru campanii bazate pe dovezi, prin formare la locul de muncă "
            "și sprijin din partea experților.</li></ol>"
        ),
    ],
    "bg": [
        heading("Какво прави CLARINET"),
        paragraph(
            f"<p>CLARINET ({PROJECT_NAME}, т.е. комуникация на местните власти за интеграция в европейските "
            "градове) обединява 19 организации: осем местни власти по границите на Европа, девет организации "
            "на гражданското общество и две международни мрежи. Заедно те помагат на европейските граждани да "
            "видят какво дават мигрантите на местата, в които живеят.</p>"
        ),
        heading("Нашите две цели", "h3"),
        paragraph(
            "<ol><li>Да открием и популяризираме добрите практики на местните власти в публичната комуникация "
            "за миграцията и интеграцията в целия Европейски съюз.</li><li>Да дадем на граничните местни "
            "власти уменията да провеждат кампании, основани на доказателства, чрез обучение на работното "
            "място и експертна подкрепа.</li></ol>"
        ),
    ],
    "hu": [
        heading("Mit csinál a CLARINET?"),
        paragraph(
            f"<p>A CLARINET ({PROJECT_NAME}, azaz az önkormányzatok kommunikációja az európai települések "
            "integrációjáért) 19 szervezetet fog össze: nyolc európai határ menti önkormányzatot, kilenc civil "
            "szervezetet és két nemzetközi hálózatot. Közösen segítenek az európai polgároknak meglátni, mivel "
            "járulnak hozzá a migránsok a lakóhelyük közösségéhez.</p>"
        ),
        heading("Két célunk", "h3"),
        paragraph(
            "<ol><li>Az önkormányzatok migrációról és integrációról szóló kommunikációs jó gyakorlatainak "
            "felkutatása és népszerűsítése az Európai Unióban.</li><li>A határ menti önkormányzatok "
            "felkészítése tényeken alapuló kampányokra munka közbeni képzéssel és szakértői "
            "támogatással.</li></ol>"
        ),
    ],
}
HERO_ALT = {
    "en": "Abstract drawing of coloured circles joined by routes, like towns linked across borders.",
    "it": "Disegno astratto di cerchi colorati uniti da percorsi, come città collegate oltre i confini.",
    "de": "Abstrakte Zeichnung farbiger Kreise, durch Wege verbunden wie Orte über Grenzen hinweg.",
    "sl": "Abstraktna risba barvnih krogov, povezanih s potmi, kot kraji, povezani prek meja.",
    "el": "Αφηρημένο σχέδιο με χρωματιστούς κύκλους που ενώνονται με διαδρομές, σαν πόλεις πέρα από σύνορα.",
    "ro": "Desen abstract cu cercuri colorate unite prin trasee, ca niște orașe legate peste granițe.",
    "bg": "Абстрактна рисунка на цветни кръгове, свързани с маршрути, като градове, свързани през границите.",
    "hu": "Absztrakt rajz: útvonalakkal összekötött színes körök, mint határokon átívelő települések.",
}
SECTIONS_HEADING = {
    "en": "Explore the project",
    "it": "Scopri il progetto",
    "de": "Das Projekt entdecken",
    "sl": "Spoznajte projekt",
    "el": "Εξερευνήστε το έργο",
    "ro": "Descoperiți proiectul",
    "bg": "Разгледайте проекта",
    "hu": "Fedezze fel a projektet",
}


THEMES = [
    (
        "storytelling",
        {
            "en": "Storytelling",
            "it": "Storytelling",
            "de": "Storytelling",
            "sl": "Pripovedovanje zgodb",
            "el": "Αφήγηση ιστοριών",
            "ro": "Povestire",
            "bg": "Разказване на истории",
            "hu": "Történetmesélés",
        },
    ),
    (
        "migrants-as-protagonists",
        {
            "en": "Migrants as protagonists",
            "it": "Migranti protagonisti",
            "de": "Migranten als Protagonisten",
            "sl": "Migranti kot protagonisti",
            "el": "Οι μετανάστες πρωταγωνιστές",
            "ro": "Migranții ca protagoniști",
            "bg": "Мигрантите като главни герои",
            "hu": "Migránsok mint főszereplők",
        },
    ),
    (
        "art",
        {
            "en": "Art",
            "it": "Arte",
            "de": "Kunst",
            "sl": "Umetnost",
            "el": "Τέχνη",
            "ro": "Artă",
            "bg": "Изкуство",
            "hu": "Művészet",
        },
    ),
    (
        "humour",
        {
            "en": "Humour",
            "it": "Umorismo",
            "de": "Humor",
            "sl": "Humor",
            "el": "Χιούμορ",
            "ro": "Umor",
            "bg": "Хумор",
            "hu": "Humor",
        },
    ),
    (
        "facts-vs-fake-news",
        {
            "en": "Facts vs fake news",
            "it": "Fatti contro fake news",
            "de": "Fakten statt Falschnachrichten",
            "sl": "Dejstva proti lažnim novicam",
            "el": "Γεγονότα απέναντι στις ψευδείς ειδήσεις",
            "ro": "Fapte contra știrilor false",
            "bg": "Факти срещу фалшиви новини",
            "hu": "Tények az álhírek ellen",
        },
    ),
    (
        "public-space",
        {
            "en": "Public space",
            "it": "Spazio pubblico",
            "de": "Öffentlicher Raum",
            "sl": "Javni prostor",
            "el": "Δημόσιος χώρος",
            "ro": "Spațiul public",
            "bg": "Обществено пространство",
            "hu": "Közterület",
        },
    ),
    (
        "local-media",
        {
            "en": "Local media",
            "it": "Media locali",
            "de": "Lokale Medien",
            "sl": "Lokalni mediji",
            "el": "Τοπικά μέσα",
            "ro": "Presa locală",
            "bg": "Местни медии",
            "hu": "Helyi média",
        },
    ),
    (
        "empowerment",
        {
            "en": "Empowerment",
            "it": "Empowerment",
            "de": "Stärkung",
            "sl": "Opolnomočenje",
            "el": "Ενδυνάμωση",
            "ro": "Împuternicire",
            "bg": "Овластяване",
            "hu": "Megerősítés",
        },
    ),
    (
        "role-play",
        {
            "en": "Role play",
            "it": "Gioco di ruolo",
            "de": "Rollenspiel",
            "sl": "Igra vlog",
            "el": "Παιχνίδι ρόλων",
            "ro": "Joc de rol",
            "bg": "Ролева игра",
            "hu": "Szerepjáték",
        },
    ),
]


FUNDING_STATEMENT = {
    "en": "This project was funded by the European Union's Asylum, Migration and Integration Fund (AMIF).",
    "it": "Questo progetto è stato finanziato dal Fondo Asilo, Migrazione e Integrazione (AMIF) dell'Unione europea.",
    "de": "Dieses Projekt wurde aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union "
    "finanziert.",
    "sl": "Projekt je financiral Sklad za azil, migracije in vključevanje (AMIF) Evropske unije.",
    "el": "Το έργο χρηματοδοτήθηκε από το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης (AMIF) της Ευρωπαϊκής Ένωσης.",
    "ro": "Acest proiect a fost finanțat prin Fondul pentru azil, migrație și integrare (AMIF) al Uniunii Europene.",
    "bg": "Този проект е финансиран от фонд „Убежище, миграция и интеграция“ (AMIF) на Европейския съюз.",
    "hu": "A projektet az Európai Unió Menekültügyi, Migrációs és Integrációs Alapja (AMIF) finanszírozta.",
}
DISCLAIMER = {
    "en": "The content of this website represents the views of the authors only and is their sole responsibility. "
    "The European Commission does not accept any responsibility for use that may be made of the information it "
    "contains.",
    "it": "Il contenuto di questo sito rappresenta esclusivamente il punto di vista degli autori, che ne sono gli "
    "unici responsabili. La Commissione europea non si assume alcuna responsabilità per l'uso che può essere fatto "
    "delle informazioni in esso contenute.",
    "de": "Der Inhalt dieser Website gibt ausschließlich die Meinung der Autorinnen und Autoren wieder, die dafür "
    "allein verantwortlich sind. Die Europäische Kommission übernimmt keine Verantwortung für die Verwendung der "
    "darin enthaltenen Informationen.",
    "sl": "Vsebina tega spletnega mesta izraža zgolj stališča avtorjev, ki so zanjo izključno odgovorni. Evropska "
    "komisija ne prevzema nobene odgovornosti za uporabo informacij, ki jih vsebuje.",
    "el": "Το περιεχόμενο αυτού του ιστότοπου εκφράζει αποκλειστικά τις απόψεις των συντακτών του, οι οποίοι φέρουν "
    "την αποκλειστική ευθύνη. Η Ευρωπαϊκή Επιτροπή δεν φέρει καμία ευθύνη για οποιαδήποτε χρήση των πληροφοριών "
    "που περιέχει.",
    "ro": "Conținutul acestui site reprezintă exclusiv opiniile autorilor, care poartă întreaga răspundere pentru "
    "acesta. Comisia Europeană nu își asumă nicio responsabilitate pentru modul în care pot fi folosite "
    "informațiile pe care le conține.",
    "bg": "Съдържанието на този уебсайт отразява единствено възгледите на авторите, които носят пълната "
    "отговорност за него. Европейската комисия не носи отговорност за начина, по който може да бъде използвана "
    "съдържащата се в него информация.",
    "hu": "A honlap tartalma kizárólag a szerzők nézeteit tükrözi, és azért kizárólag ők felelnek. Az Európai "
    "Bizottság nem vállal felelősséget a benne foglalt információk bármilyen felhasználásáért.",
}
# The project's name is an English acronym; each language also gets the name's meaning in its own words.
PROJECT_FULL_NAME = {
    "en": "Communication of Local AuthoRities for INtegration in European Towns",
    "it": "Comunicazione degli enti locali per l'integrazione nelle città europee",
    "de": "Kommunikation der Gemeinden für Integration in europäischen Städten",
    "sl": "Komuniciranje lokalnih skupnosti za vključevanje v evropskih mestih",
    "el": "Επικοινωνία των τοπικών αρχών για την ένταξη στις ευρωπαϊκές πόλεις",
    "ro": "Comunicarea autorităților locale pentru integrare în orașele europene",
    "bg": "Комуникация на местните власти за интеграция в европейските градове",
    "hu": "Az önkormányzatok kommunikációja az európai települések integrációjáért",
}
COORDINATOR_ROLE = {
    "en": "Project coordinator",
    "it": "Coordinamento del progetto",
    "de": "Projektkoordination",
    "sl": "Koordinator projekta",
    "el": "Συντονισμός έργου",
    "ro": "Coordonatorul proiectului",
    "bg": "Координатор на проекта",
    "hu": "Projektkoordinátor",
}
