"""Fixtures of the news tests: the news index and the downloads page under the test site's home page."""

import pytest

from tests.news.factories import DownloadsPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    """The news index at /<lang>/news/ (Hungarian slug `hirek`)."""
    return NewsIndexPageFactory(parent=home, title_hu="Hírek", slug_hu="hirek")


@pytest.fixture
def downloads(home):
    """The downloads page at /<lang>/downloads/."""
    return DownloadsPageFactory(parent=home, title_hu="Letöltések", title_el="Λήψεις")


@pytest.fixture
def media_root(tmp_path, settings):
    """Store uploaded files in a fresh temporary folder."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
