"""Ringkasan — the headline of the chosen area and month, readable on a projector.

Tiles (peserta aktif, target, capaian, gap; status, pace needed vs actual, projection; coverage of the
workforce, active employers), the notes an official needs to read the figures right (allocated
target, no target, how the projection is made, data freshness), a small trend with the target line
and the projection, and the best and worst five sub-areas (ui.components.charts draws the trend, as on the Tren page). Figures come from analytics.coverage
(the same functions as `python -m analytics ringkasan`) and are written by analytics.fmt.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.coverage import latest_period, monthly_total
from analytics.coverage.periods import add_months
from analytics.coverage.ranking import best_and_worst
from analytics.coverage.series import projection_to_deadline
from analytics.figures import trend
from analytics.freshness import dataset_freshness
from analytics.scope import Level
from ui import cached
from ui.components import charts, status, tiles
from ui.shell import db, theme
from ui.shell.state import current
from ui.texts.ringkasan import R

view = current()
con = db.cursor()
lang = view.lang


def r(key: str, **fields) -> str:
    return R(key, lang, **fields)


def n(x) -> str:
    return fmt.angka(x, lang=lang)


def month_span(a: dt.date, b: dt.date) -> str:
    """`Juli – Oktober 2026`, or `November 2025 – Februari 2026` across a year."""
    if a.year == b.year:
        names = fmt.BULAN_ID if lang == "id" else fmt.BULAN_EN
        return f"{names[a.month - 1]} – {fmt.bulan(b, lang)}"
    return f"{fmt.bulan(a, lang)} – {fmt.bulan(b, lang)}"


def _status(value) -> str | None:
    """A status cell of a frame (missing as NaN) as ui.components.status takes it."""
    return value if isinstance(value, str) else None


def empty_state(message: str) -> None:
    tiles.note(message, warn=True)
    st.page_link("pages/kelola_data.py", label=r("go_kelola"), icon=":material/database:")


def freshness_line(fresh: dict) -> None:
    parts = [r("fresh", bulan=fmt.bulan(fresh["periode_terakhir"], lang))]
    if fresh["muat_diterima"] is not None:
        parts.append(r("fresh_loaded", waktu=fmt.waktu(fresh["muat_diterima"], lang)))
    tiles.fresh_line(parts)


theme.page_header(r("title"), view)
tiles.style()

def partial_headline(h) -> None:
    """No membership for the month, but other figures exist (the employer file often arrives first):
    show those, and say plainly what waits for the membership report."""
    latest = latest_period(con, view.scope)
    tiles.note(r("partial_note", periode=fmt.bulan(h.periode, lang)) + (
        " " + r("partial_latest", latest=fmt.bulan(latest, lang)) if latest else ""), warn=True)
    batas = fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else None
    tiles.grid(
        [
            tiles.Tile("peserta_aktif", r("peserta"), r("partial_missing"), r("partial_missing_ctx")),
            tiles.Tile(
                "target", r("target", tahun=h.periode.year),
                n(h.target_peserta) if h.target_peserta is not None else r("target_none"),
                r("target_ctx", batas=batas) if h.target_peserta is not None
                else r("target_none_ctx", tahun=h.periode.year),
            ),
            tiles.Tile(
                "penduduk_bekerja", r("penduduk"), n(h.penduduk_bekerja),
                r("penduduk_ctx", tahun=h.tahun_penduduk_bekerja) if h.penduduk_bekerja is not None
                else r("cakupan_none_ctx"),
            ),
            tiles.Tile(
                "perusahaan_aktif", r("perusahaan"), n(h.perusahaan_aktif),
                r("perusahaan_ctx", periode=fmt.bulan(h.periode, lang)) if h.perusahaan_aktif is not None
                else r("perusahaan_none_ctx"),
            ),
        ]  # fmt: skip
    )
    if h.target_dialokasikan:
        tiles.note(r("note_allocated_kabkota" if view.scope.level is Level.KABKOTA else "note_allocated_sum"))
    st.page_link("pages/kelola_data.py", label=r("go_kelola"), icon=":material/database:")


h = cached.headline(con, view.scope, view.periode) if view.periode else None
if h is not None and h.peserta_aktif is None and h.has_data:
    partial_headline(h)
    st.stop()
if h is None or h.peserta_aktif is None:
    latest = latest_period(con, view.scope)
    if latest is None:
        tiles.section_title(r("empty_title", scope=view.scope_label))
        empty_state(r("empty_body"))
    else:
        empty_state(
            r(
                "empty_month",
                scope=view.scope_label,
                periode=view.periode_label,
                latest=fmt.bulan(latest, lang),
            )
        )
    st.stop()

fresh = dataset_freshness(con, "kepesertaan", view.scope, h.periode)
freshness_line(fresh)
if fresh["periode_dinilai"] == h.periode.strftime("%Y-%m") and fresh["wilayah_ada"] < fresh["wilayah_total"]:
    tiles.note(
        r(
            "fresh_partial",
            periode=fmt.bulan(h.periode, lang),
            ada=n(fresh["wilayah_ada"]),
            total=n(fresh["wilayah_total"]),
        ),
        warn=True,
    )

has_target = h.target_peserta is not None
batas = fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else None
colour = status.colour(h.status)


def status_context() -> str:
    if not has_target:
        return r("status_ctx_notarget")
    if h.status == "TERCAPAI":
        return r("status_ctx_done")
    if h.bulan_tersisa == 0:
        return r("status_ctx_passed")
    if h.laju_aktual_per_bulan is None:
        return r("status_ctx_history")
    # A falling membership reads as 0 % of the pace needed, not a negative share.
    return r("status_ctx_ratio", rasio=fmt.persen(max(h.laju_persen, 0), 0, lang))


three_back = add_months(h.periode, -3)
if has_target and h.gap == 0:
    butuh_ctx = r("gap_zero_ctx")
elif h.laju_dibutuhkan_per_bulan is not None:
    butuh_ctx = r("laju_butuh_ctx", n=n(h.bulan_tersisa))
elif has_target and h.gap:
    butuh_ctx = r("laju_butuh_passed")
else:
    butuh_ctx = ""
if h.proyeksi_batas_waktu is not None and h.proyeksi_bawah is not None:
    proj_ctx = r("proyeksi_ctx", bawah=n(h.proyeksi_bawah), atas=n(h.proyeksi_atas))
elif h.proyeksi_batas_waktu is not None:
    proj_ctx = r("proyeksi_ctx_norange")
else:
    proj_ctx = r("proyeksi_none") if has_target else ""
per_bulan = r("per_bulan")

# First row: where we stand against the target and the workforce; second: will we get there.
tiles.grid(
    [
        tiles.Tile(
            "peserta_aktif",
            r("peserta"),
            n(h.peserta_aktif),
            r("peserta_ctx", periode=fmt.bulan(h.periode, lang)),
        ),
        tiles.Tile(
            "target",
            r("target", tahun=h.periode.year),
            n(h.target_peserta) if has_target else r("target_none"),
            r("target_ctx", batas=batas) if has_target else r("target_none_ctx", tahun=h.periode.year),
        ),
        tiles.Tile(
            "capaian",
            r("capaian"),
            fmt.persen(h.capaian_persen, 1, lang),
            r("capaian_ctx"),
            colour=colour if has_target else None,
        ),
        tiles.Tile(
            "gap",
            r("gap"),
            n(h.gap),
            (r("gap_ctx", batas=batas) if h.gap else r("gap_zero_ctx")) if has_target else "",
        ),
        tiles.Tile(
            "cakupan",
            r("cakupan"),
            fmt.persen(h.cakupan_persen, 1, lang),
            r("cakupan_ctx", n=n(h.penduduk_bekerja), tahun=h.tahun_penduduk_bekerja)
            if h.penduduk_bekerja is not None
            else r("cakupan_none_ctx"),
        ),
        tiles.Tile(
            "status", r("status"), status.badge(h.status, lang), status_context(), colour=colour, solid=True
        ),
        tiles.Tile(
            "laju_dibutuhkan",
            r("laju_butuh"),
            n(h.laju_dibutuhkan_per_bulan),
            butuh_ctx,
            unit=per_bulan if h.laju_dibutuhkan_per_bulan is not None else "",
        ),
        tiles.Tile(
            "laju_aktual",
            r("laju_aktual"),
            n(h.laju_aktual_per_bulan),
            r("laju_aktual_ctx", span=month_span(three_back, h.periode))
            if h.laju_aktual_per_bulan is not None
            else r("laju_aktual_none", bulan=fmt.bulan(three_back, lang)),
            unit=per_bulan if h.laju_aktual_per_bulan is not None else "",
        ),
        tiles.Tile(
            "proyeksi",
            r("proyeksi", batas=batas) if batas else r("trend_proj"),
            n(h.proyeksi_batas_waktu),
            proj_ctx,
        ),
        tiles.Tile(
            "perusahaan_aktif",
            r("perusahaan"),
            n(h.perusahaan_aktif),
            r("perusahaan_ctx", periode=fmt.bulan(h.periode, lang))
            if h.perusahaan_aktif is not None
            else r("perusahaan_none_ctx"),
        ),
    ]
)

# The notes that qualify the figures above
history = monthly_total(con, view.scope, end=h.periode).dropna(subset=["peserta_aktif"])
path = (
    projection_to_deadline(con, view.scope, h.periode, h.batas_waktu)
    if h.batas_waktu
    else pd.DataFrame(columns=["periode", "nilai", "bawah", "atas", "metode"])
)
if h.batas_waktu and h.bulan_tersisa == 0:
    metode = "aktual"
else:
    metode = path["metode"].iloc[-1] if not path.empty else None
if not has_target:
    tiles.note(r("note_no_target", tahun=h.periode.year, scope=view.scope_label), warn=True)
elif h.target_dialokasikan:
    tiles.note(r("note_allocated_kabkota" if view.scope.level is Level.KABKOTA else "note_allocated_sum"))
if has_target:
    if metode == "aktual":
        tiles.note(r("note_proj_aktual", batas=batas))
    elif metode in ("musiman", "linear") and h.proyeksi_batas_waktu is not None:
        text = r(
            {"musiman": "note_proj_musiman", "linear": "note_proj_linear"}[metode],
            batas=batas,
            nilai=n(h.proyeksi_batas_waktu),
            n=n(len(history)),
            rentang=proj_ctx,
        )
        tiles.note(text)
    else:
        tiles.note(r("note_proj_none"))


# Trend and ranking
left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(r("trend_title"))
    if history.empty:
        st.caption(r("trend_empty"))
    else:
        recent = history[pd.to_datetime(history["periode"]).dt.date >= add_months(h.periode, -23)]
        fig = trend.trend_with_target(recent, h.target_peserta, h.batas_waktu, path, lang, height=400)
        charts.show(fig, key="ringkasan_trend")

with right:
    if view.scope.level is Level.KABKOTA:
        st.subheader(r("rank_title", sub=r("rank_sub_kabkota").capitalize()))
        tiles.note(r("rank_kabkota_scope"))
    else:
        sub = r("rank_sub_provinsi") if view.scope.level is Level.NASIONAL else r("rank_sub_kabkota")
        st.subheader(r("rank_title", sub=sub.capitalize()))
        ranking = best_and_worst(cached.subareas(con, view.scope, h.periode))

        def rows(frame) -> list[tiles.RankRow]:
            return [
                tiles.RankRow(
                    row.nama,
                    fmt.persen(row.capaian_persen, 1, lang),
                    status.badge(_status(row.status), lang),
                    status.colour(_status(row.status)),
                )
                for row in frame.itertuples()
            ]

        if ranking.best.empty:
            tiles.note(r("rank_none", sub=sub))
        elif ranking.worst.empty:
            tiles.ranking(r("rank_all", sub=sub), rows(ranking.best), key="semua")
        else:
            tiles.ranking(r("rank_best"), rows(ranking.best), key="terbaik")
            tiles.ranking(r("rank_worst"), rows(ranking.worst), key="terendah")
        if ranking.unranked and not ranking.best.empty:
            subs = r("rank_subs_provinsi" if view.scope.level is Level.NASIONAL else "rank_subs_kabkota")
            st.caption(r("rank_unranked", n=n(ranking.unranked), subs=subs))
