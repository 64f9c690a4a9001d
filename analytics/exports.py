"""A table as the user saw it, written to CSV or XLSX bytes for download.

A page builds an `ExportTable` from what it shows: a title row naming the scope and period, a line
naming the data source, and typed columns whose headers are already in the user's language. This
module only writes; it decides nothing about which rows or columns there are, so an export holds
exactly what the screen did.

* XLSX: numbers stay numbers (an official can sum them), with Excel number formats (`#,##0`,
  `0.0%`, `dd/mm/yyyy`) that Excel shows in the reader's own convention — `260.000` and `82,3%` on an
  Indonesian Windows. A percentage is stored as a fraction (82,3% → 0.823) so Excel formulas work.
  Title and source sit above the header; the header row is frozen; cells may carry a fill colour
  (the status colours).
* CSV: UTF-8 with a byte-order mark (Excel otherwise garbles `–` and `✔`). Indonesian files use `;`
  between fields and a decimal comma, as Indonesian Excel expects; English files `,` and a decimal
  point. No thousands separators, so every number reads back as a number. Percentages are written
  in percent units (82.3, 2 decimals; the header says `(%)`), dates as DD/MM/YYYY (id) or YYYY-MM-DD (en). The title and
  source are the first two lines, then the header.

Text is written as text, whatever it says (OWASP's rule for CSV/formula injection): an employer
named `=HYPERLINK(...)` or `=cmd|' /C calc'!A0` must not become a live formula in the inspector's
Excel. Every text cell — title, source, headers and values, in both formats — goes through
`safe_text`: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front (Excel shows
the text as typed), and control characters an XLSX may not hold (a vertical tab pasted from Word, a
NUL) become spaces. XLSX text cells are also typed as strings explicitly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

TEXT, INT, PERCENT, DATE, DEC2, RUPIAH = "text", "int", "percent", "date", "dec2", "rupiah"
# DEC2: a number with two decimals (a rate per 100.000). RUPIAH: whole rupiah, written as a count in
# the files (an official sums them) and in one compact unit per column in a PDF (analytics.reports).
KINDS = (TEXT, INT, PERCENT, DATE, DEC2, RUPIAH)

XLSX_FORMATS = {INT: "#,##0", PERCENT: "0.0%", DATE: "dd/mm/yyyy", DEC2: "#,##0.00", RUPIAH: "#,##0"}
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str  # one of KINDS
    values: list
    fills: list | None = None  # per-cell background colour ('#RRGGBB') or None, XLSX only

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")
        if self.fills is not None and len(self.fills) != len(self.values):
            raise ValueError("fills must have one entry per value")


@dataclass(frozen=True)
class ExportTable:
    title: str
    source: str
    columns: tuple[Column, ...]
    lang: str = "id"
    sheet: str = "Tabel"

    def __post_init__(self):
        lengths = {len(c.values) for c in self.columns}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")

    @property
    def n_rows(self) -> int:
        return len(self.columns[0].values) if self.columns else 0


def file_stem(what: str, scope_label: str, periode: dt.date | None, *extra: str) -> str:
    """`capaian-target_sumatera-selatan_2026-08`: what, where and when (then any `extra` parts),
    safe in any file system: the area's name lower-cased, every run of other characters one `-`."""
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in scope_label.casefold()).split())
    month = periode.strftime("%Y-%m") if periode else "tanpa-periode"
    return "_".join((what, slug, month, *extra))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def safe_text(value) -> str:
    """`value` as text that no spreadsheet reads as a formula and every XLSX can hold."""
    text = str(value)
    if text.startswith(FORMULA_START):
        text = "'" + text
    return CONTROL.sub(" ", text)


def is_missing(x) -> bool:
    if x is None or x is pd.NA or x is pd.NaT:
        return True
    return isinstance(x, float) and math.isnan(x)


def as_date(x) -> dt.date:
    return pd.Timestamp(x).date() if not isinstance(x, dt.date) or isinstance(x, dt.datetime) else x


def _csv_cell(value, kind: str, lang: str) -> str:
    if is_missing(value):
        return ""
    match kind:
        case "int":
            return str(int(value))
        case "rupiah":
            return str(round(float(value)))
        case "percent" | "dec2":
            text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
            return text.replace(".", ",") if lang == "id" else text
        case "date":
            d = as_date(value)
            return d.strftime("%d/%m/%Y") if lang == "id" else d.isoformat()
    return safe_text(value)


def to_csv(table: ExportTable) -> bytes:
    """The table as CSV bytes (see the module docstring for the conventions)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if table.lang == "id" else ",", lineterminator="\r\n")
    writer.writerow([safe_text(table.title)])
    writer.writerow([safe_text(table.source)])
    writer.writerow([safe_text(f"{c.header} (%)" if c.kind == PERCENT else c.header) for c in table.columns])
    for i in range(table.n_rows):
        writer.writerow([_csv_cell(c.values[i], c.kind, table.lang) for c in table.columns])
    return out.getvalue().encode("utf-8-sig")


def _xlsx_cell(value, kind: str):
    if is_missing(value):
        return None
    match kind:
        case "int":
            return int(value)
        case "rupiah":
            return round(float(value))
        case "percent":
            return float(value) / 100
        case "dec2":
            return float(value)
        case "date":
            return as_date(value)
    return safe_text(value)


def _width(column: Column) -> int:
    if column.kind == PERCENT:
        longest = 7  # 100,0%
    elif column.kind == DATE:
        longest = 10  # 31/12/2026
    else:
        longest = max((len(str(v)) for v in column.values if not is_missing(v)), default=0)
    if column.kind in (INT, RUPIAH):
        longest += longest // 3  # thousands separators
    return min(max(len(column.header), longest, 6) + 2, 48)


HEADER_ROW = 4  # title, source, blank line, then the header


def text_cell(ws, row: int, column: int, text: str):
    """Write `text` into a worksheet cell as a string (never a formula); return the cell."""
    cell = ws.cell(row=row, column=column, value=safe_text(text))
    cell.data_type = "s"
    return cell


def to_xlsx(table: ExportTable) -> bytes:
    """The table as an XLSX workbook: title and source rows, then the header (frozen) and data."""
    return to_xlsx_book([table])


def to_xlsx_book(tables: list[ExportTable]) -> bytes:
    """Several tables, one sheet each (named by their `sheet`, made unique), in one workbook."""
    return workbook_bytes(workbook(tables))


def workbook(tables: list[ExportTable]) -> Workbook:
    """The workbook of `to_xlsx_book`, open for a caller to add a sheet of its own before saving."""
    wb = Workbook()
    for i, table in enumerate(tables):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sheet_name(wb, table.sheet, skip=ws)
        _write_sheet(ws, table)
    return wb


def sheet_name(wb: Workbook, wanted: str, skip=None) -> str:
    """`wanted` cut to Excel's 31 characters, made unique in `wb` (Excel compares without case)."""
    used = {ws.title.casefold() for ws in wb.worksheets if ws is not skip}
    name, n = wanted[:31], 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = wanted[: 31 - len(suffix)] + suffix, n + 1
    return name


def workbook_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _write_sheet(ws, table: ExportTable) -> None:
    """One table on a sheet: title, source, the header (frozen, with an autofilter) and the data,
    set up to print on A4 landscape, fitted to the page's width, the header repeated on every page."""
    text_cell(ws, 1, 1, table.title).font = Font(bold=True, size=14)
    text_cell(ws, 2, 1, table.source).font = Font(italic=True, color="374151")
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for j, column in enumerate(table.columns, start=1):
        cell = text_cell(ws, HEADER_ROW, j, column.header)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(j)].width = _width(column)
        number_format = XLSX_FORMATS.get(column.kind)
        for i, value in enumerate(column.values):
            cell = ws.cell(row=HEADER_ROW + 1 + i, column=j, value=_xlsx_cell(value, column.kind))
            if column.kind == TEXT and cell.value is not None:
                cell.data_type = "s"  # openpyxl would read any text starting with "=" as a formula
            if number_format:
                cell.number_format = number_format
            colour = column.fills[i] if column.fills else None
            if colour:
                cell.fill = PatternFill("solid", fgColor=colour.lstrip("#").upper())
                cell.font = Font(bold=True, color="FFFFFF")
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    if table.columns:
        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(table.n_rows, 1)}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    print_setup(ws, table.lang)


PAGE_FOOTER = {"id": "Halaman &P dari &N", "en": "Page &P of &N"}


def print_setup(ws, lang: str = "id") -> None:
    """A4 landscape, fitted to the page's width (as many pages down as the rows need), the page
    number in the footer of every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "Cakupan"
    ws.oddFooter.right.text = PAGE_FOOTER["en" if lang == "en" else "id"]
