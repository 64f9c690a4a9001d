"""The best and worst five sub-areas beside the trend (analytics.coverage.ranking decides the order)."""

from __future__ import annotations

import streamlit as st

from analytics import fmt
from analytics.coverage.ranking import best_and_worst
from analytics.scope import Level
from ui.components import status, tiles
from ui.shell.state import AppState
from ui.texts.ringkasan import R


def _status(value) -> str | None:
    """A status cell of a frame (missing as NaN) as ui.components.status takes it."""
    return value if isinstance(value, str) else None


def _rows(frame, lang: str) -> list[tiles.RankRow]:
    return [
        tiles.RankRow(row.nama, fmt.persen(row.capaian_persen, 1, lang), status.badge(_status(row.status), lang),
                      status.colour(_status(row.status)))
        for row in frame.itertuples()
    ]  # fmt: skip


def draw(subareas, view: AppState) -> None:
    """`subareas`: the scope's sub-area table (analytics.coverage.coverage_by_subarea); unused for a
    kab/kota, which has none."""
    lang = view.lang
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    if view.scope.level is Level.KABKOTA:
        st.subheader(r("rank_title", sub=r("rank_sub_kabkota").capitalize()))
        tiles.note(r("rank_kabkota_scope"))
        return
    national = view.scope.level is Level.NASIONAL
    sub = r("rank_sub_provinsi") if national else r("rank_sub_kabkota")
    st.subheader(r("rank_title", sub=sub.capitalize()))
    ranking = best_and_worst(subareas())
    if ranking.best.empty:
        tiles.note(r("rank_none", sub=sub))
    elif ranking.worst.empty:
        tiles.ranking(r("rank_all", sub=sub), _rows(ranking.best, lang), key="semua")
    else:
        tiles.ranking(r("rank_best"), _rows(ranking.best, lang), key="terbaik")
        tiles.ranking(r("rank_worst"), _rows(ranking.worst, lang), key="terendah")
    if ranking.unranked and not ranking.best.empty:
        subs = r("rank_subs_provinsi" if national else "rank_subs_kabkota")
        st.caption(r("rank_unranked", n=fmt.angka(ranking.unranked, lang=lang), subs=subs))
