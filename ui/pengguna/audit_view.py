"""The audit trail on the page: filters (account, action, dates), the rows, and a CSV/XLSX of what
is shown."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analytics import exports, fmt
from analytics.akun import audit, db
from analytics.exports import Column, ExportTable
from ui.components import downloads
from ui.texts.pengguna import KP

MAX_ROWS = 2_000
ACTIONS = ("masuk", "masuk.gagal", "keluar", "unggah", "ekspor", "laporan", "pengguna", "batas")


def draw(view) -> None:
    t = KP.bound(view.lang)
    row = st.columns(4)
    who = row[0].text_input(t("a_pengguna"), key="kp_a_who", max_chars=64).strip()
    action = row[1].selectbox(t("a_aksi"), ("", *ACTIONS), format_func=lambda a: a or t("a_semua"), key="kp_a_what")
    today = dt.date.today()
    since = row[2].date_input(t("a_sejak"), value=today - dt.timedelta(days=30), key="kp_a_since", format="DD/MM/YYYY")
    until = row[3].date_input(t("a_sampai"), value=today, key="kp_a_until", format="DD/MM/YYYY")
    with db.connect() as con:
        frame = audit.rows(con, pengguna=who or None, aksi=action or None, sejak=since, sampai=until, limit=MAX_ROWS)
    st.caption(t("a_count", n=fmt.angka(len(frame), lang=view.lang), max=fmt.angka(MAX_ROWS, lang=view.lang),
                 hari=audit.retention_days()))  # fmt: skip
    shown = frame.assign(waktu=[fmt.waktu(w, view.lang) for w in frame["waktu"]]).astype(object)
    shown = shown.where(shown.notna(), fmt.NO_VALUE).rename(columns={
        "waktu": t("c_waktu"), "pengguna": t("a_pengguna"), "aksi": t("a_aksi"), "wilayah": t("c_wilayah"),
        "periode": "Periode", "rincian": t("c_rincian")})  # fmt: skip
    st.dataframe(shown, hide_index=True, width="stretch", height=420, key="kp_audit")
    table = ExportTable(
        title=t("x_title"), source=t("x_source", waktu=fmt.waktu(dt.datetime.now(dt.UTC), view.lang)),
        columns=(
            Column(t("c_waktu"), exports.TEXT, list(shown[t("c_waktu")])),
            *(Column(name, exports.TEXT, list(shown[name])) for name in list(shown.columns)[1:]),
        ),
        lang=view.lang, sheet=t("tab_audit"),
    )  # fmt: skip
    downloads.table_buttons(table, f"audit_{today:%Y-%m-%d}", t("x_csv"), t("x_xlsx"), t("x_help"))
