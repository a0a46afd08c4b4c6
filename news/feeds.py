"""RSS 2.0 and Atom feeds of the news, one per language (served under the language prefix).

Built on Django's syndication framework. Text typed by editors goes through `xml_safe` first: XML 1.0
forbids most control characters (https://www.w3.org/TR/xml/#charsets), and Django's feed writer raises
on them, which would turn a pasted stray character into a 500.
"""

import datetime
import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from clarinet_site.models import SiteSettings
from clarinet_site.models.base import Availability
from clarinet_site.queries import listed_in
from clarinet_site.site_address import absolute_url

from .models import NewsIndexPage, NewsPage

FEED_LENGTH = 20

# Characters outside XML 1.0's `Char` production: C0 controls except tab/newline/return, surrogates,
# U+FFFE and U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str | None) -> str:
    """Return `text` without the characters XML 1.0 forbids (None gives ""); everything else is kept."""
    return XML_INVALID.sub("", text or "")


class NewsRssFeed(Feed):
    """The latest news of the site serving the request, in the active language, as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def get_object(self, request: HttpRequest, *args, **kwargs) -> NewsIndexPage:
        """Return the live news index of the request's site; raise Http404 when there is none."""
        self.request = request
        site = Site.find_for_request(request)
        index = None
        if site is not None:
            index = (
                NewsIndexPage.objects.live().public().descendant_of(site.root_page, inclusive=True).first()
            )
        if index is None:
            raise Http404("No news index page")
        return index

    def title(self, index: NewsIndexPage) -> str:
        return xml_safe(f"CLARINET – {index.title}")

    def link(self, index: NewsIndexPage) -> str:
        return index.get_full_url(self.request)

    def feed_url(self, index: NewsIndexPage) -> str:
        """The feed's own address, on the site's configured address (`SITE_URL`) like every other link."""
        return absolute_url(self.request.path, self.request)

    def description(self, index: NewsIndexPage) -> str:
        return xml_safe(index.intro) or _("News and events of the CLARINET project.")

    def items(self, index: NewsIndexPage):
        return (
            listed_in(NewsPage.objects.child_of(index).live().public())
            .prefetch_related("themes")
            .order_by("-date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item: NewsPage) -> str:
        return xml_safe(item.title)

    def item_description(self, item: NewsPage) -> str:
        """The intro, preceded for an event by its dates and place (plain text); an item shown in English
        because it is marked for every language says so first (a feed cannot mark the language of a part)."""
        parts = []
        if item.availability() == Availability.IN_ENGLISH:
            parts.append(f"({_('In English')})")
        if item.is_event:
            parts.append(", ".join(filter(None, [item.event_dates_display, item.event_place_display])) + ".")
        parts.append(item.intro)
        return xml_safe(" ".join(part for part in parts if part))

    def item_link(self, item: NewsPage) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item: NewsPage) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item: NewsPage) -> datetime.datetime | None:
        return item.last_published_at

    def item_categories(self, item: NewsPage) -> list[str]:
        return [xml_safe(theme.name) for theme in item.themes.all()]


class NewsAtomFeed(NewsRssFeed):
    """The same news as an Atom 1.0 feed, with the project as its author.

    RFC 4287 §4.1.1: an atom:feed must contain an atom:author unless every entry has one; the news are
    the project's, so the feed names the project (site settings' project name) and links to its home page.
    """

    feed_type = Atom1Feed

    def author_name(self, index: NewsIndexPage) -> str:
        return xml_safe(SiteSettings.for_request(self.request).project_name) or settings.WAGTAIL_SITE_NAME

    def author_link(self, index: NewsIndexPage) -> str:
        return index.get_parent().get_full_url(self.request)

    def subtitle(self, index: NewsIndexPage) -> str:
        return self.description(index)
