"""Texts of the demo's standard, section and contact pages, in menu order (facts from the content brief)."""

from campaigns.models import CampaignIndexPage, TrainingIndexPage
from clarinet_site.demo.contact import INTRO as CONTACT_INTRO
from clarinet_site.demo.contact import retention_months
from clarinet_site.demo.site_texts import PROJECT_NAME
from clarinet_site.models import ContactPage
from news.models import DownloadsPage, NewsIndexPage
from toolkit.models import GoodPracticeIndexPage, ToolkitPage


def h(text: str, level: str = "h2") -> tuple:
    return ("heading", {"text": text, "level": level})


def p(html: str) -> tuple:
    return ("paragraph", html)


# Names that stay in their own language inside a translation are marked, so screen readers switch voice.
AFRICA_E_MEDITERRANEO = '<span lang="it">Africa e Mediterraneo</span>'


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
        "en": "Why eight border towns set out to change how Europe talks about migration, and how they do "
        "it.",
        "hu": "Miért vállalta nyolc határ menti település, hogy megváltoztatja, hogyan beszél Európa a "
        "migrációról, és hogyan teszik ezt.",
        "el": "Γιατί οκτώ παραμεθόριοι δήμοι αποφάσισαν να αλλάξουν τον τρόπο που η Ευρώπη μιλά για τη "
        "μετανάστευση, και πώς το κάνουν.",
        "it": "Perché otto città di confine hanno deciso di cambiare il modo in cui l'Europa parla di "
        "migrazione, e come lo fanno.",
        "de": "Warum sich acht Grenzorte vorgenommen haben, zu verändern, wie Europa über Migration "
        "spricht, und wie sie es tun.",
        "sl": "Zakaj se je osem obmejnih mest odločilo spremeniti, kako Evropa govori o migracijah, in kako "
        "to počnejo.",
        "ro": "De ce opt orașe de graniță și-au propus să schimbe felul în care Europa vorbește despre "
        "migrație, și cum o fac.",
        "bg": "Защо осем гранични града решиха да променят начина, по който Европа говори за миграцията, и "
        "как го правят.",
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
                f"<p>A CLARINET ({PROJECT_NAME}) célja, hogy "
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
                f"titkárságot, a díjat és az eszköztárat a bolognai {AFRICA_E_MEDITERRANEO} gondozza.</p>"
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
                f"<p>Το CLARINET ({PROJECT_NAME}) έχει σκοπό "
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
                f"Λινόζας στη Σικελία· η {AFRICA_E_MEDITERRANEO} στη Μπολόνια έχει τη γραμματεία, το Βραβείο και την "
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
        "it": [
            h("Finalità"),
            p(
                f"<p>CLARINET ({PROJECT_NAME}) vuole rendere i cittadini dell'Unione europea più consapevoli del "
                "contributo che i migranti danno alle società europee. Gli enti locali sono il livello di governo "
                "più vicino alle persone, e ciò che dicono sulla migrazione influenza il modo in cui i vicini di "
                "casa si guardano l'un l'altro.</p>"
            ),
            h("Obiettivi"),
            p(
                "<ol><li><b>Individuare e promuovere le buone pratiche</b> degli enti locali nelle campagne di "
                "comunicazione pubblica su migrazione e integrazione, a livello europeo.</li><li><b>Rafforzare "
                "gli enti locali di confine</b> perché realizzino campagne basate su dati concreti, grazie alla "
                "formazione sul campo e al supporto di esperti.</li></ol>"
            ),
            h("Che cosa produce il progetto"),
            p(
                "<ul><li>Il Premio europeo CLARINET per le campagne di comunicazione degli enti locali.</li>"
                "<li>Il toolkit per lo storytelling positivo, costruito a partire dalle campagne candidate al "
                "Premio.</li><li>Otto programmi di formazione, otto residenze d'artista e otto campagne di "
                "comunicazione locali.</li><li>Questa piattaforma web in otto lingue, con una mappa delle buone "
                "pratiche.</li></ul>"
            ),
            h("Tre rotte migratorie"),
            p(
                "<p>Le città partner si trovano lungo tre rotte che portano le persone in Europa: la rotta del "
                "Mediterraneo centrale (Italia), quella dei Balcani occidentali (Slovenia, Ungheria, Bulgaria, "
                "Romania e Austria) e quella del Mediterraneo orientale (Grecia e Cipro).</p>"
            ),
            h("Il partenariato"),
            p(
                "<p>Partecipano diciannove organizzazioni: otto enti locali di confine, nove organizzazioni della "
                "società civile e due reti internazionali. Capofila è il Comune di Lampedusa e Linosa, in "
                "Sicilia; Africa e Mediterraneo, a Bologna, cura la segreteria, il Premio e il toolkit.</p>"
            ),
            h("Finanziamento e durata"),
            p(
                "<p>CLARINET è finanziato dal Fondo Asilo, Migrazione e Integrazione dell'Unione europea (AMIF "
                "2014-2020, azioni dell'Unione), con la convenzione di sovvenzione 821562. Era previsto dal 1° "
                "gennaio 2019 al 31 dicembre 2021; il seminario sui risultati si è tenuto il 18 giugno 2022 a "
                "Procida, dopo la proroga del progetto.</p>"
            ),
        ],
        "de": [
            h("Anliegen"),
            p(
                f"<p>CLARINET ({PROJECT_NAME}) will den Bürgerinnen und Bürgern der EU bewusst machen, was "
                "Migrantinnen und Migranten zu den europäischen Gesellschaften beitragen. Gemeinden sind die "
                "staatliche Ebene, die den Menschen am nächsten ist, und wie sie über Migration sprechen, prägt, "
                "wie Nachbarn einander sehen.</p>"
            ),
            h("Ziele"),
            p(
                "<ol><li><b>Gute Praxis finden und bekannt machen:</b> öffentliche Kommunikationskampagnen von "
                "Gemeinden über Migration und Integration, auf EU-Ebene.</li><li><b>Gemeinden an den Grenzen "
                "stärken</b>, damit sie faktenbasierte Kampagnen durchführen, mit Schulungen in der täglichen "
                "Arbeit und fachlicher Begleitung.</li></ol>"
            ),
            h("Was das Projekt schafft"),
            p(
                "<ul><li>Den Europäischen CLARINET-Preis für Kommunikationskampagnen von Gemeinden.</li><li>Das "
                "Toolkit für positives Storytelling, entwickelt aus den Kampagnen, die am Preis teilgenommen "
                "haben.</li><li>Acht Schulungsprogramme, acht Künstlerresidenzen und acht lokale "
                "Kommunikationskampagnen.</li><li>Diese Webplattform in acht Sprachen, mit einer Karte guter "
                "Praxis.</li></ul>"
            ),
            h("Drei Migrationsrouten"),
            p(
                "<p>Die Partnerorte liegen an drei Routen, auf denen Menschen nach Europa kommen: der zentralen "
                "Mittelmeerroute (Italien), der Westbalkanroute (Slowenien, Ungarn, Bulgarien, Rumänien und "
                "Österreich) und der östlichen Mittelmeerroute (Griechenland und Zypern).</p>"
            ),
            h("Die Partnerschaft"),
            p(
                "<p>Neunzehn Organisationen machen mit: acht Gemeinden an den Grenzen, neun zivilgesellschaftliche "
                "Organisationen und zwei internationale Netzwerke. Federführend ist die Gemeinde Lampedusa und "
                f"Linosa auf Sizilien; {AFRICA_E_MEDITERRANEO} in Bologna führt das Sekretariat und betreut den "
                "Preis und das Toolkit.</p>"
            ),
            h("Förderung und Laufzeit"),
            p(
                "<p>CLARINET wird aus dem Asyl-, Migrations- und Integrationsfonds der Europäischen Union gefördert "
                "(AMIF 2014-2020, Maßnahmen der Union), Finanzhilfevereinbarung 821562. Geplant war es vom 1. "
                "Januar 2019 bis zum 31. Dezember 2021; das Seminar zu den Ergebnissen fand nach einer "
                "Verlängerung des Projekts am 18. Juni 2022 in Procida (Italien) statt.</p>"
            ),
        ],
        "sl": [
            h("Namen"),
            p(
                f"<p>CLARINET ({PROJECT_NAME}) želi državljane EU ozavestiti o tem, kaj migranti prispevajo "
                "evropskim družbam. Lokalne skupnosti so raven oblasti, ki je ljudem najbližja, in to, kar "
                "govorijo o migracijah, oblikuje, kako sosedje vidijo drug drugega.</p>"
            ),
            h("Cilji"),
            p(
                "<ol><li><b>Poiskati in predstaviti dobre prakse</b> lokalnih skupnosti v kampanjah javnega "
                "komuniciranja o migracijah in vključevanju na ravni EU.</li><li><b>Okrepiti obmejne lokalne "
                "skupnosti</b>, da bodo izvajale kampanje, ki temeljijo na dejstvih, z usposabljanjem ob delu in "
                "podporo.</li></ol>"
            ),
            h("Kaj projekt ustvari"),
            p(
                "<ul><li>Evropsko nagrado CLARINET za komunikacijske kampanje lokalnih skupnosti.</li><li>Priročnik "
                "za pozitivno pripovedovanje zgodb, nastal na podlagi kampanj, prijavljenih na nagrado.</li><li>Osem "
                "programov usposabljanja, osem umetniških rezidenc in osem lokalnih komunikacijskih "
                "kampanj.</li><li>To spletno platformo v osmih jezikih z zemljevidom dobrih praks.</li></ul>"
            ),
            h("Tri migracijske poti"),
            p(
                "<p>Partnerska mesta ležijo ob treh poteh, po katerih ljudje prihajajo v Evropo: osrednji "
                "sredozemski poti (Italija), zahodnobalkanski poti (Slovenija, Madžarska, Bolgarija, Romunija in "
                "Avstrija) in vzhodni sredozemski poti (Grčija in Ciper).</p>"
            ),
            h("Partnerstvo"),
            p(
                "<p>Sodeluje devetnajst organizacij: osem obmejnih lokalnih skupnosti, devet organizacij civilne "
                "družbe in dve mednarodni mreži. Vodilni partner je Občina Lampedusa in Linosa na Siciliji; "
                f"{AFRICA_E_MEDITERRANEO} iz Bologne vodi sekretariat, nagrado in priročnik.</p>"
            ),
            h("Financiranje in trajanje"),
            p(
                "<p>CLARINET financira Sklad Evropske unije za azil, migracije in vključevanje (AMIF 2014-2020, "
                "ukrepi Unije) na podlagi sporazuma o dodelitvi nepovratnih sredstev 821562. Projekt je bil "
                "načrtovan od 1. januarja 2019 do 31. decembra 2021; seminar o rezultatih je bil po podaljšanju "
                "projekta 18. junija 2022 v Procidi v Italiji.</p>"
            ),
        ],
        "ro": [
            h("Scop"),
            p(
                f"<p>CLARINET ({PROJECT_NAME}) urmărește ca cetățenii UE să cunoască mai bine contribuția "
                "migranților la societățile europene. Autoritățile locale sunt nivelul de guvernare cel mai "
                "apropiat de oameni, iar ceea ce spun despre migrație influențează felul în care vecinii se privesc "
                "unii pe alții.</p>"
            ),
            h("Obiective"),
            p(
                "<ol><li><b>Identificarea și promovarea bunelor practici</b> ale autorităților locale în campaniile "
                "de comunicare publică despre migrație și integrare, la nivelul UE.</li><li><b>Consolidarea "
                "autorităților locale de frontieră</b>, pentru ca acestea să desfășoare campanii bazate pe dovezi, "
                "prin formare la locul de muncă și sprijin.</li></ol>"
            ),
            h("Ce realizează proiectul"),
            p(
                "<ul><li>Premiul european CLARINET pentru campaniile de comunicare ale autorităților "
                "locale.</li><li>Ghidul pentru povestiri pozitive, construit pe baza campaniilor înscrise la "
                "Premiu.</li><li>Opt programe de formare, opt rezidențe artistice și opt campanii locale de "
                "comunicare.</li><li>Această platformă web în opt limbi, cu o hartă a bunelor practici.</li></ul>"
            ),
            h("Trei rute migratorii"),
            p(
                "<p>Orașele partenere se află pe trei rute pe care oamenii ajung în Europa: ruta Mediteranei "
                "Centrale (Italia), ruta Balcanilor de Vest (Slovenia, Ungaria, Bulgaria, România și Austria) și "
                "ruta Mediteranei de Est (Grecia și Cipru).</p>"
            ),
            h("Parteneriatul"),
            p(
                "<p>Participă nouăsprezece organizații: opt autorități locale de frontieră, nouă organizații ale "
                "societății civile și două rețele internaționale. Partenerul principal este Municipalitatea "
                f"Lampedusa și Linosa din Sicilia; {AFRICA_E_MEDITERRANEO} din Bologna se ocupă de secretariat, "
                "de Premiu și de Ghid.</p>"
            ),
            h("Finanțare și durată"),
            p(
                "<p>CLARINET este finanțat prin Fondul pentru azil, migrație și integrare al Uniunii Europene "
                "(AMIF 2014-2020, acțiuni ale Uniunii), în baza acordului de grant 821562. Proiectul era planificat "
                "între 1 ianuarie 2019 și 31 decembrie 2021; seminarul de prezentare a rezultatelor a avut loc pe "
                "18 iunie 2022 la Procida, în Italia, după prelungirea proiectului.</p>"
            ),
        ],
        "bg": [
            h("Цел"),
            p(
                f"<p>CLARINET ({PROJECT_NAME}) има за цел да покаже на гражданите на ЕС какъв е приносът на "
                "мигрантите за европейските общества. Местните власти са равнището на управление, което е "
                "най-близо до хората, и това, което те казват за миграцията, определя как съседите гледат един "
                "на друг.</p>"
            ),
            h("Задачи"),
            p(
                "<ol><li><b>Да открие и популяризира добрите практики</b> на местните власти в публичните "
                "комуникационни кампании за миграцията и интеграцията на равнище ЕС.</li><li><b>Да укрепи "
                "граничните местни власти</b>, за да провеждат кампании, основани на доказателства, чрез обучение "
                "на работното място и подкрепа.</li></ol>"
            ),
            h("Какво създава проектът"),
            p(
                "<ul><li>Европейската награда CLARINET за комуникационни кампании на местни власти.</li><li>Наръчника "
                "за позитивно разказване на истории, създаден въз основа на кампаниите, участвали в "
                "наградата.</li><li>Осем програми за обучение, осем артистични резиденции и осем местни "
                "комуникационни кампании.</li><li>Тази уеб платформа на осем езика с карта на добрите "
                "практики.</li></ul>"
            ),
            h("Три миграционни маршрута"),
            p(
                "<p>Партньорските градове се намират по три маршрута, по които хората идват в Европа: "
                "централносредиземноморския (Италия), западнобалканския (Словения, Унгария, България, Румъния и "
                "Австрия) и източносредиземноморския (Гърция и Кипър).</p>"
            ),
            h("Партньорството"),
            p(
                "<p>Участват деветнадесет организации: осем гранични местни власти, девет организации на "
                "гражданското общество и две международни мрежи. Водещ партньор е Община Лампедуза и Линоза в "
                f"Сицилия; {AFRICA_E_MEDITERRANEO} от Болоня отговаря за секретариата, наградата и "
                "наръчника.</p>"
            ),
            h("Финансиране и продължителност"),
            p(
                "<p>CLARINET се финансира от фонд „Убежище, миграция и интеграция“ на Европейския съюз (AMIF "
                "2014-2020, действия на Съюза) по споразумение за безвъзмездна помощ 821562. Проектът беше "
                "планиран от 1 януари 2019 г. до 31 декември 2021 г.; семинарът за резултатите се проведе на 18 "
                "юни 2022 г. в Прочида, Италия, след удължаване на проекта.</p>"
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
        "en": "The organisations behind CLARINET, country by country. Partners not yet confirmed are not "
        "listed.",
        "hu": "A CLARINET mögött álló szervezetek országonként. A még meg nem erősített partnereket nem "
        "soroljuk fel.",
        "el": "Οι οργανισμοί πίσω από το CLARINET, ανά χώρα. Οι εταίροι που δεν έχουν επιβεβαιωθεί δεν "
        "αναφέρονται.",
        "it": "Le organizzazioni che fanno CLARINET, paese per paese. I partner non ancora confermati non "
        "sono elencati.",
        "de": "Die Organisationen hinter CLARINET, nach Ländern geordnet. Noch nicht bestätigte Partner "
        "sind nicht aufgeführt.",
        "sl": "Organizacije, ki stojijo za projektom CLARINET, po državah. Partnerji, ki še niso potrjeni, "
        "niso navedeni.",
        "ro": "Organizațiile din spatele proiectului CLARINET, țară cu țară. Partenerii încă neconfirmați "
        "nu sunt incluși.",
        "bg": "Организациите зад CLARINET, по държави. Партньорите, които още не са потвърдени, не са "
        "включени.",
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
        "it": "Che cosa conserva di voi questo sito, perché e per quanto tempo.",
        "de": "Was diese Website über Sie speichert, warum und wie lange.",
        "sl": "Kaj to spletno mesto hrani o vas, zakaj in kako dolgo.",
        "ro": "Ce păstrează acest site despre dumneavoastră, de ce și cât timp.",
        "bg": "Какво пази този уебсайт за вас, защо и колко дълго.",
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
    "intro": {
        "en": "We want everyone to be able to use this website.",
        "it": "Vogliamo che tutti possano usare questo sito.",
        "de": "Wir möchten, dass alle diese Website nutzen können.",
        "sl": "Želimo, da bi to spletno mesto lahko uporabljal vsak.",
        "el": "Θέλουμε όλοι να μπορούν να χρησιμοποιούν αυτόν τον ιστότοπο.",
        "ro": "Vrem ca oricine să poată folosi acest site.",
        "bg": "Искаме всеки да може да използва този уебсайт.",
        "hu": "Szeretnénk, ha mindenki használhatná ezt a weboldalt.",
    },
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
    "intro": {
        "en": "Who publishes this website and who funds the project.",
        "it": "Chi pubblica questo sito e chi finanzia il progetto.",
        "de": "Wer diese Website herausgibt und wer das Projekt finanziert.",
        "sl": "Kdo izdaja to spletno mesto in kdo financira projekt.",
        "el": "Ποιος δημοσιεύει αυτόν τον ιστότοπο και ποιος χρηματοδοτεί το έργο.",
        "ro": "Cine publică acest site și cine finanțează proiectul.",
        "bg": "Кой публикува този уебсайт и кой финансира проекта.",
        "hu": "Ki adja ki ezt a weboldalt, és ki finanszírozza a projektet.",
    },
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
            "en": "The Positive Storytelling Toolkit: how to run a communication campaign on migration, "
            "learned from the 53 campaigns that entered the CLARINET Award.",
            "it": "Il toolkit per lo storytelling positivo: come realizzare una campagna di comunicazione "
            "sulla migrazione, con quanto appreso dalle 53 campagne candidate al Premio CLARINET.",
            "de": "Das Toolkit für positives Storytelling: wie man eine Kommunikationskampagne über "
            "Migration durchführt, gelernt aus den 53 Kampagnen, die am CLARINET-Preis teilgenommen haben.",
            "sl": "Priročnik za pozitivno pripovedovanje zgodb: kako izvesti komunikacijsko kampanjo o "
            "migracijah, po izkušnjah 53 kampanj, prijavljenih na nagrado CLARINET.",
            "el": "Η Εργαλειοθήκη Θετικής Αφήγησης: πώς να οργανώσετε μια εκστρατεία επικοινωνίας για τη "
            "μετανάστευση, με όσα μάθαμε από τις 53 εκστρατείες του Βραβείου CLARINET.",
            "ro": "Ghidul pentru povestiri pozitive: cum să desfășurați o campanie de comunicare despre "
            "migrație, pe baza celor 53 de campanii înscrise la Premiul CLARINET.",
            "bg": "Наръчникът за позитивно разказване на истории: как да проведете комуникационна кампания "
            "за миграцията, според опита на 53-те кампании, участвали в наградата CLARINET.",
            "hu": "A Pozitív történetmesélés eszköztára: hogyan vigyünk kommunikációs kampányt a "
            "migrációról – a CLARINET-díjra benevezett 53 kampány tanulságai alapján.",
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
        "intro": {
            "en": "The campaigns of European local authorities that entered the CLARINET Award in 2019: "
            "find the ones that are like yours by country, category, theme or result.",
            "it": "Le campagne di enti locali europei candidate al Premio CLARINET nel 2019: trovate quelle "
            "simili alla vostra per paese, categoria, tema o risultato.",
            "de": "Die Kampagnen europäischer Gemeinden, die 2019 am CLARINET-Preis teilgenommen haben: "
            "Finden Sie die, die Ihrer ähneln, nach Land, Kategorie, Thema oder Ergebnis.",
            "sl": "Kampanje evropskih lokalnih skupnosti, prijavljene na nagrado CLARINET leta 2019: "
            "poiščite tiste, ki so podobne vaši, po državi, kategoriji, temi ali rezultatu.",
            "el": "Οι εκστρατείες ευρωπαϊκών τοπικών αρχών που διαγωνίστηκαν για το Βραβείο CLARINET το "
            "2019: βρείτε όσες μοιάζουν με τη δική σας ανά χώρα, κατηγορία, θέμα ή αποτέλεσμα.",
            "ro": "Campaniile autorităților locale europene înscrise la Premiul CLARINET în 2019: găsiți-le "
            "pe cele asemănătoare cu a dumneavoastră după țară, categorie, temă sau rezultat.",
            "bg": "Кампаниите на европейски местни власти, участвали в наградата CLARINET през 2019 г.: "
            "намерете подобните на вашата по държава, категория, тема или резултат.",
            "hu": "Európai önkormányzatok kampányai, amelyek 2019-ben részt vettek a CLARINET-díj "
            "pályázatán: keresse meg az önéhez hasonlókat ország, kategória, téma vagy eredmény szerint.",
        },
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
        "intro": {
            "en": "On-the-job training for staff of border local authorities.",
            "it": "Formazione sul campo per il personale degli enti locali di confine.",
            "de": "Schulungen in der täglichen Arbeit für Mitarbeitende von Gemeinden an den Grenzen.",
            "sl": "Usposabljanje ob delu za zaposlene v obmejnih lokalnih skupnostih.",
            "el": "Εκπαίδευση στην πράξη για το προσωπικό των παραμεθόριων τοπικών αρχών.",
            "ro": "Formare la locul de muncă pentru personalul autorităților locale de frontieră.",
            "bg": "Обучение на работното място за служители на гранични местни власти.",
            "hu": "Munka közbeni képzés a határ menti önkormányzatok munkatársainak.",
        },
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
        "intro": {
            "en": "Local communication campaigns and artist residencies in the partner towns.",
            "it": "Campagne di comunicazione locali e residenze d'artista nelle città partner.",
            "de": "Lokale Kommunikationskampagnen und Künstlerresidenzen in den Partnerorten.",
            "sl": "Lokalne komunikacijske kampanje in umetniške rezidence v partnerskih mestih.",
            "el": "Τοπικές εκστρατείες επικοινωνίας και καλλιτεχνικές φιλοξενίες στις πόλεις-εταίρους.",
            "ro": "Campanii locale de comunicare și rezidențe artistice în orașele partenere.",
            "bg": "Местни комуникационни кампании и артистични резиденции в партньорските градове.",
            "hu": "Helyi kommunikációs kampányok és művészeti rezidenciák a partnertelepüléseken.",
        },
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
        "intro": {
            "en": "News and events from the CLARINET partnership.",
            "it": "Notizie ed eventi dal partenariato CLARINET.",
            "de": "Neuigkeiten und Veranstaltungen aus der CLARINET-Partnerschaft.",
            "sl": "Novice in dogodki partnerstva CLARINET.",
            "el": "Νέα και εκδηλώσεις από τη σύμπραξη CLARINET.",
            "ro": "Știri și evenimente din parteneriatul CLARINET.",
            "bg": "Новини и събития от партньорството CLARINET.",
            "hu": "Hírek és események a CLARINET-partnerségtől.",
        },
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
        "intro": {
            "en": "The project's documents: the toolkit, Award rules, training materials and reports.",
            "it": "I documenti del progetto: il toolkit, il regolamento del Premio, i materiali di "
            "formazione e i rapporti.",
            "de": "Die Dokumente des Projekts: das Toolkit, die Regeln des Preises, Schulungsunterlagen und "
            "Berichte.",
            "sl": "Dokumenti projekta: priročnik, pravila nagrade, gradiva za usposabljanje in poročila.",
            "el": "Τα έγγραφα του έργου: η εργαλειοθήκη, ο κανονισμός του Βραβείου, εκπαιδευτικό υλικό και "
            "εκθέσεις.",
            "ro": "Documentele proiectului: ghidul, regulamentul Premiului, materiale de formare și "
            "rapoarte.",
            "bg": "Документите на проекта: наръчникът, правилата на наградата, материали от обученията и "
            "доклади.",
            "hu": "A projekt dokumentumai: az eszköztár, a díj szabályzata, képzési anyagok és beszámolók.",
        },
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
