"""Figures: data in, a plotly figure out, with no Streamlit.

A page shows a figure (ui.components.chart), and a file, a report or the presentation can draw the
very same picture from the same data. `style` holds the look every figure shares (fonts, colours,
month and value axes, number text), `texts` the words inside them.

* `trend`: the membership trend with its target, projection and the pace needed.
* `segments`: membership by segment, joiners and leavers, change over a year, compared areas.
* `ladder`: the sanction ladder as a funnel of bars.
* `peta`: the choropleth map of a scope's sub-areas (its data comes from analytics.reports.peta).
"""
