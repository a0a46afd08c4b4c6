"""Demo content of the campaigns app: the Constanța training (English, Romanian), the Kásád campaign (English,
Hungarian) and the Constanța residencies and public event (English, Romanian).

Facts come from the content brief only; people appear by role. Where the brief says nothing (number of
trainees, the artists' disciplines, the Hungarian local authority) the field stays empty rather than invented.
The pictures are drawn patterns standing in for photos, and their alt text says so.
"""

import datetime

from clarinet_site.demo.images import demo_image
from clarinet_site.demo.utils import translated, upsert_page
from clarinet_site.languages import DatePrecision
from clarinet_site.models import HomePage, PartnerOrganisation

from .models import CampaignGalleryImage, CampaignIndexPage, CampaignPage, TrainingIndexPage, TrainingPage

D = datetime.date
MONTH = DatePrecision.MONTH


def p(html: str) -> tuple:
    return ("paragraph", html)


def step(title: str, html: str) -> tuple:
    return ("step", {"title": title, "text": html})


PLACEHOLDER_ALT = {
    "en": "Abstract drawing of coloured circles and lines, standing in for a photo of the {what}.",
    "hu": "Színes körökből és vonalakból álló absztrakt rajz, {what} fényképe helyett.",
    "ro": "Desen abstract din cercuri și linii colorate, în locul unei fotografii de la {what}.",
}


def placeholder(title: str, what: dict[str, str], palette: str):
    """Return a drawn demo image whose alt text says which photo it stands in for."""
    alt = {code: PLACEHOLDER_ALT[code].format(what=text) for code, text in what.items()}
    return demo_image(title, alt, palette=palette)


def load_training(index: TrainingIndexPage) -> TrainingPage:
    """Create (if missing) the Constanța training (December 2020 – 12 February 2021) in English and Romanian."""
    host = PartnerOrganisation.objects.filter(name="Municipality of Constanța").first()
    organiser = PartnerOrganisation.objects.filter(name="Novapolis Association").first()
    image = placeholder(
        "Constanța training",
        {"en": "Constanța training", "ro": "formarea de la Constanța"},
        "sea",
    )
    modules = {
        "en": [
            ("module", {"topic": "social_media", "title": "", "description": ""}),
            ("module", {"topic": "campaign_tools", "title": "", "description": ""}),
            ("module", {"topic": "public_appearance", "title": "", "description": ""}),
        ],
        "ro": [
            ("module", {"topic": "social_media", "title": "Rețele sociale", "description": ""}),
            ("module", {"topic": "campaign_tools", "title": "Instrumente de campanie", "description": ""}),
            ("module", {"topic": "public_appearance", "title": "Apariția în public", "description": ""}),
        ],
    }
    methods = {
        "en": ["Lectures", "Case studies", "Individual and group exercises", "Good-practice sessions"],
        "ro": ["Prelegeri", "Studii de caz", "Exerciții individuale și de grup", "Sesiuni de bune practici"],
    }
    speakers = {
        "en": [
            ("speaker", {"role": "Guest speaker", "origin": town})
            for town in ("Timișoara", "Brașov", "Constanța")
        ],
        "ro": [
            ("speaker", {"role": "Vorbitor invitat", "origin": town})
            for town in ("Timișoara", "Brașov", "Constanța")
        ],
    }
    fields = {
        **translated(
            "title",
            {
                "en": "Constanța: training for the City Hall's staff",
                "ro": "Constanța: formare pentru personalul Primăriei",
            },
        ),
        **translated("slug", {"ro": "formare-constanta"}),
        **translated(
            "intro",
            {
                "en": "From December 2020 to February 2021, Novapolis and Constanța City Hall trained local "
                "authority staff to communicate about migration and integration.",
                "ro": "Din decembrie 2020 până în februarie 2021, Novapolis și Primăria Constanța au pregătit "
                "personalul autorității locale să comunice despre migrație și integrare.",
            },
        ),
        **translated(
            "body",
            {
                "en": [
                    p(
                        "<p>CLARINET trains the staff of border local authorities on the job, with expert "
                        "support on demand. In Constanța the training was run by the Novapolis Association "
                        "together with Constanța City Hall.</p>"
                    )
                ],
                "ro": [
                    p(
                        "<p>CLARINET formează la locul de muncă personalul autorităților locale de frontieră, "
                        "cu sprijin de specialitate la cerere. La Constanța, formarea a fost organizată de "
                        "Asociația Novapolis împreună cu Primăria Constanța.</p>"
                    )
                ],
            },
        ),
        **translated("modules", modules),
        **translated(
            "methods", {code: [("method", text) for text in items] for code, items in methods.items()}
        ),
        **translated("speakers", speakers),
        **translated(
            "outcomes",
            {
                "en": [
                    p(
                        "<p>The training ended on 12 February 2021. The City Hall then prepared its local "
                        "campaign: two artist residencies in July and August 2021 and a public event on "
                        "10 September 2021.</p>"
                    )
                ],
                "ro": [
                    p(
                        "<p>Formarea s-a încheiat pe 12 februarie 2021. Primăria și-a pregătit apoi campania "
                        "locală: două rezidențe artistice în iulie și august 2021 și un eveniment public pe "
                        "10 septembrie 2021.</p>"
                    )
                ],
            },
        ),
        "country": "RO",
        "host_authority": host,
        "organising_partner": organiser,
        "start_date": D(2020, 12, 1),
        "start_precision": MONTH,
        "end_date": D(2021, 2, 12),
        "end_precision": DatePrecision.DAY,
        "listing_image": image,
    }
    return upsert_page(index, TrainingPage, "constanta-training", **fields)


def load_kasad(index: CampaignIndexPage) -> CampaignPage:
    """Create (if missing) the Kásád campaign (1–3 October 2021) in English and Hungarian."""
    images = [
        placeholder(
            "Kásád solidarity day",
            {"en": "solidarity day in Kásád", "hu": "a kásádi szolidaritási nap"},
            "earth",
        ),
        placeholder(
            "Kásád co-creative painting",
            {"en": "co-creative painting", "hu": "a közös festés"},
            "dusk",
        ),
        placeholder(
            "Kásád family programmes",
            {"en": "family programmes", "hu": "a családi programok"},
            "forest",
        ),
    ]
    captions = [
        ("Solidarity day, 2 October 2021", "Szolidaritási nap, 2021. október 2."),
        ("The co-creative painting, led by a local Roma painter", "A közös festés egy helyi roma festővel"),
        ("Intercultural family programmes", "Interkulturális családi programok"),
    ]
    gallery = [
        CampaignGalleryImage(image=image, caption_en=en, caption_hu=hu, sort_order=n)
        for n, (image, (en, hu)) in enumerate(zip(images, captions, strict=True))
    ]
    activities = {
        "en": [
            (
                "event",
                {
                    "title": "Solidarity day",
                    "start_date": D(2021, 10, 2),
                    "place": "Kásád",
                    "description": "<p>A day for the whole village: intercultural family programmes and a "
                    "co-creative painting led by a local Roma painter.</p>",
                },
            ),
            (
                "event",
                {
                    "title": "Co-creative painting",
                    "start_date": D(2021, 10, 2),
                    "place": "Kásád",
                    "description": "<p>Residents painted one picture together, guided by a local Roma "
                    "painter.</p>",
                },
            ),
            (
                "event",
                {
                    "title": "Filming the interviews",
                    "start_date": D(2021, 10, 2),
                    "end_date": D(2021, 10, 3),
                    "place": "Kásád",
                    "description": "<p>Local people spoke on camera about migration and refugee flows. "
                    "The film is coming soon.</p>",
                },
            ),
        ],
        "hu": [
            (
                "event",
                {
                    "title": "Szolidaritási nap",
                    "start_date": D(2021, 10, 2),
                    "place": "Kásád",
                    "description": "<p>Egy nap az egész falunak: interkulturális családi programok és egy "
                    "helyi roma festő vezette közös festés.</p>",
                },
            ),
            (
                "event",
                {
                    "title": "Közös festés",
                    "start_date": D(2021, 10, 2),
                    "place": "Kásád",
                    "description": "<p>A lakók egy helyi roma festő vezetésével közösen festettek egy "
                    "képet.</p>",
                },
            ),
            (
                "event",
                {
                    "title": "Az interjúfilm forgatása",
                    "start_date": D(2021, 10, 2),
                    "end_date": D(2021, 10, 3),
                    "place": "Kásád",
                    "description": "<p>Helyi lakosok beszéltek a kamera előtt a migrációról és a "
                    "menekülthullámokról. A film hamarosan elkészül.</p>",
                },
            ),
        ],
    }
    fields = {
        **translated(
            "title",
            {
                "en": "Kásád: a village celebrates solidarity and diversity",
                "hu": "Kásád: a falu a szolidaritást és a sokszínűséget ünnepli",
            },
        ),
        **translated("slug", {"hu": "kasad"}),
        **translated(
            "intro",
            {
                "en": "On the southern border of Hungary, more than 100 residents of Kásád and nearby villages "
                "spent a day together painting, playing and talking about what hospitality means.",
                "hu": "Magyarország déli határán Kásád és a környező falvak több mint 100 lakója töltött együtt "
                "egy napot: festettek, játszottak, és arról beszélgettek, mit jelent a vendégszeretet.",
            },
        ),
        **translated("town", {"en": "Kásád", "hu": "Kásád"}),
        **translated("theme", {"en": "Solidarity and diversity", "hu": "Szolidaritás és sokszínűség"}),
        **translated(
            "body",
            {
                "en": [
                    p(
                        "<p>Kásád is a village in Baranya county, on Hungary's southern border. Croatian, "
                        "German, Roma and Hungarian identities live side by side here, and the campaign set "
                        "out to make that diversity visible.</p>"
                    ),
                    p(
                        "<p>The campaign is linked to 3 October, the anniversary of the 2013 shipwreck off "
                        "Lampedusa, which is proposed as a European Day of Memory and Welcome.</p>"
                    ),
                ],
                "hu": [
                    p(
                        "<p>Kásád Baranya megyei falu Magyarország déli határán. Itt horvát, német, roma és "
                        "magyar identitás él egymás mellett, és a kampány ezt a sokszínűséget akarta "
                        "láthatóvá tenni.</p>"
                    ),
                    p(
                        "<p>A kampány október 3-ához kapcsolódik: a 2013-as lampedusai hajótörés évfordulóját "
                        "az emlékezés és befogadás európai napjának javasolják.</p>"
                    ),
                ],
            },
        ),
        **translated(
            "preparation",
            {
                "en": [
                    p(
                        "<p>The dates were chosen around 3 October, to link a village event to a European day "
                        "of memory and welcome.</p>"
                    )
                ],
                "hu": [
                    p(
                        "<p>Az időpontot október 3. köré szervezték, hogy egy falusi eseményt egy európai "
                        "emléknaphoz kössenek.</p>"
                    )
                ],
            },
        ),
        **translated(
            "implementation",
            {
                "en": [
                    step(
                        "Solidarity day",
                        "<p>Intercultural family programmes and a co-creative painting on 2 October 2021.</p>",
                    ),
                    step(
                        "Interview film",
                        "<p>Interviews with local people about migration and refugee flows, filmed on 2 and "
                        "3 October 2021.</p>",
                    ),
                    step(
                        "Social-media campaign",
                        "<p>Posts asking what hospitality means to Hungarians.</p>",
                    ),
                ],
                "hu": [
                    step(
                        "Szolidaritási nap",
                        "<p>Interkulturális családi programok és közös festés 2021. október 2-án.</p>",
                    ),
                    step(
                        "Interjúfilm",
                        "<p>Interjúk helyi lakosokkal a migrációról és a menekülthullámokról, 2021. október "
                        "2-án és 3-án forgatva.</p>",
                    ),
                    step(
                        "Közösségimédia-kampány",
                        "<p>Bejegyzések arról, mit jelent a vendégszeretet a magyarok számára.</p>",
                    ),
                ],
            },
        ),
        **translated(
            "evaluation",
            {
                "en": [
                    p(
                        "<p>More than 100 residents of Kásád and the nearby villages took part. The "
                        "interview film is coming soon.</p>"
                    )
                ],
                "hu": [
                    p(
                        "<p>Kásád és a környező falvak több mint 100 lakója vett részt. Az interjúfilm "
                        "hamarosan elkészül.</p>"
                    )
                ],
            },
        ),
        **translated("activities", activities),
        **translated(
            "audience",
            {
                "en": [
                    (
                        "figure",
                        {
                            "measure": "participants",
                            "number": 100,
                            "at_least": True,
                            "label": "residents of Kásád and nearby villages took part",
                            "source": "the CLARINET partnership's account of the campaign",
                        },
                    )
                ],
                "hu": [
                    (
                        "figure",
                        {
                            "measure": "participants",
                            "number": 100,
                            "at_least": True,
                            "label": "kásádi és környékbeli lakos vett részt",
                            "source": "a CLARINET partnerség beszámolója a kampányról",
                        },
                    )
                ],
            },
        ),
        "country": "HU",
        "start_date": D(2021, 10, 1),
        "start_precision": DatePrecision.DAY,
        "end_date": D(2021, 10, 3),
        "end_precision": DatePrecision.DAY,
        "listing_image": images[0],
        "gallery_images": gallery,
    }
    return upsert_page(index, CampaignPage, "kasad", **fields)


def load_constanta(index: CampaignIndexPage, training: TrainingPage) -> CampaignPage:
    """Create (if missing) the Constanța residencies and public event (July – 10 September 2021), English and
    Romanian."""
    authority = PartnerOrganisation.objects.filter(name="Municipality of Constanța").first()
    images = [
        placeholder(
            "Constanța residencies",
            {"en": "artist residencies in Constanța", "ro": "rezidențele artistice de la Constanța"},
            "sea",
        ),
        placeholder(
            "Constanța public event",
            {"en": "public event in Constanța", "ro": "evenimentul public de la Constanța"},
            "dusk",
        ),
    ]
    captions = [
        ("Artist residencies, July and August 2021", "Rezidențe artistice, iulie și august 2021"),
        (
            "Migration stories: places, people, communities",
            "Povești despre migrație: locuri, oameni, comunități",
        ),
    ]
    gallery = [
        CampaignGalleryImage(image=image, caption_en=en, caption_ro=ro, sort_order=n)
        for n, (image, (en, ro)) in enumerate(zip(images, captions, strict=True))
    ]

    def residency(title, place, role, concept, steps):
        return (
            "residency",
            {
                "title": title,
                "start_date": D(2021, 7, 1),
                "start_precision": MONTH,
                "end_date": D(2021, 8, 31),
                "end_precision": MONTH,
                "place": place,
                "artists": [{"role": role, "discipline": ""}, {"role": role, "discipline": ""}],
                "disciplines": "",
                "concept": concept,
                "timeline": [
                    {
                        "start_date": start,
                        "start_precision": precision,
                        "end_date": end,
                        "end_precision": precision,
                        "text": text,
                    }
                    for start, end, precision, text in steps
                ],
            },
        )

    def public_event(title, description):
        return (
            "event",
            {"title": title, "start_date": D(2021, 9, 10), "place": "Constanța", "description": description},
        )

    activities = {
        "en": [
            residency(
                "Artist residencies",
                "Constanța",
                "Artist in residence",
                "<p>Two artists met migrants and the people who work with them, to turn what they heard into "
                "art for the public event.</p>",
                [
                    (D(2021, 7, 1), D(2021, 8, 31), MONTH, "Visits to a refugee integration centre"),
                    (D(2021, 7, 1), D(2021, 8, 31), MONTH, "A language class with migrants"),
                    (D(2021, 9, 10), None, DatePrecision.DAY, "Work shown at the public event"),
                ],
            ),
            public_event(
                "Migration stories: places, people, communities",
                "<p>An exhibition, music, traditional Dobrogean dance and a debate on the role of local "
                "authorities.</p>",
            ),
        ],
        "ro": [
            residency(
                "Rezidențe artistice",
                "Constanța",
                "Artist în rezidență",
                "<p>Doi artiști s-au întâlnit cu migranți și cu cei care lucrează cu ei, pentru a transforma "
                "ceea ce au aflat în artă pentru evenimentul public.</p>",
                [
                    (D(2021, 7, 1), D(2021, 8, 31), MONTH, "Vizite la un centru de integrare a refugiaților"),
                    (D(2021, 7, 1), D(2021, 8, 31), MONTH, "O oră de limbă cu migranți"),
                    (D(2021, 9, 10), None, DatePrecision.DAY, "Lucrările prezentate la evenimentul public"),
                ],
            ),
            public_event(
                "Povești despre migrație: locuri, oameni, comunități",
                "<p>O expoziție, muzică, dans tradițional dobrogean și o dezbatere despre rolul autorităților "
                "locale.</p>",
            ),
        ],
    }
    fields = {
        **translated(
            "title",
            {
                "en": "Constanța: migration stories in artist residencies and a public event",
                "ro": "Constanța: povești despre migrație în rezidențe artistice și un eveniment public",
            },
        ),
        **translated("slug", {"ro": "constanta"}),
        **translated(
            "intro",
            {
                "en": "In the summer of 2021 two artists spent time with migrants in Constanța; on 10 September "
                "the city shared their stories at a public event.",
                "ro": "În vara lui 2021, doi artiști au petrecut timp cu migranți la Constanța; pe 10 septembrie, "
                "orașul le-a împărtășit poveștile într-un eveniment public.",
            },
        ),
        **translated("town", {"en": "Constanța", "ro": "Constanța"}),
        **translated("theme", {"en": "Migration stories", "ro": "Povești despre migrație"}),
        **translated(
            "body",
            {
                "en": [
                    p(
                        "<p>Constanța, the port city of Dobrogea on the Black Sea, ran its CLARINET campaign "
                        "after its staff had completed the training in February 2021.</p>"
                    )
                ],
                "ro": [
                    p(
                        "<p>Constanța, orașul-port al Dobrogei la Marea Neagră, și-a desfășurat campania "
                        "CLARINET după ce personalul a încheiat formarea în februarie 2021.</p>"
                    )
                ],
            },
        ),
        **translated(
            "preparation",
            {
                "en": [
                    p(
                        "<p>City Hall staff took part in the CLARINET training from December 2020 to February 2021.</p>"
                    )
                ],
                "ro": [
                    p(
                        "<p>Personalul Primăriei a participat la formarea CLARINET din decembrie 2020 până în "
                        "februarie 2021.</p>"
                    )
                ],
            },
        ),
        **translated(
            "implementation",
            {
                "en": [
                    step("Artist residencies", "<p>July and August 2021, with two artists.</p>"),
                    step("Public event", "<p>10 September 2021: exhibition, music, dance and debate.</p>"),
                ],
                "ro": [
                    step("Rezidențe artistice", "<p>Iulie și august 2021, cu doi artiști.</p>"),
                    step(
                        "Eveniment public",
                        "<p>10 septembrie 2021: expoziție, muzică, dans și dezbatere.</p>",
                    ),
                ],
            },
        ),
        **translated("activities", activities),
        "country": "RO",
        "local_authority": authority,
        "training": training,
        "start_date": D(2021, 7, 1),
        "start_precision": MONTH,
        "end_date": D(2021, 9, 10),
        "end_precision": DatePrecision.DAY,
        "listing_image": images[0],
        "gallery_images": gallery,
    }
    return upsert_page(index, CampaignPage, "constanta", **fields)


def load(home: HomePage) -> None:
    """Load the trainings and campaigns demo content under the section index pages of `home`."""
    training_index = TrainingIndexPage.objects.child_of(home).first()
    campaign_index = CampaignIndexPage.objects.child_of(home).first()
    if training_index is None or campaign_index is None:
        return
    training = load_training(training_index)
    load_kasad(campaign_index)
    load_constanta(campaign_index, training)
