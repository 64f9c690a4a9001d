"""Plotly figures shared by the pages, drawn for a projector in a room without internet.

Choices made once, here:
* **Readable from the back of the room**: 18 px text, 4 px lines, dark ink on white, the legend on
  top; no chart title (the page heading and a caption say what the chart shows).
* **Colour-blind safe**: segments and compared areas take Okabe–Ito colours; compared areas also
  differ by dash, so a washed-out projector still separates them.
* **Indonesian formatting without a locale file**: plotly.js's own month names are English and its
  locale files would come from a CDN, so months are categories written by analytics.fmt ("Agustus
  2026", ticks "Agu 2026"), y ticks are computed and written with fmt (`1,5 jt`, `250.000`, `12,5%`),
  and every hover shows text already formatted. `separators` is still set for anything plotly
  formats itself.
* **Offline**: no mapbox, no web fonts; Streamlit bundles plotly.js. Values go into the figure as
  plain lists (no numpy typed arrays), so tests can read them back from the chart's spec.

`show(fig)` draws a figure with the shared config (no plotly logo, no cloud buttons).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import fmt, palette
from ui.text_tren import TT

FONT = '"Source Sans", "Source Sans Pro", "Segoe UI", Arial, sans-serif'
INK = palette.INK
GRID = "#D1D5DB"
PRIMARY = palette.PRIMARY
TARGET_COLOUR = palette.INK
BAND_COLOUR = "rgba(11, 83, 148, 0.30)"  # still visible on a washed-out projector
PACE_COLOUR = "#D55E00"  # Okabe–Ito vermillion: apart from the blue projection for every reader

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
SEGMENT_COLOURS = {"PU": "#0072B2", "BPU": "#E69F00", "JAKON": "#009E73", "PMI": "#CC79A7"}
SEGMENT_ORDER = ("PU", "BPU", "JAKON", "PMI")
AREA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
AREA_DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
JOINER_COLOUR = "#0072B2"
LEAVER_COLOUR = "#D55E00"
OTHER_COLOUR = "#56B4E9"

BULAN_PENDEK = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


# ---------------------------------------------------------------------------------------- months


def _month(d) -> dt.date:
    d = pd.Timestamp(d)
    return dt.date(d.year, d.month, 1)


def _add_months(d: dt.date, n: int) -> dt.date:
    i = 12 * d.year + d.month - 1 + n
    return dt.date(i // 12, i % 12 + 1, 1)


def _months_between(a: dt.date, b: dt.date) -> int:
    return 12 * (b.year - a.year) + b.month - a.month


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from `first` to `last`, inclusive."""
    out, m = [], _month(first)
    last = _month(last)
    while m <= last:
        out.append(m)
        m = _add_months(m, 1)
    return out


def month_label(d, lang: str) -> str:
    """The category a month is drawn at, and the hover's heading: `Agustus 2026`."""
    return fmt.bulan(_month(d), lang)


def short_month(d, lang: str, with_year: bool = True) -> str:
    d = _month(d)
    name = BULAN_PENDEK["en" if lang == "en" else "id"][d.month - 1]
    return f"{name} {d.year}" if with_year else name


def _month_axis(months: Sequence[dt.date], lang: str, pad: float = 0.3) -> dict:
    """A category axis of months with few, readable ticks (the year on January and the first).

    `pad` is the room left of the first and right of the last month, in months: 0.5 for bars, 0 for
    stacked areas (which would otherwise float off the axis), a little for lines so end markers show.
    """
    n = len(months)
    step = 1 if n <= 13 else 3 if n <= 36 else 6 if n <= 72 else 12
    ticks = [m for m in months if (m.month - 1) % step == 0]
    if months and months[0] not in ticks:
        gap = _months_between(months[0], ticks[0]) if ticks else step
        if gap >= max(2, step // 2):
            ticks.insert(0, months[0])
    text = []
    for i, m in enumerate(ticks):
        text.append(short_month(m, lang, with_year=(i == 0 or m.month == 1 or step >= 12)))
    return {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": [month_label(m, lang) for m in months],
        "tickmode": "array",
        "tickvals": [month_label(m, lang) for m in ticks],
        "ticktext": text,
        "tickangle": 0,
        "range": [-pad, len(months) - 1 + pad],  # plotly's own padding of bars is several months wide
        "showgrid": False,
        "linecolor": INK,
        "ticks": "outside",
    }


# ------------------------------------------------------------------------------------ value axis


def _nice_step(span: float, target_ticks: int = 5) -> float:
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target_ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * mag >= raw:
            return m * mag
    return 10 * mag


def _tick_text(v: float, step: float, lang: str, percent: bool) -> str:
    if percent:
        decimals = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
        return fmt.persen(v, decimals, lang)
    if step >= 100_000 and abs(v) >= 1_000_000 or (v == 0 and step >= 100_000):
        if v == 0:
            return "0"
        decimals = 0 if step % 1_000_000 == 0 else 1 if step % 100_000 == 0 else 2
        return f"{fmt.angka(v / 1_000_000, decimals, lang)} {'jt' if lang == 'id' else 'm'}"
    return fmt.angka(v, 0, lang)


def value_axis(lo: float, hi: float, lang: str, *, percent: bool = False, from_zero: bool = False) -> dict:
    """A y axis over [lo, hi] with round ticks written the user's way (`1,5 jt`, `250.000`, `12%`)."""
    if from_zero:
        lo = min(lo, 0)
    if hi <= lo:
        hi = lo + (abs(lo) * 0.1 or 1)
    step = _nice_step(hi - lo)
    start = math.floor(lo / step) * step
    stop = math.ceil(hi / step) * step
    if not percent and not from_zero and start < 0 <= lo:
        start = 0.0
    count = int(round((stop - start) / step))
    vals = [start + i * step for i in range(count + 1)]
    pad = step * 0.04
    return {
        "tickmode": "array",
        "tickvals": vals,
        "ticktext": [_tick_text(v, step, lang, percent) for v in vals],
        "range": [start - (0 if from_zero and start == 0 else pad), stop + pad],
        "gridcolor": GRID,
        "zeroline": from_zero,
        "zerolinecolor": INK,
        "linecolor": INK,
        "automargin": True,
    }


# ------------------------------------------------------------------------------------- the look


def base_layout(lang: str, height: int, *, legend: bool = True) -> dict:
    return {
        "template": "plotly_white",
        "height": height,
        "separators": ",." if lang == "id" else ".,",
        "font": {"family": FONT, "size": 18, "color": INK},
        "margin": {"l": 10, "r": 20, "t": 50 if legend else 16, "b": 10},
        "showlegend": legend,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 17},
            "traceorder": "normal",
        },
        "hovermode": "x unified",
        "hoverlabel": {"font": {"size": 18, "family": FONT}, "bgcolor": "white"},
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
    }


def _num(x) -> float | None:
    """A plain float for the figure (None for missing), never a numpy or pandas scalar."""
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    try:
        if pd.isna(x):
            return None
    except (TypeError, ValueError):
        pass
    return int(x) if float(x).is_integer() else float(x)


def _hover(name: str) -> str:
    return f"{name}: %{{customdata}}<extra></extra>"


def _counts_text(values, lang: str) -> list[str]:
    return [fmt.angka(v, 0, lang) for v in values]


def show(fig: go.Figure, *, key: str | None = None) -> None:
    """Draw a figure full width with the shared config (Streamlit's theme off: the look is ours)."""
    import streamlit as st

    st.plotly_chart(fig, theme=None, config=CONFIG, key=key, width="stretch")


# ------------------------------------------------------------------------- trend with a target


def method_words(metode: str | None, lang: str) -> str:
    """The projection method in plain words (analytics.coverage.projection's MUSIMAN / LINEAR)."""
    key = {"musiman": "ch_method_musiman", "linear": "ch_method_linear", "aktual": "ch_method_aktual"}
    return TT(key[metode], lang) if metode in key else ""


def _path_frame(path, after: dt.date | None) -> pd.DataFrame:
    """The projection path as periode, nilai, bawah, atas, metode (from a frame or Projections)."""
    cols = ["periode", "nilai", "bawah", "atas", "metode"]
    if path is None:
        return pd.DataFrame(columns=cols)
    if isinstance(path, pd.DataFrame):
        return path[cols] if len(path) else pd.DataFrame(columns=cols)
    rows = []
    for i, p in enumerate(path):
        rows.append((_add_months(after, i + 1), p.nilai, p.bawah, p.atas, p.metode))
    return pd.DataFrame(rows, columns=cols)


def trend_with_target(
    series: pd.DataFrame,
    target: int | None,
    deadline: dt.date | None,
    projection_path=None,
    lang: str = "id",
    height: int = 420,
    *,
    legend: bool = True,
    pace_needed: int | None = None,
) -> go.Figure:
    """Active participants per month, the projection with its range, the target and the deadline.

    series: `periode`, `peserta_aktif` (e.g. analytics.coverage.monthly_total), oldest first.
    projection_path: what comes after the last month — a frame with `periode, nilai, bawah, atas,
    metode` (analytics.coverage.series.projection_to_deadline) or a list of
    analytics.coverage.Projection (month 1, 2, ... after the series' last month); None for none.
    The projection line starts at the last observed point so the two read as one line.
    pace_needed: the monthly pace the target needs (analytics.coverage's laju_dibutuhkan_per_bulan);
    when it is above 0, a straight dashed line runs from the last observed level to the target at
    the deadline's month, the pace written in its legend entry, so the room sees at once whether
    the projection runs above or below it.
    """
    series = series.dropna(subset=["peserta_aktif"]).sort_values("periode")
    if series.empty:
        raise ValueError("trend_with_target needs at least one month")
    observed = {_month(p): _num(v) for p, v in zip(series["periode"], series["peserta_aktif"], strict=True)}
    first, last = min(observed), max(observed)
    path = _path_frame(projection_path, last)
    path = path[[(_month(p) > last) for p in path["periode"]]] if len(path) else path
    end = last
    if len(path):
        end = max(end, _month(path["periode"].iloc[-1]))
    deadline_month = _month(deadline) if deadline is not None else None
    if deadline_month is not None and deadline_month > end:
        end = deadline_month
    months = month_range(first, end)
    labels = [month_label(m, lang) for m in months]

    fig = go.Figure()
    obs_y = [observed.get(m) for m in month_range(first, last)]
    obs_x = labels[: len(obs_y)]
    aktif = TT("ch_aktif", lang)
    fig.add_trace(
        go.Scatter(
            x=obs_x,
            y=obs_y,
            name=aktif,
            mode="lines+markers" if len(obs_y) <= 24 else "lines",
            line={"color": PRIMARY, "width": 4},
            marker={"size": 7},
            connectgaps=False,
            customdata=_counts_text(obs_y, lang),
            hovertemplate=_hover(aktif),
        )
    )
    highs = [v for v in obs_y if v is not None]
    lows = list(highs)

    if len(path):
        px = [month_label(last, lang)] + [month_label(p, lang) for p in path["periode"]]
        py = [observed[last]] + [_num(v) for v in path["nilai"]]
        has_band = path["bawah"].notna().all() and path["atas"].notna().all()
        metode = next((m for m in path["metode"] if isinstance(m, str)), None)
        if has_band:
            upper = [observed[last]] + [_num(v) for v in path["atas"]]
            lower = [observed[last]] + [_num(v) for v in path["bawah"]]
            fig.add_trace(
                go.Scatter(
                    x=px, y=upper, mode="lines", line={"width": 0, "color": BAND_COLOUR},
                    hoverinfo="skip", showlegend=False, name="atas",
                )
            )  # fmt: skip
            fig.add_trace(
                go.Scatter(
                    x=px, y=lower, mode="lines", line={"width": 0, "color": BAND_COLOUR},
                    fill="tonexty", fillcolor=BAND_COLOUR, hoverinfo="skip",
                    name=TT("ch_range", lang, metode=method_words(metode, lang)),
                )
            )  # fmt: skip
            highs += [v for v in upper if v is not None]
            lows += [v for v in lower if v is not None]
            hover_text = [fmt.angka(py[0], 0, lang)] + [
                f"{fmt.angka(n, 0, lang)} ({TT('ch_range_hover', lang).lower()} "
                f"{fmt.angka(b, 0, lang)} – {fmt.angka(a, 0, lang)})"
                for n, b, a in zip(path["nilai"], path["bawah"], path["atas"], strict=True)
            ]
        else:
            hover_text = _counts_text(py, lang)
        proj_name = TT("ch_projection", lang)
        fig.add_trace(
            go.Scatter(
                x=px,
                y=py,
                name=proj_name,
                mode="lines",
                line={"color": PRIMARY, "width": 4, "dash": "dash"},
                customdata=hover_text,
                hovertemplate=_hover(proj_name),
            )
        )
        highs += [v for v in py if v is not None]
        lows += [v for v in py if v is not None]

    if pace_needed and target is not None and deadline_month is not None and deadline_month > last:
        steps = _months_between(last, deadline_month)
        start = observed[last]
        pace_y = [_num(start + (_num(target) - start) * k / steps) for k in range(steps + 1)]
        name = TT("ch_pace", lang, nilai=fmt.angka(pace_needed, 0, lang))
        fig.add_trace(
            go.Scatter(
                x=[month_label(m, lang) for m in month_range(last, deadline_month)], y=pace_y,
                name=name, mode="lines", line={"color": PACE_COLOUR, "width": 3, "dash": "dash"},
                customdata=_counts_text(pace_y, lang), hovertemplate=_hover(TT("ch_pace_hover", lang)),
            )
        )  # fmt: skip

    if target is not None:
        name = TT("ch_target", lang, nilai=fmt.angka(target, 0, lang))
        fig.add_trace(
            go.Scatter(
                x=[labels[0], labels[-1]],
                y=[_num(target), _num(target)],
                name=name,
                mode="lines",
                line={"color": TARGET_COLOUR, "width": 3, "dash": "dot"},
                hoverinfo="skip",
            )
        )
        highs.append(_num(target))
        lows.append(_num(target))

    if deadline_month is not None:
        x = month_label(deadline_month, lang)
        fig.add_shape(
            type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1,
            line={"color": INK, "width": 2, "dash": "dash"},
        )  # fmt: skip
        fig.add_annotation(
            x=x, xref="x", y=1, yref="paper", yanchor="bottom", xanchor="right", showarrow=False,
            text=TT("ch_deadline", lang, tanggal=fmt.tanggal(deadline, lang)),
            font={"size": 16, "color": INK}, bgcolor="rgba(255,255,255,0.85)",
        )  # fmt: skip

    layout = base_layout(lang, height, legend=legend)
    if deadline_month is not None:
        layout["margin"]["t"] += 24 if legend else 30
    fig.update_layout(
        **layout,
        xaxis=_month_axis(months, lang),
        yaxis=value_axis(min(lows), max(highs), lang),
    )
    return fig


# ------------------------------------------------------------------------------------ segments


def _segments_in(frame: pd.DataFrame) -> list[str]:
    present = list(dict.fromkeys(frame["segmen"]))
    return [s for s in SEGMENT_ORDER if s in present] + [s for s in present if s not in SEGMENT_ORDER]


def segments_stacked(frame: pd.DataFrame, lang: str = "id", height: int = 460) -> go.Figure:
    """Active participants by segment as stacked areas (the top edge is the total).

    frame: `periode`, `segmen`, `peserta_aktif` (analytics.coverage.monthly_by_segment).
    """
    months = month_range(min(frame["periode"]), max(frame["periode"]))
    labels = [month_label(m, lang) for m in months]
    fig = go.Figure()
    totals = [0.0] * len(months)
    for seg in _segments_in(frame):
        part = frame[frame["segmen"] == seg]
        by_month = {_month(p): _num(v) for p, v in zip(part["periode"], part["peserta_aktif"], strict=True)}
        y = [by_month.get(m) for m in months]
        totals = [t + (v or 0) for t, v in zip(totals, y, strict=True)]
        colour = SEGMENT_COLOURS.get(seg, OTHER_COLOUR)
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=seg, mode="lines", stackgroup="segmen",
                line={"color": colour, "width": 2}, fillcolor=colour,
                customdata=_counts_text(y, lang), hovertemplate=_hover(seg),
            )
        )  # fmt: skip
    total_name = TT("ch_total", lang)
    seen = [m for m in months if any(_month(p) == m for p in frame["periode"])]
    fig.add_trace(  # invisible: puts the total at the foot of the hover
        go.Scatter(
            x=labels, y=[t if m in seen else None for t, m in zip(totals, months, strict=True)],
            name=total_name, mode="lines", line={"width": 0, "color": INK}, showlegend=False,
            customdata=_counts_text(totals, lang), hovertemplate=_hover(total_name),
        )
    )  # fmt: skip
    fig.update_layout(
        **base_layout(lang, height),
        xaxis=_month_axis(months, lang, pad=0),
        yaxis=value_axis(0, max(totals), lang, from_zero=True),
    )
    return fig


def segments_split(
    frame: pd.DataFrame, lang: str = "id", panel_height: int = 170, gap: int = 84
) -> go.Figure:
    """One small chart per segment, each on its own scale (PMI is tiny beside PU).

    Every panel carries its own month ticks, so an official reading the top one on a projector can
    tell the months without looking down to the last; zoom stays linked across panels. `gap` is the
    room between panels in px: the month ticks of one and the segment name of the next.
    """
    segments = _segments_in(frame)
    months = month_range(min(frame["periode"]), max(frame["periode"]))
    labels = [month_label(m, lang) for m in months]
    n = len(segments)
    top, bottom = 40, 10
    height = top + bottom + n * panel_height + (n - 1) * gap
    fig = make_subplots(
        rows=n,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=gap / (height - top - bottom) if n > 1 else 0,
        subplot_titles=segments,
    )
    for i, seg in enumerate(segments, start=1):
        part = frame[frame["segmen"] == seg]
        by_month = {_month(p): _num(v) for p, v in zip(part["periode"], part["peserta_aktif"], strict=True)}
        y = [by_month.get(m) for m in months]
        colour = SEGMENT_COLOURS.get(seg, OTHER_COLOUR)
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=seg, mode="lines", line={"color": colour, "width": 4},
                customdata=_counts_text(y, lang), hovertemplate=_hover(seg),
            ),
            row=i, col=1,
        )  # fmt: skip
        present = [v for v in y if v is not None] or [0]
        fig.update_yaxes(value_axis(min(present), max(present), lang), row=i, col=1)
        # shared_xaxes hides the ticks of all but the bottom panel; every panel shows its own here
        fig.update_xaxes(_month_axis(months, lang), showticklabels=True, row=i, col=1)
    layout = base_layout(lang, height, legend=False)
    layout["margin"] |= {"t": top, "b": bottom}
    fig.update_layout(**layout)
    fig.update_annotations(font={"size": 19, "color": INK}, xanchor="left", x=0)
    return fig


# ------------------------------------------------------------------------- joiners and leavers


def flows(frame: pd.DataFrame, lang: str = "id", height: int = 420) -> go.Figure:
    """Joiners and leavers per month as paired bars, with the net change as a line.

    frame: `periode`, `peserta_baru`, `peserta_nonaktif` (analytics.coverage.monthly_total); a
    month without a figure stays empty (not zero).
    """
    months = month_range(min(frame["periode"]), max(frame["periode"]))
    labels = [month_label(m, lang) for m in months]
    by_month = {_month(p): r for p, r in zip(frame["periode"], frame.itertuples(), strict=True)}
    baru = [_num(by_month[m].peserta_baru) if m in by_month else None for m in months]
    keluar = [_num(by_month[m].peserta_nonaktif) if m in by_month else None for m in months]
    net = [b - k if b is not None and k is not None else None for b, k in zip(baru, keluar, strict=True)]
    fig = go.Figure()
    for name_key, y, colour in (("ch_baru", baru, JOINER_COLOUR), ("ch_nonaktif", keluar, LEAVER_COLOUR)):
        name = TT(name_key, lang)
        fig.add_trace(
            go.Bar(
                x=labels, y=y, name=name, marker={"color": colour},
                customdata=_counts_text(y, lang), hovertemplate=_hover(name),
            )
        )  # fmt: skip
    name = TT("ch_bersih", lang)
    fig.add_trace(
        go.Scatter(
            x=labels, y=net, name=name, mode="lines+markers", line={"color": INK, "width": 3},
            marker={"size": 8}, customdata=[signed(v, lang) for v in net], hovertemplate=_hover(name),
        )
    )  # fmt: skip
    values = [v for v in baru + keluar + net if v is not None] or [0]
    fig.update_layout(
        **base_layout(lang, height),
        barmode="group",
        bargap=0.25,
        xaxis=_month_axis(months, lang, pad=0.5),
        yaxis=value_axis(min(values), max(values), lang, from_zero=True),
    )
    return fig


def signed(v, lang: str, decimals: int = 0, percent: bool = False) -> str:
    """A change with its sign: `+20.000`, `−1,5%` (a true minus sign, readable on a projector)."""
    v = _num(v)
    if v is None:
        return fmt.NO_VALUE
    text = fmt.persen(abs(v), decimals, lang) if percent else fmt.angka(abs(v), decimals, lang)
    return ("+" if v > 0 else "−" if v < 0 else "") + text


# ------------------------------------------------------------------------------- year on year


def yoy_bars(table: pd.DataFrame, lang: str = "id", height: int = 320) -> go.Figure:
    """Change over a year in %, one horizontal bar per segment (and the total), labelled.

    table: `segmen`, `perubahan_persen` (analytics.coverage.series.year_on_year_by_segment).
    """
    rows = table[table["perubahan_persen"].notna()]
    names = [TT("ch_total", lang) if s == "SEMUA" else s for s in rows["segmen"]]
    values = [_num(v) for v in rows["perubahan_persen"]]
    colours = [INK if s == "SEMUA" else SEGMENT_COLOURS.get(s, OTHER_COLOUR) for s in rows["segmen"]]
    text = [signed(v, lang, 1, percent=True) for v in values]
    fig = go.Figure(
        go.Bar(
            x=values, y=names, orientation="h", marker={"color": colours}, text=text,
            textposition="outside", textfont={"size": 19, "color": INK}, cliponaxis=False,
            customdata=text, hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )  # fmt: skip
    lo = min([0, *[v for v in values if v is not None]])
    hi = max([0, *[v for v in values if v is not None]])
    span = (hi - lo) or 1
    axis = value_axis(
        lo - 0.25 * span * (lo < 0), hi + 0.25 * span * (hi > 0), lang, percent=True, from_zero=True
    )
    layout = base_layout(lang, max(height, 90 + 60 * len(names)), legend=False)
    layout["hovermode"] = "closest"
    fig.update_layout(
        **layout,
        xaxis=axis,
        yaxis={"autorange": "reversed", "type": "category", "automargin": True, "ticks": ""},
    )
    return fig


# ------------------------------------------------------------------------------ compare areas


def compare_areas(
    frame: pd.DataFrame, lang: str = "id", *, percent: bool = False, height: int = 460
) -> go.Figure:
    """Up to five areas on one chart: `periode`, `nama`, `nilai` (count, or % when `percent`).

    Each area keeps its colour and dash in the order given, so the legend reads top-down.
    """
    frame = frame.dropna(subset=["nilai"])
    months = month_range(min(frame["periode"]), max(frame["periode"]))
    labels = [month_label(m, lang) for m in months]
    fig = go.Figure()
    for i, nama in enumerate(dict.fromkeys(frame["nama"])):
        part = frame[frame["nama"] == nama]
        by_month = {_month(p): _num(v) for p, v in zip(part["periode"], part["nilai"], strict=True)}
        y = [by_month.get(m) for m in months]
        text = [fmt.persen(v, 2, lang) if percent else fmt.angka(v, 0, lang) for v in y]
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=nama, mode="lines+markers" if len(months) <= 24 else "lines",
                line={"color": AREA_COLOURS[i % 5], "width": 4, "dash": AREA_DASHES[i % 5]},
                marker={"size": 7}, customdata=text, hovertemplate=_hover(nama),
            )
        )  # fmt: skip
    values = [_num(v) for v in frame["nilai"]]
    fig.update_layout(
        **base_layout(lang, height),
        xaxis=_month_axis(months, lang),
        yaxis=value_axis(min(values), max(values), lang, percent=percent),
    )
    return fig
