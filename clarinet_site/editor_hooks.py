"""Admin hooks of the editorial roles (`clarinet_site.roles`); loaded from `ClarinetSiteConfig.ready()`.

- The edit and create views record the `?language=xx` switch for the one-language page form.
- The dashboard tells each user their role and the languages they edit.
- The Coordinator manages users, but only an administrator (superuser) creates, changes or grants administrators:
  Wagtail's user form offers the "Administrator" box to anyone who may change users.
- Moderation e-mails are written in each recipient's own admin language: Wagtail renders each e-mail in
  `UserProfile.get_preferred_language()`, which, for a user who never chose one, is the language active in
  the request that triggered the e-mail (the submitter's). The notifiers here run with the site's default
  language active, so such a recipient gets it instead.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from clarinet_site.admin_forms import ALL_LANGUAGES, REQUESTED_LANGUAGE_ATTRIBUTE, language_name
from clarinet_site.languages import language_codes
from clarinet_site.roles import COORDINATOR_GROUP, editing_languages


def _record_requested_language(request) -> None:
    requested = request.GET.get("language")
    if requested in [*language_codes(), ALL_LANGUAGES]:
        setattr(request.user, REQUESTED_LANGUAGE_ATTRIBUTE, requested)


@hooks.register("before_edit_page")
def record_language_for_edit(request, page):
    """Pass the edit view's `?language=` choice to the page form (which checks it against the user's rights)."""
    _record_requested_language(request)


@hooks.register("before_create_page")
def record_language_for_create(request, parent_page, page_class):
    """Pass the create view's `?language=` choice to the page form (which checks it against the user's rights)."""
    _record_requested_language(request)


@hooks.register("insert_global_admin_css")
def editing_language_css():
    """The small stylesheet of the editing-language panel and the role panel."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-roles.css"))


def _refuse_administrator_rights(request, user=None):
    if request.user.is_superuser:
        return None
    if (user is not None and user.is_superuser) or (
        request.method == "POST" and request.POST.get("is_superuser")
    ):
        messages.error(request, _("Only an administrator can create or change administrators."))
        return redirect("wagtailusers_users:index")
    return None


@hooks.register("before_create_user")
def refuse_creating_administrators(request):
    """Send a non-administrator who posts a new user with administrator rights back to the user list, with
    the reason; None (carry on) otherwise."""
    return _refuse_administrator_rights(request)


@hooks.register("before_edit_user")
def refuse_changing_administrators(request, user):
    """Send a non-administrator who opens an administrator, or grants the rights, back to the user list, with
    the reason; None (carry on) otherwise."""
    return _refuse_administrator_rights(request, user)


class RolePanel(Component):
    """Dashboard panel: the user's role, the languages they edit, and what the role may do."""

    name = "clarinet_role"
    order = 50
    template_name = "clarinet_site/admin/role_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        languages = editing_languages(self.user)
        is_coordinator = self.user.is_superuser or self.user.groups.filter(name=COORDINATOR_GROUP).exists()
        return {
            "is_coordinator": is_coordinator,
            "languages": [language_name(code) for code in languages],
        }


@hooks.register("construct_homepage_panels")
def add_role_panel(request, panels):
    """Put the role panel on every admin user's dashboard."""
    panels.append(RolePanel(request.user))


def _in_default_language(notifier):
    def receiver(**kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return notifier(**kwargs)

    return receiver


# (signal, sender, dispatch_uid, Wagtail's notifier): the uids are those of wagtail.admin.signal_handlers, so
# connecting here first (this app is listed before wagtail.admin) makes Wagtail's own connect a no-op, and
# disconnecting first removes Wagtail's if it was connected earlier.
_NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        wagtail_notifiers.task_submission_email_notifier,
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        wagtail_notifiers.workflow_submission_email_notifier,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        wagtail_notifiers.workflow_rejection_email_notifier,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        wagtail_notifiers.workflow_approval_email_notifier,
    ),
]
for _signal, _sender, _uid, _notifier in _NOTIFIERS:
    _signal.disconnect(sender=_sender, dispatch_uid=_uid)
    _signal.connect(_in_default_language(_notifier), sender=_sender, dispatch_uid=_uid, weak=False)
