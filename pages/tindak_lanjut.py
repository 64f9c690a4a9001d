"""Tindak Lanjut — the sanction ladder, overdue follow-ups first, outcomes, one employer's timeline.

A thin page: it reads the global view state, asks analytics.enforcement (every query takes the scope)
and draws with ui (tiles, funnel, tables). The case list is paginated in SQL: only one page of rows
ever reaches the browser. The national summary and outcomes are cached until the next load.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import streamlit as st

from analytics import enforcement, fmt, glossary
from analytics.contract import KATEGORI
from analytics.enforcement.settings import LADDER, month_end
from analytics.figures.ladder import ladder
from analytics.scope import Scope
from ui import cached
from ui.components import charts, tables, tiles
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.tindak_lanjut import T

PAGE_SIZE = 25
ROW_PX = 38  # st.dataframe's row height with the theme's base font
LATE_COLOUR = "#C0392B"
OK_COLOUR = "#1B7837"

view = current()
lang = view.lang
con = db.cursor()


def t(key: str, **fields) -> str:
    return T(key, lang, **fields)


def n(x) -> str:
    return fmt.angka(x, lang=lang)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _summary(_con, version, scope: Scope, periode: dt.date, settings, kategori, today):
    return enforcement.ladder_summary(_con, scope, periode, settings, kategori, today)


@st.cache_data(show_spinner=False, ttl=3600, max_entries=128)
def _outcomes(_con, version, scope: Scope, periode: dt.date, kategori, today):
    """Outcomes do not depend on the overdue setting, so changing it does not recompute them (~2 s
    nationally)."""
    return enforcement.outcomes_by_institution(_con, scope, periode, None, kategori, today)


theme.page_header(t("title"), view)
tiles.style()

if view.periode is None:
    tiles.note(t("no_period"), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

# A select box, not segmented buttons: six categories do not fit one row of a 1280 px screen.
controls = st.columns([2, 1, 1], gap="large", vertical_alignment="bottom")
kategori = controls[0].selectbox(
    t("kategori_label"),
    [None, *KATEGORI],
    format_func=lambda k: t("semua") if k is None else glossary.kategori(k, lang, short=True),
    key="tl_kategori",
)
batas = controls[1].number_input(
    t("batas_label"), min_value=1, max_value=365, value=14, step=1, help=t("batas_help"), key="tl_batas"
)
settings = enforcement.EnforcementSettings(batas_hari=int(batas))
today = dt.date.today()
version = cached.data_version(con)
summary = _summary(con, version, view.scope, view.periode, settings, kategori, today)

if summary.kasus == 0:
    tiles.note(t("empty", scope=view.scope_label, periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

ref = enforcement.reference_day(view.periode, today)
outcomes = _outcomes(con, version, view.scope, view.periode, kategori, today)
total = outcomes.iloc[-1]
terbuka = summary.kasus - summary.patuh
st.caption(t("intro", akhir=fmt.tanggal(month_end(view.periode), lang)))
tiles.grid(
    [
        tiles.Tile("kasus", t("t_kasus"), n(summary.kasus), t("t_kasus_ctx", n=n(terbuka))),
        tiles.Tile(
            "terlambat",
            t("t_terlambat"),
            n(summary.terlambat),
            t("t_terlambat_ctx", hari=n(settings.batas_hari)),
            colour=LATE_COLOUR if summary.terlambat else None,
        ),
        tiles.Tile(
            "patuh",
            t("t_patuh"),
            fmt.persen(summary.patuh_persen, 1, lang),
            t("t_patuh_ctx", n=n(summary.patuh), total=n(summary.kasus)),
            colour=OK_COLOUR,
        ),
        tiles.Tile("tk", t("t_tk"), n(total["tk_didaftarkan"]), t("t_tk_ctx")),
        tiles.Tile("tunggakan", t("t_rp"), fmt.rupiah(total["tunggakan_dipulihkan_rp"], lang), t("t_rp_ctx")),
    ]
)
tiles.note(t("note_rules", hari=n(settings.batas_hari), ref=fmt.tanggal(ref, lang)))

# In the order of the meeting: the ladder, the cases to act on, what was achieved, one employer.
# The outcome table takes the full width: its six columns do not fit half of a 1280 px screen.
ladder_col, now_col = st.columns([3, 2], gap="large")
with ladder_col:
    st.subheader(t("funnel_title"))
    fig = ladder(
        [t(s) for s in LADDER],
        [summary.tahapan[s] for s in LADDER],
        t("PATUH"),
        summary.patuh,
        lang,
        T("funnel_hover", lang),
    )
    charts.show(fig, key="tl_funnel")
    st.caption(t("funnel_caption"))
with now_col:
    # Where the open cases stand today: the rung each one waits on.
    tiles.ranking(
        t("now_title"),
        [tiles.RankRow(t(s), n(summary.sekarang[s])) for s in LADDER],
        key="tahap_kini",
    )
    st.caption(t("now_caption", n=n(terbuka)))

# The open cases, overdue first; one page at a time.
st.subheader(t("list_title"))
pages = max(1, math.ceil(terbuka / PAGE_SIZE))
page_key = f"tl_page_{view.scope.level}_{view.scope.kode}_{view.periode_param}_{kategori}_{batas}"
page = min(int(st.session_state.get(page_key, 1)), pages)
frame, listed = enforcement.case_list(
    con,
    view.scope,
    view.periode,
    settings,
    kategori,
    offset=(page - 1) * PAGE_SIZE,
    limit=PAGE_SIZE,
    today=today,
)
if listed == 0:
    tiles.note(t("list_empty"))
else:
    st.caption(t("list_count", total=n(listed), terlambat=n(summary.terlambat), per=n(PAGE_SIZE)))
    # What a meeting acts on comes first (who, how late, where the case stands), so a narrow screen
    # that scrolls the table sideways still shows it; identifiers last.
    shown = pd.DataFrame(
        {
            t("col_perusahaan"): frame["nama_perusahaan"].fillna(fmt.NO_VALUE),
            t("col_terlambat"): [
                t("late_days", n=n(d)) if late else t("on_time")
                for d, late in zip(frame["hari_terlambat"], frame["terlambat"], strict=True)
            ],
            t("col_tahap"): [t(s) for s in frame["tahap"]],
            t("col_hari"): [n(v) for v in frame["hari_di_tahap"]],
            t("col_sejak"): [fmt.tanggal(d, lang) for d in frame["tanggal_tahap"]],
            t("col_kategori"): [glossary.kategori(k, lang, short=True) for k in frame["kategori"]],
            t("col_wilayah"): frame["nama_wilayah"].fillna(frame["kode_wilayah"]),
            t("col_id"): frame["npp"].fillna(frame["nib"]).fillna(fmt.NO_VALUE),
        }
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        height=ROW_PX * (len(shown) + 1) + 3,  # the whole page of rows, no scrolling inside the table
        column_config=tables.right_columns([t("col_hari"), t("col_terlambat")]),
        key="tl_cases",
    )
    if pages > 1:
        nav = st.container(horizontal=True, vertical_alignment="center")
        if nav.button(t("prev"), disabled=page <= 1, icon=":material/chevron_left:", key="tl_prev"):
            st.session_state[page_key] = page - 1
            st.rerun()
        nav.markdown(t("page_of", hal=n(page), dari=n(pages)), width="content")
        if nav.button(t("next"), disabled=page >= pages, icon=":material/chevron_right:", key="tl_next"):
            st.session_state[page_key] = page + 1
            st.rerun()

# What the follow-up achieved, by institution.
st.subheader(t("outcome_title"))
table = pd.DataFrame(
    {
        t("col_instansi"): [t(i) if isinstance(i, str) else t("total") for i in outcomes["instansi"]],
        t("col_kasus"): [n(v) for v in outcomes["kasus"]],
        t("col_patuh"): [n(v) for v in outcomes["patuh"]],
        t("col_patuh_persen"): [fmt.persen(v, 1, lang) for v in outcomes["patuh_persen"]],
        t("col_tk"): [n(v) for v in outcomes["tk_didaftarkan"]],
        t("col_rp"): [fmt.rupiah(v, lang) for v in outcomes["tunggakan_dipulihkan_rp"]],
    }
)
numeric = [c for c in table.columns if c != t("col_instansi")]
st.table(tables.right_aligned(table, numeric).hide(axis="index"))
st.caption(t("outcome_caption"))
st.caption(
    t(
        "note_outcome",
        periode=view.periode_label,
        terukur=n(total["kasus_terukur"]),
        total=n(total["kasus"]),
    )
)

# One employer's timeline: chosen among the listed cases, or found by a search.
st.subheader(t("tl_title"))
query = st.text_input(t("tl_search"), key="tl_search").strip()
choices = (
    enforcement.find_cases(con, view.scope, view.periode, query, settings, kategori, today=today)
    if query
    else frame
)
if query and choices.empty:
    st.caption(t("tl_none", q=query))
else:
    options = list(dict.fromkeys(choices["perusahaan_id"]))
    names = dict(zip(choices["perusahaan_id"], choices["nama_perusahaan"].fillna(fmt.NO_VALUE), strict=True))
    picked = st.selectbox(
        t("tl_pick"),
        options,
        format_func=lambda pid: enforcement.employer_label(pid, names[pid]),
        key="tl_pick",
    )
    if not query:
        st.caption(t("tl_hint"))
    if picked:
        steps = enforcement.timeline(con, view.scope, view.periode, picked)
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
            hide_index=True,
            width="stretch",
            key="tl_timeline",
        )
