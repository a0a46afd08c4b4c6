"""Navigation for every page's frame: main menu, breadcrumbs, language switcher, footer links.

Each tag does a bounded number of queries whatever the size of the tree.
"""

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from clarinet_site import site_address
from clarinet_site.languages import current_language, language_codes, local_name, shows_fallback
from clarinet_site.models.base import Availability
from clarinet_site.page_cache import fragment
from clarinet_site.queries import translated_only
from clarinet_site.request_memo import remember
from clarinet_site.routing import route_chain

register = template.Library()


def site_root(request: HttpRequest) -> Page | None:
    """Return the root page of the Wagtail site serving `request` (cached on the request), or None."""
    if not hasattr(request, "_clarinet_site_root"):
        site = Site.find_for_request(request)
        # The base page row the site lookup joined: menus and links need no specific fields.
        request._clarinet_site_root = site.root_page if site else None
    return request._clarinet_site_root


def home_children(request: HttpRequest) -> list[Page]:
    """Return the live, public children of the site's root page (once per request and language), with the
    columns the main menu and the footer read in the active language (title, URL path, menu flag, type).

    Routing below the root already read them (clarinet_site.routing); on the home page this is one query."""
    root = site_root(request)
    if root is None:
        return []
    fields = translated_only(Page, "title", "url_path")
    return remember(
        ("home_children", current_language()),
        lambda: list(
            root.get_children()
            .live()
            .public()
            .only("path", "depth", "live", "content_type", "show_in_menus", *fields)
        ),
    )


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """Render the main menu: the live, public children of home marked "show in menus".

    The items are built once per site, language and content generation (`page_cache.fragment`); only
    which item is active is worked out per page.
    """
    request = context["request"]
    current = context.get("page")
    menu = fragment(request, "main-menu", (request.get_host(), current_language()), lambda: _menu(request))
    items = [
        {
            **item,
            "active": current is not None and current.path.startswith(item["path"]),
            "current": current is not None and current.pk == item["pk"],
        }
        for item in menu["items"]
    ]
    _replay_fallback(request, items)
    return {"items": items, "home_url": menu["home_url"]}


def _menu(request: HttpRequest) -> dict:
    root = site_root(request)
    items = []
    if root is not None:
        for page in [child for child in home_children(request) if child.show_in_menus]:
            items.append(
                {
                    "title": page.title,
                    "lang": fallback_lang(request, page, "title"),
                    "url": page.get_url(request),
                    "path": page.path,
                    "pk": page.pk,
                }
            )
    return {"items": items, "home_url": root.get_url(request) if root else "/"}


def _replay_fallback(request: HttpRequest | None, items: list[dict]) -> None:
    """Record the English fallback of cached items, as building them would have (see `fallback_lang`)."""
    if any(item.get("lang") for item in items):
        note_fallback(request)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    """Render the trail from home to the current page (WCAG 2.4.8 location); empty on the home page."""
    page = context.get("page")
    request = context["request"]
    if page is None or page.depth <= 2:
        return {"crumbs": []}
    chain = route_chain()
    if chain and chain[-1].pk == page.pk:
        # The pages routing went through (clarinet_site.routing), home first.
        ancestors = [ancestor for ancestor in chain[:-1] if ancestor.depth >= 2]
    else:
        ancestors = page.get_ancestors().filter(depth__gte=2)
    # The home page's title is a whole sentence; the trail starts with a short "Home".
    crumbs = [
        {
            "title": _("Home") if ancestor.depth == 2 else ancestor.title,
            "lang": "" if ancestor.depth == 2 else fallback_lang(request, ancestor, "title"),
            "url": ancestor.get_url(request),
        }
        for ancestor in ancestors
    ]
    if page_availability(page) == Availability.ABSENT:
        # The page's title in this language would be another language's text.
        crumbs.append({"title": _("Page not available"), "lang": "", "url": None})
    else:
        crumbs.append({"title": page.title, "lang": fallback_lang(request, page, "title"), "url": None})
    return {"crumbs": crumbs}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Render links to the same page in every language (never a 404).

    On a Wagtail page each link follows that language's translated slugs; a language the page is not
    available in gets the same address, which serves the page with its English parts marked, or the
    "not available" page listing the languages it exists in (never a 404). A view without a page may give
    its own addresses per language (`language_urls`, e.g. the search page); elsewhere (a 404 page) each
    link goes to that language's home page.
    """
    request = context["request"]
    page = context.get("page")
    current = current_language()
    on_page = page is not None and hasattr(page, "localized_url")
    if not on_page and context.get("language_urls"):
        # a view's own addresses (the search page keeps its query): not kept with the frame fragments
        links = [
            {"code": code, "name": local_name(code), "url": context["language_urls"].get(code, f"/{code}/")}
            for code in language_codes()
        ]
    else:
        links = fragment(
            request,
            "language-links",
            (request.get_host(), page.pk if on_page else ""),
            lambda: _language_links(request, page if on_page else None),
        )
    languages = [{**link, "current": link["code"] == current} for link in links]
    return {"languages": languages, "current_name": local_name(current) if current else ""}


@register.simple_tag(takes_context=True)
def default_language_url(context, page) -> str:
    """Return `page`'s address in the default language (English), or "" when that is the active language.

    For an empty listing in another language: the English version may list what is not translated yet.
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if current_language() == default or not hasattr(page, "localized_url"):
        return ""
    return page.localized_url(default, context.get("request"))


def _language_links(request: HttpRequest, page) -> list[dict]:
    root = site_root(request)
    links = []
    for code in language_codes():
        if page is not None:
            url = page.localized_url(code, request)
        elif root is not None:
            with translation.override(code):
                url = root.get_url(request)
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": local_name(code), "url": url})
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """Return the page's canonical full URL: its own in an available language, else the English one."""
    page = context.get("page")
    request = context["request"]
    if page is None:
        return ""
    code = current_language()
    if not page.is_available(code):
        code = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return page.localized_url(code, request, full=True)


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """Return `path` as an absolute URL on the site's address (`SITE_URL`, else the request's host)."""
    return site_address.absolute_url(path, context.get("request"))


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context) -> dict:
    """Render the footer's links to the privacy notice, accessibility statement, legal notice and contact page.

    The pages are chosen in the site settings; those under home come from `home_children`, others are
    fetched in one query; the links are kept once per site, language and content generation.
    """
    request = context["request"]
    links = fragment(
        request,
        "footer-links",
        (request.get_host(), current_language()),
        lambda: _footer_links(request, context["settings"]["clarinet_site"]["SiteSettings"]),
    )
    _replay_fallback(request, links)
    return {"links": links}


def _footer_links(request: HttpRequest, site_settings) -> list[dict]:
    wanted = [
        site_settings.privacy_page_id,
        site_settings.accessibility_page_id,
        site_settings.legal_page_id,
        site_settings.contact_page_id,
    ]
    pages = {page.pk: page for page in home_children(request) if page.pk in wanted}
    elsewhere = [pk for pk in wanted if pk and pk not in pages]
    if elsewhere:
        pages.update((page.pk, page) for page in Page.objects.live().filter(pk__in=elsewhere))
    return [
        {
            "title": pages[pk].title,
            "lang": fallback_lang(request, pages[pk], "title"),
            "url": pages[pk].get_url(request),
        }
        for pk in wanted
        if pk in pages
    ]


@register.simple_tag(takes_context=True)
def hreflang_alternates(context) -> list[dict]:
    """Return the current page's hreflang alternates ({lang_code, location}); empty when there is no page."""
    page = context.get("page")
    if page is None or not hasattr(page, "hreflang_alternates"):
        return []
    return page.hreflang_alternates(context["request"])


def note_fallback(request: HttpRequest | None) -> None:
    """Record on `request` that some part of the response shows English instead of the active language."""
    if request is not None:
        request.clarinet_fallback_shown = True


def fallback_lang(request: HttpRequest | None, obj, field_name: str) -> str:
    """Return "en" when `obj.field_name` is shown through the English fallback (and record it), else ""."""
    if shows_fallback(obj, field_name):
        note_fallback(request)
        return settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return ""


def page_availability(page) -> Availability:
    """Return `page.availability()` for the active language; AVAILABLE for pages without the helper."""
    check = getattr(page, "availability", None)
    return Availability.AVAILABLE if check is None else check()


@register.simple_tag(takes_context=True)
def field_lang(context, obj, field_name: str) -> str:
    """Return ` lang="en"` when `obj.field_name` is shown through the English fallback, else "".

    WCAG 2.1 SC 3.1.2 (language of parts): English text inside a page in another language is marked; the
    fallback is recorded so that `fallback_notice` tells the visitor once, near the top.
    """
    code = fallback_lang(context.get("request"), obj, field_name)
    return format_html(' lang="{}"', code) if code else ""


FALLBACK_NOTICE_SLOT = "<!--clarinet:fallback-notice-->"


@register.simple_tag
def fallback_notice_slot() -> str:
    """Mark where `fallback_notice` puts its notice (near the top of the main content)."""
    return mark_safe(FALLBACK_NOTICE_SLOT)  # noqa: S308 - a constant


class FallbackNoticeNode(template.Node):
    """Renders its content first, then fills the notice slot if any part of it fell back to English."""

    def __init__(self, nodelist: template.NodeList):
        self.nodelist = nodelist

    def render(self, context) -> str:
        request = context.get("request")
        if request is not None:
            request.clarinet_fallback_shown = False
        html = self.nodelist.render(context)
        notice = ""
        page = context.get("page")
        shown = getattr(request, "clarinet_fallback_shown", False)
        if page is not None and page_availability(page) == Availability.IN_ENGLISH:
            notice = format_html(
                '<p class="notice" role="note">{}</p>',
                _(
                    "This page is published in English for every language; it has no translation into your language."
                ),
            )
        elif shown:
            notice = format_html(
                '<p class="notice" role="note">{}</p>',
                _(
                    "Parts of this page have not been translated into your language yet; they are shown in English."
                ),
            )
        return html.replace(FALLBACK_NOTICE_SLOT, notice, 1)


@register.tag
def fallback_notice(parser, token) -> FallbackNoticeNode:
    """`{% fallback_notice %}...{% endfallback_notice %}`: tell the visitor once when any part of the
    enclosed content is shown in English (recorded by `field_lang`, `item_lang` and the navigation tags),
    at the `{% fallback_notice_slot %}` inside it. Design.md, "Fallback"; WCAG 2.1 SC 3.1.2.
    """
    nodelist = parser.parse(("endfallback_notice",))
    parser.delete_first_token()
    return FallbackNoticeNode(nodelist)


@register.filter
def in_english(page) -> bool:
    """Return True if `page` is shown in the active language only in English (marked for every language).

    Checks the flag first: listings defer StreamFields, which `availability()` would load one page at a time.
    """
    return (
        getattr(page, "show_in_all_languages", False) and page_availability(page) == Availability.IN_ENGLISH
    )
