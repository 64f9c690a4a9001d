"""Drawing parts any page may use: tiles, tables, charts (a figure from analytics.figures), status
badges, downloads, and `plain` (user text shown as text, never markdown or HTML).
"""
