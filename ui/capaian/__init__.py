"""The Capaian Target page's league table.
"""
