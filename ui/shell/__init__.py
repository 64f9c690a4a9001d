"""The frame every page runs in: the store cursor (db), the view state (state, urlstate, sidebar),
navigation (nav), the theme, the page guard and the server (serve).
"""
