"""The moderation workflow's and its task's names, shown in the admin's language.

Migration 0007 creates the workflow "Coordinator approval" and its task "Coordinator review". Wagtail shows
their stored names on the submit button ("Submit to Coordinator approval"), in the workflow status, on the
dashboard and in notification e-mails, so a Hungarian or Greek editor read them in English. Workflow and Task
are Wagtail's own models, whose tables modeltranslation cannot give a column per language by migration; the
names stay stored in English and are shown translated instead: on loading, a stored name that is one of
`NAMES` becomes a `TranslatedName`, a str equal to the stored name (comparisons, queries, JSON and the
database see the English), whose text, when shown, is its translation in the language active at that moment
(an e-mail's recipient's, a page's viewer's). A name an administrator changed is shown as typed.
"""

from django.apps import apps
from django.db.models.signals import post_init, pre_save
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Task, Workflow

# The names migration 0007 gives the workflow and its task, as stored (and as msgids of the django domain).
NAMES = (gettext_noop("Coordinator approval"), gettext_noop("Coordinator review"))


class TranslatedName(str):
    """A stored workflow or task name that shows as its translation in the active language.

    `str()`, `%s`, `format()` and Django templates give the translation; equality, hashing, slicing, JSON
    and the database adapter see the stored English value.
    """

    def __str__(self) -> str:
        return gettext(str.__str__(self))

    def __format__(self, format_spec: str) -> str:
        return format(str(self), format_spec)


def translate_name(sender, instance, **kwargs) -> None:
    """Make a freshly loaded workflow's or task's name a `TranslatedName` when it is one of `NAMES`."""
    name = instance.__dict__.get("name")
    if name in NAMES:
        instance.name = TranslatedName(name)


def store_name(sender, instance, **kwargs) -> None:
    """Store one of `NAMES` in English even when a form sent it back translated (the workflow edit form
    shows the translation), and any name as a plain str."""
    name = str.__str__(instance.name) if isinstance(instance.name, str) else instance.name
    for stored in NAMES:
        if name == gettext(stored):
            name = stored
    instance.name = name


def install() -> None:
    """Connect the receivers to Workflow, Task and every concrete Task type (Wagtail loads tasks as both)."""
    for model in apps.get_models():
        if issubclass(model, (Workflow, Task)):
            post_init.connect(translate_name, sender=model, dispatch_uid=f"translate_name_{model._meta.label}")
            pre_save.connect(store_name, sender=model, dispatch_uid=f"store_name_{model._meta.label}")
