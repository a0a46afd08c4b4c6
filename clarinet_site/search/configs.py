"""PostgreSQL text search configurations per site language, and the accent folding SQLite's search uses.

Every configuration is a copy of PostgreSQL's own for the language (English, Italian, German, Greek, Romanian,
Hungarian) with the `unaccent` dictionary in front of the stemmer, so "Constanta" finds "Constanța";
Slovenian and Bulgarian have no stemmer in PostgreSQL 15 and get an unaccented `simple` configuration. The
configurations are created by the migration `clarinet_site.migrations` (search index), from `CONFIGURATIONS`.
"""

import unicodedata

#: Site language code: PostgreSQL's configuration the site's one copies ("simple": no stemming).
BASE_CONFIGURATIONS = {
    "en": "english",
    "it": "italian",
    "de": "german",
    "sl": "simple",
    "el": "greek",
    "ro": "romanian",
    "bg": "simple",
    "hu": "hungarian",
}

#: The token types of PostgreSQL's default parser that hold words (`\dF+ english`).
WORD_TOKENS = "asciihword, asciiword, hword, hword_asciipart, hword_part, word"


def configuration(language_code: str) -> str:
    """Return the name of the site's text search configuration for a site language ("clarinet_hu").

    Raises KeyError for a code that is not a site language.
    """
    BASE_CONFIGURATIONS[language_code]
    return f"clarinet_{language_code}"


def create_sql(language_code: str) -> list[str]:
    """Return the SQL statements creating `language_code`'s configuration (after the `unaccent` extension)."""
    name, base = configuration(language_code), BASE_CONFIGURATIONS[language_code]
    stemmer = "simple" if base == "simple" else f"{base}_stem"
    return [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
        f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, {stemmer}",
    ]


def fold(text: str) -> str:
    """Return `text` in lower case without accents ("Constanța" gives "constanta", "Ώρα" gives "ωρα").

    What the SQLite search compares: Unicode compatibility decomposition (NFKD) with the combining marks
    dropped, then case folding.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
