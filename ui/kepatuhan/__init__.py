"""The Kepatuhan page's tables.
"""
