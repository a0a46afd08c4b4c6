"""Demo users, one per role, for a local run only (`DEMO_USERS = True` in the development settings).

They share one documented password (README, "Editors and roles") and must never exist on a public site:
`load_demo_content` creates them only when the active settings set `DEMO_USERS`.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from clarinet_site.roles import COORDINATOR_GROUP, partner_group_name

DEMO_PASSWORD = "clarinet-demo"  # noqa: S105 - documented development-only password
# (e-mail, first name, last name, group, admin language): role names only, no real people.
DEMO_USERS = [
    ("coordinator@example.org", "Project", "Coordinator", COORDINATOR_GROUP, "en"),
    ("editor-hu@example.org", "Hungarian", "Partner editor", partner_group_name("hu"), "hu"),
    ("editor-el@example.org", "Greek", "Partner editor", partner_group_name("el"), "el"),
]


def load() -> list[str]:
    """Create the missing demo users (username = e-mail) in their role's group; return the e-mails created.

    Existing users are left as they are, so a changed password or group survives another run.
    """
    created = []
    User = get_user_model()
    for email, first_name, last_name, group, language in DEMO_USERS:
        if User.objects.filter(username=email).exists():
            continue
        user = User.objects.create_user(
            email, email, DEMO_PASSWORD, first_name=first_name, last_name=last_name
        )
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        created.append(email)
    return created
