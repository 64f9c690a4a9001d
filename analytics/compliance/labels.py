"""How the categories are named to people (Bahasa Indonesia), in one place.

"PMI" also names the migrant-worker segment (Pekerja Migran Indonesia), so the arrears category is
always spelled out: "PMI – menunggak iuran".
"""

from __future__ import annotations

from analytics.contract import KATEGORI

LABEL = {
    "PWBD": "PWBD – wajib belum daftar",
    "PDS_TK": "PDS-TK – daftar sebagian tenaga kerja",
    "PDS_UPAH": "PDS-Upah – daftar sebagian upah",
    "PDS_PROGRAM": "PDS-Program – daftar sebagian program",
    "PMI": "PMI – menunggak iuran",
}
assert tuple(LABEL) == KATEGORI

# The column prefix of each category in the aggregates (analytics.compliance.query.MEASURES).
PREFIX = {k: k.lower() for k in KATEGORI}


def kategori_label(kategori: str) -> str:
    return LABEL[kategori]
