"""The case list and the overdue list as one workbook, for the Disnakertrans to act on (issue 11).

Every open case of the scope and filter, not only the page on screen (up to MAX_ROWS, which the
file says when it cuts): a sheet of all open cases, overdue first, and a sheet of the overdue ones
alone. The same columns as the list, plus what the screen leaves to "Semua kolom": NPP and NIB
apart, the area's code, the stage's date, days in the stage and days overdue, as numbers.
"""

from __future__ import annotations

import datetime as dt

from analytics import enforcement, exports, fmt, glossary
from analytics.enforcement.export import case_table
from ui.texts.tindak_lanjut import T

MAX_ROWS = 50_000


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
        case_table(frame, lang, title=t("x_title_open", where=where), source=source, sheet=t("x_sheet_open")),
        case_table(late, lang, title=t("x_title_late", where=where), source=source, sheet=t("x_sheet_late")),
    ])  # fmt: skip


def file_name(view) -> str:
    return exports.file_stem(T("x_file", view.lang), view.scope_label, view.periode) + ".xlsx"
