"""One employer's timeline: chosen among the listed cases, or found by a search."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import enforcement, fmt, glossary
from ui.cached import tindak_lanjut as cached
from ui.shell.state import AppState
from ui.texts.tindak_lanjut import T


def draw(con, view: AppState, listed: pd.DataFrame, settings, kategori, today) -> None:
    lang = view.lang
    t = T.bound(lang)
    st.subheader(t("tl_title"))
    query = st.text_input(t("tl_search"), key="tl_search").strip()
    choices = cached.found_cases(con, view.scope, view.periode, query, settings, kategori, today) if query else listed
    if query and choices.empty:
        st.caption(t("tl_none", q=query))
        return
    options = list(dict.fromkeys(choices["perusahaan_id"]))
    names = dict(zip(choices["perusahaan_id"], choices["nama_perusahaan"].fillna(fmt.NO_VALUE), strict=True))
    picked = st.selectbox(t("tl_pick"), options, format_func=lambda pid: enforcement.employer_label(pid, names[pid]),
                          key="tl_pick")  # fmt: skip
    if not query:
        st.caption(t("tl_hint"))
    if not picked:
        return
    steps = cached.timeline(con, view.scope, view.periode, picked)
    st.dataframe(
        pd.DataFrame(
            {
                t("col_tanggal"): [fmt.tanggal(d, lang) for d in steps["tanggal"]],
                t("col_kategori"): [glossary.kategori(k, lang, short=True) for k in steps["kategori"]],
                t("col_tahap_tl"): [t(s) for s in steps["tahap"]],
                t("col_instansi"): [t(i) for i in steps["instansi"]],
                t("col_dokumen"): steps["nomor_dokumen"].fillna(fmt.NO_VALUE),
                t("col_catatan"): steps["catatan"].fillna(""),
            }
        ),
        hide_index=True, width="stretch", key="tl_timeline",
    )  # fmt: skip
