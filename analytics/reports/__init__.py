"""Reports built from the analytics: figures and files that the pages and the command line share.

* `peta` — the choropleth map of a scope's sub-areas (a plotly figure for the Peta page, and the same
  map written to PNG or HTML by `python -m analytics peta` for reports and slides).
"""
