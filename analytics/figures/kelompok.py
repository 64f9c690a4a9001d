"""The Kelompok Khusus page's trend: the special groups' coverage as each month's latest reports stood
(analytics.kelompok.breakdown.coverage_by_month)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import fmt, palette
from analytics.figures.style import INK, base_layout, hover_template, short_month, value_axis
from analytics.i18n import Catalog
from analytics.i18n import message as _m

_t = Catalog({"cakupan": _m("Cakupan kelompok khusus", "Special-group coverage")})


def coverage_line(frame: pd.DataFrame, lang: str = "id", height: int = 340) -> go.Figure:
    months = list(frame["periode"])
    labels = [short_month(m, lang, with_year=i == 0 or m.month == 1) for i, m in enumerate(months)]
    values = [None if v is None or v != v else float(v) for v in frame["cakupan_persen"]]
    name = _t("cakupan", lang)
    fig = go.Figure(go.Scatter(
        x=labels, y=values, name=name, mode="lines+markers", line={"color": palette.PRIMARY, "width": 4},
        marker={"size": 8}, customdata=[fmt.persen(v, 1, lang) if v is not None else fmt.NO_VALUE for v in values],
        hovertemplate=hover_template(name),
    ))  # fmt: skip
    fig.update_layout(**base_layout(lang, height, legend=False))
    present = [v for v in values if v is not None]
    fig.update_yaxes(**value_axis(min(present, default=0), max(present, default=100), lang, percent=True, from_zero=True))
    fig.update_xaxes(linecolor=INK, type="category")
    return fig
