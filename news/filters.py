"""Checking listing filters from GET parameters: only values that exist are used, anything else is ignored.

The design's rule: a bad GET parameter never gives a 500. Values are compared with known choices in
Python, so malformed input (NUL bytes, huge numbers, other scripts) never reaches a database query.
"""

from collections.abc import Iterable, Mapping


def pick_choice(value: str | None, choices: Mapping[str, object]) -> str | None:
    """Return `value` if it is one of the keys of `choices`, else None."""
    if value and value in choices:
        return value
    return None


def pick_year(value: str | None, years: Iterable[int]) -> int | None:
    """Return `value` as an int if it is a plain number among `years`, else None."""
    if not value or not value.isascii() or not value.isdigit() or len(value) > 4:
        return None
    year = int(value)
    return year if year in set(years) else None
