"""The Riwayat muat tab: every load attempt, newest first, a page at a time.

One way to page: the pager; the table is as tall as its rows (no inner scrollbar). Datasets are
named by their titles, and the number of problems is shown only where there were any. A rejected
load can be opened to read its errors again, as the uploader saw them.
"""

from __future__ import annotations

import math

import duckdb
import pandas as pd
import streamlit as st

from analytics import fmt, history
from ui.components import tables
from ui.kelola import labels
from ui.shell.state import AppState

PAGE_SIZE = 20


def history_table(raw: pd.DataFrame, view: AppState) -> pd.DataFrame:
    """The history page as shown, every value formatted in the user's language."""
    t, lang = view.t, view.lang
    return pd.DataFrame(
        [
            {
                t("hist_time"): fmt.waktu(r.waktu, lang),
                t("hist_result"): t("hist_accepted" if r.hasil == "DITERIMA" else "hist_rejected"),
                t("hist_dataset"): labels.dataset_title(r.dataset, lang),
                t("hist_file"): r.nama_file or fmt.NO_VALUE,
                t("hist_user"): r.pengguna,
                t("hist_rows"): fmt.angka(r.baris, lang=lang),
                t("hist_periods"): labels.periode_list(r.periode, lang),
                t("hist_areas"): fmt.angka(r.jumlah_wilayah, lang=lang),
                t("hist_errors"): _problems(r.hasil, r.jumlah_galat, lang),
            }
            for r in raw.itertuples(index=False)
        ],
        columns=[t(k) for k in ("hist_time", "hist_result", "hist_dataset", "hist_file", "hist_user",
                                "hist_rows", "hist_periods", "hist_areas", "hist_errors")],
    )


def _problems(hasil: str, n, lang: str) -> str:
    """Blank for an accepted load without problems; otherwise the count."""
    if hasil == "DITERIMA" and not n:
        return ""
    return fmt.angka(n or 0, lang=lang)


def draw(con: duckdb.DuckDBPyConnection, view: AppState) -> None:
    total = history.count(con)
    if total == 0:
        st.info(view.t("hist_empty"), icon=":material/history:")
        return
    st.caption(view.t("hist_caption", n=fmt.angka(total, lang=view.lang)))
    pages = math.ceil(total / PAGE_SIZE)
    page = 1
    if pages > 1:
        page = st.pagination(pages, key="kd_hist_page")
    raw = history.load_history(con, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    table = history_table(raw, view)
    numeric = [view.t(k) for k in ("hist_rows", "hist_areas", "hist_errors")]
    st.dataframe(
        table, hide_index=True, width="stretch", height="content",
        column_config=tables.right_columns(numeric), key="kd_history",
    )

    rejected = raw[raw.hasil != "DITERIMA"]
    if rejected.empty:
        return
    names = {}
    for r in rejected.itertuples(index=False):
        title = labels.dataset_title(r.dataset, view.lang)
        names[int(r.id)] = f"{fmt.waktu(r.waktu, view.lang)} · {title} · {r.nama_file or fmt.NO_VALUE}"
    chosen = st.selectbox(
        view.t("hist_pick"), list(names), index=None, format_func=names.get, key="kd_hist_errors",
        placeholder=view.t("hist_pick_none"),
    )
    if chosen is not None:
        errors = stored_errors(con, chosen, raw, view)
        if errors.empty:
            st.caption(view.t("hist_no_detail"))
        else:
            st.table(tables.right_aligned(errors, [view.t("err_row")]), hide_index=True)


# analytics.load stores errors as {baris, kolom, nilai, kunci, pesan}; the message is in the
# language of the upload.
_ERROR_COLUMNS = {"baris": "err_row", "kolom": "err_column", "nilai": "err_value", "pesan": "err_problem"}


def stored_errors(con: duckdb.DuckDBPyConnection, load_id: int, page: pd.DataFrame, view: AppState) -> pd.DataFrame:
    """A rejected load's stored errors as a table: file, row, column, value, problem."""
    errors = history.load_errors(con, load_id)
    if errors.empty:
        return errors
    known = [c for c in _ERROR_COLUMNS if c in errors.columns]
    table = errors[known].rename(columns={c: view.t(_ERROR_COLUMNS[c]) for c in known})
    file_name = page.loc[page.id == load_id, "nama_file"].iloc[0]
    table.insert(0, view.t("hist_file"), file_name)
    return table
