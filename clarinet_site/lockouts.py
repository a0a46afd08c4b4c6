"""Login lockouts (django-axes): the page a locked-out person sees, and the admin's list of locks.

django-axes counts wrong passwords per account and client address (settings: AXES_*, LOGIN_* variables) on
every login that goes through Django's `authenticate()`: the Wagtail admin login and the private-page login
at /<language>/_util/login/. OWASP's Authentication Cheat Sheet asks for such a lockout, with a way back in:
the lock lifts by itself after the cool-off, a password reset lifts it at once, and the Coordinator can lift
it in the admin (Settings > Login lockouts).
"""

import math

from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.utils import reset as reset_attempts
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

LOCKOUT_STATUS = 429  # Too Many Requests (RFC 6585)


def lockout_response(
    request: HttpRequest, original_response=None, credentials: dict | None = None
) -> HttpResponse:
    """Return the translated lockout page (HTTP 429) for a login refused in a lockout (AXES_LOCKOUT_CALLABLE).

    The page says how many wrong passwords lock an account and how many minutes to wait (also as a
    `Retry-After` header), and links to the password reset.
    """
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": minutes,
    }
    response = render(request, "lockout.html", context, status=LOCKOUT_STATUS)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    patch_cache_control(response, private=True, no_store=True, max_age=0)
    return response


@receiver(post_save, sender=get_user_model())
def unlock_after_password_change(sender, instance, **kwargs) -> None:
    """Lift every lock of an account whose password was just set (a reset by e-mail proves its owner).

    Django's `AbstractBaseUser.set_password` keeps the new raw password in `_password` until the save.
    """
    if getattr(instance, "_password", None) is not None:
        reset_attempts(username=instance.get_username())


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Only viewing and deleting (unlocking) attempts; django-axes alone creates and changes them."""

    def user_has_permission(self, user, action: str) -> bool:
        """Return False for "add" and "change", else Django's model permission (superusers: always)."""
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


class LoginLockoutViewSet(ModelViewSet):
    """Admin list of failed-login records; deleting one lifts its lock (Coordinator and superusers).

    The Coordinator group gets `axes.view_accessattempt` and `axes.delete_accessattempt` by migration.
    """

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Login lockouts")
    add_to_settings_menu = True
    name = "login_lockouts"
    url_prefix = "login-lockouts"
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "path_info"]
    list_filter = ["attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    form_fields: list[str] = []
    inspect_view_enabled = False
    copy_view_enabled = False


register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    """Add "Login lockouts" to the admin's Settings menu."""
    return LoginLockoutViewSet()

