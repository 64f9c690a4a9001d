"""The domain terms, with the one English name each has everywhere (pages, files, reports).

Most words may differ between places (an Indonesian noun is singular or plural as the sentence
needs), but a term an official looks for — a compliance category, a page, a figure's name — reads
the same on every page and in every file. tests/test_glossary.py checks every catalogue against
this list, so a new text cannot give a term a second English name.
"""

from __future__ import annotations

# Bahasa Indonesia -> English. "PMI" alone also names the migrant-worker segment, so the arrears
# category is always spelled out, and kept in Indonesian in English too (the name officials use).
TERMS: dict[str, str] = {
    "PMI – menunggak iuran": "PMI – menunggak iuran (arrears)",
    "Capaian Target": "Target Progress",
    "TK belum terlindungi": "Unprotected workers",
    "Selisih upah/bln": "Wage shortfall/mo",
    "Kepatuhan": "Compliance",
    "Tindak Lanjut": "Follow-up",
}


def en(term: str) -> str:
    return TERMS[term]
