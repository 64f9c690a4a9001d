"""The reports one can order, and the file formats each comes in: what `python -m analytics laporan`
and the Laporan page both offer.

`make(con, jenis, scope, periode, suffix, ...)` builds the report and writes it in the format of
`suffix`; `FORMATS[jenis]` lists the suffixes a report comes in (a PowerPoint of a spreadsheet
report, or a workbook of the deck, is not offered: the command exits 2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from analytics.reports.meta import ReportSettings
from analytics.scope import Scope

JENIS = ("bulanan", "triwulanan", "rapat")
FORMATS = {"bulanan": (".xlsx", ".pdf"), "triwulanan": (".xlsx", ".pdf"), "rapat": (".pptx", ".pdf")}
MIME = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


@dataclass(frozen=True)
class Made:
    """A report written: its bytes, and the one line that says what it holds."""

    data: bytes
    summary: str
    title: str


def build(con: duckdb.DuckDBPyConnection, jenis: str, scope: Scope, periode: dt.date | None,
          settings: ReportSettings | None = None, lang: str = "id", now: dt.datetime | None = None):  # fmt: skip
    """The report's content (analytics.reports.document.Report, or the deck for `rapat`)."""
    if jenis == "bulanan":
        from analytics.reports import bulanan

        return bulanan.build(con, scope, periode, settings, lang, now)
    if jenis == "triwulanan":
        from analytics.reports import triwulanan

        return triwulanan.build(con, scope, periode, settings, lang, now)
    if jenis == "rapat":
        from analytics.reports import rapat

        return rapat.build(con, scope, periode, settings, lang, now)
    raise ValueError(f"unknown report {jenis!r}; known: {JENIS}")


def write(content, suffix: str) -> bytes:
    """`content` (from build) as the bytes of a `suffix` file."""
    if suffix == ".xlsx":
        from analytics.reports import xlsx

        return xlsx.to_xlsx(content)
    if suffix == ".pdf":
        if getattr(content, "jenis", None) == "rapat":
            from analytics.reports import deck_pdf

            return deck_pdf.to_pdf(content)
        from analytics.reports import pdf

        return pdf.to_pdf(content)
    if suffix == ".pptx":
        from analytics.reports import pptx

        return pptx.to_pptx(content)
    raise ValueError(f"unknown format {suffix!r}")


def make(con: duckdb.DuckDBPyConnection, jenis: str, scope: Scope, periode: dt.date | None, suffix: str,
         settings: ReportSettings | None = None, lang: str = "id", now: dt.datetime | None = None) -> Made:  # fmt: skip
    if suffix not in FORMATS.get(jenis, ()):
        raise ValueError(f"a {jenis} report comes as {FORMATS.get(jenis)}, not {suffix!r}")
    content = build(con, jenis, scope, periode, settings, lang, now)
    return Made(write(content, suffix), content.summary, content.title)
