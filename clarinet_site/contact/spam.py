"""Spam and abuse checks of the contact form: honeypot, minimum fill time, one-time token, rate limit.

Every check runs before anything is stored. A rejection is a `Rejection` (HTTP status and a message in the
visitor's language); the view shows it and stores nothing.
"""

import ipaddress
import logging
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

logger = logging.getLogger(__name__)

# A field people never see (hidden with CSS, skipped by the keyboard) but form-filling robots do fill in.
# Its name must not look like anything browsers autofill (name, address, e-mail, phone, organisation).
HONEYPOT_FIELD = "homepage"
# Signed start time and one-time number of the form, issued with the page.
TOKEN_FIELD = "form_token"  # noqa: S105 - a field name, not a secret
TOKEN_SALT = "clarinet.contact.form-token"  # noqa: S105 - a namespace, SECRET_KEY signs
# A form left open longer than this is refused politely (the visitor's text is kept on the page).
TOKEN_MAX_AGE = 3 * 24 * 3600
RATE_LIMIT_GROUP = "clarinet.contact"
# POST names the form builder must not give to an editor's field.
RESERVED_FIELD_NAMES = frozenset({HONEYPOT_FIELD, TOKEN_FIELD, "csrfmiddlewaretoken"})


@dataclass(frozen=True)
class Rejection:
    """Why a POST was refused: the HTTP status to answer and a message for the visitor."""

    status: int
    message: str


REJECT_SPAM = Rejection(
    400,
    _(
        "Sorry, your message looks like automated spam and was not sent. If you are a person, please check the "
        "form and send it again."
    ),
)
REJECT_TOO_FAST = Rejection(
    400,
    _("That was very quick. Please check your message and send it again; it has not been sent yet."),
)
REJECT_EXPIRED = Rejection(
    400,
    _(
        "This form was open for a long time. Please check your message and send it again; it has not been sent yet."
    ),
)
REJECT_RATE_LIMIT = Rejection(
    429,
    _(
        "You have sent several messages in a short time. Please wait an hour and try again, or write to the "
        "coordinator's e-mail address directly."
    ),
)


def issue_form_token() -> str:
    """Return a signed token holding the current time and a random one-time number (for a new form)."""
    return signing.dumps({"t": time.time(), "n": secrets.token_hex(8)}, salt=TOKEN_SALT, compress=True)


def read_form_token(token: str) -> dict | None:
    """Return the token's {"t": issue time, "n": nonce}, or None when it is missing, forged or too old."""
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("t"), int | float) or not data.get("n"):
        return None
    if time.time() - data["t"] > TOKEN_MAX_AGE:
        return None
    return data


def client_ip(request: HttpRequest) -> str | None:
    """Return the client's address; IPv6 addresses are reduced to their /64 network; None if unknown.

    Behind a proxy, CONTACT_CLIENT_IP_HEADER names the header whose last address the proxy appended.
    Unparseable values fall back to REMOTE_ADDR. The login lockouts use the same address
    (AXES_CLIENT_IP_CALLABLE).
    """
    candidates = []
    header = settings.CONTACT_CLIENT_IP_HEADER
    if header:
        candidates.append(request.META.get(header, "").split(",")[-1].strip())
    candidates.append(request.META.get("REMOTE_ADDR", ""))
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        if address.version == 6:
            return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
        return str(address)
    return None


def client_address(request: HttpRequest) -> str:
    """Return `client_ip(request)` for rate limiting, or "unknown" (one shared bucket, never an error)."""
    return client_ip(request) or "unknown"


def rate_limited(request: HttpRequest) -> bool:
    """Count this POST against the client's address and return True once CONTACT_RATE_LIMIT is exceeded.

    The counter lives in the default cache (Redis when REDIS_URL is set), shared by every app server. While
    the cache does not answer nothing is counted and the POST may go on (RATELIMIT_FAIL_OPEN, logged): the
    other checks still apply, and a stored message matters more than a perfect count.
    """
    usage = get_usage(
        request,
        group=RATE_LIMIT_GROUP,
        key=lambda _group, req: client_address(req),
        rate=settings.CONTACT_RATE_LIMIT,
        method="POST",
        increment=True,
    )
    if usage is None:
        logger.warning("Contact form rate limit not counted: the cache did not answer")
        return False
    return usage["should_limit"]


def check_post(request: HttpRequest) -> Rejection | None:
    """Run the rate limit, honeypot and timing checks on a POST; return a Rejection or None if it may go on."""
    if rate_limited(request):
        return REJECT_RATE_LIMIT
    if request.POST.get(HONEYPOT_FIELD):
        return REJECT_SPAM
    token = read_form_token(request.POST.get(TOKEN_FIELD, ""))
    if token is None:
        return REJECT_EXPIRED if request.POST.get(TOKEN_FIELD) else REJECT_SPAM
    if time.time() - token["t"] < settings.CONTACT_MIN_FILL_SECONDS:
        return REJECT_TOO_FAST
    return None


def claim_token(request: HttpRequest) -> bool:
    """Mark the POST's form token as used; return False if it was used already (a resent, duplicate POST).

    With the cache not answering (django-redis gives None instead of True or False) the token counts as
    new: a message sent twice may then be stored twice, but none is lost.
    """
    token = read_form_token(request.POST.get(TOKEN_FIELD, ""))
    if token is None:
        return False
    return cache.add(f"{RATE_LIMIT_GROUP}.used.{token['n']}", True, timeout=TOKEN_MAX_AGE) is not False
