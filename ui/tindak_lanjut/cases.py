"""The open cases, overdue first, one page at a time: the list is paginated in SQL, so only one page
of rows ever reaches the browser."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from analytics import areas, exports, fmt, glossary
from ui.cached import tindak_lanjut as cached
from ui.components import tables, tiles
from ui.shell import audit, db
from ui.shell.state import AppState
from ui.texts.tindak_lanjut import T
from ui.tindak_lanjut import export

PAGE_SIZE = 25
ROW_PX = 38  # st.dataframe's row height with the theme's base font


def _page(con, view: AppState, settings, kategori, open_cases: int, today) -> tuple[pd.DataFrame, int, int, int, str]:
    pages = max(1, math.ceil(open_cases / PAGE_SIZE))
    key = f"tl_page_{view.scope.level}_{view.scope.kode}_{view.periode_param}_{kategori}_{settings.batas_hari}"
    page = min(int(st.session_state.get(key, 1)), pages)
    frame, listed = cached.case_page(con, view.scope, view.periode, settings, kategori, (page - 1) * PAGE_SIZE,
                                     PAGE_SIZE, today)  # fmt: skip
    return frame, listed, page, pages, key


# The compact projector layout: who, where, the NPP to look up, how late, the stage (issue 11: the
# list cut off Kab/kota and NPP at 1280×720). The rest under "Semua kolom" and in the downloads.
COMPACT = ("col_perusahaan", "col_wilayah", "col_id", "col_terlambat", "col_tahap")


def _table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What a meeting acts on comes first (who, how late, where the case stands), so a narrow screen
    that scrolls the table sideways still shows it; identifiers last."""
    t, n = T.bound(lang), lambda x: fmt.angka(x, lang=lang)
    return pd.DataFrame(
        {
            t("col_perusahaan"): frame["nama_perusahaan"].fillna(fmt.NO_VALUE),
            t("col_terlambat"): [t("late_days", n=n(d)) if late else t("on_time")
                                 for d, late in zip(frame["hari_terlambat"], frame["terlambat"], strict=True)],
            t("col_tahap"): [t(s) for s in frame["tahap"]],
            t("col_hari"): [n(v) for v in frame["hari_di_tahap"]],
            t("col_sejak"): [fmt.tanggal(d, lang) for d in frame["tanggal_tahap"]],
            t("col_kategori"): [glossary.kategori(k, lang, short=True) for k in frame["kategori"]],
            t("col_wilayah"): [areas.short_name(w) for w in frame["nama_wilayah"].fillna(frame["kode_wilayah"])],
            t("col_id"): frame["npp"].fillna(frame["nib"]).fillna(fmt.NO_VALUE),
        }
    )  # fmt: skip


def draw(con, view: AppState, summary, settings, kategori, today) -> pd.DataFrame:
    """The list's current page; returns its rows (the timeline offers them as choices)."""
    lang = view.lang
    t, n = T.bound(lang), lambda x: fmt.angka(x, lang=lang)
    st.subheader(t("list_title"))
    frame, listed, page, pages, page_key = _page(con, view, settings, kategori, summary.kasus - summary.patuh, today)
    if listed == 0:
        tiles.note(t("list_empty"))
        return frame
    st.caption(t("list_count", total=n(listed), terlambat=n(summary.terlambat), per=n(PAGE_SIZE)))
    every = tables.all_columns_toggle("tl_semua_kolom", lang)
    shown = _table(frame, lang)
    order = tables.column_order(shown.columns, [t(c) for c in COMPACT], every)
    st.dataframe(
        shown, hide_index=True, width="stretch",
        column_order=order,
        height=ROW_PX * (len(shown) + 1) + 3,  # the whole page of rows, no scrolling inside the table
        column_config=tables.right_columns([t("col_hari"), t("col_terlambat")]), key="tl_cases",
    )  # fmt: skip
    tables.print_table(shown[order], [t("col_hari"), t("col_terlambat")])  # every row when printed
    st.download_button(
        t("x_button"), audit.logged("ekspor.tindak_lanjut", db.deferred(lambda own: export.workbook(own, view, settings, kategori, today)),
                                    berkas=export.file_name(view)),
        file_name=export.file_name(view),
        mime=exports.XLSX_MIME, on_click="ignore", icon=":material/table_view:", help=t("x_help"), key="tl_export",
    )  # fmt: skip
    if pages > 1:
        nav = st.container(horizontal=True, vertical_alignment="center")
        if nav.button(t("prev"), disabled=page <= 1, icon=":material/chevron_left:", key="tl_prev"):
            st.session_state[page_key] = page - 1
            st.rerun()
        nav.markdown(t("page_of", hal=n(page), dari=n(pages)), width="content")
        if nav.button(t("next"), disabled=page >= pages, icon=":material/chevron_right:", key="tl_next"):
            st.session_state[page_key] = page + 1
            st.rerun()
    return frame
