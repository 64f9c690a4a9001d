"""The Kecelakaan Kerja page's trend: cases per month over the last twelve months, with the same
months a year earlier beside them.

Bars for the twelve months up to the period, a dotted line for the same months a year earlier. A
month without accident rows is drawn empty (no bar, a gap in the line), never as zero: not
reported is not "no accidents" (analytics.kecelakaan).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from analytics import palette
from analytics.figures.style import (
    INK,
    add_months,
    base_layout,
    counts_text,
    hover_template,
    month_of,
    month_range,
    short_month,
    value_axis,
)
from analytics.i18n import Catalog
from analytics.i18n import message as _m

_t = Catalog({
    "now": _m("Kasus", "Cases"),
    "before": _m("Kasus setahun sebelumnya", "Cases a year earlier"),
})  # fmt: skip
BAR = palette.PRIMARY
SOFT = palette.SOFT


def month_by_month(monthly: pd.DataFrame, periode: dt.date, lang: str = "id", height: int = 380) -> go.Figure:
    """`monthly`: analytics.kecelakaan.breakdown.monthly over the 24 months up to `periode`."""
    months = month_range(add_months(periode, -11), periode)
    cases = {month_of(p): int(k) for p, k in zip(monthly["periode"], monthly["kasus"], strict=True)}
    now = [cases.get(m) for m in months]
    before = [cases.get(add_months(m, -12)) for m in months]
    # short labels (the year on the first month and on January), so twelve fit without turning
    labels = [short_month(m, lang, with_year=i == 0 or m.month == 1) for i, m in enumerate(months)]
    fig = go.Figure()
    fig.add_trace(go.Bar(x=labels, y=now, name=_t("now", lang), marker={"color": BAR},
                         customdata=counts_text(now, lang), hovertemplate=hover_template(_t("now", lang))))  # fmt: skip
    fig.add_trace(go.Scatter(x=labels, y=before, name=_t("before", lang), mode="lines+markers",
                             line={"color": SOFT, "width": 3, "dash": "dot"}, marker={"size": 7, "color": SOFT},
                             connectgaps=False, customdata=counts_text(before, lang),
                             hovertemplate=hover_template(_t("before", lang))))  # fmt: skip
    values = [v for v in (*now, *before) if v is not None]
    fig.update_layout(**base_layout(lang, height))
    fig.update_yaxes(**value_axis(0, max(values, default=1), lang, from_zero=True))
    fig.update_xaxes(linecolor=INK, type="category")
    return fig

