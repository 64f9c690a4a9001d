"""The headline as tiles: where the scope stands (first row) and whether it will get there (second).

Every figure is the Headline's (analytics.coverage); this only says it in words, with the context
line an official needs under each tile.
"""

from __future__ import annotations

import datetime as dt

from analytics import fmt
from analytics.coverage.numbers import pace_percent_shown
from analytics.coverage.periods import add_months
from ui.components import status, tiles
from ui.shell.state import AppState
from ui.texts.ringkasan import R


def month_span(a: dt.date, b: dt.date, lang: str) -> str:
    """`Juli – Oktober 2026`, or `November 2025 – Februari 2026` across a year."""
    if a.year == b.year:
        names = fmt.BULAN_ID if lang == "id" else fmt.BULAN_EN
        return f"{names[a.month - 1]} – {fmt.bulan(b, lang)}"
    return f"{fmt.bulan(a, lang)} – {fmt.bulan(b, lang)}"


def projection_context(h, lang: str) -> str:
    """The projection tile's context line: its range, or why there is none."""
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    if h.proyeksi_batas_waktu is not None and h.proyeksi_bawah is not None:
        return R("proyeksi_ctx", lang, bawah=n(h.proyeksi_bawah), atas=n(h.proyeksi_atas))
    if h.proyeksi_batas_waktu is not None:
        return R("proyeksi_ctx_norange", lang)
    return R("proyeksi_none", lang) if h.target_peserta is not None else ""


CONFLICT = {"DI_BAWAH": "status_ctx_DI_BAWAH", "MENCAPAI": "status_ctx_MENCAPAI"}
METHOD = {"musiman": "metode_musiman", "linear": "metode_linear"}


def _status_context(h, lang: str, metode: str | None = None) -> str:
    if h.konflik_proyeksi:
        words = R(CONFLICT[h.konflik_proyeksi], lang, metode=R(METHOD.get(metode, "metode_none"), lang))
        return " ".join(words.split())  # no double space without a method
    if h.parts_disagree:
        return R("status_ctx_parts", lang, n=fmt.angka(h.bagian_belum_tercapai, lang=lang))
    if h.target_peserta is None:
        return R("status_ctx_notarget", lang)
    if h.status == "TERCAPAI":
        return R("status_ctx_done", lang)
    if h.bulan_tersisa == 0:
        return R("status_ctx_passed", lang)
    if h.laju_aktual_per_bulan is None:
        return R("status_ctx_history", lang)
    return R("status_ctx_ratio", lang, rasio=fmt.persen(pace_percent_shown(h.laju_persen), 0, lang))


def _needed_context(h, lang: str) -> str:
    has_target = h.target_peserta is not None
    if has_target and h.gap == 0:
        return R("gap_zero_ctx", lang)
    if h.laju_dibutuhkan_per_bulan is not None:
        return R("laju_butuh_ctx", lang, n=fmt.angka(h.bulan_tersisa, lang=lang))
    if has_target and h.gap:
        return R("laju_butuh_passed", lang)
    return ""


def _target_tile(h, lang: str) -> tiles.Tile:
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    batas = fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else None
    has_target = h.target_peserta is not None
    return tiles.Tile(
        "target", r("target", tahun=h.periode.year),
        fmt.angka(h.target_peserta, lang=lang) if has_target else r("target_none"),
        r("target_ctx", batas=batas) if has_target else r("target_none_ctx", tahun=h.periode.year),
    )  # fmt: skip


def _employers_tile(h, lang: str) -> tiles.Tile:
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    return tiles.Tile(
        "perusahaan_aktif", r("perusahaan"), fmt.angka(h.perusahaan_aktif, lang=lang),
        r("perusahaan_ctx", periode=fmt.bulan(h.periode, lang)) if h.perusahaan_aktif is not None
        else r("perusahaan_none_ctx"),
    )  # fmt: skip


def tiles_full(h, view: AppState, metode: str | None = None) -> list[tiles.Tile]:
    """The ten tiles of a month with membership figures; `metode`: the projection's method."""
    lang = view.lang
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    n = lambda x: fmt.angka(x, lang=lang)  # noqa: E731
    has_target = h.target_peserta is not None
    batas = fmt.tanggal(h.batas_waktu, lang) if h.batas_waktu else None
    colour = status.colour(h.status)
    per_bulan = r("per_bulan")
    three_back = add_months(h.periode, -3)
    return [
        tiles.Tile("peserta_aktif", r("peserta"), n(h.peserta_aktif), r("peserta_ctx", periode=fmt.bulan(h.periode, lang))),
        _target_tile(h, lang),
        tiles.Tile("capaian", r("capaian"), fmt.persen(h.capaian_persen, 1, lang), r("capaian_ctx"),
                   colour=colour if has_target else None),
        tiles.Tile("gap", r("gap"), n(h.gap),
                   (r("gap_ctx", batas=batas) if h.gap else r("gap_zero_ctx")) if has_target else ""),
        tiles.Tile(
            "cakupan", r("cakupan"), fmt.persen(h.cakupan_persen, 1, lang),
            r("cakupan_ctx", n=n(h.penduduk_bekerja), tahun=h.tahun_penduduk_bekerja)
            if h.penduduk_bekerja is not None else r("cakupan_none_ctx"),
        ),
        tiles.Tile("status", r("status"),
                   r("status_agregat", status=status.badge(h.status, lang)) if h.parts_disagree
                   else status.badge(h.status, lang),
                   _status_context(h, lang, metode), colour=colour, solid=True),
        tiles.Tile("laju_dibutuhkan", r("laju_butuh"), n(h.laju_dibutuhkan_per_bulan), _needed_context(h, lang),
                   unit=per_bulan if h.laju_dibutuhkan_per_bulan is not None else ""),
        tiles.Tile(
            "laju_aktual", r("laju_aktual"), n(h.laju_aktual_per_bulan),
            r("laju_aktual_ctx", span=month_span(three_back, h.periode, lang)) if h.laju_aktual_per_bulan is not None
            else r("laju_aktual_none", bulan=fmt.bulan(three_back, lang)),
            unit=per_bulan if h.laju_aktual_per_bulan is not None else "",
        ),
        tiles.Tile("proyeksi", r("proyeksi", batas=batas) if batas else r("trend_proj"), n(h.proyeksi_batas_waktu),
                   projection_context(h, lang)),
        _employers_tile(h, lang),
    ]  # fmt: skip


def tiles_partial(h, view: AppState) -> list[tiles.Tile]:
    """The tiles of a month whose membership report has not arrived but other figures have."""
    lang = view.lang
    r = lambda key, **f: R(key, lang, **f)  # noqa: E731
    return [
        tiles.Tile("peserta_aktif", r("peserta"), r("partial_missing"), r("partial_missing_ctx")),
        _target_tile(h, lang),
        tiles.Tile(
            "penduduk_bekerja", r("penduduk"), fmt.angka(h.penduduk_bekerja, lang=lang),
            r("penduduk_ctx", tahun=h.tahun_penduduk_bekerja) if h.penduduk_bekerja is not None
            else r("cakupan_none_ctx"),
        ),
        _employers_tile(h, lang),
    ]  # fmt: skip
