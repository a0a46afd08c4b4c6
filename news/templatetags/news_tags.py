"""Home page pieces of the news app: the latest news and the next event, as inclusion tags."""

from django import template
from django.utils import timezone

from clarinet_site.queries import listed_in, with_listing_images
from clarinet_site.templatetags.navigation_tags import home_children, site_root
from news.models import NewsIndexPage, NewsPage

register = template.Library()

LATEST_NEWS_COUNT = 3


def _site_news(context):
    """Return the live, public news pages of the request's site (none when the site has no root)."""
    root = site_root(context["request"])
    if root is None:
        return NewsPage.objects.none()
    return listed_in(NewsPage.objects.descendant_of(root).live().public())


@register.inclusion_tag("news/tags/latest_news.html", takes_context=True)
def latest_news(context, count: int = LATEST_NEWS_COUNT) -> dict:
    """Render the `count` newest news pages as cards, with a link to the news index; nothing when none."""
    items = list(with_listing_images(_site_news(context).order_by("-date", "-pk"), "themes")[:count])
    index = None
    if items:
        # Usually a child of home, which the menu has already read.
        index = (
            next(
                (
                    page
                    for page in home_children(context["request"])
                    if page.specific_class is NewsIndexPage and items[0].path.startswith(page.path)
                ),
                None,
            )
            or NewsIndexPage.objects.live().ancestor_of(items[0]).first()
        )
    return {"items": items, "index": index, "request": context["request"]}


@register.inclusion_tag("news/tags/next_event.html", takes_context=True)
def next_event(context) -> dict:
    """Render the next upcoming event; nothing when none is planned (an empty panel says nothing useful)."""
    today = timezone.localdate()
    event = with_listing_images(_site_news(context).upcoming_events(today), "themes").first()
    return {"event": event, "today": today, "request": context["request"]}


@register.filter
def news_is_upcoming(page: NewsPage, today=None) -> bool:
    """Return True if `page` is an event that has not ended by `today` (see `NewsPage.is_upcoming`)."""
    return page.is_upcoming(today)
