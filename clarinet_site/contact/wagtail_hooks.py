"""Admin hooks of the contact form: only people allowed to read contact messages see them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

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


class ContactMessagesMenuItem(MenuItem):
    """The main menu's "Contact messages": the contact page's messages in one click, for whoever may read them.

    Wagtail files them under "Forms › <contact page>", a place a coordinator does not look for messages.
    """

    def is_shown(self, request) -> bool:
        """Shown to users with the permission to view contact messages, when there is a contact page."""
        return request.user.has_perm(VIEW_PERMISSION) and ContactPage.objects.exists()

    def render_component(self, request) -> LinkMenuItem:
        """Link to the messages of the first contact page (the site has one), else to the forms index."""
        page = ContactPage.objects.order_by("path").first()
        url = reverse("wagtailforms:list_submissions", args=[page.pk]) if page is not None else self.url
        return LinkMenuItem(self.name, self.label, url, icon_name=self.icon_name)


@hooks.register("register_admin_menu_item")
def register_contact_messages_menu_item() -> MenuItem:
    """Add "Contact messages" to the admin's main menu, next to the pages."""
    return ContactMessagesMenuItem(
        _("Contact messages"), reverse("wagtailforms:index"), icon_name="mail", name="contact-messages", order=250
    )
