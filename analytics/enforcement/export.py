"""Follow-up cases as a table for a file: the Tindak Lanjut page's workbook and the quarterly report
write the same columns, from analytics.enforcement.case_list's frame."""

from __future__ import annotations

import pandas as pd

from analytics import areas, exports, glossary
from analytics.exports import Column, ExportTable
from analytics.i18n import Catalog
from analytics.i18n import message as _m

# The case list's column names; the page's texts (ui.texts.tindak_lanjut) take them from here.
HEADERS = {
    "col_perusahaan": _m("Perusahaan", "Employer"),
    "col_wilayah": _m("Kab/kota", "Regency/city"),
    "col_kategori": _m("Kategori", "Category"),
    "col_tahap": _m("Tahap kini", "Current stage"),
    "col_sejak": _m("Sejak", "Since"),
    "col_hari": _m("Hari di tahap", "Days in stage"),
    "x_kode": _m("Kode wilayah", "Area code"),
    "x_terlambat": _m("Hari terlambat", "Days overdue"),
}
_t = Catalog(HEADERS)


def case_table(frame: pd.DataFrame, lang: str, *, title: str, source: str, sheet: str) -> ExportTable:
    """The cases of `frame` (case_list's columns plus nama_wilayah), one row each, in its order."""
    t = _t.bound(lang)
    return ExportTable(
        title=title,
        source=source,
        lang=lang,
        sheet=sheet,
        columns=(
            Column(t("col_perusahaan"), exports.TEXT, list(frame["nama_perusahaan"])),
            Column("NPP", exports.TEXT, list(frame["npp"])),
            Column("NIB", exports.TEXT, list(frame["nib"])),
            Column(t("col_wilayah"), exports.TEXT, [areas.short_name(n) for n in frame["nama_wilayah"]]),
            Column(t("x_kode"), exports.TEXT, list(frame["kode_wilayah"])),
            Column(t("col_kategori"), exports.TEXT, [glossary.kategori(k, lang) for k in frame["kategori"]]),
            Column(t("col_tahap"), exports.TEXT, [glossary.tahap(s, lang) for s in frame["tahap"]]),
            Column(t("col_sejak"), exports.DATE, list(frame["tanggal_tahap"])),
            Column(t("col_hari"), exports.INT, list(frame["hari_di_tahap"])),
            Column(t("x_terlambat"), exports.INT,
                   [int(d) if late else None for d, late in zip(frame["hari_terlambat"], frame["terlambat"], strict=True)]),
        ),
    )  # fmt: skip
