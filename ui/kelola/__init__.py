"""The Kelola Data page's parts: upload (spooled to disk, checked, previewed, stored), the
boundary import, the templates and the contract, freshness and the load history.
"""
