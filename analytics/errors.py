"""The answer a query gives when there is nothing to answer with.

One class for every dataset, so a caller catches one thing: coverage raises it when a scope has no
membership data at all, compliance when no employer snapshot lies at or before the period. Its
message says which, in Bahasa Indonesia.
"""

from __future__ import annotations


class DataKosong(LookupError):
    """No data for the scope (or the month) asked about."""
