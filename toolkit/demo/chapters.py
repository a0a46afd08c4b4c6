"""The Positive Storytelling Toolkit's structure and texts (content brief): its introduction and "how to use" in
all 8 languages; the chapters in English, the "General principles" section and its chapters also in Hungarian
and Greek. The toolkit page's title, slug and lead are in `clarinet_site.demo.standard_pages`.

Each body is a function of the practices (by key), because "see it in practice" blocks embed them.
"""

from clarinet_site.demo.site_texts import heading as h
from clarinet_site.demo.site_texts import paragraph as p


def tip(text: str, title: str = "") -> tuple:
    return ("tip", {"title": title, "text": text})


def checklist(title: str, items: list[str]) -> tuple:
    return ("checklist", {"title": title, "items": items})


def do_dont(do: str, dont: str) -> tuple:
    return ("do_dont", {"do": do, "dont": dont})


def quote(text: str, attribution: str = "") -> tuple:
    return ("quote", {"quote": text, "attribution": attribution})


def practices(pages: list, heading: str = "", text: str = "", level: str = "h3") -> tuple:
    return ("practices", {"heading": heading, "level": level, "text": text, "practices": pages})


TOOLKIT_BODY = {
    "en": [
        p(
            "<p>Local authorities are often the first to explain migration to their residents, and the first to "
            "be asked about it. This toolkit gathers what worked in the 53 campaigns that European local "
            "authorities entered for the CLARINET Award in 2019. It is written for local authorities, and for "
            "any public or private actor who wants to talk about migration with facts and human stories.</p>"
            "<p>The toolkit was first published as a PDF in 2020; this online edition links each piece of "
            "advice to the campaigns that show it at work.</p>"
        )
    ],
    "it": [
        p(
            "<p>Gli enti locali sono spesso i primi a spiegare la migrazione ai propri cittadini, e i primi a "
            "ricevere domande su di essa. Questo toolkit raccoglie ciò che ha funzionato nelle 53 campagne che "
            "enti locali europei hanno candidato al Premio CLARINET nel 2019. È scritto per gli enti locali e "
            "per ogni soggetto pubblico o privato che voglia parlare di migrazione con fatti e storie "
            "umane.</p><p>Il toolkit è uscito per la prima volta in PDF nel 2020; questa edizione online "
            "collega ogni consiglio alle campagne che lo mettono in pratica.</p>"
        )
    ],
    "de": [
        p(
            "<p>Gemeinden erklären ihren Einwohnerinnen und Einwohnern Migration oft als Erste, und sie werden "
            "als Erste danach gefragt. Dieses Toolkit sammelt, was in den 53 Kampagnen funktioniert hat, mit "
            "denen europäische Gemeinden 2019 am CLARINET-Preis teilgenommen haben. Es richtet sich an "
            "Gemeinden und an alle öffentlichen und privaten Akteure, die mit Fakten und menschlichen "
            "Geschichten über Migration sprechen wollen.</p><p>Das Toolkit erschien 2020 zuerst als PDF; "
            "diese Online-Ausgabe verbindet jeden Rat mit den Kampagnen, die ihn in der Praxis zeigen.</p>"
        )
    ],
    "sl": [
        p(
            "<p>Lokalne skupnosti so pogosto prve, ki prebivalcem razlagajo migracije, in prve, ki jih o njih "
            "sprašujejo. Ta priročnik zbira, kar se je obneslo v 53 kampanjah, ki so jih evropske lokalne "
            "skupnosti leta 2019 prijavile na nagrado CLARINET. Namenjen je lokalnim skupnostim in vsem javnim "
            "ali zasebnim akterjem, ki želijo o migracijah govoriti z dejstvi in človeškimi zgodbami.</p>"
            "<p>Priročnik je najprej izšel kot PDF leta 2020; ta spletna izdaja vsak nasvet poveže s "
            "kampanjami, ki ga pokažejo v praksi.</p>"
        )
    ],
    "el": [
        p(
            "<p>Οι τοπικές αρχές είναι συχνά οι πρώτες που εξηγούν τη μετανάστευση στους κατοίκους τους, και "
            "οι πρώτες που δέχονται ερωτήσεις γι' αυτήν. Αυτή η εργαλειοθήκη συγκεντρώνει ό,τι λειτούργησε "
            "στις 53 εκστρατείες που υπέβαλαν ευρωπαϊκές τοπικές αρχές στο Βραβείο CLARINET το 2019. "
            "Απευθύνεται στις τοπικές αρχές και σε κάθε δημόσιο ή ιδιωτικό φορέα που θέλει να μιλήσει για τη "
            "μετανάστευση με γεγονότα και ανθρώπινες ιστορίες.</p><p>Η εργαλειοθήκη δημοσιεύθηκε πρώτα ως PDF "
            "το 2020· αυτή η διαδικτυακή έκδοση συνδέει κάθε συμβουλή με τις εκστρατείες που τη δείχνουν στην "
            "πράξη.</p>"
        )
    ],
    "ro": [
        p(
            "<p>Autoritățile locale sunt adesea primele care le explică locuitorilor migrația și primele "
            "cărora li se pun întrebări despre ea. Acest ghid adună ceea ce a funcționat în cele 53 de campanii "
            "pe care autorități locale europene le-au înscris la Premiul CLARINET în 2019. Este scris pentru "
            "autoritățile locale și pentru orice actor public sau privat care vrea să vorbească despre migrație "
            "prin fapte și povești umane.</p><p>Ghidul a apărut mai întâi ca PDF, în 2020; această ediție "
            "online leagă fiecare sfat de campaniile care îl arată în practică.</p>"
        )
    ],
    "bg": [
        p(
            "<p>Местните власти често първи обясняват миграцията на жителите си и първи биват питани за нея. "
            "Този наръчник събира това, което е проработило в 53-те кампании, с които европейски местни власти "
            "участваха в наградата CLARINET през 2019 г. Той е написан за местните власти и за всеки публичен "
            "или частен участник, който иска да говори за миграцията с факти и човешки истории.</p><p>Наръчникът "
            "беше публикуван първо като PDF през 2020 г.; това онлайн издание свързва всеки съвет с кампаниите, "
            "които го показват в действие.</p>"
        )
    ],
    "hu": [
        p(
            "<p>Gyakran az önkormányzatok magyarázzák el elsőként a lakóknak a migrációt, és őket kérdezik "
            "róla elsőként. Ez az eszköztár azt gyűjti össze, ami bevált abban az 53 kampányban, amellyel "
            "európai önkormányzatok 2019-ben a CLARINET-díjra pályáztak. Önkormányzatoknak szól, és minden köz- "
            "vagy magánszereplőnek, aki tényekkel és emberi történetekkel szeretne beszélni a migrációról.</p>"
            "<p>Az eszköztár először 2020-ban jelent meg PDF-ként; ez az online kiadás minden tanácsot "
            "összekapcsol azokkal a kampányokkal, amelyek a gyakorlatban mutatják meg.</p>"
        )
    ],
}
TOOLKIT_HOW_TO_USE = {
    "en": "<p>Read it in order, or go straight to the part you need. <b>How to run a campaign</b> starts with four "
    "general principles and then gives advice for each kind of channel: web and social media, traditional "
    "media, and public events. Each chapter ends with campaigns that put the advice into practice: open them "
    "to see how another town did it.</p><p>Tips, checklists and do/don't boxes are meant to be copied into your "
    "own planning. To print the toolkit or save it as a PDF, use the one-page version.</p>",
    "hu": "<p>Olvassa sorban, vagy lapozzon egyenesen oda, amire szüksége van. A <b>Hogyan vigyünk "
    "kampányt?</b> rész négy általános elvvel kezdődik, majd csatornánként ad tanácsokat: web és közösségi "
    "média, hagyományos média, nyilvános események. Minden fejezet végén olyan kampányok szerepelnek, amelyek "
    "a gyakorlatban mutatják meg a tanácsokat.</p><p>A tippeket, ellenőrzőlistákat és a „tedd / ne tedd” "
    "dobozokat nyugodtan átveheti a saját tervezéséhez. Nyomtatáshoz használja az egyoldalas változatot.</p>",
    "el": "<p>Διαβάστε την με τη σειρά ή πηγαίνετε κατευθείαν σε ό,τι χρειάζεστε. Το μέρος <b>Πώς να "
    "οργανώσετε μια εκστρατεία</b> ξεκινά με τέσσερις γενικές αρχές και δίνει συμβουλές για κάθε κανάλι: "
    "διαδίκτυο και μέσα κοινωνικής δικτύωσης, παραδοσιακά μέσα, δημόσιες εκδηλώσεις. Κάθε κεφάλαιο κλείνει με "
    "εκστρατείες που εφαρμόζουν τις συμβουλές.</p><p>Οι συμβουλές, οι λίστες ελέγχου και τα πλαίσια «κάντε / "
    "μην κάνετε» είναι φτιαγμένα για να τα μεταφέρετε στον δικό σας σχεδιασμό. Για εκτύπωση, χρησιμοποιήστε "
    "την έκδοση σε μία σελίδα.</p>",
    "it": "<p>Leggetelo in ordine, oppure andate direttamente alla parte che vi serve. <b>Come realizzare una "
    "campagna</b> inizia con quattro principi generali e poi dà consigli per ogni tipo di canale: web e social "
    "media, media tradizionali ed eventi pubblici. Ogni capitolo si chiude con campagne che mettono in pratica "
    "i consigli: apritele per vedere come ha fatto un'altra città.</p><p>Suggerimenti, liste di controllo e "
    "riquadri «da fare / da evitare» sono pensati per essere ripresi nella vostra pianificazione. Per stampare "
    "il toolkit o salvarlo in PDF, usate la versione su una sola pagina.</p>",
    "de": "<p>Lesen Sie es der Reihe nach oder springen Sie direkt zu dem Teil, den Sie brauchen. <b>Wie man "
    "eine Kampagne durchführt</b> beginnt mit vier allgemeinen Grundsätzen und gibt dann Rat für jede Art von "
    "Kanal: Web und soziale Medien, traditionelle Medien und öffentliche Veranstaltungen. Jedes Kapitel endet "
    "mit Kampagnen, die den Rat in die Praxis umsetzen: Öffnen Sie sie, um zu sehen, wie es ein anderer Ort "
    "gemacht hat.</p><p>Tipps, Checklisten und „Tun / Lassen“-Kästen sind dafür gedacht, in Ihre eigene "
    "Planung übernommen zu werden. Um das Toolkit zu drucken oder als PDF zu speichern, nutzen Sie die Fassung "
    "auf einer Seite.</p>",
    "sl": "<p>Berite ga po vrsti ali pojdite naravnost na del, ki ga potrebujete. <b>Kako izvesti kampanjo</b> "
    "se začne s štirimi splošnimi načeli, nato pa daje nasvete za vsako vrsto kanala: splet in družbena "
    "omrežja, tradicionalne medije in javne dogodke. Vsako poglavje se konča s kampanjami, ki nasvete "
    "uresničujejo v praksi: odprite jih in poglejte, kako se je tega lotilo drugo mesto.</p><p>Nasvete, "
    "kontrolne sezname in okvirje »naredite / ne delajte« lahko prenesete v svoje načrtovanje. Za tiskanje "
    "priročnika ali shranjevanje v PDF uporabite različico na eni strani.</p>",
    "ro": "<p>Citiți-l în ordine sau mergeți direct la partea de care aveți nevoie. <b>Cum să desfășurați o "
    "campanie</b> începe cu patru principii generale și dă apoi sfaturi pentru fiecare tip de canal: web și "
    "rețele sociale, presa tradițională și evenimente publice. Fiecare capitol se încheie cu campanii care pun "
    "sfaturile în practică: deschideți-le ca să vedeți cum a procedat un alt oraș.</p><p>Sfaturile, listele de "
    "verificare și casetele „așa da / așa nu” sunt gândite pentru a fi preluate în propria planificare. Pentru "
    "a tipări ghidul sau a-l salva ca PDF, folosiți versiunea pe o singură pagină.</p>",
    "bg": "<p>Четете го поред или отидете направо на частта, която ви трябва. <b>Как да проведете "
    "кампания</b> започва с четири общи принципа и после дава съвети за всеки вид канал: интернет и социални "
    "мрежи, традиционни медии и публични събития. Всяка глава завършва с кампании, които прилагат съветите на "
    "практика: отворете ги, за да видите как го е направил друг град.</p><p>Съветите, контролните списъци и "
    "полетата „правете / не правете“ са направени, за да ги пренесете в собственото си планиране. За да "
    "отпечатате наръчника или да го запазите като PDF, използвайте версията на една страница.</p>",
}

CAMPAIGN_PART = {
    "en": "How to run a campaign",
    "it": "Come realizzare una campagna",
    "de": "Wie man eine Kampagne durchführt",
    "sl": "Kako izvesti kampanjo",
    "el": "Πώς να οργανώσετε μια εκστρατεία",
    "ro": "Cum să desfășurați o campanie",
    "bg": "Как да проведете кампания",
    "hu": "Hogyan vigyünk kampányt?",
}

GENERAL_PRINCIPLES = {
    "slug": "general-principles",
    "part": CAMPAIGN_PART,
    "title": {"en": "General principles", "hu": "Általános elvek", "el": "Γενικές αρχές"},
    "slugs": {"hu": "altalanos-elvek", "el": "γενικές-αρχές"},
    "intro": {
        "en": "Four principles shared by the strongest campaigns, whatever channel they used.",
        "hu": "Négy elv, amely a legerősebb kampányokban közös, bármilyen csatornát használtak.",
        "el": "Τέσσερις αρχές κοινές στις πιο δυνατές εκστρατείες, όποιο κανάλι κι αν χρησιμοποίησαν.",
    },
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>Before choosing a channel, decide how you will talk about migration. The campaigns of the "
                "Award agree on four things: tell stories rather than numbers, let migrants speak, use art, and "
                "do not be afraid to make people smile.</p>"
            )
        ],
        "hu": [
            p(
                "<p>Mielőtt csatornát választana, döntse el, hogyan beszél majd a migrációról. A díjra "
                "benevezett kampányok négy dologban egyeznek: számok helyett történeteket mesélnek, szóhoz "
                "engedik a migránsokat, élnek a művészettel, és nem félnek megmosolyogtatni a közönséget.</p>"
            )
        ],
        "el": [
            p(
                "<p>Πριν διαλέξετε κανάλι, αποφασίστε πώς θα μιλήσετε για τη μετανάστευση. Οι εκστρατείες του "
                "Βραβείου συμφωνούν σε τέσσερα πράγματα: αφηγούνται ιστορίες αντί για αριθμούς, δίνουν τον λόγο "
                "στους μετανάστες, χρησιμοποιούν την τέχνη και δεν φοβούνται να κάνουν τον κόσμο να "
                "χαμογελάσει.</p>"
            )
        ],
    },
    "chapters": [
        {
            "slug": "storytelling",
            "title": {
                "en": "Storytelling: human faces behind the numbers",
                "hu": "Történetmesélés: emberi arcok a számok mögött",
                "el": "Αφήγηση: ανθρώπινα πρόσωπα πίσω από τους αριθμούς",
            },
            "slugs": {"hu": "tortenetmeseles", "el": "αφήγηση"},
            "intro": {
                "en": "Figures inform; stories persuade. Start from one person and let the numbers follow.",
                "hu": "A számok tájékoztatnak, a történetek meggyőznek. Induljon ki egy emberből, és a számok "
                "csak utána jöjjenek.",
                "el": "Οι αριθμοί ενημερώνουν, οι ιστορίες πείθουν. Ξεκινήστε από έναν άνθρωπο και αφήστε τους "
                "αριθμούς να ακολουθήσουν.",
            },
            "themes": ["storytelling"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Statistics about migration are easy to ignore and easy to contest. A story of one "
                        "person, with a face and a name they chose to share, asks the audience a different "
                        'question: not "how many?" but "who?".</p>'
                    ),
                    quote("Behind every number there is a human face.", "A principle of the toolkit"),
                    tip(
                        "<p>Open with the story and bring in the figures afterwards, to give it scale.</p>",
                        "Start from a face, not a figure",
                    ),
                    do_dont(
                        "<p>Tell stories of ordinary lives: work, school, neighbours, hopes.</p>",
                        "<p>Tell only stories of suffering or of exceptional heroes: both keep people at a "
                        "distance.</p>",
                    ),
                    practices([pr["lustenau"], pr["casoris"]]),
                ],
                "hu": [
                    p(
                        "<p>A migrációról szóló statisztikák könnyen figyelmen kívül hagyhatók és könnyen "
                        "vitathatók. Egyetlen ember története – arccal és névvel, amelyet ő maga vállal – más "
                        "kérdést tesz fel a közönségnek: nem azt, hogy „hányan?”, hanem azt, hogy „kik?”.</p>"
                    ),
                    quote("Minden szám mögött egy emberi arc van.", "Az eszköztár egyik alapelve"),
                    tip(
                        "<p>A történettel kezdjen, és csak utána hozza a számokat, hogy érzékeltesse a "
                        "léptéket.</p>",
                        "Arccal kezdjen, ne számmal",
                    ),
                    do_dont(
                        "<p>Hétköznapi életekről meséljen: munka, iskola, szomszédok, remények.</p>",
                        "<p>Ne csak szenvedésről vagy kivételes hősökről szóljanak a történetek: mindkettő "
                        "távolságot teremt.</p>",
                    ),
                    practices([pr["lustenau"], pr["casoris"]], "Így működik a gyakorlatban"),
                ],
                "el": [
                    p(
                        "<p>Τα στατιστικά για τη μετανάστευση εύκολα αγνοούνται και εύκολα αμφισβητούνται. Η "
                        "ιστορία ενός ανθρώπου, με πρόσωπο και όνομα που ο ίδιος επιλέγει να μοιραστεί, θέτει "
                        "στο κοινό άλλο ερώτημα: όχι «πόσοι;» αλλά «ποιοι;».</p>"
                    ),
                    quote("Πίσω από κάθε αριθμό υπάρχει ένα ανθρώπινο πρόσωπο.", "Αρχή της εργαλειοθήκης"),
                    tip(
                        "<p>Ξεκινήστε με την ιστορία και φέρτε τους αριθμούς μετά, για να δείξετε την "
                        "κλίμακα.</p>",
                        "Ξεκινήστε από ένα πρόσωπο, όχι από έναν αριθμό",
                    ),
                    do_dont(
                        "<p>Αφηγηθείτε ιστορίες καθημερινής ζωής: δουλειά, σχολείο, γείτονες, ελπίδες.</p>",
                        "<p>Μην περιορίζεστε σε ιστορίες πόνου ή εξαιρετικών ηρώων: και οι δύο κρατούν τον "
                        "κόσμο σε απόσταση.</p>",
                    ),
                    practices([pr["lustenau"], pr["casoris"]], "Δείτε το στην πράξη"),
                ],
            },
        },
        {
            "slug": "migrants-as-protagonists",
            "title": {
                "en": "Migrants as protagonists",
                "hu": "Migránsok mint főszereplők",
                "el": "Οι μετανάστες πρωταγωνιστές",
            },
            "slugs": {"hu": "migransok-mint-foszereplok", "el": "μετανάστες-πρωταγωνιστές"},
            "intro": {
                "en": "Speak with migrants, not about them: inclusive language and a precisely chosen audience.",
                "hu": "Beszéljen a migránsokkal, ne róluk: befogadó nyelvvel és pontosan kiválasztott "
                "közönséggel.",
                "el": "Μιλήστε με τους μετανάστες, όχι για αυτούς: με γλώσσα χωρίς αποκλεισμούς και με "
                "προσεκτικά επιλεγμένο κοινό.",
            },
            "themes": ["migrants-as-protagonists", "empowerment"],
            "body": lambda pr: {
                "en": [
                    h("Let people speak for themselves"),
                    p(
                        "<p>The campaigns that convinced the jury gave migrants the camera, the pen or the stage. "
                        "When people tell their own story, the audience hears a neighbour, not a case.</p>"
                    ),
                    h("Inclusive language"),
                    p(
                        '<p>Words frame the debate. Prefer "people", "residents", "new neighbours" to labels, '
                        "and never use words that describe people as illegal or as a flood.</p>"
                    ),
                    h("Precise targeting"),
                    p(
                        '<p>"The general public" is not an audience. Choose who you want to reach, where '
                        "they are, and what they already think.</p>"
                    ),
                    checklist(
                        "Before you publish",
                        [
                            "Did the people in the campaign agree to how they are shown?",
                            "Do they speak in their own words?",
                            "Is every word one you would use about any other resident?",
                            "Do you know exactly whom the campaign is for?",
                        ],
                    ),
                    practices([pr["vienna"], pr["lustenau"]]),
                ],
                "hu": [
                    h("Hagyja, hogy maguk beszéljenek"),
                    p(
                        "<p>A zsűrit meggyőző kampányok a migránsok kezébe adták a fényképezőgépet, a tollat "
                        "vagy a színpadot. Ha valaki a saját történetét meséli el, a közönség egy szomszédot "
                        "hall, nem egy „esetet”.</p>"
                    ),
                    h("Befogadó nyelv"),
                    p(
                        "<p>A szavak keretezik a vitát. Címkék helyett mondja inkább, hogy „emberek”, "
                        "„lakosok”, „új szomszédok”, és soha ne használjon olyan szavakat, amelyek illegálisnak "
                        "vagy áradatnak írják le az embereket.</p>"
                    ),
                    h("Pontos célzás"),
                    p(
                        "<p>A „nagyközönség” nem célcsoport. Döntse el, kit akar elérni, hol találja őket, és "
                        "mit gondolnak már most.</p>"
                    ),
                    checklist(
                        "Közzététel előtt",
                        [
                            "Beleegyeztek-e a kampány szereplői abba, ahogyan bemutatjuk őket?",
                            "A saját szavaikkal beszélnek?",
                            "Minden szót használnánk bármely más lakosról is?",
                            "Pontosan tudjuk, kinek szól a kampány?",
                        ],
                    ),
                    practices([pr["vienna"], pr["lustenau"]], "Így működik a gyakorlatban"),
                ],
                "el": [
                    h("Αφήστε τους ανθρώπους να μιλήσουν οι ίδιοι"),
                    p(
                        "<p>Οι εκστρατείες που έπεισαν την επιτροπή έδωσαν στους μετανάστες την κάμερα, την πένα "
                        "ή τη σκηνή. Όταν κάποιος αφηγείται τη δική του ιστορία, το κοινό ακούει έναν γείτονα, "
                        "όχι μια «περίπτωση».</p>"
                    ),
                    h("Γλώσσα χωρίς αποκλεισμούς"),
                    p(
                        "<p>Οι λέξεις πλαισιώνουν τη συζήτηση. Προτιμήστε «άνθρωποι», «κάτοικοι», «νέοι γείτονες» "
                        "αντί για ταμπέλες, και μη χρησιμοποιείτε ποτέ λέξεις που παρουσιάζουν τους ανθρώπους ως "
                        "παράνομους ή ως πλημμύρα.</p>"
                    ),
                    h("Στοχευμένο κοινό"),
                    p(
                        "<p>Το «ευρύ κοινό» δεν είναι κοινό-στόχος. Επιλέξτε ποιους θέλετε να φτάσετε, πού "
                        "βρίσκονται και τι σκέφτονται ήδη.</p>"
                    ),
                    checklist(
                        "Πριν από τη δημοσίευση",
                        [
                            "Συμφώνησαν οι άνθρωποι της εκστρατείας με τον τρόπο που παρουσιάζονται;",
                            "Μιλούν με τα δικά τους λόγια;",
                            "Θα χρησιμοποιούσατε κάθε λέξη και για οποιονδήποτε άλλο κάτοικο;",
                            "Ξέρετε ακριβώς σε ποιους απευθύνεται η εκστρατεία;",
                        ],
                    ),
                    practices([pr["vienna"], pr["lustenau"]], "Δείτε το στην πράξη"),
                ],
            },
        },
        {
            "slug": "art",
            "title": {"en": "Art", "hu": "Művészet", "el": "Τέχνη"},
            "slugs": {"hu": "muveszet", "el": "τέχνη"},
            "intro": {
                "en": "Photography, theatre and painting open conversations that a leaflet cannot.",
                "hu": "A fotó, a színház és a festészet olyan beszélgetéseket nyit meg, amilyenekre egy "
                "szórólap nem képes.",
                "el": "Η φωτογραφία, το θέατρο και η ζωγραφική ανοίγουν συζητήσεις που ένα φυλλάδιο δεν "
                "μπορεί.",
            },
            "themes": ["art"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Art lets people meet on equal terms: everyone can look at a picture or watch a play, "
                        "and everyone can take part in making one. It also reaches audiences who would not read "
                        "a campaign about migration.</p>"
                    ),
                    tip(
                        "<p>Work with local artists and with artists of migrant background together: the "
                        "collaboration is part of the message.</p>"
                    ),
                    practices([pr["lucca"], pr["vienna"]]),
                ],
                "hu": [
                    p(
                        "<p>A művészetben az emberek egyenrangú félként találkoznak: egy képet mindenki "
                        "megnézhet, egy előadást mindenki végignézhet, és bárki részt vehet az elkészítésében. "
                        "Olyan közönséget is elér, amely egy migrációs kampányt el sem olvasna.</p>"
                    ),
                    tip(
                        "<p>Dolgozzon együtt helyi és migráns hátterű művészekkel: maga az együttműködés is "
                        "az üzenet része.</p>"
                    ),
                    practices([pr["lucca"], pr["vienna"]], "Így működik a gyakorlatban"),
                ],
                "el": [
                    p(
                        "<p>Η τέχνη επιτρέπει στους ανθρώπους να συναντηθούν επί ίσοις όροις: όλοι μπορούν να "
                        "δουν μια εικόνα ή μια παράσταση, και όλοι μπορούν να συμμετάσχουν στη δημιουργία της. "
                        "Φτάνει επίσης σε κοινό που δεν θα διάβαζε μια εκστρατεία για τη μετανάστευση.</p>"
                    ),
                    tip(
                        "<p>Συνεργαστείτε με ντόπιους καλλιτέχνες και με καλλιτέχνες με μεταναστευτικό "
                        "υπόβαθρο μαζί: η ίδια η συνεργασία είναι μέρος του μηνύματος.</p>"
                    ),
                    practices([pr["lucca"], pr["vienna"]], "Δείτε το στην πράξη"),
                ],
            },
        },
        {
            "slug": "humour",
            "title": {"en": "Humour", "hu": "Humor", "el": "Χιούμορ"},
            "slugs": {"hu": "humor", "el": "χιούμορ"},
            "intro": {
                "en": "A smile lowers defences. Used with care, humour makes a message travel.",
                "hu": "Egy mosoly lebontja a védekezést. Óvatosan használva a humor segít, hogy az üzenet "
                "továbbterjedjen.",
                "el": "Ένα χαμόγελο ρίχνει τις άμυνες. Με προσοχή, το χιούμορ βοηθά ένα μήνυμα να ταξιδέψει.",
            },
            "themes": ["humour"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Humour disarms. It can turn a prejudice upside down and make the audience laugh at "
                        "the stereotype rather than at people. It is also what people share.</p>"
                    ),
                    do_dont(
                        "<p>Laugh with people, at situations and at stereotypes. Test the joke with the people it "
                        "is about.</p>",
                        "<p>Make a joke at the expense of a group, or use humour on a subject of grief.</p>",
                    ),
                ],
                "hu": [
                    p(
                        "<p>A humor lefegyverez. A feje tetejére állíthat egy előítéletet, és elérheti, hogy a "
                        "közönség a sztereotípián nevessen, ne az embereken. Ráadásul ezt osztják meg "
                        "szívesen.</p>"
                    ),
                    do_dont(
                        "<p>Nevessen az emberekkel együtt, a helyzeteken és a sztereotípiákon. Próbálja ki a "
                        "poént azokkal, akikről szól.</p>",
                        "<p>Ne viccelődjön egy csoport rovására, és ne használjon humort gyászos témában.</p>",
                    ),
                ],
                "el": [
                    p(
                        "<p>Το χιούμορ αφοπλίζει. Μπορεί να αναποδογυρίσει μια προκατάληψη και να κάνει το κοινό "
                        "να γελάσει με το στερεότυπο και όχι με τους ανθρώπους. Και είναι αυτό που ο κόσμος "
                        "μοιράζεται.</p>"
                    ),
                    do_dont(
                        "<p>Γελάστε μαζί με τους ανθρώπους, με καταστάσεις και στερεότυπα. Δοκιμάστε το αστείο "
                        "με αυτούς που αφορά.</p>",
                        "<p>Μην αστειεύεστε εις βάρος μιας ομάδας και μη χρησιμοποιείτε χιούμορ σε θέματα "
                        "πένθους.</p>",
                    ),
                ],
            },
        },
    ],
}

WEB = {
    "slug": "web-and-social-media",
    "part": CAMPAIGN_PART,
    "title": {"en": "Web and social media"},
    "intro": {"en": "Online, a campaign competes with everything else in the feed, including false news."},
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>Two lessons from the online campaigns of the Award: check every fact, and speak the "
                "language of the platform you use.</p>"
            )
        ]
    },
    "chapters": [
        {
            "slug": "facts-vs-fake-news",
            "title": {"en": "Facts against fake news"},
            "intro": {"en": "Answer rumours with verified facts, told simply and quickly."},
            "themes": ["facts-vs-fake-news"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>False stories about migrants spread fast because they confirm fears. A local "
                        "authority has a strength here: it knows the local facts and is trusted to state them. "
                        "Correct without repeating the false claim in your headline.</p>"
                    ),
                    checklist(
                        "Checking a fact before you share it",
                        [
                            "Who first published it, and when?",
                            "Is there an official local figure you can cite?",
                            "Does the picture show what the text says?",
                            "Can you say it in one sentence, without repeating the rumour?",
                        ],
                    ),
                ]
            },
        },
        {
            "slug": "social-media-codes",
            "title": {"en": "Social-media codes and language"},
            "intro": {"en": "Each platform has its own formats, tone and audience: adapt to them."},
            "themes": ["storytelling"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Short videos, series, questions to the audience: campaigns that worked online used "
                        "the formats people already follow, and published regularly rather than once.</p>"
                    ),
                    tip(
                        "<p>Plan a series, not a single post: one story a week keeps an audience "
                        "returning.</p>"
                    ),
                    practices([pr["casoris"]]),
                ]
            },
        },
    ],
}

TRADITIONAL = {
    "slug": "traditional-media",
    "part": CAMPAIGN_PART,
    "title": {"en": "Traditional media"},
    "intro": {"en": "Posters, press, radio and television still reach people who are not online."},
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>Traditional media give a campaign weight and reach people who never meet the topic "
                "online.</p>"
            )
        ]
    },
    "chapters": [
        {
            "slug": "public-space",
            "title": {"en": "Investing in public space"},
            "intro": {"en": "Streets, stations and schools are places where everyone passes: use them."},
            "themes": ["public-space"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>A poster in a school corridor or a bus shelter is seen every day by people who "
                        "would never look for the subject. Local authorities control much of this space: it is "
                        "one of their best channels.</p>"
                    ),
                    practices([pr["vienna"]]),
                ]
            },
        },
        {
            "slug": "local-and-mainstream-channels",
            "title": {"en": "Local and mainstream channels"},
            "intro": {"en": "Combine the trust of local media with the reach of national ones."},
            "themes": ["local-media"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Local newspapers and radio are trusted and read closely; national media bring "
                        "reach. Offer local journalists stories with local people, and give national media a "
                        "reason to pick them up.</p>"
                    ),
                    do_dont(
                        "<p>Offer journalists people to meet and facts they can check.</p>",
                        "<p>Send only a press release with no one to talk to.</p>",
                    ),
                ]
            },
        },
    ],
}

EVENTS = {
    "slug": "public-events",
    "part": CAMPAIGN_PART,
    "title": {"en": "Public events"},
    "intro": {"en": "Meeting in person changes minds in a way no message can."},
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>Exhibitions, open days, workshops, art and sports events bring people together. Three "
                "lessons from the Award's public events follow.</p>"
            )
        ]
    },
    "chapters": [
        {
            "slug": "reaching-both-communities",
            "title": {"en": "Reaching migrants and the host community"},
            "intro": {"en": "An event works when both sides come, and both feel at home."},
            "themes": ["public-space"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Events organised only for migrants, or only about them, miss half of the audience. "
                        "Choose a place, a time and a language that invite both.</p>"
                    ),
                    practices([pr["turin"]]),
                ]
            },
        },
        {
            "slug": "empowering-migrant-communities",
            "title": {"en": "Empowering migrant communities"},
            "intro": {"en": "Let communities be hosts and organisers, not guests."},
            "themes": ["empowerment"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>When a community opens its own place or runs part of the programme, the event shows "
                        "what it brings to the town. The local authority's role is to give the frame, the "
                        "visibility and the means.</p>"
                    ),
                    practices([pr["turin"], pr["lustenau"]]),
                ]
            },
        },
        {
            "slug": "role-play",
            "title": {"en": "Role play for empathy"},
            "intro": {"en": "Stepping into someone else's journey, even for an hour, builds empathy."},
            "themes": ["role-play"],
            "body": lambda pr: {
                "en": [
                    p(
                        "<p>Games and theatre that ask participants to take on a role let them feel choices "
                        "that migrants face. Prepare a debriefing: the discussion afterwards is where the "
                        "learning happens.</p>"
                    ),
                    tip("<p>Keep the role play voluntary and end it with time to talk.</p>"),
                    practices([pr["lucca"]]),
                ]
            },
        },
    ],
}

PARTNERSHIP = {
    "slug": "public-private-partnership",
    "part": {},
    "title": {"en": "Public-private partnership"},
    "intro": {
        "en": "Businesses, associations and cultural bodies can multiply a local authority's campaign."
    },
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>A campaign gains reach and credibility when local businesses, associations, schools and "
                "cultural bodies carry it too. Agree early on the message, on who speaks, and on how the "
                "partners' names appear.</p>"
            ),
            checklist(
                "Agree with your partners on",
                [
                    "the message and its limits",
                    "who speaks for the campaign",
                    "how each partner is credited",
                    "who pays for what",
                ],
            ),
        ]
    },
    "chapters": [],
}

AWARD = {
    "slug": "award-and-winners",
    "part": {},
    "title": {"en": "The CLARINET Award and its winners"},
    "intro": {"en": "The European Award behind this toolkit, and the campaigns it recognised."},
    "themes": [],
    "body": lambda pr: {
        "en": [
            p(
                "<p>In spring 2019 CLARINET called on public authorities in the 28 member states of the European "
                "Union to enter their communication campaigns on migration and integration, including campaigns "
                "run on their behalf; the deadline was 31 July 2019. 53 eligible campaigns entered in three "
                "categories: Web &amp; Social Media, Traditional Media (TV, radio, print, outdoor) and Public "
                "Events (exhibitions, workshops, art or sports events). A jury of partners and experts chose the "
                "winners, who received their prizes on 23 November 2019 at the Museu Picasso in Barcelona, "
                "during the general assembly of ECCAR.</p>"
            ),
            practices([pr["vienna"], pr["casoris"], pr["turin"]], "The winners", level="h2"),
            practices([pr["lustenau"]], "A special mention", level="h2"),
        ]
    },
    "chapters": [],
}

SECTIONS = [GENERAL_PRINCIPLES, WEB, TRADITIONAL, EVENTS, PARTNERSHIP, AWARD]
