"""Accounts on the page: the list, a new account, a change. The rules are analytics.akun's (the
command line applies the same); this draws and reports, in the admin's language."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.akun import accounts, db, roles
from analytics.akun.accounts import AkunError
from analytics.akun.roles import NAMA_PERAN, PERAN
from ui.components import plain
from ui.texts.pengguna import KP

_DONE = "_kp_done"


def _yes(value: bool, lang: str) -> str:
    return KP("ya" if value else "tidak", lang)


def listing(found, lang: str) -> None:
    t = KP.bound(lang)
    table = pd.DataFrame({
        t("c_nama"): [a.nama for a in found],
        t("c_peran"): [NAMA_PERAN(a.peran, lang) for a in found],
        t("c_wilayah"): [a.wilayah or "–" for a in found],
        t("c_email"): [a.email or "–" for a in found],
        t("c_unggah"): [_yes(a.boleh_unggah or a.admin, lang) for a in found],
        t("c_aktif"): [_yes(a.aktif, lang) for a in found],
        t("c_ganti"): [_yes(a.harus_ganti, lang) for a in found],
        t("c_kunci"): [fmt.waktu(a.kunci_sampai, lang) if a.kunci_sampai else "–" for a in found],
    })  # fmt: skip
    st.dataframe(table, hide_index=True, width="stretch", height="content", key="kp_list")


def done_message() -> None:
    if message := st.session_state.pop(_DONE, None):
        st.success(message, icon=":material/task_alt:")


def _area_picker(con, peran: str, lang: str, key: str, current: str | None = None) -> str | None:
    choices = roles.area_choices(con, peran)
    if not choices:
        return None
    options = list(choices)
    index = options.index(current) if current in options else 0
    return st.selectbox(KP("f_wilayah", lang), options, index=index, format_func=choices.get, key=key)


def add_form(con, view, *, first_admin: bool) -> None:
    """A new account; the first one (demo mode) is an admin."""
    t = KP.bound(view.lang)
    nama = st.text_input(t("f_nama"), key="kp_add_nama", max_chars=64)
    peran = "admin" if first_admin else st.selectbox(t("f_peran"), PERAN, index=PERAN.index("kabkota"),
                                                     format_func=lambda p: NAMA_PERAN(p, view.lang), key="kp_add_peran")  # fmt: skip
    wilayah = _area_picker(con, peran, view.lang, "kp_add_wilayah")
    email = st.text_input(t("f_email"), key="kp_add_email", max_chars=254)
    unggah = st.checkbox(t("f_unggah"), key="kp_add_unggah") if peran != "admin" else True
    sandi = st.text_input(t("f_sandi"), type="password", key="kp_add_sandi", max_chars=256)
    ulang = st.text_input(t("f_sandi_ulang"), type="password", key="kp_add_ulang", max_chars=256)
    if st.button(t("f_first_admin" if first_admin else "f_add"), type="primary", key="kp_add_go", icon=":material/person_add:"):
        if sandi != ulang:
            st.error(t("mismatch"))
            return
        try:
            with db.connect() as accounts_con:
                made = accounts.add(accounts_con, nama, peran, wilayah, sandi, email=email or None,
                                    boleh_unggah=bool(unggah), oleh=view.pengguna or "demo")  # fmt: skip
        except AkunError as exc:
            st.error(plain.message(str(exc)))
            return
        for key in ("kp_add_nama", "kp_add_sandi", "kp_add_ulang", "kp_add_email"):
            st.session_state.pop(key, None)
        st.session_state[_DONE] = t("added", nama=made.nama)
        st.rerun()


def change_form(con, view, found) -> None:
    t = KP.bound(view.lang)
    if not found:
        return
    names = [a.nama for a in found]
    nama = st.selectbox(t("f_pick"), names, key="kp_ch_nama")
    current = next(a for a in found if a.nama == nama)
    peran = st.selectbox(t("f_peran"), PERAN, index=PERAN.index(current.peran), format_func=lambda p: NAMA_PERAN(p, view.lang),
                         key=f"kp_ch_peran_{nama}")  # fmt: skip
    wilayah = _area_picker(con, peran, view.lang, f"kp_ch_wilayah_{nama}_{peran}", current.wilayah)
    email = st.text_input(t("f_email"), value=current.email or "", key=f"kp_ch_email_{nama}", max_chars=254)
    unggah = st.checkbox(t("f_unggah"), value=current.boleh_unggah, key=f"kp_ch_unggah_{nama}")
    aktif = st.checkbox(t("f_aktif"), value=current.aktif, key=f"kp_ch_aktif_{nama}")
    buka = st.checkbox(t("f_unlock"), value=False, key=f"kp_ch_buka_{nama}", disabled=current.kunci_sampai is None)
    sandi = st.text_input(t("f_new_password"), type="password", key=f"kp_ch_sandi_{nama}", max_chars=256)
    if st.button(t("f_save"), type="primary", key="kp_ch_go", icon=":material/save:"):
        if nama == view.pengguna and (peran != "admin" or not aktif):
            st.error(t("self_admin"))
            return
        try:
            with db.connect() as accounts_con:
                accounts.change(accounts_con, nama, oleh=view.pengguna or "demo", peran=peran, wilayah=wilayah,
                                email=email, boleh_unggah=unggah, aktif=aktif, password=sandi or None,
                                buka_kunci=buka)  # fmt: skip
        except AkunError as exc:
            st.error(plain.message(str(exc)))
            return
        st.session_state[_DONE] = t("changed", nama=nama)
        st.rerun()
