"""Template filters of the campaigns app: dates of blocks in the visitor's language."""

from django import template

from campaigns.blocks import dated_block_text

register = template.Library()


@register.filter
def block_dates(value) -> str:
    """Return the dates of an event, residency or timeline-step block value, e.g. "1–3 October 2021"."""
    return dated_block_text(value)
