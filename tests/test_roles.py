"""The editorial roles out of the box: groups and rights by migration, the Coordinator's moderation workflow,
notification e-mails in each recipient's admin language, and demo users only in the development settings."""

import importlib
import importlib.util
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Page

from clarinet_site.demo import users as demo_users
from clarinet_site.languages import language_codes
from clarinet_site.roles import editing_languages, partner_group_name
from tests.admin_forms import coordinator, form_data, make_editor, partner
from tests.contact.smtp import SMTPServer, free_port
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback; Django's SMTP backend points at it for the test."""
    server = SMTPServer(free_port())
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


def test_one_partner_group_per_language_and_the_coordinator_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Coordinator", *(f"Partner editors ({code})" for code in language_codes())} <= names
    # Wagtail's stock groups would give every language to anyone in them: removed on a fresh site.
    assert not names & {"Editors", "Moderators"}


def test_editing_languages_follow_the_groups(django_user_model):
    superuser = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-passphrase")
    hu = partner(django_user_model, "hu")
    both = make_editor(django_user_model, "two", partner_group_name("hu"))
    both.groups.add(Group.objects.get(name=partner_group_name("it")))
    nobody = django_user_model.objects.create_user("nobody", "nobody@example.org", "a-long-passphrase")
    assert editing_languages(superuser) == language_codes()
    assert editing_languages(coordinator(django_user_model)) == language_codes()
    assert editing_languages(hu) == ["hu"]
    assert editing_languages(both) == ["it", "hu"]  # the site's order
    assert editing_languages(nobody) == []
    hu.is_active = False
    assert editing_languages(hu) == []


def test_partner_editors_edit_and_submit_but_never_publish(django_user_model, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page = StandardPageFactory(parent=home, title="About", slug="about")
    editor = partner(django_user_model, "hu")
    perms = page.permissions_for_user(editor)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert perms.can_edit() and perms.can_add_subpage()
    assert not perms.can_publish() and not perms.can_unpublish()
    assert image_policy.user_has_permission(editor, "add") and image_policy.user_has_permission(
        editor, "choose"
    )
    assert document_policy.user_has_permission(editor, "add")
    # Partners change what they uploaded themselves, not the coordinator's images.
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    theirs = get_image_model().objects.create(
        title="Award",
        file=get_test_image_file(),
        description="The award",
        uploaded_by_user=coordinator(django_user_model),
    )
    assert not image_policy.user_has_permission_for_instance(editor, "change", theirs)
    assert not image_policy.user_has_permission_for_instance(editor, "delete", theirs)
    assert not editor.has_perm("auth.change_user")
    assert not editor.has_perm("clarinet_site.change_partnerorganisation")


def test_the_coordinator_publishes_and_manages_media_partners_themes_and_roles(django_user_model, home):
    page = StandardPageFactory(parent=home, title="About", slug="about")
    user = coordinator(django_user_model)
    assert page.permissions_for_user(user).can_publish()
    for action in ("add", "change", "delete", "choose"):
        assert image_policy.user_has_permission(user, action), action
        assert document_policy.user_has_permission(user, action), action
    for perm in (
        "clarinet_site.change_partnerorganisation",
        "clarinet_site.add_theme",
        "clarinet_site.change_sitesettings",
        "clarinet_site.view_contactsubmission",
        "auth.add_user",
        "auth.change_user",
        "auth.change_group",
    ):
        assert user.has_perm(perm), perm


def test_the_coordinator_manages_groups_in_the_admin(client, django_user_model):
    client.force_login(coordinator(django_user_model))
    assert client.get(reverse("wagtailusers_groups:index")).status_code == 200
    group = Group.objects.get(name="Partner editors (hu)")
    assert client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).status_code == 200
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_every_page_goes_through_the_coordinators_review(home):
    workflow = home.get_workflow()
    assert workflow.name == "Coordinator approval" and workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Coordinator"]
    assert Page.get_first_root_node().get_workflow() == workflow


def test_dashboard_tells_each_user_their_role(client, django_user_model):
    client.force_login(partner(django_user_model, "hu", admin_language="en"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Partner editor: you write in Hungarian." in html
    client.force_login(coordinator(django_user_model))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Coordinator: you review and publish every page in every language" in html


def test_moderation_e_mails_reach_each_coordinator_in_their_own_admin_language(
    client, django_user_model, home, smtp_server
):
    page = StandardPageFactory(parent=home, title="About", slug="about", title_hu="Rólunk", slug_hu="rolunk")
    english = coordinator(django_user_model)  # never chose an admin language: the site's default
    italian = make_editor(django_user_model, "coordinator-it", "Coordinator", "it")
    client.force_login(partner(django_user_model, "hu"))  # a Hungarian admin
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(client.get(url).content)
    data.update(title_hu="Rólunk: a projekt", **{"action-submit": "submit"})
    assert client.post(url, data).status_code == 302
    assert Page.objects.get(pk=page.pk).workflow_in_progress
    subjects = {}
    for message in smtp_server.messages:
        subjects.setdefault(message["To"], []).append(str(message["Subject"]))
    assert set(subjects) == {english.email, italian.email}
    assert all("has been submitted for approval" in subject for subject in subjects[english.email])
    assert all("è stata inviata" in subject for subject in subjects[italian.email])
    # The page is named by its base (English) title, whatever the submitter's language.
    assert all('"About"' in subject for subject in subjects[english.email] + subjects[italian.email])


def test_demo_users_exist_only_with_the_development_settings(demo_home, django_user_model, settings):
    emails = [email for email, *_rest in demo_users.DEMO_USERS]
    # The demo was loaded with the test settings, which do not ask for demo users.
    assert not getattr(settings, "DEMO_USERS", False)
    assert not django_user_model.objects.filter(username__in=emails).exists()
    assert importlib.import_module("clarinet_site.settings.dev").DEMO_USERS is True
    assert not hasattr(importlib.import_module("clarinet_site.settings.base"), "DEMO_USERS")
    production = Path(importlib.util.find_spec("clarinet_site.settings.production").origin).read_text()
    assert "DEMO_USERS" not in production

    assert demo_users.load() == emails
    assert demo_users.load() == []  # nothing twice
    for email, _first, _last, group, language in demo_users.DEMO_USERS:
        user = django_user_model.objects.get(username=email)
        assert user.check_password(demo_users.DEMO_PASSWORD)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.wagtail_userprofile.preferred_language == language
    assert editing_languages(django_user_model.objects.get(username="editor-el@example.org")) == ["el"]


def test_the_coordinator_cannot_make_or_change_administrators(client, django_user_model):
    client.force_login(coordinator(django_user_model))
    editor = partner(django_user_model, "hu")
    group = Group.objects.get(name=partner_group_name("hu"))
    data = {
        "username": editor.username,
        "email": editor.email,
        "first_name": "Anna",
        "last_name": "Partner",
        "is_active": "on",
        "groups": [group.pk],
        "password1": "",
        "password2": "",
    }
    url = reverse("wagtailusers_users:edit", args=[editor.pk])
    refused = client.post(url, {**data, "is_superuser": "on"}, follow=True)
    assert refused.redirect_chain == [(reverse("wagtailusers_users:index"), 302)]
    assert "Only an administrator can create or change administrators." in refused.content.decode()
    assert not django_user_model.objects.get(pk=editor.pk).is_superuser
    # Group membership is theirs to manage.
    data["groups"] = [group.pk, Group.objects.get(name=partner_group_name("el")).pk]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert editing_languages(django_user_model.objects.get(pk=editor.pk)) == ["el", "hu"]
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-passphrase")
    refused = client.get(reverse("wagtailusers_users:edit", args=[admin.pk]))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailusers_users:index"))
    create = {**data, "username": "new-admin", "email": "new@example.org", "is_superuser": "on"}
    create.update(password1="a-long-passphrase-1", password2="a-long-passphrase-1")
    assert client.post(reverse("wagtailusers_users:add"), create).status_code == 302
    assert not django_user_model.objects.filter(username="new-admin").exists()
