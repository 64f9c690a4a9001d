"""The values behind the map as a table (name, value, class), highest first, and its export.

A map shows where; the table beside it says how much, and is what an official copies into a
report. Its rows are the map's (analytics.reports.peta `values`), in the order a meeting reads
them: by value, highest first (status: in the legend's order), areas without data last.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from analytics import exports, fmt, palette
from ui.components import downloads
from ui.shell.state import AppState
from ui.texts.peta import P

EXPORT_KIND = {
    "persen": exports.PERCENT,
    "jumlah": exports.INT,
    "rasio": exports.DEC2,
    "rupiah": exports.INT,
    "status": exports.TEXT,
}


def ordered(values: pd.DataFrame, kind: str, legend) -> pd.DataFrame:
    """The rows by value, highest first; a status by its place in the legend; no data last."""
    rows = values.copy()
    if kind == "status":
        place = {row.label: i for i, row in enumerate(legend)}
        rows["_key"] = rows["kelas"].map(place).fillna(len(place))
        rows = rows.sort_values(["_key", "nama"], kind="stable")
    else:
        rows["_key"] = pd.to_numeric(rows["nilai"], errors="coerce")
        rows = rows.sort_values(["_key", "nama"], ascending=[False, True], na_position="last", kind="stable")
    return rows.drop(columns="_key").reset_index(drop=True)


def _text_on(colour: str) -> str:
    """Black or white text, whichever reads better on the class colour."""
    c = colour.lstrip("#")
    if len(c) != 6:
        return palette.INK
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return palette.INK if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#FFFFFF"


def screen(rows: pd.DataFrame, legend, lang: str, indikator_label: str) -> Styler:
    """The table as shown: area, the formatted value, its class with the map's colour."""
    table = pd.DataFrame(
        {
            P("col_wilayah", lang): rows["nama"].astype(str),
            indikator_label: rows["teks"].astype(str),
            P("col_kelas", lang): rows["kelas"].astype(str),
        }
    )
    colours = {row.label: row.colour for row in legend}

    def style(label: str) -> str:
        colour = colours.get(label)
        return f"background-color: {colour}; color: {_text_on(colour)}" if colour else ""

    return table.style.map(style, subset=[P("col_kelas", lang)])


def export_table(
    rows: pd.DataFrame, kind: str, legend, lang: str, *, indikator_label: str, title: str, source: str
) -> exports.ExportTable:
    """The table's rows as typed columns: numbers stay numbers (percent in percent units)."""
    C = exports.Column
    values = [None if pd.isna(v) else v for v in rows["nilai"]]
    fills = None
    if kind == "status":  # status colours are dark enough for the export's white bold text
        colours = {row.label: row.colour for row in legend}
        fills = [
            colours.get(k) if v is not None else None for k, v in zip(rows["kelas"], values, strict=True)
        ]
    return exports.ExportTable(
        title=title,
        source=source,
        columns=(
            C(P("col_wilayah", lang), exports.TEXT, list(rows["nama"].astype(str))),
            C(indikator_label, EXPORT_KIND[kind], values if kind != "status" else list(rows["teks"]), fills),
            C(P("col_kelas", lang), exports.TEXT, list(rows["kelas"].astype(str))),
        ),
        lang=lang,
        sheet=P("export_file", lang),
    )


def file_stem(lang: str, indikator: str, scope_label: str, periode: dt.date | None) -> str:
    """`peta-capaian_sumatera-selatan_2026-08`: what, where and when, safe in any file system."""
    return exports.file_stem(f"{P('export_file', lang)}-{indikator}", scope_label, periode)


def draw(peta, spec, indikator: str, view: AppState, sub: str) -> None:
    """The values behind the map, as the map's classes colour them, with CSV and XLSX downloads."""
    lang = view.lang
    st.subheader(P("sec_table", lang))
    label = spec.label(lang)
    rows = ordered(peta.values, spec.kind, peta.legend)
    st.dataframe(screen(rows, peta.legend, lang, label), hide_index=True, key="peta_table")
    title = P("export_title", lang, indikator=label, sub=sub.lower(), scope=view.scope_label, periode=view.periode_label)
    source = P("export_source", lang, periode=view.periode_label, waktu=fmt.waktu(dt.datetime.now(dt.UTC), lang))
    table = export_table(rows, spec.kind, peta.legend, lang, indikator_label=label, title=title, source=source)
    stem = file_stem(lang, indikator, view.scope_label, view.periode)
    help_text = P("export_help", lang, scope=view.scope_label, periode=view.periode_label)
    downloads.table_buttons(table, stem, P("export_csv", lang), P("export_xlsx", lang), help_text)
