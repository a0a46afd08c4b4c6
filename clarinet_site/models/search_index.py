"""The site search's own index: one row per page or document and language it is listed in (issue 14).

Wagtail's database search backend has one text search configuration per backend and wagtail-modeltranslation
puts every language of a page into one document (design.md, "Known pitfalls"), so a language-aware search
keeps its own rows: each holds the text a visitor of one language reads, and on PostgreSQL a `tsvector` built
with that text's language configuration (`clarinet_site.search.configs`). Rows are written by
`clarinet_site.search.indexing`, driven by background tasks; deleting a page or document deletes its rows.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

#: The `kind` of a document's rows; a page's rows carry its model's label in lower case ("news.newspage").
DOCUMENT_KIND = "document"


class SearchEntry(models.Model):
    """What visitors of `language` find of one page or document: its texts, type, section and date."""

    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    document = models.ForeignKey(
        "clarinet_site.CustomDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    #: The language whose search shows the row.
    language = models.CharField(max_length=7)
    #: The language the texts are in: `language`, or English for a page shown everywhere in English.
    text_language = models.CharField(max_length=7)
    kind = models.CharField(max_length=100)
    #: The child of the home page the page is in (the section); the downloads page for documents.
    section = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField(null=True, blank=True)
    #: How much of `date` is known (`clarinet_site.languages.DatePrecision`): a campaign may give only a month.
    date_precision = models.CharField(max_length=5, default="day")
    title = models.TextField()
    intro = models.TextField(blank=True)
    body = models.TextField(blank=True)
    #: Title, intro and body in lower case without accents: what the simpler search on SQLite looks in.
    folded_text = models.TextField(blank=True)
    #: Title (weight A), intro (B) and body (C) by `text_language`'s configuration; PostgreSQL only (a GIN
    #: index is added there by migration), NULL elsewhere.
    search_vector = SearchVectorField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
