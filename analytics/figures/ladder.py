"""The sanction ladder as a funnel of horizontal bars, drawn for a projector (see analytics.figures.style).

One bar per rung, top to bottom in ladder order, its count written beside it; the outcome (PATUH)
is a separate green bar at the bottom. Plain bars rather than plotly's funnel trace: the labels
stay readable at any width and the counts never sit on a too-narrow bar.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from analytics import fmt, palette
from analytics.figures.style import INK, base_layout

RUNG_COLOUR = palette.PRIMARY
PATUH_COLOUR = palette.STATUS_COLOURS["TERCAPAI"]


def ladder(
    labels: Sequence[str],
    counts: Sequence[int],
    patuh_label: str,
    patuh: int,
    lang: str,
    hover: str,
    height: int = 470,
) -> go.Figure:
    """`hover` is a format string with {n} (count) and {p} (share of the first rung)."""
    names = [*labels, patuh_label]
    values = [int(c) for c in counts] + [int(patuh)]
    first = values[0] or 0
    shares = [fmt.persen(100 * v / first, 0, lang) if first else fmt.NO_VALUE for v in values]
    text = [f"{fmt.angka(v, lang=lang)}  ({s})" for v, s in zip(values, shares, strict=True)]
    fig = go.Figure(
        go.Bar(
            y=names,
            x=values,
            orientation="h",
            marker={"color": [RUNG_COLOUR] * len(labels) + [PATUH_COLOUR]},
            text=text,
            textposition="outside",
            cliponaxis=False,
            textfont={"size": 18, "color": INK},
            customdata=[
                hover.format(n=fmt.angka(v, lang=lang), p=s) for v, s in zip(values, shares, strict=True)
            ],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )
    layout = base_layout(lang, height, legend=False)
    layout.update(
        hovermode="closest",
        bargap=0.25,
        margin={"l": 10, "r": 30, "t": 10, "b": 10},
        yaxis={"autorange": "reversed", "tickfont": {"size": 18}, "ticksuffix": "  "},
        xaxis={"visible": False, "range": [0, max(values + [1]) * 1.45]},
    )
    fig.update_layout(**layout)
    return fig
