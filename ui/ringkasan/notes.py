"""The notes that qualify the headline: where the target comes from, how the projection is made,
how fresh the data are. Each is a sentence an official can read aloud."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.scope import Level
from ui.components import tables, tiles
from ui.ringkasan.headline import projection_context
from ui.shell.state import AppState
from ui.texts.ringkasan import R

PROJECTION_NOTE = {"musiman": "note_proj_musiman", "linear": "note_proj_linear"}


def freshness(fresh: dict, periode, lang: str) -> None:
    """When the data were loaded, and a warning when the month has only some of the scope's areas."""
    parts = [R("fresh", lang, bulan=fmt.bulan(fresh["periode_terakhir"], lang))]
    if fresh["muat_diterima"] is not None:
        parts.append(R("fresh_loaded", lang, waktu=fmt.waktu(fresh["muat_diterima"], lang)))
    tiles.fresh_line(parts)
    if fresh["periode_dinilai"] == periode.strftime("%Y-%m") and fresh["wilayah_ada"] < fresh["wilayah_total"]:
        tiles.note(R("fresh_partial", lang, periode=fmt.bulan(periode, lang), ada=fmt.angka(fresh["wilayah_ada"], lang=lang),
                     total=fmt.angka(fresh["wilayah_total"], lang=lang)), warn=True)  # fmt: skip


def allocated(h, view: AppState) -> None:
    if h.target_dialokasikan:
        key = "note_allocated_kabkota" if view.scope.level is Level.KABKOTA else "note_allocated_sum"
        tiles.note(R(key, view.lang))


def qualifying(h, view: AppState, history_months: int, metode: str | None) -> None:
    """The target's source and the projection's method, under the tiles."""
    lang = view.lang
    batas = fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else None
    if h.target_peserta is None:
        tiles.note(R("note_no_target", lang, tahun=h.periode.year, scope=view.scope_label), warn=True)
        return
    allocated(h, view)
    if metode == "aktual":
        tiles.note(R("note_proj_aktual", lang, batas=batas))
    elif metode in PROJECTION_NOTE and h.proyeksi_batas_waktu is not None:
        tiles.note(R(PROJECTION_NOTE[metode], lang, batas=batas, nilai=fmt.angka(h.proyeksi_batas_waktu, lang=lang),
                     n=fmt.angka(history_months, lang=lang), rentang=projection_context(h, lang)))  # fmt: skip
    else:
        tiles.note(R("note_proj_none", lang))


def parts(h, view: AppState, behind) -> None:
    """How the scope's kab/kota stand, under the tiles of any scope above kab/kota level, with the
    list of those behind one click away (analytics.coverage.parts)."""
    if view.scope.level is Level.KABKOTA or not h.bagian_bertarget:
        return
    lang = view.lang
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    if not h.bagian_belum_tercapai:
        tiles.note(R("parts_all", lang, total=n(h.bagian_bertarget)))
        return
    tiles.note(R("parts_line", lang, n=n(h.bagian_belum_tercapai), total=n(h.bagian_bertarget),
                 kurang=n(h.kekurangan_bagian), gap=n(h.gap)), warn=True)  # fmt: skip
    with st.expander(R("parts_list", lang, n=n(h.bagian_belum_tercapai))):
        frame = behind()
        table = pd.DataFrame({
            R("parts_col_nama", lang): frame["nama"],
            R("parts_col_capaian", lang): [fmt.persen(v, 1, lang) for v in frame["capaian_persen"]],
            R("parts_col_kurang", lang): [n(v) for v in frame["gap"]],
            R("parts_col_aktif", lang): [n(v) for v in frame["peserta_aktif"]],
            R("parts_col_target", lang): [n(v) for v in frame["target_peserta"]],
        })  # fmt: skip
        numeric = [c for c in table.columns if c != R("parts_col_nama", lang)]
        # A data grid, not st.table: a national list is hundreds of rows, and a styled table cost
        # a quarter of every run of the page (issue 15) even with the expander closed.
        st.dataframe(table, hide_index=True, width="stretch", column_config=tables.right_columns(numeric),
                     key="rk_parts_list")  # fmt: skip
