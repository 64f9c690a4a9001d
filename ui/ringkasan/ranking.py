"""Beside the trend: the best and worst five sub-areas (analytics.coverage.ranking decides the
order), or for a kabupaten/kota, which has none, its place among its province's kab/kota and how
its neighbours do (analytics.coverage.standing)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.coverage.ranking import best_and_worst
from analytics.coverage.standing import Standing
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


def _standing_rows(s: Standing, lang: str) -> list[tiles.RankRow]:
    return [
        tiles.RankRow(row.nama, fmt.persen(row.capaian_persen, 1, lang), status.badge(_status(row.status), lang),
                      status.colour(_status(row.status)), pos="–" if pd.isna(row.peringkat) else int(row.peringkat),
                      own=bool(row.sendiri))
        for row in s.baris.itertuples()
    ]  # fmt: skip


def draw_standing(s: Standing | None, province: str, view: AppState) -> None:
    """A kab/kota's rank in its province and the rows around it: its neighbours, or without a shape
    those ranked just above and below it; a link opens the whole league on Capaian Target."""
    lang = view.lang
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    st.subheader(r("place_title", provinsi=province))
    if s is None:
        tiles.note(r("rank_none", sub=r("rank_sub_kabkota")))
        return
    if s.peringkat is None:
        tiles.note(r("place_unranked", dari=fmt.angka(s.dari, lang=lang), jumlah=fmt.angka(s.jumlah, lang=lang)))
    else:
        tiles.grid([tiles.Tile("peringkat", r("place_rank_label"), fmt.angka(s.peringkat, lang=lang),
                               context=r("place_rank_context"),
                               unit=r("place_rank", dari=fmt.angka(s.dari, lang=lang)))], columns=1)  # fmt: skip
    title = r("place_neighbours") if s.dengan_tetangga else r("place_around")
    tiles.ranking(title, _standing_rows(s, lang), key="posisi")
    if not s.dengan_tetangga:
        st.caption(r("place_around_note"))
    st.page_link(
        "pages/capaian_target.py",
        label=r("place_link", provinsi=province),
        icon=":material/leaderboard:",
        query_params={"wilayah": s.kode[:2], **({"lang": "en"} if lang == "en" else {})},
    )


def draw(subareas, view: AppState, standing=None, province: str = "") -> None:
    """`subareas`: the scope's sub-area table (analytics.coverage.coverage_by_subarea), asked for
    only above kab/kota level; `standing`: a kab/kota's (ui.cached.kabkota_standing), asked for
    only at kab/kota level, with its `province`'s name."""
    lang = view.lang
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    if view.scope.level is Level.KABKOTA:
        draw_standing(standing() if standing else None, province, view)
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
