"""A report chart (analytics.reports.chart) as a plotly figure, for the Presentasi page: the deck's
numbers, drawn in the pages' look (analytics.figures.style) at a size a meeting room reads."""

from __future__ import annotations

import plotly.graph_objects as go

from analytics import fmt
from analytics.figures.style import base_layout, value_axis
from analytics.reports.chart import LINE, Chart

_DASH = {"solid": "solid", "dash": "dash", "dot": "dot"}


def figure(chart: Chart, height: int = 460) -> go.Figure:
    lang = chart.lang
    fig = go.Figure()
    values = [v for s in chart.series for v in s.values if v is not None] or [0.0]
    texts = lambda vs: [chart.value_text(v) for v in vs]  # noqa: E731
    if chart.kind == LINE:
        for s in chart.series:
            fig.add_trace(go.Scatter(
                x=list(chart.categories), y=list(s.values), name=s.name, mode="lines",
                line={"color": s.colour, "width": 5 if s.style == "solid" else 3.5, "dash": _DASH[s.style]},
                customdata=texts(s.values), hovertemplate=f"{s.name}: %{{customdata}}<extra></extra>", connectgaps=False,
            ))  # fmt: skip
        layout = base_layout(lang, height, legend=True)
        fig.update_layout(**layout, yaxis=value_axis(min(values), max(values), lang, percent=chart.unit == "percent"),
                          xaxis={"nticks": 9, "tickfont": {"size": 18}})  # fmt: skip
        return fig
    s = chart.series[0]
    colours = list(chart.point_colours) if chart.point_colours else s.colour
    labels = texts(s.values)
    fig.add_trace(go.Bar(
        x=list(s.values), y=list(chart.categories), orientation="h", marker={"color": colours}, text=labels,
        textposition="outside", textfont={"size": 20}, cliponaxis=False, customdata=labels,
        hovertemplate="%{customdata}<extra></extra>", name=s.name,
    ))  # fmt: skip
    axis = value_axis(0.0, max(values) * 1.15 or 1.0, lang, percent=chart.unit == "percent", from_zero=True)
    if chart.unit == "rupiah":
        axis["ticktext"] = fmt.rupiah_kolom(axis["tickvals"], lang)
    fig.update_layout(**base_layout(lang, height, legend=False), xaxis=axis,
                      yaxis={"autorange": "reversed", "tickfont": {"size": 19}, "automargin": True})  # fmt: skip
    return fig
