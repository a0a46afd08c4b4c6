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
    an h3 straight after a chapter's h1, which WCAG 1.3.1 (and the W3C checker) counts as a broken outline. The
    outline's shape is kept and its gaps closed: a heading goes one level below the nearest heading before it
    that was of a higher level (siblings stay siblings), and at least one level below `parent_level`; levels
    that already follow on are left alone. A bad `parent_level` leaves `html` as it is.
    """
    try:
        base = int(parent_level)
    except (TypeError, ValueError):
        return html
    open_levels: list[tuple[int, int]] = []  # (level written, level given) of the headings still open

    def fix(match: re.Match) -> str:
        written = int(match.group(1))
        while open_levels and open_levels[-1][0] >= written:
            open_levels.pop()
        level = min(open_levels[-1][1] + 1 if open_levels else base + 1, 6)
        open_levels.append((written, level))
        return f"<h{level}{match.group(2)}>{match.group(3)}</h{level}>"

    return mark_safe(HEADING.sub(fix, str(html)))  # noqa: S308 - rewrites tags of already safe HTML only


@cache
def europe_map() -> dict:
    """Return the shipped map of Europe: {width, height, countries: {alpha-2 code: {d, marker: [x, y]}}}.

    The file is built from Natural Earth data by scripts/build_europe_map.py; nothing is fetched.
    """
    with MAP_FILE.open(encoding="utf-8") as source:
        data = json.load(source)
    for shape in data["countries"].values():
        shape["box"] = path_box(shape["d"])
    return data


NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def path_box(d: str) -> tuple[float, float, float, float]:
    """Return (left, top, right, bottom) of SVG path data `d` made of rings "M x y l dx dy ... z" (map units)."""
    xs: list[float] = []
    ys: list[float] = []
    for ring in d.split("M")[1:]:
        numbers = [float(value) for value in NUMBER.findall(ring)]
        x, y = numbers[0], numbers[1]
        xs.append(x)
        ys.append(y)
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=False):
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


# The map shows at least this share of Europe's width, so a single country keeps its neighbours around it.
MIN_VIEW_SHARE = 0.42
# Marker size as a share of the shown width: about 12 px of radius on a 360 px wide phone screen.
MARKER_SHARE = 0.035


def map_view(points: list[tuple[float, float]], width: float, height: float) -> tuple[float, float, float, float]:
    """Return the part of the map to show (x, y, width, height in map units) around `points`.

    The view frames the markers with a margin, keeps the map's proportions, is never smaller than
    MIN_VIEW_SHARE of the map's width, and never leaves the map; no points gives the whole map.
    """
    if not points:
        return 0.0, 0.0, width, height
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    ratio = height / width
    view_width = min(width, max(width * MIN_VIEW_SHARE, (max(xs) - min(xs)) * 1.5, (max(ys) - min(ys)) * 1.5 / ratio))
    view_height = view_width * ratio
    centre_x = (min(xs) + max(xs)) / 2
    centre_y = (min(ys) + max(ys)) / 2
    x = min(max(centre_x - view_width / 2, 0.0), width - view_width)
    y = min(max(centre_y - view_height / 2, 0.0), height - view_height)
    return round(x, 1), round(y, 1), round(view_width, 1), round(view_height, 1)


@register.inclusion_tag("toolkit/includes/practice_map.html")
def practice_map(overview: list[dict]) -> dict:
    """Render the map of Europe with each country's number of good practices, framed on those countries.

    `overview` is [{code, name, count, url}] for the countries to show: the showcase passes the countries of
    the practices found, so under a filter exactly the filtered countries are shaded and marked. Countries are
    shaded by count and get a marker with the number, sized for the part of the map shown so that it stays
    readable on a phone; the same figures are in the list next to the map. Countries wholly outside the part
    shown are left out.
    """
    data = europe_map()
    counts = {row["code"]: row for row in overview}
    top = max((row["count"] for row in overview), default=1)
    shapes = []
    markers = []
    for code, shape in data["countries"].items():
        row = counts.get(code)
        level = 0 if row is None else 1 + min(2, (3 * (row["count"] - 1)) // max(top, 1))
        shapes.append({"code": code, "d": shape["d"], "level": level, "box": shape["box"]})
        if row is not None:
            x, y = shape["marker"]
            markers.append({"x": x, "y": y, **row})
    view = map_view([(marker["x"], marker["y"]) for marker in markers], data["width"], data["height"])
    # Only the countries inside the part shown are sent (the page's HTML carries them).
    left, top_edge, right, bottom = view[0], view[1], view[0] + view[2], view[1] + view[3]
    shapes = [
        shape
        for shape in shapes
        if shape["box"][0] <= right and shape["box"][2] >= left and shape["box"][1] <= bottom and shape["box"][3] >= top_edge
    ]
    radius = round(view[2] * MARKER_SHARE, 1)
    return {
        "width": data["width"],
        "height": data["height"],
        "view_box": " ".join(f"{value:g}" for value in view),
        "radius": radius,
        "font_size": round(radius * 1.15, 1),
        "shapes": shapes,
        "markers": markers,
    }
