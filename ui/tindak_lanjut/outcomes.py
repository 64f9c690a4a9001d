"""What the follow-up achieved, by institution (analytics.enforcement.outcomes_by_institution)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import fmt
from ui.components import tables
from ui.shell.state import AppState
from ui.texts.tindak_lanjut import T


def draw(outcomes: pd.DataFrame, view: AppState) -> None:
    lang = view.lang
    t, n = T.bound(lang), lambda x: fmt.angka(x, lang=lang)
    st.subheader(t("outcome_title"))
    table = pd.DataFrame(
        {
            t("col_instansi"): [t(i) if isinstance(i, str) else t("total") for i in outcomes["instansi"]],
            t("col_kasus"): [n(v) for v in outcomes["kasus"]],
            t("col_patuh"): [n(v) for v in outcomes["patuh"]],
            t("col_patuh_persen"): [fmt.persen(v, 1, lang) for v in outcomes["patuh_persen"]],
            t("col_tk"): [n(v) for v in outcomes["tk_didaftarkan"]],
            t("col_rp"): fmt.rupiah_kolom(outcomes["tunggakan_dipulihkan_rp"], lang),
        }
    )
    numeric = [c for c in table.columns if c != t("col_instansi")]
    st.table(tables.right_aligned(table, numeric).hide(axis="index"))
    st.caption(t("outcome_caption"))
    total = outcomes.iloc[-1]
    st.caption(t("note_outcome", periode=view.periode_label, terukur=n(total["kasus_terukur"]), total=n(total["kasus"])))
