"""Membership by segment, joiners and leavers, change over a year and compared areas (Tren)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import fmt, glossary
from analytics.figures.style import (
    AREA_COLOURS,
    AREA_DASHES,
    INK,
    JOINER_COLOUR,
    LEAVER_COLOUR,
    OTHER_COLOUR,
    SEGMENT_COLOURS,
    SEGMENT_ORDER,
    base_layout,
    counts_text,
    hover_template,
    month_axis,
    month_label,
    month_of,
    month_range,
    num,
    signed,
    value_axis,
)  # fmt: skip
from analytics.figures.texts import FT


def segments_in(frame: pd.DataFrame) -> list[str]:
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
    for seg in segments_in(frame):
        part = frame[frame["segmen"] == seg]
        by_month = {month_of(p): num(v) for p, v in zip(part["periode"], part["peserta_aktif"], strict=True)}
        y = [by_month.get(m) for m in months]
        totals = [t + (v or 0) for t, v in zip(totals, y, strict=True)]
        colour = SEGMENT_COLOURS.get(seg, OTHER_COLOUR)
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=glossary.segmen(seg, lang), mode="lines", stackgroup="segmen",
                line={"color": colour, "width": 2}, fillcolor=colour,
                customdata=counts_text(y, lang), hovertemplate=hover_template(glossary.segmen(seg, lang)),
            )
        )  # fmt: skip
    total_name = FT("ch_total", lang)
    seen = [m for m in months if any(month_of(p) == m for p in frame["periode"])]
    fig.add_trace(  # invisible: puts the total at the foot of the hover
        go.Scatter(
            x=labels, y=[t if m in seen else None for t, m in zip(totals, months, strict=True)],
            name=total_name, mode="lines", line={"width": 0, "color": INK}, showlegend=False,
            customdata=counts_text(totals, lang), hovertemplate=hover_template(total_name),
        )
    )  # fmt: skip
    fig.update_layout(
        **base_layout(lang, height),
        xaxis=month_axis(months, lang, pad=0),
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
    segments = segments_in(frame)
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
        subplot_titles=[glossary.segmen(s, lang) for s in segments],
    )
    for i, seg in enumerate(segments, start=1):
        part = frame[frame["segmen"] == seg]
        by_month = {month_of(p): num(v) for p, v in zip(part["periode"], part["peserta_aktif"], strict=True)}
        y = [by_month.get(m) for m in months]
        colour = SEGMENT_COLOURS.get(seg, OTHER_COLOUR)
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=glossary.segmen(seg, lang), mode="lines", line={"color": colour, "width": 4},
                customdata=counts_text(y, lang), hovertemplate=hover_template(glossary.segmen(seg, lang)),
            ),
            row=i, col=1,
        )  # fmt: skip
        present = [v for v in y if v is not None] or [0]
        fig.update_yaxes(value_axis(min(present), max(present), lang), row=i, col=1)
        # shared_xaxes hides the ticks of all but the bottom panel; every panel shows its own here
        fig.update_xaxes(month_axis(months, lang), showticklabels=True, row=i, col=1)
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
    by_month = {month_of(p): r for p, r in zip(frame["periode"], frame.itertuples(), strict=True)}
    baru = [num(by_month[m].peserta_baru) if m in by_month else None for m in months]
    keluar = [num(by_month[m].peserta_nonaktif) if m in by_month else None for m in months]
    net = [b - k if b is not None and k is not None else None for b, k in zip(baru, keluar, strict=True)]
    fig = go.Figure()
    for name_key, y, colour in (("ch_baru", baru, JOINER_COLOUR), ("ch_nonaktif", keluar, LEAVER_COLOUR)):
        name = FT(name_key, lang)
        fig.add_trace(
            go.Bar(
                x=labels, y=y, name=name, marker={"color": colour},
                customdata=counts_text(y, lang), hovertemplate=hover_template(name),
            )
        )  # fmt: skip
    name = FT("ch_bersih", lang)
    fig.add_trace(
        go.Scatter(
            x=labels, y=net, name=name, mode="lines+markers", line={"color": INK, "width": 3},
            marker={"size": 8}, customdata=[signed(v, lang) for v in net], hovertemplate=hover_template(name),
        )
    )  # fmt: skip
    values = [v for v in baru + keluar + net if v is not None] or [0]
    fig.update_layout(
        **base_layout(lang, height),
        barmode="group",
        bargap=0.25,
        xaxis=month_axis(months, lang, pad=0.5),
        yaxis=value_axis(min(values), max(values), lang, from_zero=True),
    )
    return fig


# ------------------------------------------------------------------------------- year on year


def yoy_bars(table: pd.DataFrame, lang: str = "id", height: int = 320) -> go.Figure:
    """Change over a year in %, one horizontal bar per segment (and the total), labelled.

    table: `segmen`, `perubahan_persen` (analytics.coverage.series.year_on_year_by_segment).
    """
    rows = table[table["perubahan_persen"].notna()]
    names = [FT("ch_total", lang) if s == "SEMUA" else glossary.segmen(s, lang) for s in rows["segmen"]]
    values = [num(v) for v in rows["perubahan_persen"]]
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
        by_month = {month_of(p): num(v) for p, v in zip(part["periode"], part["nilai"], strict=True)}
        y = [by_month.get(m) for m in months]
        text = [fmt.persen(v, 2, lang) if percent else fmt.angka(v, 0, lang) for v in y]
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=nama, mode="lines+markers" if len(months) <= 24 else "lines",
                line={"color": AREA_COLOURS[i % 5], "width": 4, "dash": AREA_DASHES[i % 5]},
                marker={"size": 7}, customdata=text, hovertemplate=hover_template(nama),
            )
        )  # fmt: skip
    values = [num(v) for v in frame["nilai"]]
    fig.update_layout(
        **base_layout(lang, height),
        xaxis=month_axis(months, lang),
        yaxis=value_axis(min(values), max(values), lang, percent=percent),
    )
    return fig
