"""Fixtures of the campaigns tests: the two section index pages under home."""

import pytest

from .factories import CampaignIndexPageFactory, TrainingIndexPageFactory


@pytest.fixture
def training_index(home):
    """The training index page under home (English slug `trainings`, Hungarian `kepzesek`)."""
    return TrainingIndexPageFactory(parent=home, title_hu="Képzések", slug_hu="kepzesek")


@pytest.fixture
def campaign_index(home):
    """The campaign index page under home (English slug `campaigns`, Hungarian `kampanyok`)."""
    return CampaignIndexPageFactory(parent=home, title_hu="Kampányok", slug_hu="kampanyok")
