"""Demo content of the contact page: its form fields, intro and thank-you text in the 8 site languages.

Storage keys (`clean_name`) are set explicitly, so reloading the demo never changes them.
"""

from django.conf import settings
from django.utils import translation

from clarinet_site.demo.utils import translated
from clarinet_site.models import ContactFormField, ContactPage


def retention_months() -> int:
    """Return CONTACT_RETENTION_DAYS as whole months (365 days -> 12), for texts that state the period."""
    return max(1, round(settings.CONTACT_RETENTION_DAYS / 30.44))


INTRO = {
    "en": "Write to the project coordinator in your own language. We answer by e-mail, usually within a week.",
    "it": "Scrivete al coordinatore del progetto nella vostra lingua. Rispondiamo per e-mail, di solito entro "
    "una settimana.",
    "de": "Schreiben Sie der Projektkoordination in Ihrer Sprache. Wir antworten per E-Mail, meist innerhalb "
    "einer Woche.",
    "sl": "Pišite koordinatorju projekta v svojem jeziku. Odgovorimo po e-pošti, običajno v enem tednu.",
    "el": "Γράψτε στον συντονιστή του έργου στη γλώσσα σας. Απαντάμε με e-mail, συνήθως μέσα σε μία εβδομάδα.",
    "ro": "Scrieți coordonatorului proiectului în limba dumneavoastră. Răspundem prin e-mail, de obicei în "
    "decurs de o săptămână.",
    "bg": "Пишете на координатора на проекта на своя език. Отговаряме по имейл, обикновено до една седмица.",
    "hu": "Írjon a projekt koordinátorának a saját nyelvén. E-mailben válaszolunk, általában egy héten belül.",
}

THANK_YOU = {
    "en": "<p>We have received your message. The project coordinator will answer you by e-mail.</p>",
    "it": "<p>Abbiamo ricevuto il vostro messaggio. Il coordinatore del progetto vi risponderà per e-mail.</p>",
    "de": "<p>Wir haben Ihre Nachricht erhalten. Die Projektkoordination antwortet Ihnen per E-Mail.</p>",
    "sl": "<p>Vaše sporočilo smo prejeli. Koordinator projekta vam bo odgovoril po e-pošti.</p>",
    "el": "<p>Λάβαμε το μήνυμά σας. Ο συντονιστής του έργου θα σας απαντήσει με e-mail.</p>",
    "ro": "<p>Am primit mesajul dumneavoastră. Coordonatorul proiectului vă va răspunde prin e-mail.</p>",
    "bg": "<p>Получихме съобщението ви. Координаторът на проекта ще ви отговори по имейл.</p>",
    "hu": "<p>Megkaptuk az üzenetét. A projekt koordinátora e-mailben válaszol Önnek.</p>",
}


def form_fields() -> list[dict]:
    """Return the delivered form fields as dicts of model attributes (translated columns included)."""
    months = retention_months()
    return [
        {
            "clean_name": "name",
            "field_type": "singleline",
            "required": True,
            "autocomplete": "name",
            **translated(
                "label",
                {
                    "en": "Your name",
                    "it": "Nome e cognome",
                    "de": "Ihr Name",
                    "sl": "Vaše ime",
                    "el": "Το όνομά σας",
                    "ro": "Numele dumneavoastră",
                    "bg": "Вашето име",
                    "hu": "Az Ön neve",
                },
            ),
        },
        {
            "clean_name": "email",
            "field_type": "email",
            "required": True,
            "autocomplete": "email",
            **translated(
                "label",
                {
                    "en": "Your e-mail address",
                    "it": "Il vostro indirizzo e-mail",
                    "de": "Ihre E-Mail-Adresse",
                    "sl": "Vaš e-poštni naslov",
                    "el": "Η διεύθυνση e-mail σας",
                    "ro": "Adresa dumneavoastră de e-mail",
                    "bg": "Вашият имейл адрес",
                    "hu": "Az Ön e-mail-címe",
                },
            ),
            **translated(
                "help_text",
                {
                    "en": "We answer to this address and use it for nothing else.",
                    "it": "Rispondiamo a questo indirizzo e non lo usiamo per altro.",
                    "de": "Wir antworten an diese Adresse und nutzen sie für nichts anderes.",
                    "sl": "Na ta naslov odgovorimo in ga ne uporabimo za nič drugega.",
                    "el": "Απαντάμε σε αυτή τη διεύθυνση και δεν τη χρησιμοποιούμε για τίποτε άλλο.",
                    "ro": "Vă răspundem la această adresă și nu o folosim în alt scop.",
                    "bg": "Отговаряме на този адрес и не го използваме за нищо друго.",
                    "hu": "Erre a címre válaszolunk, és semmi másra nem használjuk.",
                },
            ),
        },
        {
            "clean_name": "organisation",
            "field_type": "singleline",
            "required": False,
            "autocomplete": "organization",
            **translated(
                "label",
                {
                    "en": "Organisation",
                    "it": "Organizzazione",
                    "de": "Organisation",
                    "sl": "Organizacija",
                    "el": "Οργανισμός",
                    "ro": "Organizația",
                    "bg": "Организация",
                    "hu": "Szervezet",
                },
            ),
            **translated(
                "help_text",
                {
                    "en": "For example your municipality, newspaper or association.",
                    "it": "Ad esempio il vostro comune, giornale o associazione.",
                    "de": "Zum Beispiel Ihre Gemeinde, Zeitung oder Ihr Verein.",
                    "sl": "Na primer vaša občina, časopis ali društvo.",
                    "el": "Για παράδειγμα ο δήμος, η εφημερίδα ή ο σύλλογός σας.",
                    "ro": "De exemplu primăria, ziarul sau asociația dumneavoastră.",
                    "bg": "Например вашата община, вестник или сдружение.",
                    "hu": "Például az Ön önkormányzata, újságja vagy egyesülete.",
                },
            ),
        },
        {
            "clean_name": "topic",
            "field_type": "dropdown",
            "required": True,
            "autocomplete": "off",
            **translated(
                "label",
                {
                    "en": "Topic",
                    "it": "Argomento",
                    "de": "Thema",
                    "sl": "Tema",
                    "el": "Θέμα",
                    "ro": "Subiect",
                    "bg": "Тема",
                    "hu": "Téma",
                },
            ),
            # One choice per line, in the same order in every language (the English text is stored).
            **translated(
                "choices",
                {
                    "en": "General question\nPress and media\nLocal authorities and training\n"
                    "CLARINET Award and toolkit\nSomething else",
                    "it": "Domanda generale\nStampa e media\nEnti locali e formazione\n"
                    "Premio CLARINET e toolkit\nAltro",
                    "de": "Allgemeine Frage\nPresse und Medien\nGemeinden und Schulungen\n"
                    "CLARINET-Preis und Toolkit\nEtwas anderes",
                    "sl": "Splošno vprašanje\nTisk in mediji\nLokalne skupnosti in usposabljanje\n"
                    "Nagrada CLARINET in priročnik\nNekaj drugega",
                    "el": "Γενική ερώτηση\nΤύπος και μέσα ενημέρωσης\nΤοπικές αρχές και εκπαίδευση\n"
                    "Βραβείο CLARINET και εργαλειοθήκη\nΚάτι άλλο",
                    "ro": "Întrebare generală\nPresă și media\nAutorități locale și formare\n"
                    "Premiul CLARINET și ghidul\nAltceva",
                    "bg": "Общ въпрос\nПреса и медии\nМестни власти и обучение\n"
                    "Награда CLARINET и наръчник\nДруго",
                    "hu": "Általános kérdés\nSajtó és média\nÖnkormányzatok és képzés\n"
                    "CLARINET-díj és eszköztár\nEgyéb",
                },
            ),
        },
        {
            "clean_name": "message",
            "field_type": "multiline",
            "required": True,
            "autocomplete": "off",
            **translated(
                "label",
                {
                    "en": "Your message",
                    "it": "Il vostro messaggio",
                    "de": "Ihre Nachricht",
                    "sl": "Vaše sporočilo",
                    "el": "Το μήνυμά σας",
                    "ro": "Mesajul dumneavoastră",
                    "bg": "Вашето съобщение",
                    "hu": "Az Ön üzenete",
                },
            ),
            **translated(
                "help_text",
                {
                    "en": "At most 5,000 characters and 2 links.",
                    "it": "Al massimo 5.000 caratteri e 2 link.",
                    "de": "Höchstens 5.000 Zeichen und 2 Links.",
                    "sl": "Največ 5.000 znakov in 2 povezavi.",
                    "el": "Έως 5.000 χαρακτήρες και 2 σύνδεσμοι.",
                    "ro": "Cel mult 5.000 de caractere și 2 linkuri.",
                    "bg": "Най-много 5000 знака и 2 връзки.",
                    "hu": "Legfeljebb 5000 karakter és 2 hivatkozás.",
                },
            ),
        },
        {
            "clean_name": "privacy",
            "field_type": "checkbox",
            "required": True,
            "autocomplete": "",
            **translated(
                "label",
                {
                    "en": f"I have read the privacy notice: my message is kept for {months} months so that the "
                    "coordinator can answer it, then deleted.",
                    "it": f"Ho letto l'informativa sulla privacy: il mio messaggio è conservato per {months} mesi "
                    "per potermi rispondere, poi cancellato.",
                    "de": f"Ich habe den Datenschutzhinweis gelesen: Meine Nachricht wird {months} Monate "
                    "aufbewahrt, damit die Koordination antworten kann, und dann gelöscht.",
                    "sl": f"Prebral(-a) sem obvestilo o zasebnosti: moje sporočilo se hrani {months} mesecev, da "
                    "lahko koordinator odgovori, nato se izbriše.",
                    "el": f"Διάβασα τη δήλωση απορρήτου: το μήνυμά μου φυλάσσεται για {months} μήνες ώστε να "
                    "απαντήσει ο συντονιστής και έπειτα διαγράφεται.",
                    "ro": f"Am citit nota de confidențialitate: mesajul meu este păstrat {months} luni pentru a "
                    "putea primi răspuns, apoi este șters.",
                    "bg": f"Прочетох декларацията за поверителност: съобщението ми се пази {months} месеца, за "
                    "да може координаторът да отговори, след което се изтрива.",
                    "hu": f"Elolvastam az adatvédelmi tájékoztatót: üzenetemet {months} hónapig őrzik meg, hogy a "
                    "koordinátor válaszolhasson rá, utána törlik.",
                },
            ),
        },
    ]


def load_contact_form(page: ContactPage) -> ContactPage:
    """Give the contact `page` its demo intro, thank-you text and form fields, then publish it; return it.

    Fields are matched by storage key, so running the loader again updates them in place (no duplicates,
    no key changes).
    """
    with translation.override("en"):
        existing = {field.clean_name: field for field in page.form_fields.all()}
        fields = []
        for order, spec in enumerate(form_fields()):
            field = existing.get(spec["clean_name"]) or ContactFormField(page=page)
            for name, value in spec.items():
                setattr(field, name, value)
            field.sort_order = order
            fields.append(field)
        page.form_fields = fields
        for name, value in {**translated("intro", INTRO), **translated("thank_you_text", THANK_YOU)}.items():
            setattr(page, name, value)
        page.save_revision().publish()
    page.refresh_from_db()
    return page
