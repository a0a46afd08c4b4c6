"""Admin hooks of the contact form: only people allowed to read contact messages see them."""

from wagtail import hooks

from .models import ContactPage

VIEW_PERMISSION = "clarinet_site.view_contactsubmission"


@hooks.register("filter_form_submissions_for_user")
def hide_contact_messages(user, editable_forms):
    """Leave the contact page out of a user's form listings unless they may view contact messages.

    Editing the contact page is not enough: the messages hold visitors' personal data (GDPR data minimisation).
    Superusers and the Coordinator group (data migration 0003) have the permission.
    """
    if user.has_perm(VIEW_PERMISSION):
        return editable_forms
    return editable_forms.not_type(ContactPage)
