"""Words inside the figures (legend names, hovers, the projection method), in both languages.

They belong to the figures, not to a page: the page, an exported file, the reports and the
presentation draw the same picture with the same words.
"""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

FT = Catalog(
    {
        "ch_aktif": _m("Peserta aktif", "Active participants"),
        "ch_target": _m("Target {nilai}", "Target {nilai}"),
        "ch_deadline": _m("Batas waktu {tanggal}", "Deadline {tanggal}"),
        "ch_projection": _m("Proyeksi", "Projection"),
        "ch_range": _m("Rentang proyeksi: {metode}", "Projection range: {metode}"),
        "ch_range_hover": _m("Rentang", "Range"),
        "ch_pace": _m("Laju yang dibutuhkan ({nilai}/bulan)", "Pace needed ({nilai}/month)"),
        "ch_pace_hover": _m("Laju yang dibutuhkan", "Pace needed"),
        "ch_method_musiman": _m(
            "pola musiman — perubahan bulan yang sama tahun lalu",
            "seasonal — last year's change over the same months",
        ),
        "ch_method_linear": _m(
            "garis tren lurus dari bulan-bulan terakhir", "straight trend line of recent months"
        ),
        "ch_method_aktual": _m("nilai aktual", "actual value"),
        "ch_baru": _m("Peserta baru", "Joiners"),
        "ch_nonaktif": _m("Peserta nonaktif", "Leavers"),
        "ch_bersih": _m("Selisih bersih", "Net change"),
        "ch_total": _m("Total", "Total"),
        "months": _m("bulan", "months"),
    }
)
