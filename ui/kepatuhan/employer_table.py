"""The Kepatuhan page's tables as officials read them: figures formatted, categories in words.

Takes the frames of analytics.compliance (employer list, breakdowns, trend) and draws them; the
figures are formatted by analytics.fmt, so they are text, right-aligned through ui.components.tables.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import areas, fmt, glossary, kbli
from analytics.compliance.employers import FLAG, KATEGORI
from ui.components import tables
from ui.texts.kepatuhan import K


def categories(row, lang: str) -> str:
    return ", ".join(glossary.kategori(k, lang, short=True) for k in KATEGORI if bool(row[FLAG[k]]))


def employer_screen(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One page of the employer list, as shown: headers in the user's language, figures as text."""

    def n(x):
        return fmt.angka(x, lang=lang)

    def text(x):
        return x if isinstance(x, str) and x else fmt.NO_VALUE

    records = rows.to_dict("records")
    # What an official reads first (who, where, why, how much) on the left; identifiers after.
    return pd.DataFrame(
        {
            K("c_rank", lang): [n(r["peringkat"]) for r in records],
            K("c_nama", lang): [r["nama_perusahaan"] for r in records],
            K("c_wilayah", lang): [text(areas.short_name(r["nama_wilayah"])) for r in records],
            K("c_kategori", lang): [categories(r, lang) for r in records],
            K("c_skor", lang): [fmt.angka(r["skor"], 1, lang) for r in records],
            K("c_tk_belum", lang): [
                n(r["tk_belum_terlindungi"]) if r["tk_belum_terlindungi"] else fmt.NO_VALUE for r in records
            ],
            K("c_tunggakan", lang): fmt.rupiah_kolom([r["tunggakan_rp"] if r["pmi"] else None for r in records], lang),
            K("c_bulan", lang): [n(r["bulan_tunggakan"]) if r["pmi"] else fmt.NO_VALUE for r in records],
            K("c_selisih", lang): fmt.rupiah_kolom([r["selisih_upah_rp"] if r["pds_upah"] else None for r in records], lang),
            K("c_program", lang): [text(r["program_kurang"]).replace(";", ", ") for r in records],
            K("c_tk", lang): [f"{n(r['tk_wajib'])} / {n(r['tk_terdaftar'])}" for r in records],
            K("c_npp", lang): [text(r["npp"]) for r in records],
            K("c_nib", lang): [text(r["nib"]) for r in records],
            K("c_sektor", lang): [kbli.label(r["sektor"], lang) for r in records],
            K("c_skala", lang): [glossary.skala(r["skala"], lang) for r in records],
        }
    )


RIGHT_EMPLOYER = ("c_rank", "c_tk_belum", "c_tk", "c_tunggakan", "c_bulan", "c_selisih", "c_skor")
# The compact projector layout: who, where, why, how much (NPP, NIB and the rest under "Semua
# kolom" and in the inspection list), in widths that add up to the 790 px of a 1280 px screen.
COMPACT_EMPLOYER = ("c_rank", "c_nama", "c_wilayah", "c_kategori", "c_tk_belum", "c_tunggakan")
WIDTHS = {"c_rank": 45, "c_nama": 180, "c_wilayah": 160, "c_kategori": 165, "c_tk_belum": 110, "c_tunggakan": 95}


def draw_employers(screen: pd.DataFrame, lang: str, key: str, every: bool = False) -> None:
    """One page of the list: its compact columns, or `every` one."""
    config = {
        K(c, lang): st.column_config.TextColumn(width=WIDTHS.get(c), alignment="right" if c in RIGHT_EMPLOYER else None)
        for c in {*RIGHT_EMPLOYER, *WIDTHS}
    }
    order = tables.column_order(screen.columns, [K(c, lang) for c in COMPACT_EMPLOYER], every)
    # The whole page of rows without a scroll bar: the page selector, not the grid, moves on.
    st.dataframe(screen, hide_index=True, width="stretch", height="content", column_config=config,
                 column_order=order, key=key)  # fmt: skip
    tables.print_table(screen[order], [K(c, lang) for c in RIGHT_EMPLOYER])  # every row when printed


def breakdown_screen(frame: pd.DataFrame, key_col: str, key_header: str, lang: str) -> pd.DataFrame:
    """Per area or sector: non-compliant employers, each category, unprotected workers, money."""

    def n(x):
        return fmt.angka(x, lang=lang)

    keys = list(frame[key_col])
    if key_col == "sektor":  # the section's letter and name, "G – Perdagangan besar dan eceran"
        keys = [kbli.label(k, lang) for k in keys]
    elif key_col == "skala":
        keys = [glossary.skala(k, lang) for k in keys]
    out = {key_header: keys}
    out[K("col_tidak_patuh", lang)] = [n(x) for x in frame["perusahaan_tidak_patuh"]]
    for k in KATEGORI:
        out[glossary.kategori(k, lang, short=True)] = [n(x) for x in frame[f"{k.lower()}_perusahaan"]]
    out[K("col_tk_belum", lang)] = [n(x) for x in frame["tk_belum_terlindungi"]]
    # one unit per column (issue 11 point 10): "Rp 268,5 jt" beside "Rp 8,9 M" cannot be compared
    out[K("col_selisih", lang)] = fmt.rupiah_kolom(frame["pds_upah_selisih_upah_rp"], lang)
    out[K("col_tunggakan", lang)] = fmt.rupiah_kolom(frame["pmi_tunggakan_rp"], lang)
    return pd.DataFrame(out)


def draw_breakdown(screen: pd.DataFrame, key: str) -> None:
    right = list(screen.columns[1:])
    st.dataframe(screen, hide_index=True, width="stretch", column_config=tables.right_columns(right), key=key)


def changes_screen(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per category: employers that left it (now compliant in it), entered it, were not found."""

    def n(x):
        return fmt.NO_VALUE if pd.isna(x) else fmt.angka(x, lang=lang)

    return pd.DataFrame(
        {
            K("col_kategori", lang): [glossary.kategori(c, lang) for c in frame["kategori"]],
            K("col_keluar", lang): [n(x) for x in frame["keluar"]],
            K("col_masuk", lang): [n(x) for x in frame["masuk"]],
            K("col_hilang", lang): [n(x) for x in frame["tidak_ditemukan"]],
            K("col_tk_naik", lang): [n(x) for x in frame["tk_terdaftar_bertambah"]],
        }
    )
