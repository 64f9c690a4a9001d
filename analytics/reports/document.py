"""A report as data: sections of key figures, tables and charts, before any file format.

The monthly and quarterly reports (analytics.reports.bulanan, .triwulanan) build a `Report` from the
analytics; analytics.reports.xlsx and .pdf write it. A section's table is an analytics.exports
table, so its numbers stay numbers and its text is formula-safe in every workbook, and the PDF
writes the very values the workbook holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.exports import ExportTable
from analytics.reports.chart import Chart
from analytics.reports.meta import Meta


@dataclass(frozen=True)
class Figure:
    """A key figure: its name, its value as written, and a short note (a date, a range)."""

    label: str
    value: str
    note: str = ""
    colour: str | None = None  # a status figure carries its status colour


@dataclass(frozen=True)
class Section:
    title: str
    intro: str = ""  # one or two sentences in words, from the figures
    figures: tuple[Figure, ...] = ()  # the PDF's tiles
    table: ExportTable | None = None  # a sheet of the workbook, and a table of the PDF
    pdf_table: bool = True  # False: the table is the workbook's only (the tiles say it in the PDF)
    pdf_rows: int | None = None  # the PDF lists at most this many rows (the workbook all of them)
    pdf_columns: tuple[str, ...] | None = None  # the PDF shows only these headers' columns (None: all)
    chart: Chart | None = None
    notes: tuple[str, ...] = ()  # footnotes under the section


@dataclass(frozen=True)
class Report:
    jenis: str  # 'bulanan' or 'triwulanan'
    title: str
    meta: Meta
    sections: tuple[Section, ...]
    keterangan: tuple[tuple[str, str], ...]  # (term, definition) for the Keterangan sheet and page
    summary: str  # the one line the command prints

    def tables(self) -> list[ExportTable]:
        return [s.table for s in self.sections if s.table is not None]
