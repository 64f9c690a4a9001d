"""The follow-up's tiles, the sanction ladder as a funnel, and the rung each open case waits on."""

from __future__ import annotations

import streamlit as st

from analytics import fmt, palette
from analytics.enforcement.settings import LADDER
from analytics.figures.ladder import ladder
from ui.components import charts, tiles
from ui.texts.tindak_lanjut import T

LATE_COLOUR = palette.STATUS_COLOURS["TERTINGGAL"]
OK_COLOUR = palette.STATUS_COLOURS["TERCAPAI"]


def headline(summary, total, settings, lang: str) -> None:
    """`summary`: analytics.enforcement.ladder_summary; `total`: the outcomes' total row."""
    t, n = T.bound(lang), lambda x: fmt.angka(x, lang=lang)
    terbuka = summary.kasus - summary.patuh
    tiles.grid(
        [
            tiles.Tile("kasus", t("t_kasus"), n(summary.kasus), t("t_kasus_ctx", n=n(terbuka))),
            tiles.Tile("terlambat", t("t_terlambat"), n(summary.terlambat),
                       t("t_terlambat_ctx", hari=n(settings.batas_hari)),
                       colour=LATE_COLOUR if summary.terlambat else None),
            tiles.Tile("patuh", t("t_patuh"), fmt.persen(summary.patuh_persen, 1, lang),
                       t("t_patuh_ctx", n=n(summary.patuh), total=n(summary.kasus)), colour=OK_COLOUR),
            tiles.Tile("tk", t("t_tk"), n(total["tk_didaftarkan"]), t("t_tk_ctx")),
            tiles.Tile("tunggakan", t("t_rp"), fmt.rupiah(total["tunggakan_dipulihkan_rp"], lang), t("t_rp_ctx")),
        ]
    )  # fmt: skip


def draw(summary, lang: str) -> None:
    """The ladder (left) and where the open cases stand today (right)."""
    t, n = T.bound(lang), lambda x: fmt.angka(x, lang=lang)
    ladder_col, now_col = st.columns([3, 2], gap="large")
    with ladder_col:
        st.subheader(t("funnel_title"))
        fig = ladder([t(s) for s in LADDER], [summary.tahapan[s] for s in LADDER], t("PATUH"), summary.patuh,
                     lang, t("funnel_hover"))  # fmt: skip
        charts.show(fig, key="tl_funnel")
        st.caption(t("funnel_caption"))
    with now_col:
        tiles.ranking(t("now_title"), [tiles.RankRow(t(s), n(summary.sekarang[s])) for s in LADDER], key="tahap_kini")
        st.caption(t("now_caption", n=n(summary.kasus - summary.patuh)))
