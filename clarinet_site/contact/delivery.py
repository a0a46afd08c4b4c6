"""The e-mail of a contact message to the project coordinator, and how its delivery state reads.

Rules (issue 6): the only recipient is the coordinator e-mail of the site settings, never an address a visitor
typed; the visitor's address is used only as Reply-To, after validation; header values built from visitor
input are single lines. Sending, with its row lock and retries, is the background task in `tasks`.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from clarinet_site.languages import format_date, format_datetime, language_codes, local_name
from clarinet_site.models.site_settings import SiteSettings

MAX_SUBJECT_PART = 80


def single_line(text: str, limit: int = MAX_SUBJECT_PART) -> str:
    """Return `text` with every line break and control character replaced by a space, cut to `limit` chars.

    Header values built from visitor input go through this, so no input can add a header line.
    """
    cleaned = "".join(" " if (ord(char) < 32 or char in "\u2028\u2029\x7f") else char for char in str(text))
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def safe_reply_to(value) -> str | None:
    """Return `value` if it is one valid e-mail address with no line break, comma or angle bracket, else None."""
    if not isinstance(value, str) or any(char in value for char in "\r\n,<>;\x00") or len(value) > 254:
        return None
    try:
        validate_email(value)
    except ValidationError:
        return None
    return value


def format_value(value, field_type: str = "") -> str:
    """Return a stored value as the coordinator should read it.

    Dates are written day-month-year with the month's name ("3 April 2026"), unambiguous for European
    readers (never US month/day order); booleans are Yes/No; lists are comma-separated. Runs in the e-mail's
    language (English).
    """
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(format_value(item) for item in value)
    if field_type in {"date", "datetime"} and isinstance(value, str):
        try:
            value = (
                datetime.datetime.fromisoformat(value)
                if field_type == "datetime"
                else datetime.date.fromisoformat(value)
            )
        except ValueError:
            return value
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return format_date(value)
    return str(value)


def language_label(code: str) -> str:
    """Return "Magyar (hu)" for a site language code, the code itself otherwise."""
    return f"{local_name(code)} ({code})" if code in language_codes() else code


def site_settings_for(page):
    """Return the SiteSettings of the site `page` belongs to (the default site's if it has none), or None."""
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def build_message(submission) -> EmailMessage:
    """Return the e-mail for `submission`: to the coordinator, Reply-To the visitor's validated address.

    Written in the site's default language (the coordinator's), labels from the current form fields; values
    of fields deleted since are listed under their keys so nothing is hidden.
    """
    page = submission.page.specific
    site_settings = site_settings_for(page)
    with translation.override(settings.LANGUAGE_CODE):
        data = dict(submission.form_data)
        fields = list(page.get_form_fields())
        topic = ""
        reply_to = None
        lines = [
            _("A visitor wrote through the contact form of the website."),
            "",
            f"{_('Language')}: {language_label(submission.language)}",
            f"{_('Sent')}: {format_value(submission.submit_time)} ({settings.TIME_ZONE})",
            f"{_('Message number')}: {submission.pk}",
            "",
        ]
        for field in fields:
            value = data.pop(field.clean_name, None)
            if field.field_type in {"dropdown", "radio"} and not topic and value:
                topic = value
            if field.field_type == "email" and reply_to is None:
                reply_to = safe_reply_to(value)
            text = format_value(value, field.field_type)
            if field.field_type == "multiline":
                lines += [f"{field.label}:", *[f"  {line}" for line in text.splitlines()], ""]
            else:
                lines.append(f"{field.label}: {text}")
        for key, value in data.items():
            lines.append(f"{key}: {format_value(value)}")
        lines += [
            "",
            _(
                "Answer with your e-mail program's Reply button: the reply goes to the address the visitor gave."
            )
            if reply_to
            else _("The visitor gave no valid e-mail address; do not reply to this e-mail."),
        ]
        subject = _("[%(site)s] Contact form: %(topic)s (%(language)s)") % {
            "site": single_line(site_settings.project_name if site_settings else "CLARINET"),
            "topic": single_line(format_value(topic) if topic else _("no topic")),
            "language": single_line(language_label(submission.language)),
        }
    message = EmailMessage(
        subject=single_line(subject, 200),
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[site_settings.coordinator_email if site_settings else ""],
        reply_to=[reply_to] if reply_to else None,
        # Tells auto-responders (out-of-office replies) not to answer (RFC 3834).
        headers={"Auto-Submitted": "auto-generated"},
    )
    return message


def delivery_state(submission) -> str:
    """Return a short, translated description of the submission's delivery for admin listings and exports."""
    if submission.delivered_at:
        return _("Delivered %(date)s") % {"date": format_value(submission.delivered_at)}
    if submission.attempts:
        return _("Not yet delivered (%(attempts)d attempts; last error: %(error)s)") % {
            "attempts": submission.attempts,
            "error": submission.last_error,
        }
    return _("Not yet delivered")
