"""The contact page: a Wagtail form page whose messages go to the project coordinator.

Submissions are stored first (`ContactSubmission`), then a background task e-mails them (`tasks`); the form,
spam checks, serving and export live beside this module. The models keep the `clarinet_site` app label.

Form field labels are translated per language, but each field's storage key (`clean_name`) is fixed once
from its English label, so a message sent from /hu/ and one sent from /en/ land under the same keys
(translated labels gave different keys per language on other Wagtail sites).
"""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from clarinet_site.blocks import BaseStreamBlock
from clarinet_site.languages import current_language, language_codes, local_name
from clarinet_site.models.base import BasePage
from clarinet_site.request_memo import current_request

from . import spam, tasks
from .admin_forms import ContactPageForm
from .delivery import delivery_state
from .forms import ContactFormBuilder
from .views import serve_contact_page

APP_LABEL = "clarinet_site"

# Tokens of the HTML autocomplete attribute that a contact form may need (WCAG 2.1 SC 1.3.5).
AUTOCOMPLETE_CHOICES = [
    ("name", _("Full name")),
    ("email", _("E-mail address")),
    ("organization", _("Organisation")),
    ("organization-title", _("Job title")),
    ("tel", _("Telephone")),
    ("country-name", _("Country")),
    ("address-level2", _("Town or city")),
    ("url", _("Website")),
    ("off", _("None (not personal data)")),
]


class ContactFormField(AbstractFormField):
    """One field of the contact form; label, help text and choices are translated per language.

    The storage key (`clean_name`) comes from the English label when the field is first saved and never
    changes afterwards, whatever language the editor or the visitor uses. Choices are stored under their
    English text too (see `clarinet_site.contact.forms.ContactFormBuilder`).
    """

    page = ParentalKey("clarinet_site.ContactPage", on_delete=models.CASCADE, related_name="form_fields")
    autocomplete = models.CharField(
        _("autocomplete"),
        max_length=40,
        blank=True,
        choices=AUTOCOMPLETE_CHOICES,
        help_text=_("What the field asks for, so browsers can fill it in for the visitor."),
    )

    panels = [*AbstractFormField.panels, FieldPanel("autocomplete")]

    class Meta(AbstractFormField.Meta):
        app_label = APP_LABEL
        verbose_name = _("contact form field")
        verbose_name_plural = _("contact form fields")

    def get_field_clean_name(self) -> str:
        """Return the ascii_snake_case key derived from the English label (the active language's otherwise).

        Names the form itself uses (honeypot, form token, CSRF token) get a "_field" suffix. The key may be
        longer than the `clean_name` column: `ContactPageForm` refuses such labels before anything is saved.
        """
        name = get_field_clean_name(getattr(self, "label_en", "") or self.label)
        return f"{name}_field" if name in spam.RESERVED_FIELD_NAMES else name


class ContactSubmission(AbstractFormSubmission):
    """A stored contact message with its delivery state.

    `form_data` maps each field's `clean_name` to the cleaned value (choices under their English text);
    `language` is the code of the page the visitor wrote from. `delivered_at` stays empty until the e-mail to
    the coordinator has been accepted by the SMTP server; `attempts` and `last_error` record failed tries.
    """

    language = models.CharField(_("language"), max_length=10, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("delivery attempts"), default=0)
    last_error = models.TextField(_("last delivery error"), blank=True)

    class Meta(AbstractFormSubmission.Meta):
        app_label = APP_LABEL
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        indexes = [models.Index(fields=["submit_time"]), models.Index(fields=["delivered_at"])]

    def get_data(self) -> dict:
        """Return the form data plus submit time, language and delivery state, for listings and exports."""
        language = self.language
        if language in language_codes():
            language = f"{local_name(language)} ({language})"
        return {
            **super().get_data(),
            "language": language,
            "delivery": delivery_state(self),
        }


class ContactPage(AbstractEmailForm, BasePage):
    """The page visitors use to write to the project coordinator (one per site).

    The recipient is always `SiteSettings.coordinator_email`; the `to_address`, `from_address` and `subject`
    fields of Wagtail's e-mail form are not used and not shown, so no editor can redirect messages.
    """

    available_fields = ("title", "intro", "body")

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after a message has been sent."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        HelpPanel(
            content=_(
                "Messages go to the coordinator e-mail of the site settings. Each field keeps the storage key "
                "made from its first English label: change labels freely, but a new key means a new column."
            )
        ),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["clarinet_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    # Form-builder mistakes (a label whose key is too long, two fields with one key) become field errors.
    base_form_class = ContactPageForm

    class Meta:
        app_label = APP_LABEL
        verbose_name = _("contact page")

    def get_form_fields(self):
        """Return the form fields in order (ordered by `sort_order`)."""
        return self.form_fields.all()

    def get_form_class(self):
        """Return the visitor's form class, built with stable keys and choice values (see the module doc).

        The form fields are kept per content generation (`BasePage.kept`) while a visitor reads the form.
        """
        fields = self.kept(current_request(), "form-fields", lambda: list(self.get_form_fields()))
        return ContactFormBuilder(fields).get_form_class()

    def get_submission_class(self):
        """Store messages as `ContactSubmission` rows (with delivery state), not Wagtail's `FormSubmission`."""
        return ContactSubmission

    def get_submissions_list_view_class(self):
        """Use the admin listing whose CSV/XLSX export is UTF-8 with BOM and formula-safe."""
        # Imported here: Wagtail's admin views load page models, which are not ready while this module loads.
        from .export import ContactSubmissionsListView

        return ContactSubmissionsListView

    def get_data_fields(self) -> list[tuple[str, str]]:
        """Return (key, label) pairs: submit time, every form field by its stable key, language, delivery."""
        return [
            *super().get_data_fields(),
            ("language", _("Language")),
            ("delivery", _("Delivery")),
        ]

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Add `form_token` (signed start time for the spam check) and `privacy_url` to the context."""
        context = super().get_context(request, *args, **kwargs)
        context["form_token"] = spam.issue_form_token()
        context["honeypot_name"] = spam.HONEYPOT_FIELD
        context["token_name"] = spam.TOKEN_FIELD
        return context

    def process_form_submission(self, form) -> ContactSubmission:
        """Store the valid `form`'s data, then hand its delivery to the task worker; return the submission.

        The visitor never waits for the mail server: the row is committed first (autocommit), then
        `tasks.enqueue_delivery` queues the e-mail. Nothing here raises on a mail or queue failure: the
        submission stays pending for the task's retries and for `deliver_pending_messages`.
        """
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data,
            page=self,
            language=current_language(),
        )
        tasks.enqueue_delivery(submission.pk)
        return submission

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        """Show the form (GET) or check, store and deliver a message (POST); see `contact.views`."""
        return serve_contact_page(self, request, *args, **kwargs)
