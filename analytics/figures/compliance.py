"""Compliance over time and arrears by age (Kepatuhan): one line per category, one bar per bucket."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import fmt, glossary, palette
from analytics.contract import KATEGORI
from analytics.figures.style import base_layout, short_month, value_axis
from analytics.figures.texts import FT

COLOURS = palette.KATEGORI_COLOURS
# one dash per category too: apart on a washed-out projector
DASHES = {"PWBD": "solid", "PDS_TK": "dash", "PDS_UPAH": "dot", "PDS_PROGRAM": "dashdot", "PMI": "longdash"}


def ageing_chart(umur: dict[str, int], umur_rp: dict[str, int], lang: str) -> go.Figure:
    """Employers in arrears per ageing bucket (horizontal bars, labelled with count and rupiah)."""
    labels = [label.replace("bulan", FT("months", lang)) for label in umur]
    counts = [int(v) for v in umur.values()]
    money = fmt.rupiah_kolom([umur_rp.get(k, 0) for k in umur], lang)  # one unit for every bar
    text = [f"{fmt.angka(c, lang=lang)} · {rp}" for c, rp in zip(counts, money, strict=True)]
    fig = go.Figure(
        go.Bar(
            x=counts, y=labels, orientation="h", marker={"color": COLOURS["PMI"]}, text=text,
            textposition="outside", textfont={"size": 19}, cliponaxis=False, customdata=text,
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )  # fmt: skip
    layout = base_layout(lang, 90 + 60 * len(labels), legend=False)
    layout["hovermode"] = "closest"
    layout["margin"]["r"] = 160
    hi = max(counts) if counts and max(counts) > 0 else 1
    fig.update_layout(
        **layout,
        xaxis=value_axis(0, hi * 1.05, lang, from_zero=True),
        yaxis={"autorange": "reversed", "type": "category", "automargin": True, "ticks": ""},
    )
    return fig


def trend_chart(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Employers per category at each snapshot, one line per category."""
    months = [pd.Timestamp(p).date() for p in frame["periode"]]
    labels = [short_month(m, lang) for m in months]
    fig = go.Figure()
    values = []
    for k in KATEGORI:
        y = [int(v) for v in frame[f"{k.lower()}_perusahaan"]]
        values += y
        name = glossary.kategori(k, lang, short=True)
        fig.add_trace(
            go.Scatter(
                x=labels, y=y, name=name, mode="lines+markers",
                line={"color": COLOURS[k], "width": 4, "dash": DASHES[k]}, marker={"size": 8},
                customdata=[fmt.angka(v, lang=lang) for v in y], hovertemplate=f"{name}: %{{customdata}}<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(
        **base_layout(lang, 420),
        xaxis={"type": "category", "tickangle": 0},
        yaxis=value_axis(0, max(values or [1]), lang, from_zero=True),
    )
    return fig
