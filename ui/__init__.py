"""Streamlit building blocks for the pages, sorted by role.

* `shell`: the frame every page runs in (store cursor, view state and URL, sidebar, navigation,
  theme, page guard, server).
* `components`: drawing parts any page may use (tiles, tables, charts, status, downloads, plain text).
* `cached`: every `st.cache_data` wrapper, in one place, keyed by the data's version.
* `texts`: every interface text, one catalogue per page.
* one folder per page with parts of its own: `capaian`, `kepatuhan`, `peta`, `kelola`.

`ui` draws; it never builds SQL (it calls `analytics`) and it never decides number styles (it calls
`analytics.fmt`). Nothing in `analytics` imports `ui`.
"""
