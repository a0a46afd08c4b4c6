"""Fixtures of the toolkit tests: the toolkit and the showcase under the home page."""

import pytest

from tests.toolkit.factories import GoodPracticeIndexPageFactory, ToolkitPageFactory


@pytest.fixture
def toolkit(home):
    """A live ToolkitPage at /en/toolkit/ (Hungarian slug `eszkoztar`)."""
    return ToolkitPageFactory(parent=home, title_hu="Eszköztár", slug_hu="eszkoztar")


@pytest.fixture
def showcase(home):
    """A live GoodPracticeIndexPage at /en/good-practices/."""
    return GoodPracticeIndexPageFactory(
        parent=home,
        title_hu="Jó gyakorlatok",
        slug_hu="jo-gyakorlatok",
        title_it="Buone pratiche",
        title_de="Gute Praxis",
        title_sl="Dobre prakse",
        title_el="Καλές πρακτικές",
        title_ro="Bune practici",
        title_bg="Добри практики",
    )
