"""Home page pieces of the news app: the latest news and the next event, as inclusion tags."""

from django import template
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from clarinet_site.languages import current_language
from clarinet_site.page_cache import fragment
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


@register.simple_tag(takes_context=True)
def home_news(context) -> SafeString:
    """Render the home page's news panel (`news/includes/home_news.html`: the latest news and the next event),
    kept per content generation, site, language and day (`page_cache.fragment`): what is "next" and
    "upcoming" changes with the date, everything else with content."""
    request = context["request"]
    key = (request.get_host(), current_language(), timezone.localdate().isoformat())
    return mark_safe(  # noqa: S308 - the site's own template, escaped as it rendered
        fragment(
            request,
            "home-news",
            key,
            lambda: get_template("news/includes/home_news.html").render({}, request),
        )
    )


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
