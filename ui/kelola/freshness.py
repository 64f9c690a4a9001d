"""The Kelengkapan data tab: per dataset, how much is loaded, how recent, and how complete.

Figures come from analytics.freshness for the global scope and period; this only formats them in
the user's language and explains what completeness means. This is the only part of Kelola Data that
depends on the sidebar's area and period, so it names them in its own heading (uploads, history and
templates are not limited to them). The assessed period is usually the dataset's latest one; only a
row where they differ says so. An empty store gets instructions instead of a table of zeros.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from analytics import fmt, freshness
from ui import cached
from ui.components import plain, tables
from ui.kelola import labels
from ui.shell.state import AppState

# Columns read as figures, right-aligned like numbers in a spreadsheet.
NUMERIC = ("fr_rows", "fr_areas", "fr_complete")


def _latest(latest: str | None, assessed: str | None, lang: str, t) -> str:
    """The latest period; the assessed one only when it is another (an earlier month was chosen)."""
    shown = labels.periode_label(latest, lang)
    if latest is None or latest == assessed:
        return shown
    return t("fr_latest_assessed", latest=shown, assessed=labels.periode_label(assessed, lang))


def freshness_table(con: duckdb.DuckDBPyConnection, view: AppState) -> pd.DataFrame:
    """The table as shown: one row per dataset, every value already formatted."""
    t, lang = view.t, view.lang
    raw = cached.data_freshness(con, view.scope, view.periode)
    rows = []
    for r in raw.itertuples(index=False):
        if r.muat_diterima is not None:
            last = fmt.waktu(r.muat_diterima, lang)
        elif r.dataset == "kantor":
            last = t("fr_builtin")
        else:
            last = t("fr_never")
        if r.hasil_terakhir == "DITOLAK":
            last = f"{last} · {t('fr_then_rejected')}"
        rows.append(
            {
                t("fr_dataset"): labels.dataset_title(r.dataset, lang),
                t("fr_rows"): fmt.angka(r.baris, lang=lang),
                t("fr_latest"): _latest(r.periode_terakhir, r.periode_dinilai, lang, t),
                t("fr_areas"): t(
                    "fr_areas_value",
                    ada=fmt.angka(r.wilayah_ada, lang=lang),
                    total=fmt.angka(r.wilayah_total, lang=lang),
                ),
                t("fr_complete"): fmt.persen(r.kelengkapan, lang=lang),
                t("fr_last_load"): last,
            }
        )
    return pd.DataFrame(rows)


def draw(con: duckdb.DuckDBPyConnection, view: AppState) -> None:
    if not freshness.has_user_data(con):
        st.subheader(view.t("fr_empty_title"))
        st.info(view.t("fr_empty_body"), icon=":material/info:")
        return
    st.subheader(view.t("fr_heading", scope=plain.md(view.scope_label), periode=view.periode_label))
    st.caption(view.t("fr_caption"))
    table = freshness_table(con, view)
    # a static table: eight rows, text that wraps, readable from the back of a room
    st.table(tables.right_aligned(table, [view.t(k) for k in NUMERIC]), hide_index=True)
