"""A table's cells as text, the way a reader of a PDF or a slide sees them: the workbook's values in
the reader's number style (the workbook keeps the numbers; these are for the documents that print)."""

from __future__ import annotations

from analytics import exports, fmt
from analytics.coverage.labels import status_label
from analytics.palette import STATUS_COLOURS


def column_texts(column: exports.Column, n: int, lang: str) -> list[str]:
    """A column's first `n` cells as the PDF writes them: the workbook's values in the reader's number
    style; rupiah in one compact unit for the whole column (analytics.fmt.rupiah_kolom)."""
    values = column.values[:n]
    if column.kind == exports.RUPIAH:
        return fmt.rupiah_kolom(values, lang)
    return [cell_text(v, column.kind, lang) for v in values]


def cell_text(value, kind: str, lang: str) -> str:
    if exports.is_missing(value):
        return fmt.NO_VALUE if kind != exports.TEXT else ""
    match kind:
        case exports.INT:
            return fmt.angka(value, 0, lang)
        case exports.RUPIAH:
            return fmt.rupiah(value, lang)
        case exports.PERCENT:
            return fmt.persen(value, 1, lang)
        case exports.DEC2:
            return fmt.angka(value, 2, lang)
        case exports.DATE:
            return fmt.tanggal(exports.as_date(value), lang)
    return str(value)


def status_cells(statuses, lang: str) -> tuple[list[str], list[str]]:
    """The coverage statuses of a column in words, and their colours (a missing status: "Belum dapat
    dinilai" on the cannot-judge grey), as the league tables show them."""
    words = [status_label(s if isinstance(s, str) else "TANPA_STATUS", lang) for s in statuses]
    fills = [STATUS_COLOURS[s if isinstance(s, str) else None] for s in statuses]
    return words, fills
