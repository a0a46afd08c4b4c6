"""Write toolkit/locale/<language>/LC_MESSAGES/django.po from the translations below.

The toolkit's interface strings live in the toolkit app's own catalogue (Django reads each app's `locale/`
after the project's), so the app's translations are kept in one reviewable place. After changing a template
string, add it here and run:

    python scripts/toolkit_translations.py && make messages

Strings left out fall back to English; `tests/toolkit/test_translations.py` checks the public ones.
"""

from pathlib import Path

LANGUAGES = ["it", "de", "sl", "el", "ro", "bg", "hu"]
PLURAL_FORMS = {
    "it": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
    "bg": "nplurals=2; plural=(n != 1);",
    "hu": "nplurals=2; plural=(n != 1);",
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}

# msgid: {language: msgstr}, in the order it, de, sl, el, ro, bg, hu.
STRINGS: dict[str, dict[str, str]] = {
    # Blocks
    "Tip": dict(
        zip(LANGUAGES, ["Consiglio", "Tipp", "Nasvet", "Συμβουλή", "Sfat", "Съвет", "Tipp"], strict=True)
    ),
    "Tip:": dict(
        zip(
            LANGUAGES,
            ["Consiglio:", "Tipp:", "Nasvet:", "Συμβουλή:", "Sfat:", "Съвет:", "Tipp:"],
            strict=True,
        )
    ),
    "Do": dict(
        zip(LANGUAGES, ["Da fare", "Tun", "Naredite", "Κάντε", "Așa da", "Правете", "Tedd"], strict=True)
    ),
    "Don't": dict(
        zip(
            LANGUAGES,
            ["Da evitare", "Lassen", "Ne delajte", "Μην κάνετε", "Așa nu", "Не правете", "Ne tedd"],
            strict=True,
        )
    ),
    "See it in practice": dict(
        zip(
            LANGUAGES,
            [
                "Guardalo in pratica",
                "So sieht es in der Praxis aus",
                "Poglejte v praksi",
                "Δείτε το στην πράξη",
                "Vedeți în practică",
                "Вижте го на практика",
                "Így működik a gyakorlatban",
            ],
            strict=True,
        )
    ),
    # Toolkit pages
    "Contents": dict(
        zip(
            LANGUAGES,
            ["Indice", "Inhalt", "Kazalo", "Περιεχόμενα", "Cuprins", "Съдържание", "Tartalom"],
            strict=True,
        )
    ),
    "How to use the toolkit": dict(
        zip(
            LANGUAGES,
            [
                "Come usare il toolkit",
                "So nutzen Sie das Toolkit",
                "Kako uporabljati priročnik",
                "Πώς να χρησιμοποιήσετε την εργαλειοθήκη",
                "Cum să folosiți ghidul",
                "Как да използвате наръчника",
                "Hogyan használja az eszköztárat?",
            ],
            strict=True,
        )
    ),
    "Read the whole toolkit on one page": dict(
        zip(
            LANGUAGES,
            [
                "Leggi tutto il toolkit in una pagina",
                "Das ganze Toolkit auf einer Seite lesen",
                "Preberite ves priročnik na eni strani",
                "Διαβάστε όλη την εργαλειοθήκη σε μία σελίδα",
                "Citiți tot ghidul pe o singură pagină",
                "Прочетете целия наръчник на една страница",
                "A teljes eszköztár egy oldalon",
            ],
            strict=True,
        )
    ),
    "Easy to print or save as PDF.": dict(
        zip(
            LANGUAGES,
            [
                "Facile da stampare o salvare in PDF.",
                "Leicht zu drucken oder als PDF zu speichern.",
                "Preprosto za tiskanje ali shranjevanje v PDF.",
                "Εύκολη εκτύπωση ή αποθήκευση ως PDF.",
                "Ușor de tipărit sau de salvat ca PDF.",
                "Лесно за печат или запазване като PDF.",
                "Könnyen kinyomtatható vagy PDF-be menthető.",
            ],
            strict=True,
        )
    ),
    "%(title)s: the whole toolkit on one page": dict(
        zip(
            LANGUAGES,
            [
                "%(title)s: tutto il toolkit in una pagina",
                "%(title)s: das ganze Toolkit auf einer Seite",
                "%(title)s: ves priročnik na eni strani",
                "%(title)s: όλη η εργαλειοθήκη σε μία σελίδα",
                "%(title)s: tot ghidul pe o singură pagină",
                "%(title)s: целият наръчник на една страница",
                "%(title)s: a teljes eszköztár egy oldalon",
            ],
            strict=True,
        )
    ),
    "Back to the toolkit's start page": dict(
        zip(
            LANGUAGES,
            [
                "Torna alla pagina iniziale del toolkit",
                "Zurück zur Startseite des Toolkits",
                "Nazaj na začetno stran priročnika",
                "Επιστροφή στην αρχική σελίδα της εργαλειοθήκης",
                "Înapoi la pagina de start a ghidului",
                "Обратно към началната страница на наръчника",
                "Vissza az eszköztár kezdőlapjára",
            ],
            strict=True,
        )
    ),
    "Print this page": dict(
        zip(
            LANGUAGES,
            [
                "Stampa questa pagina",
                "Diese Seite drucken",
                "Natisni to stran",
                "Εκτύπωση αυτής της σελίδας",
                "Tipăriți această pagină",
                "Отпечатване на страницата",
                "Oldal nyomtatása",
            ],
            strict=True,
        )
    ),
    "Download the toolkit": dict(
        zip(
            LANGUAGES,
            [
                "Scarica il toolkit",
                "Das Toolkit herunterladen",
                "Prenesite priročnik",
                "Κατεβάστε την εργαλειοθήκη",
                "Descărcați ghidul",
                "Изтеглете наръчника",
                "Az eszköztár letöltése",
            ],
            strict=True,
        )
    ),
    "language:": dict(
        zip(LANGUAGES, ["lingua:", "Sprache:", "jezik:", "γλώσσα:", "limba:", "език:", "nyelv:"], strict=True)
    ),
    "Themes:": dict(
        zip(LANGUAGES, ["Temi:", "Themen:", "Teme:", "Θέματα:", "Teme:", "Теми:", "Témák:"], strict=True)
    ),
    "Chapters in this section": dict(
        zip(
            LANGUAGES,
            [
                "Capitoli di questa sezione",
                "Kapitel in diesem Teil",
                "Poglavja v tem razdelku",
                "Κεφάλαια της ενότητας",
                "Capitolele acestei secțiuni",
                "Глави в този раздел",
                "A rész fejezetei",
            ],
            strict=True,
        )
    ),
    "Reading order": dict(
        zip(
            LANGUAGES,
            [
                "Ordine di lettura",
                "Lesereihenfolge",
                "Vrstni red branja",
                "Σειρά ανάγνωσης",
                "Ordinea de lectură",
                "Ред на четене",
                "Olvasási sorrend",
            ],
            strict=True,
        )
    ),
    "Previous": dict(
        zip(
            LANGUAGES,
            ["Precedente", "Zurück", "Prejšnje", "Προηγούμενο", "Anterior", "Предишна", "Előző"],
            strict=True,
        )
    ),
    "Next": dict(
        zip(
            LANGUAGES,
            ["Successivo", "Weiter", "Naslednje", "Επόμενο", "Următor", "Следваща", "Következő"],
            strict=True,
        )
    ),
    "All the toolkit's contents": dict(
        zip(
            LANGUAGES,
            [
                "Tutto l'indice del toolkit",
                "Das ganze Inhaltsverzeichnis",
                "Celotno kazalo priročnika",
                "Όλα τα περιεχόμενα της εργαλειοθήκης",
                "Tot cuprinsul ghidului",
                "Цялото съдържание на наръчника",
                "Az eszköztár teljes tartalma",
            ],
            strict=True,
        )
    ),
    # Showcase
    "Web & social media": dict(
        zip(
            LANGUAGES,
            [
                "Web e social media",
                "Web & soziale Medien",
                "Splet in družbena omrežja",
                "Διαδίκτυο και μέσα κοινωνικής δικτύωσης",
                "Web și rețele sociale",
                "Уеб и социални мрежи",
                "Web és közösségi média",
            ],
            strict=True,
        )
    ),
    "Traditional media": dict(
        zip(
            LANGUAGES,
            [
                "Media tradizionali",
                "Traditionelle Medien",
                "Tradicionalni mediji",
                "Παραδοσιακά μέσα",
                "Media tradițională",
                "Традиционни медии",
                "Hagyományos média",
            ],
            strict=True,
        )
    ),
    "Public events": dict(
        zip(
            LANGUAGES,
            [
                "Eventi pubblici",
                "Öffentliche Veranstaltungen",
                "Javni dogodki",
                "Δημόσιες εκδηλώσεις",
                "Evenimente publice",
                "Публични събития",
                "Nyilvános események",
            ],
            strict=True,
        )
    ),
    "Winner": dict(
        zip(
            LANGUAGES,
            ["Vincitore", "Gewinner", "Zmagovalec", "Νικητής", "Câștigător", "Победител", "Díjazott"],
            strict=True,
        )
    ),
    "Special mention": dict(
        zip(
            LANGUAGES,
            [
                "Menzione speciale",
                "Besondere Erwähnung",
                "Posebna omemba",
                "Ειδική μνεία",
                "Mențiune specială",
                "Специално отличие",
                "Különdíj",
            ],
            strict=True,
        )
    ),
    "Entry": dict(
        zip(
            LANGUAGES,
            ["Candidatura", "Einreichung", "Prijava", "Συμμετοχή", "Candidatură", "Участник", "Pályázat"],
            strict=True,
        )
    ),
    "Country": dict(
        zip(LANGUAGES, ["Paese", "Land", "Država", "Χώρα", "Țară", "Държава", "Ország"], strict=True)
    ),
    "Award category": dict(
        zip(
            LANGUAGES,
            [
                "Categoria del premio",
                "Preiskategorie",
                "Kategorija nagrade",
                "Κατηγορία βραβείου",
                "Categoria premiului",
                "Категория на наградата",
                "Díjkategória",
            ],
            strict=True,
        )
    ),
    "Theme": dict(zip(LANGUAGES, ["Tema", "Thema", "Tema", "Θέμα", "Temă", "Тема", "Téma"], strict=True)),
    "Award result": dict(
        zip(
            LANGUAGES,
            [
                "Esito del premio",
                "Ergebnis beim Preis",
                "Rezultat na nagradi",
                "Αποτέλεσμα στο βραβείο",
                "Rezultat la premiu",
                "Резултат в конкурса",
                "Eredmény a díjon",
            ],
            strict=True,
        )
    ),
    "Good practices": dict(
        zip(
            LANGUAGES,
            [
                "Buone pratiche",
                "Gute Praxis",
                "Dobre prakse",
                "Καλές πρακτικές",
                "Bune practici",
                "Добри практики",
                "Jó gyakorlatok",
            ],
            strict=True,
        )
    ),
    "See the Award winners": dict(
        zip(
            LANGUAGES,
            [
                "Vedi i vincitori del premio",
                "Die Preisträger ansehen",
                "Oglejte si zmagovalce nagrade",
                "Δείτε τους νικητές του βραβείου",
                "Vedeți câștigătorii premiului",
                "Вижте победителите",
                "A díjazottak",
            ],
            strict=True,
        )
    ),
    "Find practices like yours": dict(
        zip(
            LANGUAGES,
            [
                "Trova pratiche simili alla tua",
                "Finden Sie Beispiele wie Ihres",
                "Poiščite prakse, podobne vaši",
                "Βρείτε πρακτικές σαν τη δική σας",
                "Găsiți practici ca a dumneavoastră",
                "Намерете практики като вашата",
                "Keressen az önéhez hasonló gyakorlatokat",
            ],
            strict=True,
        )
    ),
    "All": dict(zip(LANGUAGES, ["Tutti", "Alle", "Vse", "Όλα", "Toate", "Всички", "Mind"], strict=True)),
    "Show practices": dict(
        zip(
            LANGUAGES,
            [
                "Mostra le pratiche",
                "Beispiele anzeigen",
                "Prikaži prakse",
                "Εμφάνιση πρακτικών",
                "Afișează practicile",
                "Покажи практиките",
                "Gyakorlatok megjelenítése",
            ],
            strict=True,
        )
    ),
    "page %(number)s of %(total)s": dict(
        zip(
            LANGUAGES,
            [
                "pagina %(number)s di %(total)s",
                "Seite %(number)s von %(total)s",
                "stran %(number)s od %(total)s",
                "σελίδα %(number)s από %(total)s",
                "pagina %(number)s din %(total)s",
                "страница %(number)s от %(total)s",
                "%(number)s. oldal (összesen %(total)s)",
            ],
            strict=True,
        )
    ),
    "Filters applied (select one to remove it):": dict(
        zip(
            LANGUAGES,
            [
                "Filtri applicati (selezionane uno per rimuoverlo):",
                "Aktive Filter (zum Entfernen anklicken):",
                "Uporabljeni filtri (izberite filter, da ga odstranite):",
                "Ενεργά φίλτρα (επιλέξτε ένα για να το αφαιρέσετε):",
                "Filtre aplicate (selectați unul pentru a-l elimina):",
                "Приложени филтри (изберете филтър, за да го махнете):",
                "Alkalmazott szűrők (kattintson rá az eltávolításhoz):",
            ],
            strict=True,
        )
    ),
    "Remove filter": dict(
        zip(
            LANGUAGES,
            [
                "Rimuovi il filtro",
                "Filter entfernen",
                "Odstrani filter",
                "Αφαίρεση φίλτρου",
                "Eliminați filtrul",
                "Махни филтъра",
                "Szűrő eltávolítása",
            ],
            strict=True,
        )
    ),
    "Remove all filters": dict(
        zip(
            LANGUAGES,
            [
                "Rimuovi tutti i filtri",
                "Alle Filter entfernen",
                "Odstrani vse filtre",
                "Αφαίρεση όλων των φίλτρων",
                "Eliminați toate filtrele",
                "Махни всички филтри",
                "Összes szűrő eltávolítása",
            ],
            strict=True,
        )
    ),
    "No filter applied: showing every practice, winners first.": dict(
        zip(
            LANGUAGES,
            [
                "Nessun filtro: tutte le pratiche, prima i vincitori.",
                "Kein Filter: alle Beispiele, Preisträger zuerst.",
                "Brez filtra: vse prakse, najprej zmagovalci.",
                "Χωρίς φίλτρο: όλες οι πρακτικές, πρώτα οι νικητές.",
                "Niciun filtru: toate practicile, întâi câștigătorii.",
                "Без филтър: всички практики, първо победителите.",
                "Nincs szűrő: minden gyakorlat, elöl a díjazottak.",
            ],
            strict=True,
        )
    ),
    "Not understood, so not applied:": dict(
        zip(
            LANGUAGES,
            [
                "Non compreso, quindi non applicato:",
                "Nicht verstanden, daher nicht angewendet:",
                "Ni razumljeno, zato ni uporabljeno:",
                "Δεν έγινε κατανοητό και δεν εφαρμόστηκε:",
                "Neînțeles, deci neaplicat:",
                "Неразпознато и затова неприложено:",
                "Nem értelmezhető, ezért nem alkalmaztuk:",
            ],
            strict=True,
        )
    ),
    "No practice matches these filters. Remove a filter to see more.": dict(
        zip(
            LANGUAGES,
            [
                "Nessuna pratica corrisponde a questi filtri. Rimuovi un filtro per vederne di più.",
                "Kein Beispiel passt zu diesen Filtern. Entfernen Sie einen Filter, um mehr zu sehen.",
                "Nobena praksa ne ustreza tem filtrom. Odstranite filter, da jih vidite več.",
                "Καμία πρακτική δεν ταιριάζει με αυτά τα φίλτρα. Αφαιρέστε ένα φίλτρο για να δείτε περισσότερες.",
                "Nicio practică nu corespunde acestor filtre. Eliminați un filtru pentru a vedea mai multe.",
                "Няма практики, отговарящи на тези филтри. Махнете филтър, за да видите повече.",
                "Egy gyakorlat sem felel meg ezeknek a szűrőknek. Távolítson el egy szűrőt, hogy többet lásson.",
            ],
            strict=True,
        )
    ),
    "Pages of results": dict(
        zip(
            LANGUAGES,
            [
                "Pagine dei risultati",
                "Ergebnisseiten",
                "Strani zadetkov",
                "Σελίδες αποτελεσμάτων",
                "Paginile rezultatelor",
                "Страници с резултати",
                "Találati oldalak",
            ],
            strict=True,
        )
    ),
    "Good practices by country": dict(
        zip(
            LANGUAGES,
            [
                "Buone pratiche per paese",
                "Gute Praxis nach Ländern",
                "Dobre prakse po državah",
                "Καλές πρακτικές ανά χώρα",
                "Bune practici pe țări",
                "Добри практики по държави",
                "Jó gyakorlatok országonként",
            ],
            strict=True,
        )
    ),
    "No practice has been published yet.": dict(
        zip(
            LANGUAGES,
            [
                "Non è ancora stata pubblicata nessuna pratica.",
                "Noch ist kein Beispiel veröffentlicht.",
                "Objavljena ni še nobena praksa.",
                "Δεν έχει δημοσιευτεί ακόμη καμία πρακτική.",
                "Nu a fost publicată încă nicio practică.",
                "Все още няма публикувани практики.",
                "Még nincs közzétett gyakorlat.",
            ],
            strict=True,
        )
    ),
    "Map of Europe: the number on each country is its number of good practices, as in the list.": dict(
        zip(
            LANGUAGES,
            [
                "Mappa d'Europa: il numero su ogni paese è il suo numero di buone pratiche, come nell'elenco.",
                "Europakarte: Die Zahl auf jedem Land ist die Zahl seiner Beispiele guter Praxis, wie in der Liste.",
                "Zemljevid Evrope: število na vsaki državi je število njenih dobrih praks, kot na seznamu.",
                "Χάρτης της Ευρώπης: ο αριθμός σε κάθε χώρα είναι ο αριθμός των καλών πρακτικών της, όπως στη λίστα.",
                "Harta Europei: numărul de pe fiecare țară este numărul ei de bune practici, ca în listă.",
                "Карта на Европа: числото върху всяка държава е броят на добрите ѝ практики, както в списъка.",
                "Európa térképe: az egyes országokon látható szám a jó gyakorlataik száma, ugyanúgy, mint a listában.",
            ],
            strict=True,
        )
    ),
    "Map data: Natural Earth.": dict(
        zip(
            LANGUAGES,
            [
                "Dati cartografici: Natural Earth.",
                "Kartendaten: Natural Earth.",
                "Podatki zemljevida: Natural Earth.",
                "Δεδομένα χάρτη: Natural Earth.",
                "Date cartografice: Natural Earth.",
                "Картографски данни: Natural Earth.",
                "Térképadatok: Natural Earth.",
            ],
            strict=True,
        )
    ),
    "CLARINET Award": dict(
        zip(
            LANGUAGES,
            [
                "Premio CLARINET",
                "CLARINET-Preis",
                "Nagrada CLARINET",
                "Βραβείο CLARINET",
                "Premiul CLARINET",
                "Награда CLARINET",
                "CLARINET-díj",
            ],
            strict=True,
        )
    ),
    "Organisation": dict(
        zip(
            LANGUAGES,
            [
                "Organizzazione",
                "Organisation",
                "Organizacija",
                "Φορέας",
                "Organizație",
                "Организация",
                "Szervezet",
            ],
            strict=True,
        )
    ),
    "Place": dict(zip(LANGUAGES, ["Luogo", "Ort", "Kraj", "Τόπος", "Loc", "Място", "Helyszín"], strict=True)),
    "Year": dict(zip(LANGUAGES, ["Anno", "Jahr", "Leto", "Έτος", "An", "Година", "Év"], strict=True)),
    "Themes": dict(
        zip(LANGUAGES, ["Temi", "Themen", "Teme", "Θέματα", "Teme", "Теми", "Témák"], strict=True)
    ),
    "Images": dict(
        zip(
            LANGUAGES,
            ["Immagini", "Bilder", "Slike", "Εικόνες", "Imagini", "Изображения", "Képek"],
            strict=True,
        )
    ),
    "Video": dict(
        zip(LANGUAGES, ["Video", "Video", "Video", "Βίντεο", "Video", "Видео", "Videó"], strict=True)
    ),
    "Visit the campaign's website": dict(
        zip(
            LANGUAGES,
            [
                "Visita il sito della campagna",
                "Zur Website der Kampagne",
                "Obiščite spletno stran kampanje",
                "Επισκεφθείτε τον ιστότοπο της εκστρατείας",
                "Vizitați site-ul campaniei",
                "Посетете сайта на кампанията",
                "A kampány honlapja",
            ],
            strict=True,
        )
    ),
    "Discussed in the toolkit": dict(
        zip(
            LANGUAGES,
            [
                "Se ne parla nel toolkit",
                "Im Toolkit besprochen",
                "Obravnavano v priročniku",
                "Αναφέρεται στην εργαλειοθήκη",
                "Discutată în ghid",
                "Обсъжда се в наръчника",
                "Az eszköztárban szerepel",
            ],
            strict=True,
        )
    ),
    "All good practices": dict(
        zip(
            LANGUAGES,
            [
                "Tutte le buone pratiche",
                "Alle Beispiele guter Praxis",
                "Vse dobre prakse",
                "Όλες οι καλές πρακτικές",
                "Toate bunele practici",
                "Всички добри практики",
                "Az összes jó gyakorlat",
            ],
            strict=True,
        )
    ),
    # Editors' validation messages
    "Enter a YouTube or Vimeo address.": dict(
        zip(
            LANGUAGES,
            [
                "Inserisci un indirizzo YouTube o Vimeo.",
                "Geben Sie eine YouTube- oder Vimeo-Adresse ein.",
                "Vnesite naslov YouTube ali Vimeo.",
                "Εισαγάγετε διεύθυνση YouTube ή Vimeo.",
                "Introduceți o adresă YouTube sau Vimeo.",
                "Въведете адрес от YouTube или Vimeo.",
                "Adjon meg egy YouTube- vagy Vimeo-címet.",
            ],
            strict=True,
        )
    ),
    "Give the video a title.": dict(
        zip(
            LANGUAGES,
            [
                "Dai un titolo al video.",
                "Geben Sie dem Video einen Titel.",
                "Videu dajte naslov.",
                "Δώστε τίτλο στο βίντεο.",
                "Dați un titlu videoclipului.",
                "Дайте заглавие на видеото.",
                "Adjon címet a videónak.",
            ],
            strict=True,
        )
    ),
    "This slug is the address of the one-page toolkit.": dict(
        zip(
            LANGUAGES,
            [
                "Questo slug è l'indirizzo del toolkit in una pagina.",
                "Dieser Kurzname ist die Adresse des Toolkits auf einer Seite.",
                "Ta kratki naslov je naslov priročnika na eni strani.",
                "Αυτό το slug είναι η διεύθυνση της εργαλειοθήκης σε μία σελίδα.",
                "Acest slug este adresa ghidului pe o singură pagină.",
                "Този кратък адрес е адресът на наръчника на една страница.",
                "Ez a rövid cím az egyoldalas eszköztár címe.",
            ],
            strict=True,
        )
    ),
}

# msgid: (msgid_plural, {language: [forms...]})
PLURALS: dict[str, tuple[str, dict[str, list[str]]]] = {
    "%(counter)s practice found": (
        "%(counter)s practices found",
        {
            "it": ["%(counter)s pratica trovata", "%(counter)s pratiche trovate"],
            "de": ["%(counter)s Beispiel gefunden", "%(counter)s Beispiele gefunden"],
            "sl": [
                "%(counter)s najdena praksa",
                "%(counter)s najdeni praksi",
                "%(counter)s najdene prakse",
                "%(counter)s najdenih praks",
            ],
            "el": ["Βρέθηκε %(counter)s πρακτική", "Βρέθηκαν %(counter)s πρακτικές"],
            "ro": [
                "%(counter)s practică găsită",
                "%(counter)s practici găsite",
                "%(counter)s de practici găsite",
            ],
            "bg": ["Намерена е %(counter)s практика", "Намерени са %(counter)s практики"],
            "hu": ["%(counter)s találat", "%(counter)s találat"],
        },
    ),
    "%(counter)s practice": (
        "%(counter)s practices",
        {
            "it": ["%(counter)s pratica", "%(counter)s pratiche"],
            "de": ["%(counter)s Beispiel", "%(counter)s Beispiele"],
            "sl": ["%(counter)s praksa", "%(counter)s praksi", "%(counter)s prakse", "%(counter)s praks"],
            "el": ["%(counter)s πρακτική", "%(counter)s πρακτικές"],
            "ro": ["%(counter)s practică", "%(counter)s practici", "%(counter)s de practici"],
            "bg": ["%(counter)s практика", "%(counter)s практики"],
            "hu": ["%(counter)s gyakorlat", "%(counter)s gyakorlat"],
        },
    ),
}


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def catalogue(language: str) -> str:
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: clarinet-site toolkit\\n"',
        f'"Language: {language}\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        f'"Plural-Forms: {PLURAL_FORMS[language]}\\n"',
        "",
    ]
    for msgid, translations in STRINGS.items():
        lines += [f"msgid {quote(msgid)}", f"msgstr {quote(translations[language])}", ""]
    for msgid, (plural, translations) in PLURALS.items():
        lines += [f"msgid {quote(msgid)}", f"msgid_plural {quote(plural)}"]
        lines += [f"msgstr[{index}] {quote(form)}" for index, form in enumerate(translations[language])]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent / "toolkit" / "locale"
    for language in LANGUAGES:
        path = root / language / "LC_MESSAGES" / "django.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(catalogue(language), encoding="utf-8")
    print(f"{len(STRINGS) + len(PLURALS)} strings written for {len(LANGUAGES)} languages under {root}")
