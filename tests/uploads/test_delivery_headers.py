"""What makes pages and images cheap to send again: compressed HTML, renditions cached for a year, AVIF and WebP
(issue 13 item 4, server side)."""

import gzip

import pytest

from tests.factories import StandardPageFactory
from tests.news.factories import make_image

pytestmark = pytest.mark.django_db


def test_html_is_sent_gzipped_to_a_browser_that_accepts_it(client, home):
    StandardPageFactory(parent=home, title="About", slug="about", intro="What CLARINET does.")
    plain = client.get("/en/about/")
    compressed = client.get("/en/about/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    html = gzip.decompress(compressed.content)
    assert b"What CLARINET does." in html
    assert len(compressed.content) < len(html) / 2


def test_a_rendition_is_cached_for_a_year_and_the_original_is_not(client, serve_media):
    image = make_image("Procida seminar")
    rendition = image.get_rendition("fill-400x250|format-webp")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["X-Content-Type-Options"] == "nosniff"  # the upload headers stay
    original = client.get(image.file.url)
    assert original.status_code == 200
    assert "immutable" not in original.get("Cache-Control", "")


def test_renditions_can_be_avif_and_webp(media_root):
    image = make_image("Kasad solidarity day")
    renditions = image.get_renditions("fill-400x250|format-avif", "fill-400x250|format-webp")
    avif, webp = (rendition.file.read(16) for rendition in renditions.values())
    assert avif[4:12] == b"ftypavif"
    assert webp[:4] == b"RIFF" and webp[8:12] == b"WEBP"
