"""Names on the map: which areas get one and where, so a projector shows names, not a pile of text.

A province's map without names makes an official hunt through the table to learn which shape is
Musi Banyuasin. Every drawn area is a candidate, placed in this order:
* areas **behind their target first** (the ones a meeting talks about), then the larger shapes;
* a name sits at a point inside its shape: the centroid when that lies inside, else the centre of
  the shape's widest inner circle (a crescent's centroid can fall in the sea);
* a name is left out when its box would overlap a name already placed or stick out of the view.
  The box is the text's width at the label's font size in the frame the map is drawn in
  (FRAME_PX on the page, the PNG's axes in a file), in Web Mercator as both draw.

The text is dark on light fills and white on dark ones (`ink`), with a halo in the other colour
where the drawing supports it, so a name stays readable over any class colour.

The other kabupaten/kota around a chosen one (the grey context) are named by `context_labels`:
only those of which enough shows in the view, away from the view's edges and the chosen area.
"""

from __future__ import annotations

import math
from collections.abc import Collection

import pandas as pd
import shapely

from analytics import areas, palette

FONT_PX = 14
CHAR_EM = 0.56  # the average width of a character of a name, in em (Source Sans, mixed case)
LINE_EM = 1.3  # a label's height, in em
FRAME_PX = (820, 560)  # the map's frame on a 1280 px screen (the smallest the page is drawn at)
LIGHT_INK = "#FFFFFF"
COLUMNS = ["kode_wilayah", "nama", "lon", "lat", "ink"]

CONTEXT_LABEL_SHARE = 0.03  # a neighbour is named when its visible part is at least this share of the view
LABEL_INSET = (0.12, 0.05)  # share of the view's width and height kept free of neighbours' label points


def _mercator_y(lat: float) -> float:
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def luminance(colour: str) -> float:
    """The WCAG relative luminance of a `#rrggbb` colour (0 black … 1 white)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_on(fill: str) -> str:
    """The text colour that reads best on `fill`: the body ink, or white where it contrasts more."""
    return LIGHT_INK if contrast(fill, LIGHT_INK) > contrast(fill, palette.INK) else palette.INK


def inner_point(shape) -> shapely.Point:
    """A point well inside `shape`: its centroid when inside, else its widest inner circle's centre."""
    point = shapely.centroid(shape)
    if shape.contains(point):
        return point
    return shapely.get_point(shapely.maximum_inscribed_circle(shape, 0.01), 0)


class _Frame:
    """Lon/lat to pixels of a map that fits `bounds` into `frame_px` keeping Mercator's proportions."""

    def __init__(self, bounds, frame_px: tuple[int, int]):
        minx, miny, maxx, maxy = bounds
        self.x0, self.y1 = minx, _mercator_y(maxy)
        width, height = max(maxx - minx, 1e-9), max(self.y1 - _mercator_y(miny), 1e-9)
        self.scale = min(frame_px[0] / width, frame_px[1] / height)
        self.size = (width * self.scale, height * self.scale)

    def px(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.x0) * self.scale, (self.y1 - _mercator_y(lat)) * self.scale


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place(
    frame,
    names: dict[str, str],
    fills: dict[str, str],
    first: Collection[str],
    bounds,
    frame_px: tuple[int, int] = FRAME_PX,
    font_px: float = FONT_PX,
) -> pd.DataFrame:
    """The names to draw on a map of `frame`'s shapes (kode_wilayah, geometry) framed on `bounds`.

    names: code → the area's name (shortened here with areas.short_name); fills: code → its class
    colour (for the text colour); first: the codes named first (the areas behind). Returns one row
    per placed name: kode_wilayah, nama, lon, lat, ink — in placing order.
    """
    if frame is None or not len(frame) or bounds is None:
        return pd.DataFrame(columns=COLUMNS)
    view = _Frame(bounds, frame_px)
    shapes = dict(zip((str(c) for c in frame["kode_wilayah"]), frame["geometry"], strict=True))
    candidates = [c for c in shapes if c in names]
    candidates.sort(key=lambda c: (c not in first, -shapes[c].area, c))
    placed: list[tuple[float, float, float, float]] = []
    rows = []
    for code in candidates:
        text = areas.short_name(str(names[code]))
        point = inner_point(shapes[code])
        x, y = view.px(point.x, point.y)
        half_w, half_h = len(text) * CHAR_EM * font_px / 2, LINE_EM * font_px / 2
        box = (x - half_w, y - half_h, x + half_w, y + half_h)
        if box[0] < 0 or box[1] < 0 or box[2] > view.size[0] or box[3] > view.size[1]:
            continue
        if any(_overlaps(box, other) for other in placed):
            continue
        placed.append(box)
        rows.append((code, text, float(point.x), float(point.y), ink_on(fills.get(code, palette.NO_DATA))))
    return pd.DataFrame(rows, columns=COLUMNS)


def context_labels(context, bounds, avoid=None) -> pd.DataFrame:
    """Where to name each neighbour around a chosen kab/kota: a point inside the part of it the view
    shows, away from the edges (LABEL_INSET), chosen as `inner_point`; only neighbours whose part
    there is at least CONTEXT_LABEL_SHARE of the view. `avoid` (the chosen area's shapes) and a
    little around it are left free, so no name hides under it. Columns kode_wilayah, nama
    (short_name), lon, lat."""
    columns = ["kode_wilayah", "nama", "lon", "lat"]
    if context is None or not len(context) or bounds is None:
        return pd.DataFrame(columns=columns)
    minx, miny, maxx, maxy = bounds
    view = shapely.box(*bounds)
    # Labels are centred on their point: keep points away from the frame's edges so no name is cut.
    dx, dy = (maxx - minx) * LABEL_INSET[0], (maxy - miny) * LABEL_INSET[1]
    inner = shapely.box(minx + dx, miny + dy, maxx - dx, maxy - dy)
    parts = shapely.intersection(context["geometry"].array, inner)
    if avoid is not None and len(avoid):
        around = shapely.buffer(shapely.union_all(avoid["geometry"].array), (maxx - minx) * 0.04)
        parts = shapely.difference(parts, around)
    big = shapely.area(parts) >= CONTEXT_LABEL_SHARE * view.area
    rows = []
    for code, name, part in zip(context["kode_wilayah"][big], context["nama"][big], parts[big], strict=True):
        point = inner_point(part)
        rows.append((str(code), areas.short_name(str(name)), float(point.x), float(point.y)))
    return pd.DataFrame(rows, columns=columns)


def behind(coverage: pd.DataFrame | None) -> tuple[str, ...]:
    """The codes of a coverage frame's areas below their target (capaian < 100%), named first."""
    if coverage is None or coverage.empty or "capaian_persen" not in coverage:
        return ()
    low = coverage[pd.to_numeric(coverage["capaian_persen"], errors="coerce") < 100]
    return tuple(str(c) for c in low["wilayah"])
