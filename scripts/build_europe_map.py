"""Build toolkit/europe_map.json, the map of Europe the good-practice showcase draws, from Natural Earth data.

Run once by a developer, never at build or run time; the output is committed. Input: `countries-50m.json`
of the `world-atlas` npm package (TopoJSON of Natural Earth's 1:50m countries; Natural Earth is in the public
domain). Usage:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_europe_map.py package/countries-50m.json toolkit/europe_map.json

Countries are projected with a Lambert azimuthal equal-area projection centred on 10°E 52°N (as the EU's
ETRS89-LAEA), clipped to a frame around Europe, simplified, and keyed by ISO 3166-1 alpha-2 code.
"""

import json
import math
import sys

# ISO 3166-1 numeric -> alpha-2 for the countries in the frame (Natural Earth gives numeric ids).
NUMERIC_TO_ALPHA2 = {
    "008": "AL",
    "020": "AD",
    "040": "AT",
    "056": "BE",
    "070": "BA",
    "100": "BG",
    "112": "BY",
    "191": "HR",
    "196": "CY",
    "203": "CZ",
    "208": "DK",
    "233": "EE",
    "246": "FI",
    "250": "FR",
    "276": "DE",
    "300": "GR",
    "348": "HU",
    "352": "IS",
    "372": "IE",
    "380": "IT",
    "428": "LV",
    "438": "LI",
    "440": "LT",
    "442": "LU",
    "470": "MT",
    "492": "MC",
    "498": "MD",
    "499": "ME",
    "528": "NL",
    "807": "MK",
    "578": "NO",
    "616": "PL",
    "620": "PT",
    "642": "RO",
    "643": "RU",
    "674": "SM",
    "688": "RS",
    "703": "SK",
    "705": "SI",
    "724": "ES",
    "752": "SE",
    "756": "CH",
    "792": "TR",
    "804": "UA",
    "826": "GB",
    "336": "VA",
    "051": "AM",
    "031": "AZ",
    "268": "GE",
    "012": "DZ",
    "788": "TN",
    "434": "LY",
    "504": "MA",
    "818": "EG",
    "760": "SY",
    "368": "IQ",
    "364": "IR",
    "422": "LB",
    "376": "IL",
    "400": "JO",
    "682": "SA",
    "398": "KZ",
    "304": "GL",
    "234": "FO",
    "831": "GG",
    "832": "JE",
    "833": "IM",
    "292": "GI",
    "248": "AX",
    "275": "PS",
}
# Shapes Natural Earth gives without a number: Kosovo, and northern Cyprus (drawn as part of Cyprus, whose
# whole island is EU territory).
UNNUMBERED = {"Kosovo": "XK", "N. Cyprus": "CY"}
WIDTH = 1000.0
LON0, LAT0 = math.radians(10), math.radians(52)
# Frame in projected units (metres / 1000): west of Ireland to the Black Sea, Crete and Cyprus to Lapland.
X_MIN, X_MAX, Y_MIN, Y_MAX = -2600.0, 2700.0, -2250.0, 2300.0
TOLERANCE = 1.1  # simplification, in output units (the map is WIDTH wide)


def laea(lon: float, lat: float) -> tuple[float, float]:
    """Project degrees to kilometres (x east, y north) with a Lambert azimuthal equal-area projection."""
    lam, phi = math.radians(lon), math.radians(lat)
    k = math.sqrt(
        2 / (1 + math.sin(LAT0) * math.sin(phi) + math.cos(LAT0) * math.cos(phi) * math.cos(lam - LON0))
    )
    x = k * math.cos(phi) * math.sin(lam - LON0)
    y = k * (math.cos(LAT0) * math.sin(phi) - math.sin(LAT0) * math.cos(phi) * math.cos(lam - LON0))
    return x * 6371.0, y * 6371.0


def to_view(point: tuple[float, float]) -> tuple[float, float]:
    scale = WIDTH / (X_MAX - X_MIN)
    return (point[0] - X_MIN) * scale, (Y_MAX - point[1]) * scale


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def clip(polygon: list, inside, intersect) -> list:
    output = polygon
    for edge in range(4):
        source, output = output, []
        if not source:
            break
        previous = source[-1]
        for point in source:
            if inside(point, edge):
                if not inside(previous, edge):
                    output.append(intersect(previous, point, edge))
                output.append(point)
            elif inside(previous, edge):
                output.append(intersect(previous, point, edge))
            previous = point
    return output


def inside(point, edge) -> bool:
    x, y = point
    return [x >= X_MIN, x <= X_MAX, y >= Y_MIN, y <= Y_MAX][edge]


def intersect(a, b, edge):
    (x1, y1), (x2, y2) = a, b
    if edge in (0, 1):
        x = X_MIN if edge == 0 else X_MAX
        t = (x - x1) / (x2 - x1)
        return x, y1 + t * (y2 - y1)
    y = Y_MIN if edge == 2 else Y_MAX
    t = (y - y1) / (y2 - y1)
    return x1 + t * (x2 - x1), y


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker simplification of an open polyline."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1) or 1e-9
    distances = [abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length for x, y in points[1:-1]]
    index, distance = max(enumerate(distances, 1), key=lambda item: item[1])
    if distance <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(points: list, tolerance: float) -> list:
    """Simplify a closed ring: split it at the point farthest from its start, simplify both halves."""
    if len(points) < 4:
        return points
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - x0, points[i][1] - y0))
    first = simplify(points[: far + 1], tolerance)
    second = simplify(points[far:] + [points[0]], tolerance)
    return first[:-1] + second[:-1]


def area(points: list) -> float:
    return (
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)) / 2
    )


def centroid(points: list) -> tuple[float, float]:
    a = area(points) or 1e-9
    cx = sum(
        (x1 + x2) * (x1 * y2 - x2 * y1)
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
    )
    cy = sum(
        (y1 + y2) * (x1 * y2 - x2 * y1)
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
    )
    return cx / (6 * a), cy / (6 * a)


def path_data(points: list[tuple[float, float]]) -> str:
    """Return SVG path data of one closed ring: whole map units (0.1 % of the map's width, under a pixel at
    the sizes it is shown), the first point absolute and the others relative ("l"), repeated points left out.

    The map is sent inside the good practices page's HTML: these short numbers keep that page small.
    """
    rounded = [(round(x), round(y)) for x, y in points]
    kept = [point for i, point in enumerate(rounded) if i == 0 or point != rounded[i - 1]]
    (x0, y0), steps = kept[0], zip(kept, kept[1:], strict=False)
    return f"M{x0} {y0}l" + " ".join(f"{bx - ax} {by - ay}" for (ax, ay), (bx, by) in steps) + "z"


def build(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    shapes: dict[str, list] = {}
    largest: dict[str, tuple[float, list]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        number = geometry.get("id")
        code = NUMERIC_TO_ALPHA2.get(number) if number else UNNUMBERED.get(geometry["properties"]["name"])
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        parts = shapes.setdefault(code, [])
        for polygon in polygons:
            for ring_index, indexes in enumerate(polygon):
                projected = [laea(lon, lat) for lon, lat in ring(indexes, arcs)]
                clipped = clip(projected, inside, intersect)
                if len(clipped) < 3:
                    continue
                view = [to_view(point) for point in clipped]
                simple = simplify_ring(view, TOLERANCE)
                if len(simple) < 3 or (ring_index == 0 and abs(area(simple)) < 1.5):
                    continue
                parts.append(path_data(simple))
                if ring_index == 0 and abs(area(simple)) > largest.get(code, (0.0, []))[0]:
                    largest[code] = (abs(area(simple)), simple)
    countries = {}
    for code, parts in shapes.items():
        if parts and code in largest:
            x, y = centroid(largest[code][1])
            countries[code] = {"d": "".join(parts), "marker": [round(x, 1), round(y, 1)]}
    height = WIDTH * (Y_MAX - Y_MIN) / (X_MAX - X_MIN)
    return {
        "source": "Natural Earth 1:50m countries (public domain), via the world-atlas package; see scripts/",
        "width": WIDTH,
        "height": round(height, 1),
        "countries": dict(sorted(countries.items())),
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        result = build(json.load(source))
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump(result, target, separators=(",", ":"), ensure_ascii=False)
        target.write("\n")
    print(f"{len(result['countries'])} countries written to {sys.argv[2]}")
