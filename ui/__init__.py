"""Streamlit building blocks shared by the pages: shell state, theme, tables and Kelola Data parts.

`ui` draws; it never builds SQL (it calls `analytics`) and it never decides number styles (it calls
`analytics.fmt`).
"""
