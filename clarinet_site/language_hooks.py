"""Wagtail hooks of the site's languages: the "not available" page, and translation status in the admin.

Loaded from `ClarinetSiteConfig.ready()`. Design.md, "Multilingual": a page can exist in one language only;
asked for in another, it never renders empty or under the wrong language's name. Design.md, "Editors and
rights": each page shows its translation status per language; a report per language lists the to-do.
"""

from urllib.parse import urlencode

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.reports import PageReportView
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Page

from clarinet_site.languages import language_codes, local_name
from clarinet_site.models.base import Availability, BasePage
from clarinet_site.translation_status import (
    Status,
    page_status,
    pages_to_do,
    site_pages,
    status_summary,
    to_translate,
    todo_languages,
)

# Pages listed per language on the dashboard; the report lists them all.
TODO_PANEL_LENGTH = 10


@hooks.register("before_serve_page")
def serve_not_available(page, request: HttpRequest, serve_args, serve_kwargs) -> TemplateResponse | None:
    """Return the "not available" page when `page` is ABSENT in the active language, else None (serve it).

    The answer is 200 with `noindex`, not 404: the address is right and the page exists (the language
    switcher links to it, and must never lead to an error), only not in this language; the visitor gets
    links to the languages it is in, and search engines leave it out (it is not in the sitemap either).
    """
    availability = getattr(page, "availability", None)
    view = serve_args[0] if serve_args else None
    if view is not None and getattr(view, "__name__", "") != "index_route":
        # A sub-route (a calendar file, the one-page toolkit) serves what it has, its fallbacks marked.
        return None
    if availability is None or availability() != Availability.ABSENT:
        return None
    codes = page.available_languages() or page.languages_with_text()
    languages = [
        {
            "code": code,
            "name": local_name(code),
            "title": getattr(page, f"title_{code}", "") or page.title,
            "url": page.localized_url(code, request),
            "location": page.localized_url(code, request, full=True),
        }
        for code in codes
    ]
    return TemplateResponse(
        request,
        "not_available.html",
        {"page": page, "self": page, "languages": languages},
    )


@hooks.register("register_page_listing_buttons")
def translation_status_in_explorer(page, user, next_url=None):
    """Show each page's translation status in the page explorer, linking to the languages' report."""
    specific = page.specific_deferred
    if isinstance(specific, BasePage):
        # A listing button: styled and sized as the explorer's own buttons (a plain Button's icon has no size there).
        yield ListingButton(
            status_summary(specific),
            url=reverse("translation_report") + f"?{urlencode({'page': page.pk})}",
            icon_name="globe",
            priority=5,
        )


@hooks.register("register_page_header_buttons")
def translation_status_in_edit_header(page, user, view_name, next_url=None):
    """Show the page's translation status per language in the edit view's header menu."""
    specific = page.specific_deferred
    if not isinstance(specific, BasePage):
        return
    for code, status in page_status(specific).items():
        yield Button(
            f"{local_name(code)}: {status.label}",
            url=reverse("translation_report") + f"?{urlencode({'language': code})}",
            icon_name="success" if status == Status.COMPLETE else "warning",
            priority=100 + language_codes().index(code),
        )


class TranslationReportView(PageReportView):
    """Report per language: the pages missing or out of date in it (Reports menu, "Translations to do")."""

    page_title = _("Translations to do")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    results_template_name = "clarinet_site/admin/translation_report_results.html"
    list_export = ["title", "translation_language", "translation_status"]
    export_headings = {"translation_language": _("Language"), "translation_status": _("Status")}

    def get_filename(self) -> str:
        return "translations-to-do"

    def chosen_languages(self) -> list[str]:
        """The `language` GET parameter if a site language, else the user's to-do languages, else all."""
        asked = self.request.GET.get("language", "")
        if asked in language_codes():
            return [asked]
        return todo_languages(self.request.user) or language_codes()

    def get_queryset(self):
        """Pages the user may edit that are missing or out of date in a chosen language (or `page`'s rows).

        Pages with nothing to translate from (`to_translate`) are left out, except when one page is asked for
        (the explorer's status link), which shows all its languages.
        """
        editable = set(
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change").values_list(
                "pk", flat=True
            )
        )
        only_page = self.request.GET.get("page", "")
        languages = self.chosen_languages() if not only_page.isdigit() else language_codes()
        self.rows = {}
        for page in site_pages():
            if page.pk not in editable or (only_page.isdigit() and page.pk != int(only_page)):
                continue
            if not only_page.isdigit() and not to_translate(page):
                continue
            statuses = page_status(page)
            todo = [(code, statuses[code]) for code in languages if statuses[code] != Status.COMPLETE]
            if todo:
                self.rows[page.pk] = todo
        return Page.objects.filter(pk__in=self.rows).order_by("path").specific(defer=True)

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            todo = self.rows.get(page.pk, [])
            page.translation_todo = [(local_name(code), status.label) for code, status in todo]
            page.translation_language = ", ".join(local_name(code) for code, _status in todo)
            page.translation_status = ", ".join(status.label for _code, status in todo)
        return object_list

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = [(code, local_name(code)) for code in language_codes()]
        context["chosen_languages"] = self.chosen_languages()
        return context


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(_("Translations to do"), reverse("translation_report"), icon_name="globe", order=150)


class TranslationToDoPanel(Component):
    """Dashboard panel: the pages missing or out of date in the user's language(s) (`todo_languages`)."""

    name = "translation_todo"
    template_name = "clarinet_site/admin/translation_todo_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        languages = todo_languages(self.request.user)
        pages = site_pages() if languages else []
        context["todo"] = [
            {"code": code, "name": local_name(code), "pages": pages_to_do(code, pages)[:TODO_PANEL_LENGTH]}
            for code in languages
        ]
        context["report_url"] = reverse("translation_report")
        return context


class ReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" dashboard panel, its Language column naming the page's languages.

    Each state gets `languages`: [{code, name}] of the languages the revision under review has text in
    (`BasePage.languages_with_text`), names in their own words; Wagtail's own column shows a locale, which
    this site (one page tree, WAGTAIL_I18N_ENABLED off) does not have.
    """

    template_name = "clarinet_site/admin/workflow_objects_to_moderate.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            reviewed = state["revision"].as_object()
            codes = reviewed.languages_with_text() if isinstance(reviewed, BasePage) else []
            state["languages"] = [{"code": code, "name": local_name(code)} for code in codes]
        return context


@hooks.register("construct_homepage_panels")
def add_translation_todo_panel(request, panels) -> None:
    """Add the translation to-do panel, and show the languages in Wagtail's "Awaiting your review" panel."""
    panels.append(TranslationToDoPanel(request))
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = ReviewPanel()
