"""Feeds of the news, included under every language prefix (before Wagtail's page catch-all)."""

from django.urls import path

from .feeds import NewsAtomFeed, NewsRssFeed

urlpatterns = [
    path("feeds/news.rss", NewsRssFeed(), name="news_rss"),
    path("feeds/news.atom", NewsAtomFeed(), name="news_atom"),
]
