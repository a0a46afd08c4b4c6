"""Factories for the toolkit's pages, built on wagtail-factories."""

import factory
import wagtail_factories
from django.utils.text import slugify

from toolkit.models import (
    Category,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Result,
    ToolkitChapterPage,
    ToolkitPage,
)


class ToolkitPageFactory(wagtail_factories.PageFactory):
    title = "Toolkit"
    slug = "toolkit"

    class Meta:
        model = ToolkitPage


class ToolkitChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        model = ToolkitChapterPage


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Good practices"
    slug = "good-practices"

    class Meta:
        model = GoodPracticeIndexPage


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    organisation = "Municipality of Example"
    city = "Exampletown"
    country = "IT"
    category = Category.PUBLIC_EVENTS
    year = 2019
    result = Result.ENTRY

    class Meta:
        model = GoodPracticePage


def practices_block(*practices, heading: str = "", level: str = "h3") -> tuple:
    """A "see it in practice" StreamField item showing `practices`."""
    return ("practices", {"heading": heading, "level": level, "text": "", "practices": list(practices)})
