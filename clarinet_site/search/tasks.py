"""Background tasks (django-tasks) that keep the search index current, and the signals that queue them.

The site's task worker (`manage.py db_worker`, database backend) runs them; a task queued inside a
transaction is stored in that transaction, so the worker sees it only once the change it reflects is
committed. Every task replaces whole rows, so a repeated or late task does no harm. Queuing never fails a
publish: a queue error is logged, and `manage.py rebuild_search_index` puts everything right.
"""

import logging

from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tasks import task
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from clarinet_site.models import CustomDocument
from clarinet_site.models.search_index import SearchEntry

from . import indexing

logger = logging.getLogger(__name__)


@task()
def index_page(page_id: int) -> int:
    """Task: replace the rows of page `page_id` (published, unpublished or translated); return the rows."""
    return indexing.index_page(page_id)


@task()
def index_page_tree(page_id: int) -> int:
    """Task: replace the rows of page `page_id` and the pages under it (moved, privacy changed)."""
    return indexing.index_page_tree(page_id)


@task()
def index_document(document_id: int) -> int:
    """Task: replace the row of document `document_id` (saved)."""
    return indexing.index_document(document_id)


@task()
def index_documents() -> int:
    """Task: replace the rows of every document (a collection's privacy changed)."""
    return indexing.index_documents()


def enqueue(search_task, *args) -> None:
    """Queue `search_task` with `args`; log and carry on when the queue cannot be written."""
    try:
        search_task.enqueue(*args)
    except DatabaseError:
        logger.exception("Search index update %s%s not queued", search_task.name, args)


@receiver(page_published)
def page_published_again(sender, instance, **kwargs) -> None:
    """A page was published (new text, translation or slug): index it again."""
    enqueue(index_page, instance.pk)


@receiver(page_unpublished)
def page_withdrawn(sender, instance, **kwargs) -> None:
    """A page was unpublished (or is being deleted): drop its rows now, in the same transaction.

    Not a task: Wagtail unpublishes a live page being deleted without saving it, so a task reading the
    database would index it again while its rows are on their way out (a foreign key error at commit).
    """
    SearchEntry.objects.filter(page_id=instance.pk).delete()


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs) -> None:
    """A page moved: its section (and its descendants' sections) may have changed."""
    enqueue(index_page_tree, instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def page_privacy_changed(sender, instance, **kwargs) -> None:
    """A page became private or public again: so did every page under it."""
    enqueue(index_page_tree, instance.page_id)


@receiver(post_save, sender=CustomDocument)
def document_saved(sender, instance, **kwargs) -> None:
    """A document was added or changed (deleting it deletes its row by cascade)."""
    enqueue(index_document, instance.pk)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, **kwargs) -> None:
    """A collection became private or public again: any document may have changed its visibility."""
    enqueue(index_documents)
