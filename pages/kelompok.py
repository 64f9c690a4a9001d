"""Kelompok Khusus — the groups local governments protect (non-ASN staff, village officials, RT/RW
heads, vulnerable workers, ad hoc election workers): how many are registered, how many are not,
what protecting them would cost a month and a year at an editable contribution per person, by
group, funding source and area, the reports gone stale, the coverage month by month, and the table
by group as CSV/XLSX.

A thin page: the figures come from analytics.kelompok (the same as `python -m analytics kelompok`),
cached until the next load; ui.kelompok draws them.
"""

from __future__ import annotations

import streamlit as st

from analytics import fmt
from analytics.figures import kelompok as figure
from analytics.kelompok import default_iuran
from ui import cached
from ui.components import charts, tiles
from ui.kelompok import tables
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.kelompok import KK

view = current()
lang = view.lang
con = db.cursor()
t = KK.bound(lang)

theme.page_header(t("title"), view)
tiles.style()

iuran = st.number_input(t("iuran_label"), min_value=1, max_value=10_000_000, value=default_iuran(), step=100,
                        help=t("iuran_help"), key="kk_iuran", width=260)  # fmt: skip
found = cached.groups(con, view.scope, view.periode, int(iuran)) if view.periode else None
if found is None:
    tiles.note(t("empty", scope=view.scope_label, periode=view.periode_label), warn=True)
    st.page_link("pages/kelola_data.py", label=t("go_kelola"), icon=":material/database:")
    st.stop()

s, areas, funding, stale, by_month, aktif = found
st.caption(t("intro", periode=fmt.bulan(s.periode, lang)))
tables.headline(s, aktif, lang)

st.subheader(t("sec_groups"))
tables.show(tables.groups(s, lang))
tables.export(s, view.scope_label, lang)

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("sec_funding"))
    tables.show(tables.funding(funding, lang))
with right:
    st.subheader(t("sec_stale"))
    if stale.empty:
        st.caption(t("stale_none"))
    else:
        st.caption(t("stale_caption", periode=fmt.bulan(s.periode, lang)))
        tables.show(tables.stale(stale, lang), text_columns=3)

st.subheader(t("sec_areas"))
tables.show(tables.areas(areas, lang))
if len(by_month) > 1:
    st.subheader(t("sec_trend"))
    charts.show(figure.coverage_line(by_month, lang), key="kk_trend")
