"""Template tags of the toolkit: heading levels for nested rendering and the map of good practices."""

import json
import re
from functools import cache
from pathlib import Path

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

MAP_FILE = Path(__file__).resolve().parent.parent / "europe_map.json"


@register.filter
def shift_heading(level: str, offset) -> str:
    """Return the heading tag `level` ("h2".."h6") moved down by `offset` levels, never past h6.

    The one-page toolkit nests chapter bodies under section and chapter titles, so their headings move down
    to keep the outline right (WCAG 1.3.1). A bad level or offset leaves the level as it is.
    """
    try:
        number = int(str(level).lstrip("h")) + int(offset or 0)
    except ValueError:
        return level
    return f"h{min(max(number, 2), 6)}"


HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1>", re.DOTALL | re.IGNORECASE)


@register.filter
def balance_headings(html: str, parent_level) -> str:
    """Return rendered StreamField `html` with no heading level skipped below the heading `parent_level` (1-5).

    Editors pick a block's level (h2-h4) and the one-page toolkit moves levels down; either can leave a gap, e.g.
    an h3 straight after a chapter's h1, which WCAG 1.3.1 (and the W3C checker) counts as a broken outline. Each
    heading becomes at most one level below the heading before it and at least one below `parent_level`;
    levels that already follow on are left alone. A bad `parent_level` leaves `html` as it is.
    """
    try:
        previous = base = int(parent_level)
    except (TypeError, ValueError):
        return html

    def fix(match: re.Match) -> str:
        nonlocal previous
        level = max(base + 1, min(int(match.group(1)), previous + 1, 6))
        previous = level
        return f"<h{level}{match.group(2)}>{match.group(3)}</h{level}>"

    return mark_safe(HEADING.sub(fix, str(html)))  # noqa: S308 - rewrites tags of already safe HTML only


@cache
def europe_map() -> dict:
    """Return the shipped map of Europe: {width, height, countries: {alpha-2 code: {d, marker: [x, y]}}}.

    The file is built from Natural Earth data by scripts/build_europe_map.py; nothing is fetched.
    """
    with MAP_FILE.open(encoding="utf-8") as source:
        return json.load(source)


@register.inclusion_tag("toolkit/includes/practice_map.html")
def practice_map(overview: list[dict]) -> dict:
    """Render the map of Europe with each country's number of good practices.

    `overview` is the showcase's [{code, name, count, url}]. Countries with practices are shaded by count
    and get a marker with the number; the same figures are in the list next to the map.
    """
    data = europe_map()
    counts = {row["code"]: row for row in overview}
    top = max((row["count"] for row in overview), default=1)
    shapes = []
    markers = []
    for code, shape in data["countries"].items():
        row = counts.get(code)
        level = 0 if row is None else 1 + min(2, (3 * (row["count"] - 1)) // max(top, 1))
        shapes.append({"code": code, "d": shape["d"], "level": level})
        if row is not None:
            x, y = shape["marker"]
            markers.append({"x": x, "y": y, **row})
    return {
        "width": data["width"],
        "height": data["height"],
        "shapes": shapes,
        "markers": markers,
    }
