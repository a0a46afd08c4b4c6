"""Texts of the demo's standard, section and contact pages, in menu order (facts from the content brief)."""

from campaigns.models import CampaignIndexPage, TrainingIndexPage
from clarinet_site.demo.contact import INTRO as CONTACT_INTRO
from clarinet_site.demo.contact import retention_months
from clarinet_site.models import ContactPage
from news.models import DownloadsPage, NewsIndexPage
from toolkit.models import GoodPracticeIndexPage, ToolkitPage


def h(text: str, level: str = "h2") -> tuple:
    return ("heading", {"text": text, "level": level})


def p(html: str) -> tuple:
    return ("paragraph", html)


ABOUT = {
    "slug": "about",
    "menu": True,
    "title": {
        "en": "About the project",
        "it": "Il progetto",
        "de": "Über das Projekt",
        "sl": "O projektu",
        "el": "Σχετικά με το έργο",
        "ro": "Despre proiect",
        "bg": "За проекта",
        "hu": "A projektről",
    },
    "slugs": {
        "it": "il-progetto",
        "de": "ueber-das-projekt",
        "sl": "o-projektu",
        "el": "σχετικά-με-το-έργο",
        "ro": "despre-proiect",
        "bg": "за-проекта",
        "hu": "a-projektrol",
    },
    "intro": {
        "en": "Why eight border towns set out to change how Europe talks about migration, and how they do it.",
        "hu": "Miért vállalta nyolc határ menti település, hogy megváltoztatja, hogyan beszél Európa a "
        "migrációról, és hogyan teszik ezt.",
        "el": "Γιατί οκτώ παραμεθόριοι δήμοι αποφάσισαν να αλλάξουν τον τρόπο που η Ευρώπη μιλά για τη "
        "μετανάστευση, και πώς το κάνουν.",
    },
    "body": {
        "en": [
            h("Aim"),
            p(
                "<p>CLARINET (Communication of Local AuthoRities for INtegration in European Towns) aims to raise "
                "EU citizens' awareness of the contribution migrants make to European societies. Local "
                "authorities are the level of government closest to people, and what they say about migration "
                "shapes how neighbours see each other.</p>"
            ),
            h("Objectives"),
            p(
                "<ol><li><b>Identify and promote good practices</b> of local authorities in public communication "
                "campaigns on migration and integration, at EU level.</li><li><b>Empower border local "
                "authorities</b> to run evidence-based campaigns, through on-the-job training and "
                "support.</li></ol>"
            ),
            h("What the project produces"),
            p(
                "<ul><li>The European CLARINET Award for local authorities' communication campaigns.</li>"
                "<li>The Positive Storytelling Toolkit, built from the campaigns that entered the Award.</li>"
                "<li>Eight training programmes, eight artist residencies and eight local communication "
                "campaigns.</li><li>This web platform, in eight languages, with a map of good practices.</li></ul>"
            ),
            h("Three migration routes"),
            p(
                "<p>The partner towns lie on three routes that bring people to Europe: the Central Mediterranean "
                "route (Italy), the Western Balkans route (Slovenia, Hungary, Bulgaria, Romania and Austria) and "
                "the Eastern Mediterranean route (Greece and Cyprus).</p>"
            ),
            h("The partnership"),
            p(
                "<p>Nineteen organisations take part: eight border local authorities, nine civil-society "
                "organisations and two international networks. The lead partner is the Municipality of "
                "Lampedusa and Linosa in Sicily; Africa e Mediterraneo in Bologna runs the secretariat, the Award "
                "and the Toolkit.</p>"
            ),
            h("Funding and duration"),
            p(
                "<p>CLARINET is funded by the European Union's Asylum, Migration and Integration Fund (AMIF "
                "2014-2020, Union Actions) under grant agreement 821562. It was planned to run from 1 January "
                "2019 to 31 December 2021; its results seminar took place on 18 June 2022 in Procida, Italy, "
                "after the project was extended.</p>"
            ),
        ],
        "hu": [
            h("Cél"),
            p(
                "<p>A CLARINET (Communication of Local AuthoRities for INtegration in European Towns) célja, hogy "
                "az uniós polgárok jobban lássák, mivel járulnak hozzá a migránsok az európai társadalmakhoz. Az "
                "önkormányzatok állnak a legközelebb az emberekhez, és az, ahogyan a migrációról beszélnek, "
                "alakítja, hogyan látják egymást a szomszédok.</p>"
            ),
            h("Célkitűzések"),
            p(
                "<ol><li><b>Jó gyakorlatok felkutatása és népszerűsítése:</b> önkormányzatok migrációról és "
                "integrációról szóló kommunikációs kampányai uniós szinten.</li><li><b>A határ menti "
                "önkormányzatok megerősítése</b>, hogy tényeken alapuló kampányokat vigyenek, munka közbeni "
                "képzéssel és támogatással.</li></ol>"
            ),
            h("Amit a projekt létrehoz"),
            p(
                "<ul><li>Az európai CLARINET-díj önkormányzatok kommunikációs kampányainak.</li><li>A Pozitív "
                "történetmesélés eszköztára, a díjra benevezett kampányok alapján.</li><li>Nyolc képzési "
                "program, nyolc művészrezidencia és nyolc helyi kommunikációs kampány.</li><li>Ez a nyolcnyelvű "
                "webes platform a jó gyakorlatok térképével.</li></ul>"
            ),
            h("Három migrációs útvonal"),
            p(
                "<p>A partnertelepülések három útvonal mentén fekszenek: a közép-mediterrán (Olaszország), a "
                "nyugat-balkáni (Szlovénia, Magyarország, Bulgária, Románia és Ausztria) és a kelet-mediterrán "
                "útvonal (Görögország és Ciprus).</p>"
            ),
            h("A partnerség"),
            p(
                "<p>Tizenkilenc szervezet vesz részt: nyolc határ menti önkormányzat, kilenc civil szervezet és "
                "két nemzetközi hálózat. A vezető partner Lampedusa és Linosa önkormányzata Szicíliában; a "
                "titkárságot, a díjat és az eszköztárat a bolognai Africa e Mediterraneo gondozza.</p>"
            ),
            h("Finanszírozás és időtartam"),
            p(
                "<p>A CLARINET-et az Európai Unió Menekültügyi, Migrációs és Integrációs Alapja (AMIF 2014-2020, "
                "uniós intézkedések) finanszírozza, a támogatási megállapodás száma 821562. A projekt 2019. "
                "január 1. és 2021. december 31. közé volt tervezve; eredményeit 2022. június 18-án, az olaszországi "
                "Procidában mutatta be, miután meghosszabbították.</p>"
            ),
        ],
        "el": [
            h("Σκοπός"),
            p(
                "<p>Το CLARINET (Communication of Local AuthoRities for INtegration in European Towns) έχει σκοπό "
                "να ευαισθητοποιήσει τους πολίτες της ΕΕ για τη συμβολή των μεταναστών στις ευρωπαϊκές κοινωνίες. "
                "Οι τοπικές αρχές είναι το επίπεδο διοίκησης πιο κοντά στους ανθρώπους, και ό,τι λένε για τη "
                "μετανάστευση διαμορφώνει το πώς βλέπουν οι γείτονες ο ένας τον άλλον.</p>"
            ),
            h("Στόχοι"),
            p(
                "<ol><li><b>Εντοπισμός και προβολή καλών πρακτικών</b> των τοπικών αρχών σε εκστρατείες δημόσιας "
                "επικοινωνίας για τη μετανάστευση και την ένταξη, σε επίπεδο ΕΕ.</li><li><b>Ενδυνάμωση των "
                "παραμεθόριων τοπικών αρχών</b> ώστε να υλοποιούν εκστρατείες βασισμένες σε στοιχεία, με "
                "εκπαίδευση στην πράξη και υποστήριξη.</li></ol>"
            ),
            h("Τι παράγει το έργο"),
            p(
                "<ul><li>Το Ευρωπαϊκό Βραβείο CLARINET για τις εκστρατείες επικοινωνίας των τοπικών αρχών.</li>"
                "<li>Την Εργαλειοθήκη Θετικής Αφήγησης, βασισμένη στις εκστρατείες που διαγωνίστηκαν.</li>"
                "<li>Οκτώ προγράμματα εκπαίδευσης, οκτώ καλλιτεχνικές φιλοξενίες και οκτώ τοπικές εκστρατείες "
                "επικοινωνίας.</li><li>Αυτή την πλατφόρμα σε οκτώ γλώσσες, με χάρτη καλών πρακτικών.</li></ul>"
            ),
            h("Τρεις μεταναστευτικές διαδρομές"),
            p(
                "<p>Οι πόλεις-εταίροι βρίσκονται σε τρεις διαδρομές: την Κεντρική Μεσόγειο (Ιταλία), τα Δυτικά "
                "Βαλκάνια (Σλοβενία, Ουγγαρία, Βουλγαρία, Ρουμανία και Αυστρία) και την Ανατολική Μεσόγειο "
                "(Ελλάδα και Κύπρος).</p>"
            ),
            h("Η σύμπραξη"),
            p(
                "<p>Συμμετέχουν δεκαεννέα οργανισμοί: οκτώ παραμεθόριες τοπικές αρχές, εννέα οργανώσεις της "
                "κοινωνίας των πολιτών και δύο διεθνή δίκτυα. Επικεφαλής εταίρος είναι ο Δήμος Λαμπεντούζας και "
                "Λινόζας στη Σικελία· η Africa e Mediterraneo στη Μπολόνια έχει τη γραμματεία, το Βραβείο και την "
                "Εργαλειοθήκη.</p>"
            ),
            h("Χρηματοδότηση και διάρκεια"),
            p(
                "<p>Το CLARINET χρηματοδοτείται από το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης της Ευρωπαϊκής "
                "Ένωσης (AMIF 2014-2020, δράσεις της Ένωσης), με συμφωνία επιχορήγησης 821562. Είχε σχεδιαστεί από "
                "την 1η Ιανουαρίου 2019 έως τις 31 Δεκεμβρίου 2021· το σεμινάριο αποτελεσμάτων έγινε στις 18 "
                "Ιουνίου 2022 στην Πρότσιντα της Ιταλίας, μετά από παράταση.</p>"
            ),
        ],
    },
}

PARTNERS = {
    "slug": "partners",
    "menu": True,
    "title": {
        "en": "Partners",
        "it": "Partner",
        "de": "Partner",
        "sl": "Partnerji",
        "el": "Εταίροι",
        "ro": "Parteneri",
        "bg": "Партньори",
        "hu": "Partnerek",
    },
    "slugs": {
        "it": "partner",
        "de": "partner",
        "sl": "partnerji",
        "el": "εταίροι",
        "ro": "parteneri",
        "bg": "партньори",
        "hu": "partnerek",
    },
    "intro": {
        "en": "The organisations behind CLARINET, country by country. Partners not yet confirmed are not listed.",
        "hu": "A CLARINET mögött álló szervezetek országonként. A még meg nem erősített partnereket nem "
        "soroljuk fel.",
        "el": "Οι οργανισμοί πίσω από το CLARINET, ανά χώρα. Οι εταίροι που δεν έχουν επιβεβαιωθεί δεν "
        "αναφέρονται.",
    },
    "body": {"en": [("partners", None)]},
}

CONTACT_RETENTION_MONTHS = retention_months()

PRIVACY = {
    "slug": "privacy",
    "title": {
        "en": "Privacy notice",
        "it": "Informativa sulla privacy",
        "de": "Datenschutzhinweis",
        "sl": "Obvestilo o zasebnosti",
        "el": "Δήλωση απορρήτου",
        "ro": "Notă de confidențialitate",
        "bg": "Декларация за поверителност",
        "hu": "Adatvédelmi tájékoztató",
    },
    "slugs": {
        "it": "privacy",
        "de": "datenschutz",
        "sl": "zasebnost",
        "el": "απόρρητο",
        "ro": "confidentialitate",
        "bg": "поверителност",
        "hu": "adatvedelem",
    },
    "intro": {
        "en": "What this website keeps about you, why, and for how long.",
        "hu": "Mit őriz meg Önről ez a weboldal, miért és meddig.",
        "el": "Τι κρατά αυτός ο ιστότοπος για εσάς, γιατί και για πόσο καιρό.",
    },
    "body": {
        "en": [
            h("No tracking"),
            p(
                "<p>This website uses no analytics and loads nothing from other servers. Videos from other "
                "websites load only when you press their play button. It sets no cookies, with one exception: "
                "the contact page sets a security cookie called <code>csrftoken</code>, which protects the form "
                "against forged submissions from other websites. It holds a random value, nothing about you, "
                "and is not used to follow you.</p>"
            ),
            h("Messages sent through the contact form"),
            p(
                "<p>When you write to the project coordinator, we keep what you type in the form (your name, "
                "e-mail address, organisation if you give it, the topic and your message), the language of the "
                "page you wrote from and the time you sent it. We keep them for one reason: to read and answer "
                "your message.</p>"
            ),
            p(
                "<p>Your message is stored on the website's server and sent by e-mail to the project "
                "coordinator only; we never send e-mails to the address you give except to answer you, never "
                "share your message and never add you to a mailing list. People who may read messages in the "
                "website's administration area are the coordinator and the site administrators.</p>"
            ),
            p(
                f"<p>Messages are kept for {CONTACT_RETENTION_MONTHS} months and then deleted automatically from "
                "the website; the coordinator deletes the e-mail copies within the same period. To limit abuse, "
                "the address of your internet connection is counted for at most one hour; it is not stored with "
                "your message.</p>"
            ),
            h("Your rights"),
            p(
                "<p>Under the General Data Protection Regulation you may ask to see, correct or delete what we "
                "keep about you. Write to coordinator@example.org.</p>"
            ),
        ],
        "hu": [
            h("Nincs követés"),
            p(
                "<p>A weboldal nem használ látogatottságmérést, és semmit sem tölt be más szerverekről. Más "
                "oldalak videói csak akkor töltődnek be, ha megnyomja a lejátszás gombot. Sütit nem állít be, "
                "egy kivétellel: a kapcsolatfelvételi oldal egy <code>csrftoken</code> nevű biztonsági sütit "
                "használ, amely megvédi az űrlapot a más oldalakról hamisított beküldésektől. Ez egy véletlen "
                "értéket tartalmaz, semmit sem Önről, és nem követi Önt.</p>"
            ),
            h("A kapcsolatfelvételi űrlapon küldött üzenetek"),
            p(
                "<p>Ha ír a projekt koordinátorának, megőrizzük, amit az űrlapon megad (nevét, e-mail-címét, "
                "szervezetét, ha megadja, a témát és az üzenetét), annak az oldalnak a nyelvét, ahonnan írt, és "
                "a küldés idejét. Egyetlen célból őrizzük meg őket: hogy elolvassuk az üzenetét és "
                "válaszoljunk rá.</p>"
            ),
            p(
                "<p>Üzenetét a weboldal szerverén tároljuk, és e-mailben kizárólag a projekt koordinátorának "
                "küldjük el. A megadott címre csak a válaszunkat küldjük, üzenetét senkivel nem osztjuk meg, és "
                "nem vesszük fel levelezőlistára. Az adminisztrációs felületen az üzeneteket csak a koordinátor "
                "és az oldal adminisztrátorai olvashatják.</p>"
            ),
            p(
                f"<p>Az üzeneteket {CONTACT_RETENTION_MONTHS} hónapig őrizzük meg, utána a weboldal "
                "automatikusan törli őket; a koordinátor az e-mail-másolatokat ugyanezen időn belül törli. A "
                "visszaélések korlátozására internetkapcsolata címét legfeljebb egy óráig számláljuk; ezt nem "
                "tároljuk az üzenetével együtt.</p>"
            ),
            h("Az Ön jogai"),
            p(
                "<p>Az általános adatvédelmi rendelet alapján kérheti, hogy megtekintse, helyesbítse vagy "
                "töröltesse az Önről tárolt adatokat. Írjon a coordinator@example.org címre.</p>"
            ),
        ],
        "el": [
            h("Χωρίς παρακολούθηση"),
            p(
                "<p>Ο ιστότοπος δεν χρησιμοποιεί εργαλεία στατιστικών και δεν φορτώνει τίποτα από άλλους "
                "διακομιστές. Τα βίντεο άλλων ιστοτόπων φορτώνουν μόνο όταν πατήσετε το κουμπί αναπαραγωγής. Δεν "
                "ορίζει cookies, με μία εξαίρεση: η σελίδα επικοινωνίας ορίζει ένα cookie ασφαλείας με όνομα "
                "<code>csrftoken</code>, που προστατεύει τη φόρμα από πλαστές υποβολές από άλλους ιστοτόπους. "
                "Περιέχει μια τυχαία τιμή, τίποτα για εσάς, και δεν χρησιμοποιείται για να σας "
                "παρακολουθεί.</p>"
            ),
            h("Μηνύματα μέσω της φόρμας επικοινωνίας"),
            p(
                "<p>Όταν γράφετε στον συντονιστή του έργου, κρατάμε ό,τι συμπληρώνετε στη φόρμα (το όνομα, τη "
                "διεύθυνση e-mail, τον οργανισμό σας αν τον δώσετε, το θέμα και το μήνυμά σας), τη γλώσσα της "
                "σελίδας από την οποία γράψατε και την ώρα αποστολής. Τα κρατάμε για έναν μόνο λόγο: για να "
                "διαβάσουμε και να απαντήσουμε στο μήνυμά σας.</p>"
            ),
            p(
                "<p>Το μήνυμά σας αποθηκεύεται στον διακομιστή του ιστοτόπου και αποστέλλεται με e-mail μόνο "
                "στον συντονιστή του έργου. Στη διεύθυνση που δίνετε στέλνουμε μόνο την απάντησή μας, δεν "
                "κοινοποιούμε το μήνυμά σας και δεν σας προσθέτουμε σε λίστα αλληλογραφίας. Στον χώρο διαχείρισης "
                "τα μηνύματα τα διαβάζουν μόνο ο συντονιστής και οι διαχειριστές του ιστοτόπου.</p>"
            ),
            p(
                f"<p>Τα μηνύματα φυλάσσονται για {CONTACT_RETENTION_MONTHS} μήνες και έπειτα διαγράφονται "
                "αυτόματα από τον ιστότοπο· ο συντονιστής διαγράφει τα αντίγραφα e-mail μέσα στο ίδιο διάστημα. "
                "Για τον περιορισμό της κατάχρησης, η διεύθυνση της σύνδεσής σας στο διαδίκτυο καταμετράται το "
                "πολύ για μία ώρα· δεν αποθηκεύεται μαζί με το μήνυμά σας.</p>"
            ),
            h("Τα δικαιώματά σας"),
            p(
                "<p>Σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων μπορείτε να ζητήσετε να δείτε, "
                "να διορθώσετε ή να διαγράψετε ό,τι κρατάμε για εσάς. Γράψτε στο coordinator@example.org.</p>"
            ),
        ],
    },
}

ACCESSIBILITY = {
    "slug": "accessibility",
    "title": {
        "en": "Accessibility statement",
        "it": "Dichiarazione di accessibilità",
        "de": "Erklärung zur Barrierefreiheit",
        "sl": "Izjava o dostopnosti",
        "el": "Δήλωση προσβασιμότητας",
        "ro": "Declarație de accesibilitate",
        "bg": "Декларация за достъпност",
        "hu": "Akadálymentességi nyilatkozat",
    },
    "slugs": {
        "it": "accessibilita",
        "de": "barrierefreiheit",
        "sl": "dostopnost",
        "el": "προσβασιμότητα",
        "ro": "accesibilitate",
        "bg": "достъпност",
        "hu": "akadalymentesseg",
    },
    "intro": {"en": "We want everyone to be able to use this website."},
    "body": {
        "en": [
            h("Standard"),
            p(
                "<p>This website aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, "
                "as required of public-sector websites by Directive (EU) 2016/2102.</p>"
            ),
            h("What we do"),
            p(
                "<ul><li>Every page can be used with a keyboard alone and with a screen reader.</li><li>Text can be "
                "enlarged to 200 % and the layout works on screens 320 pixels wide.</li><li>Every informative "
                "image has a text alternative; videos load only on request and come with a description.</li>"
                "<li>Each page is tested automatically for WCAG 2.1 A and AA issues before release.</li></ul>"
            ),
            h("Known limitations"),
            p(
                "<p>Some older documents in the downloads library are PDF files that may not be fully "
                "accessible. Ask us for an accessible version and we will provide one.</p>"
            ),
            h("Feedback"),
            p(
                "<p>If you find a barrier on this website, please tell us through the contact page or at "
                "coordinator@example.org. We aim to answer within 10 working days.</p>"
            ),
        ]
    },
}

LEGAL = {
    "slug": "legal-notice",
    "title": {
        "en": "Legal notice and funding",
        "it": "Note legali e finanziamento",
        "de": "Impressum und Förderung",
        "sl": "Pravno obvestilo in financiranje",
        "el": "Νομική σημείωση και χρηματοδότηση",
        "ro": "Notă juridică și finanțare",
        "bg": "Правна информация и финансиране",
        "hu": "Jogi nyilatkozat és finanszírozás",
    },
    "slugs": {
        "it": "note-legali",
        "de": "impressum",
        "sl": "pravno-obvestilo",
        "el": "νομική-σημείωση",
        "ro": "nota-juridica",
        "bg": "правна-информация",
        "hu": "jogi-nyilatkozat",
    },
    "intro": {"en": "Who publishes this website and who funds the project."},
    "body": {
        "en": [
            h("Publisher"),
            p(
                "<p>This website is published by the CLARINET partnership, led by the Municipality of Lampedusa "
                "and Linosa (Italy). Contact: coordinator@example.org.</p>"
            ),
            h("Funding"),
            p(
                "<p>CLARINET is funded by the European Union's Asylum, Migration and Integration Fund (AMIF "
                "2014-2020, Union Actions), grant agreement 821562.</p>"
            ),
            h("Disclaimer"),
            p(
                "<p>The content of this website represents the views of the authors only and is their sole "
                "responsibility. The European Commission does not accept any responsibility for use that may be "
                "made of the information it contains.</p>"
            ),
        ]
    },
}

SECTIONS = [
    {
        "slug": "toolkit",
        "model": ToolkitPage,
        "menu": True,
        "title": {
            "en": "Toolkit",
            "it": "Toolkit",
            "de": "Toolkit",
            "sl": "Priročnik",
            "el": "Εργαλειοθήκη",
            "ro": "Ghid",
            "bg": "Наръчник",
            "hu": "Eszköztár",
        },
        "slugs": {
            "it": "toolkit",
            "de": "toolkit",
            "sl": "prirocnik",
            "el": "εργαλειοθήκη",
            "ro": "ghid",
            "bg": "наръчник",
            "hu": "eszkoztar",
        },
        "intro": {
            "en": "The Positive Storytelling Toolkit: how to run a communication campaign on migration.",
            "hu": "A Pozitív történetmesélés eszköztára: hogyan vigyünk kommunikációs kampányt a "
            "migrációról.",
            "el": "Η Εργαλειοθήκη Θετικής Αφήγησης: πώς να οργανώσετε μια εκστρατεία επικοινωνίας για "
            "τη μετανάστευση.",
        },
    },
    {
        "slug": "good-practices",
        "model": GoodPracticeIndexPage,
        "menu": True,
        "title": {
            "en": "Good practices",
            "it": "Buone pratiche",
            "de": "Gute Praxis",
            "sl": "Dobre prakse",
            "el": "Καλές πρακτικές",
            "ro": "Bune practici",
            "bg": "Добри практики",
            "hu": "Jó gyakorlatok",
        },
        "slugs": {
            "it": "buone-pratiche",
            "de": "gute-praxis",
            "sl": "dobre-prakse",
            "el": "καλές-πρακτικές",
            "ro": "bune-practici",
            "bg": "добри-практики",
            "hu": "jo-gyakorlatok",
        },
        "intro": {"en": "The campaigns of European local authorities that entered the CLARINET Award."},
    },
    {
        "slug": "trainings",
        "model": TrainingIndexPage,
        "menu": True,
        "title": {
            "en": "Trainings",
            "it": "Formazione",
            "de": "Schulungen",
            "sl": "Usposabljanja",
            "el": "Εκπαιδεύσεις",
            "ro": "Formări",
            "bg": "Обучения",
            "hu": "Képzések",
        },
        "slugs": {
            "it": "formazione",
            "de": "schulungen",
            "sl": "usposabljanja",
            "el": "εκπαιδεύσεις",
            "ro": "formari",
            "bg": "обучения",
            "hu": "kepzesek",
        },
        "intro": {"en": "On-the-job training for staff of border local authorities."},
    },
    {
        "slug": "campaigns",
        "model": CampaignIndexPage,
        "menu": True,
        "title": {
            "en": "Campaigns",
            "it": "Campagne",
            "de": "Kampagnen",
            "sl": "Kampanje",
            "el": "Εκστρατείες",
            "ro": "Campanii",
            "bg": "Кампании",
            "hu": "Kampányok",
        },
        "slugs": {
            "it": "campagne",
            "de": "kampagnen",
            "sl": "kampanje",
            "el": "εκστρατείες",
            "ro": "campanii",
            "bg": "кампании",
            "hu": "kampanyok",
        },
        "intro": {"en": "Local communication campaigns and artist residencies in the partner towns."},
    },
    {
        "slug": "news",
        "model": NewsIndexPage,
        "menu": True,
        "title": {
            "en": "News",
            "it": "Notizie",
            "de": "Neuigkeiten",
            "sl": "Novice",
            "el": "Νέα",
            "ro": "Știri",
            "bg": "Новини",
            "hu": "Hírek",
        },
        "slugs": {
            "it": "notizie",
            "de": "neuigkeiten",
            "sl": "novice",
            "el": "νέα",
            "ro": "stiri",
            "bg": "новини",
            "hu": "hirek",
        },
        "intro": {"en": "News and events from the CLARINET partnership."},
    },
    {
        "slug": "downloads",
        "model": DownloadsPage,
        "menu": True,
        "title": {
            "en": "Downloads",
            "it": "Download",
            "de": "Downloads",
            "sl": "Prenosi",
            "el": "Λήψεις",
            "ro": "Descărcări",
            "bg": "Изтегляния",
            "hu": "Letöltések",
        },
        "slugs": {
            "it": "download",
            "de": "downloads",
            "sl": "prenosi",
            "el": "λήψεις",
            "ro": "descarcari",
            "bg": "изтегляния",
            "hu": "letoltesek",
        },
        "intro": {"en": "The project's documents: the toolkit, Award rules, training materials and reports."},
    },
]

CONTACT = {
    "slug": "contact",
    "model": ContactPage,
    "menu": True,
    "title": {
        "en": "Contact",
        "it": "Contatti",
        "de": "Kontakt",
        "sl": "Kontakt",
        "el": "Επικοινωνία",
        "ro": "Contact",
        "bg": "Контакт",
        "hu": "Kapcsolat",
    },
    "slugs": {
        "it": "contatti",
        "de": "kontakt",
        "sl": "kontakt",
        "el": "επικοινωνία",
        "ro": "contact",
        "bg": "контакт",
        "hu": "kapcsolat",
    },
    "intro": CONTACT_INTRO,
}

PAGES = [ABOUT, *SECTIONS, PARTNERS, CONTACT, PRIVACY, ACCESSIBILITY, LEGAL]
