"""Template tags of the toolkit: heading levels for nested rendering and the map of good practices."""

import json
from functools import cache
from pathlib import Path

from django import template

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
