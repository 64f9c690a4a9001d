"""The case list and the overdue list as one workbook, for the Disnakertrans to act on (issue 11).

Every open case of the scope and filter, not only the page on screen (up to MAX_ROWS, which the
file says when it cuts): a sheet of all open cases, overdue first, and a sheet of the overdue ones
alone. The same columns as the list, plus what the screen leaves to "Semua kolom": NPP and NIB
apart, the area's code, the stage's date, days in the stage and days overdue, as numbers.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics import areas, enforcement, exports, fmt, glossary
from analytics.exports import Column, ExportTable
from ui.texts.tindak_lanjut import T

MAX_ROWS = 50_000


def _table(frame: pd.DataFrame, lang: str, *, title: str, source: str, sheet: str) -> ExportTable:
    t = T.bound(lang)
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
            Column(t("col_tahap"), exports.TEXT, [t(s) for s in frame["tahap"]]),
            Column(t("col_sejak"), exports.DATE, list(frame["tanggal_tahap"])),
            Column(t("col_hari"), exports.INT, list(frame["hari_di_tahap"])),
            Column(t("x_terlambat"), exports.INT,
                   [int(d) if late else None for d, late in zip(frame["hari_terlambat"], frame["terlambat"], strict=True)]),
        ),
    )  # fmt: skip


def workbook(con, view, settings, kategori, today: dt.date, now: dt.datetime | None = None) -> bytes:
    """The open cases and the overdue ones of the view's scope and period, as XLSX."""
    lang = view.lang
    t = T.bound(lang)
    frame, listed = enforcement.case_list(con, view.scope, view.periode, settings, kategori, limit=MAX_ROWS, today=today)
    which = t("semua") if kategori is None else glossary.kategori(kategori, lang)
    source = t("x_source", kategori=which, hari=fmt.angka(settings.batas_hari, lang=lang),
               waktu=fmt.waktu(now or dt.datetime.now(dt.UTC), lang))  # fmt: skip
    if listed > len(frame):
        source += " " + t("x_capped", n=fmt.angka(len(frame), lang=lang), total=fmt.angka(listed, lang=lang))
    where = f"{view.scope_label}, {view.periode_label}"
    late = frame[frame["terlambat"].astype(bool)]
    return exports.to_xlsx_book([
        _table(frame, lang, title=t("x_title_open", where=where), source=source, sheet=t("x_sheet_open")),
        _table(late, lang, title=t("x_title_late", where=where), source=source, sheet=t("x_sheet_late")),
    ])  # fmt: skip


def file_name(view) -> str:
    return exports.file_stem(T("x_file", view.lang), view.scope_label, view.periode) + ".xlsx"
