"""A report (analytics.reports.document) as an XLSX workbook.

One sheet per table, each written by analytics.exports (numbers as numbers with number formats,
frozen header, autofilter, A4 landscape print setup, text that never runs as a formula), then a
**Keterangan** sheet: the report's title, its area, period, data freshness, settings and time made
(analytics.reports.meta), and the definitions of its terms.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Font

from analytics import exports
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.reports.document import Report

_t = Catalog({
    "sheet": _m("Keterangan", "Keterangan"),  # the name for it, kept in English files too
    "about": _m("Tentang laporan ini", "About this report"),
    "terms": _m("Definisi", "Definitions"),
    "c_term": _m("Istilah", "Term"),
    "c_def": _m("Definisi", "Definition"),
})  # fmt: skip


def to_xlsx(report: Report) -> bytes:
    wb = exports.workbook(report.tables())
    ws = wb.create_sheet(exports.sheet_name(wb, _t("sheet", report.meta.lang)))
    write_keterangan(ws, report.title, report.meta.lines(), report.keterangan, report.meta.lang)
    return exports.workbook_bytes(wb)


def write_keterangan(ws, title: str, lines: list[str], definitions, lang: str) -> None:
    """The Keterangan sheet: title, the report's facts one per row, then a term | definition table."""
    exports.text_cell(ws, 1, 1, title).font = Font(bold=True, size=14)
    exports.text_cell(ws, 3, 1, _t("about", lang)).font = Font(bold=True)
    row = 4
    for line in lines:
        exports.text_cell(ws, row, 1, line)
        row += 1
    row += 1
    exports.text_cell(ws, row, 1, _t("terms", lang)).font = Font(bold=True)
    row += 1
    header = row
    for j, key in enumerate(("c_term", "c_def"), start=1):
        exports.text_cell(ws, row, j, _t(key, lang)).font = Font(bold=True)
    for term, definition in definitions:
        row += 1
        exports.text_cell(ws, row, 1, term).alignment = Alignment(vertical="top", wrap_text=True)
        exports.text_cell(ws, row, 2, definition).alignment = Alignment(vertical="top", wrap_text=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 110
    ws.freeze_panes = ws.cell(row=2, column=1)
    ws.auto_filter.ref = f"A{header}:B{max(row, header + 1)}"
    exports.print_setup(ws, lang)
