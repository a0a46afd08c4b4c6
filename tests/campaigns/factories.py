"""Factories for training and campaign pages."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from campaigns.models import CampaignIndexPage, CampaignPage, TrainingIndexPage, TrainingPage


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Trainings"
    slug = "trainings"

    class Meta:
        model = TrainingIndexPage


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class TrainingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Training {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    country = "RO"
    start_date = datetime.date(2021, 1, 11)
    end_date = datetime.date(2021, 1, 15)

    class Meta:
        model = TrainingPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    country = "HU"
    town = "Kásád"
    start_date = datetime.date(2021, 10, 1)
    end_date = datetime.date(2021, 10, 3)

    class Meta:
        model = CampaignPage


def event(title: str, start: datetime.date, place: str, **extra) -> tuple:
    """Return an `event` activity as a (block type, value) pair for a StreamField."""
    return ("event", {"title": title, "start_date": start, "place": place, **extra})
