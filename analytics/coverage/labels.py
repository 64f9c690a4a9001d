"""Words for the coverage status, in both languages (pages, exports and the command line)."""

from __future__ import annotations

from analytics.i18n import Catalog

STATUS = ("TERCAPAI", "SESUAI_JALUR", "BERISIKO", "TERTINGGAL")

status_label = Catalog(
    {
        "TERCAPAI": {"id": "Tercapai", "en": "Achieved"},
        "SESUAI_JALUR": {"id": "Sesuai jalur", "en": "On track"},
        "BERISIKO": {"id": "Berisiko", "en": "At risk"},
        "TERTINGGAL": {"id": "Tertinggal", "en": "Off track"},
        "TANPA_STATUS": {"id": "Belum dapat dinilai", "en": "Cannot be judged yet"},
    }
)
