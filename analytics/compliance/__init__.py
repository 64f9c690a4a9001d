"""Compliance of employers: the contract's categories (PWBD, PDS-TK, PDS-Upah, PDS-Program, PMI).

See analytics.compliance.rules for the per-employer flags every other module reads.
"""
