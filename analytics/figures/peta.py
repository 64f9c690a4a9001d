"""The map figure of a scope's sub-areas (analytics.reports.peta builds its data): the plotly figure
the page shows and the HTML file carries, and the slide-sized PNG drawn with matplotlib.

Choices made here:
* **One choropleth trace per class**, each carrying only its own areas' GeoJSON, so the legend has
  one entry per class ("label (count)") and the figure holds each shape once. Classes with no area
  are in `legend` (the page and the PNG list them) but get no trace.
* **Offline**: geo `visible=False` and the default world scope, so plotly.js asks only for the
  "world_110m" base layer, which the app serves empty (PLOTLY_CONFIG's topojsonURL) and the HTML
  file carries inline (window.PlotlyGeoAssets), so nothing is fetched from cdn.plot.ly.
* **Projector**: white background, thin white borders between areas, 18 px text, no plotly logo.
  No title inside the page's figure (the page writes it above the map); the files carry it.
* **Bubbles** (optional): a circle at a point inside each shape, area proportional to the count,
  largest circle BUBBLE_MAX_PX across.
* **A kab/kota among its neighbours**: the other kab/kota of its province are drawn first
  (underneath) as one light-grey context trace (CONTEXT_FILL, no class colour, not in the legend or
  the values; hover: the name and "klik untuk membuka"), named in grey where enough of them shows,
  and the chosen area gets a dark outline. The view is the area's bounding box grown to CONTEXT_ZOOM
  times its width and height around its centre, each side at least CONTEXT_MIN_DEG, cut to the
  province's bounding box, plus a small margin (`frame_bounds`).
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import shapely

from analytics import fmt, palette
from analytics.figures import map_labels
from analytics.geo import classify
from analytics.i18n import Catalog

FONT = '"Source Sans", "Source Sans Pro", "Segoe UI", Arial, sans-serif'
TOPOJSON_NAME = "world_110m"
PLOTLY_CONFIG = {
    "displaylogo": False,
    "topojsonURL": "/app/static/topojson/",
    "scrollZoom": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "hoverClosestGeo"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}
# Every layer plotly.js may read from a base-layer topology, with nothing in it.
EMPTY_TOPOJSON = {
    "type": "Topology",
    "objects": {
        name: {"type": "GeometryCollection", "geometries": []}
        for name in ("land", "ocean", "lakes", "rivers", "countries", "subunits", "coastlines")
    },
    "arcs": [],
}
BUBBLE_MAX_PX = 46
CONTEXT_FILL = "#F3F4F6"  # the neighbours: lighter than the no-data grey, so never read as a class
CONTEXT_LINE = palette.FAINT
CONTEXT_META = "konteks"  # the context trace's `meta`, how the page and tests find it
CHOSEN_LINE = {"color": palette.INK, "width": 2.5}  # the chosen kab/kota among its neighbours
CONTEXT_ZOOM = 3.0  # the view around a kab/kota: its bounding box times this, per side …
CONTEXT_MIN_DEG = 1.5  # … and at least this many degrees (~165 km), so a small kota shows its neighbours
CONTEXT_ASPECT = 1.6  # … then widened (or heightened) to about the page's and the slide's map frame
CONTEXT_INK = palette.SOFT
NAMES_META = "nama"  # the trace of the areas' names (analytics.figures.map_labels)
SUFFIXES = (".png", ".html")  # the files write() makes

# Words the figure writes itself (the indicators' names are in analytics.geo.indicators).
_t = Catalog({
    "tanpa_bentuk": {"id": "Tanpa bentuk di peta: {nama}.", "en": "Not drawn (no shape): {nama}."},
    "legenda": {"id": "Jumlah wilayah per kelas", "en": "Areas per class"},
    "konteks": {"id": "Kabupaten/kota lain di provinsi ini", "en": "Other regencies/cities of the province"},
    "klik": {"id": "klik untuk membuka", "en": "click to open"},
})  # fmt: skip


@dataclass(frozen=True)
class LegendRow:
    label: str
    colour: str
    count: int


@dataclass
class Peta:
    """Everything the page and the files draw. `values`: one row per sub-area (kode_wilayah, nama,
    nilai, teks, kelas, hover); `legend` ends with the no-data class."""

    figure: go.Figure
    legend: list[LegendRow]
    values: pd.DataFrame
    shapes: object  # analytics.geo.shapes.Shapes
    title: str
    note: str
    indikator: str = ""
    bubbles: pd.DataFrame | None = field(default=None, repr=False)  # kode_wilayah, lat, lon, nilai, teks
    bubble_label: str = ""
    lang: str = "id"
    # A kab/kota scope: the other kab/kota of its province (kode_wilayah, nama, geometry), drawn
    # grey underneath; None for any other scope.
    context: object = field(default=None, repr=False)
    # The lon/lat box the figure frames (min lon, min lat, max lon, max lat), margin included.
    bounds: tuple[float, float, float, float] | None = None
    # The codes of the areas behind their target: their names are placed first.
    named_first: tuple[str, ...] = ()


def context_label(lang: str) -> str:
    """The context trace's name (the other kabupaten/kota around a chosen one)."""
    return _t("konteks", lang)


# ------------------------------------------------------------------------------- the figure


def _plain_list(series) -> list:
    return [None if classify.missing(v) else (v if isinstance(v, str) else float(v)) for v in series]


def geojson(frame, codes: list[str]) -> dict:
    """A FeatureCollection of the given areas, `properties.kode_wilayah` as the key, exteriors
    clockwise (d3-geo, inside plotly.js, fills the outside of a counter-clockwise ring)."""
    part = frame[frame["kode_wilayah"].isin(codes)]
    features = []
    for code, geom in zip(part["kode_wilayah"], part["geometry"], strict=True):
        oriented = shapely.orient_polygons(geom, exterior_cw=True)
        features.append(
            {"type": "Feature", "properties": {"kode_wilayah": str(code)}, "geometry": shapely.geometry.mapping(oriented)}
        )
    return json.loads(json.dumps({"type": "FeatureCollection", "features": features}))  # plain lists


def _context_trace(context, lang: str) -> go.Choropleth:
    codes = [str(c) for c in context["kode_wilayah"]]
    return go.Choropleth(
        geojson=geojson(context, codes),
        featureidkey="properties.kode_wilayah",
        locations=codes,
        z=[0] * len(codes),
        colorscale=[[0, CONTEXT_FILL], [1, CONTEXT_FILL]],
        showscale=False,
        marker={"line": {"color": CONTEXT_LINE, "width": 0.8}},
        name=context_label(lang),
        meta=CONTEXT_META,
        showlegend=False,
        text=[str(n) for n in context["nama"]],
        hovertemplate=f"<b>%{{text}}</b><br>{_t('klik', lang)}<extra></extra>",
    )


def names_on_map(values: pd.DataFrame, shapes_value, first, bounds, frame_px=map_labels.FRAME_PX, font_px=map_labels.FONT_PX):
    """The areas' names the map shows (analytics.figures.map_labels.place), behind-target first."""
    return map_labels.place(
        shapes_value.frame,
        dict(zip(values["kode_wilayah"].astype(str), values["nama"], strict=True)),
        dict(zip(values["kode_wilayah"].astype(str), values["warna"], strict=True)) if "warna" in values else {},
        set(first),
        bounds,
        frame_px,
        font_px,
    )


def figure(
    values: pd.DataFrame,
    klas,
    shapes_value,
    bubbles,
    bubble_label: str,
    lang: str,
    context=None,
    bounds=None,
    first=(),
) -> go.Figure:
    """The map: the context underneath, one trace per class, the areas' names, then the bubbles.
    `first`: the codes of the areas behind their target, named before the others."""
    fig = go.Figure()
    with_context = context is not None and len(context) > 0
    if with_context:  # first, so it is drawn underneath
        fig.add_trace(_context_trace(context, lang))
        labels = map_labels.context_labels(context, bounds, shapes_value.frame)
        fig.add_trace(
            go.Scattergeo(
                lon=_plain_list(labels["lon"]), lat=_plain_list(labels["lat"]), text=list(labels["nama"]),
                mode="text", textfont={"size": 15, "color": CONTEXT_INK}, hoverinfo="skip",
                showlegend=False, name=context_label(lang), meta=CONTEXT_META,
            )
        )  # fmt: skip
    line = CHOSEN_LINE if with_context else {"color": palette.BORDER, "width": 0.8}
    drawn = set(shapes_value.frame["kode_wilayah"])
    for row in klas.rows():
        part = values[(values["kelas"] == row.label) & values["kode_wilayah"].isin(drawn)]
        if part.empty:
            continue
        codes = [str(c) for c in part["kode_wilayah"]]
        fig.add_trace(
            go.Choropleth(
                geojson=geojson(shapes_value.frame, codes),
                featureidkey="properties.kode_wilayah",
                locations=codes,
                z=[1] * len(codes),
                colorscale=[[0, row.colour], [1, row.colour]],
                showscale=False,
                marker={"line": line},
                name=f"{row.label} ({fmt.angka(row.count, 0, lang)})",
                legendgroup=row.label,
                showlegend=True,
                text=[str(t) for t in part["hover"]],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    named = names_on_map(values, shapes_value, first, bounds)
    if len(named):
        fig.add_trace(
            go.Scattergeo(
                lon=_plain_list(named["lon"]), lat=_plain_list(named["lat"]), text=list(named["nama"]),
                mode="text", textfont={"size": map_labels.FONT_PX, "color": list(named["ink"]), "shadow": "auto"},
                hoverinfo="skip", showlegend=False, name=NAMES_META, meta=NAMES_META,
            )
        )  # fmt: skip
    if bubbles is not None and len(bubbles):
        biggest = float(bubbles["nilai"].max())
        fig.add_trace(
            go.Scattergeo(
                lon=_plain_list(bubbles["lon"]),
                lat=_plain_list(bubbles["lat"]),
                locations=None,
                mode="markers",
                name=bubble_label,
                marker={
                    "size": _plain_list(bubbles["nilai"]),
                    "sizemode": "area",
                    "sizeref": 2.0 * biggest / BUBBLE_MAX_PX**2,
                    "sizemin": 3,
                    "color": palette.BUBBLE,
                    "opacity": palette.BUBBLE_OPACITY,
                    "line": {"color": palette.BORDER, "width": 1},
                },
                text=[f"<b>{n}</b><br>{t}" for n, t in zip(bubbles["nama"], bubbles["teks"], strict=True)],
                customdata=[str(c) for c in bubbles["kode_wilayah"]],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    fig.update_geos(visible=False, bgcolor="white", showframe=False, **_view_of(bounds))
    fig.update_layout(
        template="plotly_white",
        separators=",." if lang == "id" else ".,",
        font={"family": FONT, "size": 18, "color": palette.INK},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        height=620,
        showlegend=True,
        legend={
            "orientation": "v", "x": 1.0, "xanchor": "left", "y": 0.5, "yanchor": "middle",
            "font": {"size": 17}, "itemsizing": "constant", "traceorder": "normal",
            "bgcolor": "rgba(255,255,255,0.85)",
        },
        hoverlabel={"font": {"size": 18, "family": FONT}, "bgcolor": "white"},
    )  # fmt: skip
    return fig


# ------------------------------------------------------------------------------- files


def frame_bounds(frame, context=None, pad: float = 0.02) -> tuple[float, float, float, float] | None:
    """The lon/lat box a map frames: (min lon, min lat, max lon, max lat); None with no shapes.

    Without context: the shapes' bounding box. With context (a kab/kota among its province's
    other kab/kota): the area's box grown to CONTEXT_ZOOM times its width and height around its
    centre (each side at least CONTEXT_MIN_DEG), cut to the province's box (area and context
    together), then its short side grown to the frame's proportions (CONTEXT_ASPECT) and cut
    again, so the neighbours show but
    nothing outside the province does. Then a margin of `pad` of each side (at least 0.02°) so
    the outermost borders are not cut.
    """
    own = frame.total_bounds if frame is not None and len(frame) else None
    if context is not None and len(context):
        province = context.total_bounds
        if own is None:  # the area has no shape: its province
            own = province
        else:
            province = (min(own[0], province[0]), min(own[1], province[1]),
                        max(own[2], province[2]), max(own[3], province[3]))  # fmt: skip
            cx, cy = (own[0] + own[2]) / 2, (own[1] + own[3]) / 2
            half_w = max((own[2] - own[0]) * CONTEXT_ZOOM, CONTEXT_MIN_DEG) / 2
            half_h = max((own[3] - own[1]) * CONTEXT_ZOOM, CONTEXT_MIN_DEG) / 2
            own = _cut((cx - half_w, cy - half_h, cx + half_w, cy + half_h), province)
            w, h = own[2] - own[0], own[3] - own[1]
            cx, cy = (own[0] + own[2]) / 2, (own[1] + own[3]) / 2
            if w < h * CONTEXT_ASPECT:  # fill the frame's width with more neighbours, not white
                w = h * CONTEXT_ASPECT
            else:
                h = w / CONTEXT_ASPECT
            own = _cut((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), province)
    if own is None:
        return None
    minx, miny, maxx, maxy = (float(v) for v in own)
    dx, dy = max((maxx - minx) * pad, 0.02), max((maxy - miny) * pad, 0.02)
    return (minx - dx, miny - dy, maxx + dx, maxy + dy)


def _cut(box, limit) -> tuple[float, float, float, float]:
    return (max(box[0], limit[0]), max(box[1], limit[1]), min(box[2], limit[2]), min(box[3], limit[3]))


def _view_of(bounds) -> dict:
    """Geo settings that frame `bounds` (frame_bounds) in Mercator.

    plotly's `fitbounds` keeps the world map's square frame, so a wide country like Indonesia used
    only ~70% of the width and ~65% of the height given to it; explicit axis ranges make the frame
    the shapes' own shape, so the map fills the width on a projector.
    """
    if bounds is None:
        return {"fitbounds": "locations"}
    minx, miny, maxx, maxy = bounds
    return {"projection_type": "mercator", "lonaxis_range": [minx, maxx], "lataxis_range": [miny, maxy]}


def write(peta: Peta, path) -> Path:
    """Write the map to `path`: `.html` (self-contained, fetches nothing) or `.png` (matplotlib)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".html":
        path.write_text(to_html(peta), encoding="utf-8")
    elif suffix == ".png":
        write_png(peta, path)
    else:
        raise ValueError(
            f"unknown file type {path.suffix or '(none)'!r} for {path.name}: use .png or .html "
            f"(jenis berkas tidak dikenal: pakai .png atau .html)"
        )
    return path


def _missing_note(peta: Peta, lang: str) -> str:
    codes = list(getattr(peta.shapes, "tanpa_bentuk", ()) or ())
    if not codes:
        return ""
    names = dict(zip(peta.values["kode_wilayah"], peta.values["nama"], strict=True))
    return _t("tanpa_bentuk", lang, nama=", ".join(names.get(c, c) for c in codes))


def to_html(peta: Peta) -> str:
    """A standalone page: plotly.js inlined and the empty base layer given before it loads."""
    lang = peta.lang
    fig = go.Figure(copy.deepcopy(peta.figure.to_dict()))
    fig.update_traces(hovertemplate="<b>%{text}</b><extra></extra>", selector={"meta": CONTEXT_META, "type": "choropleth"})
    notes = " ".join(t for t in (peta.note, _missing_note(peta, lang)) if t)
    fig.update_layout(
        title={"text": f"<b>{escape(peta.title, quote=False)}</b>", "x": 0.01, "xanchor": "left", "font": {"size": 24}},
        margin={"l": 10, "r": 10, "t": 70, "b": 50},
        height=None,
        autosize=True,
    )
    fig.add_annotation(
        text=notes, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-8,
        showarrow=False, font={"size": 14, "color": palette.SOFT}, align="left",
    )  # fmt: skip
    html = fig.to_html(
        include_plotlyjs=True, full_html=True, config=PLOTLY_CONFIG,
        default_width="100%", default_height="95vh",
    )  # fmt: skip
    assets = json.dumps({"topojson": {TOPOJSON_NAME: EMPTY_TOPOJSON}}, separators=(",", ":"))
    head = f'<head>\n<title>{escape(peta.title, quote=False)}</title>\n<script>window.PlotlyGeoAssets = {assets};</script>'
    if "<head>" not in html:
        raise AssertionError("plotly's HTML has no <head>")
    html = html.replace("<head>", head, 1)
    return html.replace("<html>", f'<html lang="{lang}">', 1)




# -- PNG


def write_png(peta: Peta, path: Path, width_px: int = 1920, height_px: int = 1080, dpi: int = 120) -> None:
    """The map as a slide-sized PNG (1920 × 1080), drawn with matplotlib's Agg canvas: no browser,
    no network, no pyplot global state."""
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    lang = peta.lang
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(fig)
    fig.text(0.025, 0.955, peta.title, fontsize=24, fontweight="bold", color=palette.INK, va="top", parse_math=False)
    notes = [t for t in (peta.note, _missing_note(peta, lang)) if t]
    fig.text(0.025, 0.9, "  ".join(notes), fontsize=13, color=palette.SOFT, va="top", wrap=True, parse_math=False)

    frame = peta.shapes.frame
    context = peta.context if peta.context is not None and len(peta.context) else None
    wide = _aspect(peta.bounds) > 1.9  # a long archipelago (national): legend in columns under the map
    ax = fig.add_axes((0.01, 0.22, 0.98, 0.64) if wide else (0.02, 0.04, 0.64, 0.82))  # axes_box below
    ax.set_axis_off()
    colour = dict(zip(peta.values["kode_wilayah"], peta.values["warna"], strict=True))
    if context is not None:  # the neighbours first, underneath, as on the page
        context.plot(ax=ax, color=CONTEXT_FILL, edgecolor=CONTEXT_LINE, linewidth=0.6)
    if len(frame):
        frame.plot(
            ax=ax, color=[colour.get(c, palette.NO_DATA) for c in frame["kode_wilayah"]],
            edgecolor=CHOSEN_LINE["color"] if context is not None else palette.BORDER,
            linewidth=2.0 if context is not None else 0.6,
        )  # fmt: skip
    axes_box = (0.98, 0.64) if wide else (0.64, 0.82)
    font_pt = 13
    for _, label in names_on_map(
        peta.values, peta.shapes, peta.named_first, peta.bounds,
        frame_px=(int(width_px * axes_box[0]), int(height_px * axes_box[1])), font_px=font_pt * dpi / 72,
    ).iterrows():  # fmt: skip
        halo = palette.INK if label["ink"] == map_labels.LIGHT_INK else "white"
        ax.text(label["lon"], label["lat"], label["nama"], fontsize=font_pt, color=label["ink"], ha="center",
                va="center", zorder=5, path_effects=[patheffects.withStroke(linewidth=2.5, foreground=halo)])  # fmt: skip
    if context is not None:
        for _, label in map_labels.context_labels(context, peta.bounds, frame).iterrows():
            ax.text(label["lon"], label["lat"], label["nama"], fontsize=13, color=CONTEXT_INK,
                    ha="center", va="center", zorder=4)  # fmt: skip
    if peta.bounds is not None:
        ax.set_xlim(peta.bounds[0], peta.bounds[2])
        ax.set_ylim(peta.bounds[1], peta.bounds[3])
    handles = [
        Patch(facecolor=r.colour, edgecolor=palette.FAINT, linewidth=0.5, label=f"{r.label} ({fmt.angka(r.count, 0, lang)})")
        for r in peta.legend
    ]
    if peta.bubbles is not None and len(peta.bubbles):
        biggest = float(peta.bubbles["nilai"].max())
        max_pt = BUBBLE_MAX_PX * 72 / 96 * 1.2  # plotly's px at the slide's size, in points
        sizes = [max(4.0, (float(v) / biggest) * max_pt**2) for v in peta.bubbles["nilai"]]
        ax.scatter(
            peta.bubbles["lon"], peta.bubbles["lat"], s=sizes, c=palette.BUBBLE, alpha=palette.BUBBLE_OPACITY,
            edgecolors=palette.BORDER, linewidths=1, zorder=3,
        )  # fmt: skip
        handles.append(
            Line2D([], [], linestyle="none", marker="o", markersize=14, markerfacecolor=palette.BUBBLE,
                   markeredgecolor=palette.BORDER, alpha=palette.BUBBLE_OPACITY,
                   label=peta.bubble_label if wide else _wrap(peta.bubble_label, 30))
        )  # fmt: skip
    placement = (
        {"loc": "upper left", "bbox_to_anchor": (0.025, 0.215), "ncol": min(3, len(handles))}
        if wide
        else {"loc": "center left", "bbox_to_anchor": (0.68, 0.5)}
    )
    fig.legend(
        handles=handles, frameon=False, fontsize=17, title=_t("legenda", lang), title_fontsize=17,
        alignment="left", handlelength=1.6, handleheight=1.2, labelspacing=0.7, columnspacing=2.5,
        **placement,
    )  # fmt: skip
    fig.savefig(path, format="png", facecolor="white", dpi=dpi)


def _aspect(bounds) -> float:
    """Width over height of the framed box, east-west distances shrunk by the latitude."""
    if bounds is None:
        return 1.0
    minx, miny, maxx, maxy = bounds
    height = max(maxy - miny, 1e-9)
    return (maxx - minx) * math.cos(math.radians((miny + maxy) / 2)) / height


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line] if line else lines)

