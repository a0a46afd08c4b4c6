"""Editors can add and edit training and campaign pages in the Wagtail admin (every language's fields shown)."""

import pytest

from .factories import CampaignPageFactory, TrainingPageFactory

pytestmark = pytest.mark.django_db


def test_add_forms_render_with_per_language_fields(editor_client, training_index, campaign_index):
    response = editor_client.get(f"/admin/pages/add/campaigns/trainingpage/{training_index.pk}/?language=all")
    assert response.status_code == 200
    assert b'name="venue_hu"' in response.content
    assert b"modules_ro" in response.content  # StreamFields are drawn by JavaScript from this id
    response = editor_client.get(f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/?language=all")
    assert response.status_code == 200
    assert b'name="town_hu"' in response.content
    assert b"gallery_images-__prefix__-caption_hu" in response.content


def test_edit_forms_render(editor_client, training_index, campaign_index):
    training = TrainingPageFactory(parent=training_index)
    campaign = CampaignPageFactory(parent=campaign_index, training=training)
    for page in (training, campaign, training_index, campaign_index):
        assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
