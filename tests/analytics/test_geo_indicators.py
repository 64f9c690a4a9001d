"""analytics.geo.indicators: each sub-area's value, text and hover, from the coverage and compliance
frames of the tiny fixtures (figures computed by hand in the comments)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from analytics.compliance import compliance_breakdown
from analytics.coverage import coverage_by_subarea
from analytics.geo import classify, indicators
from analytics.scope import Scope
from tests.analytics import compliance_fixtures

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store
compliance_coverage_store = compliance_fixtures.compliance_coverage_store

AUG = dt.date(2026, 8, 1)
SUMSEL = Scope.wilayah("16")
M = 1_000_000


def values(con, name, scope=SUMSEL, lang="id"):
    cov = coverage_by_subarea(con, scope, AUG)
    comp = compliance_breakdown(con, scope, "wilayah", AUG) if indicators.INDICATORS[name].needs == "compliance" else None
    return indicators.area_values(name, cov, comp, lang)


def nilai(frame) -> dict:
    return {k: (None if classify.missing(v) else v) for k, v in zip(frame["kode_wilayah"], frame["nilai"], strict=True)}


def test_the_nine_indicators():
    # issue 12 added kecelakaan (cases per 100.000 participants) and kelompok (special-group coverage)
    assert indicators.NAMES == ("cakupan", "capaian", "gap", "status", "pwbd", "tk_belum_terlindungi", "tunggakan",
                                "kecelakaan", "kelompok")
    assert set(indicators.INDICATORS) == set(indicators.NAMES)
    assert indicators.COUNT_NAMES == ("gap", "pwbd", "tk_belum_terlindungi", "tunggakan")
    assert indicators.INDICATORS["status"].methods == ("ambang",)
    assert indicators.INDICATORS["capaian"].default_method == "ambang"
    assert {i.kind for i in indicators.INDICATORS.values()} == {"persen", "jumlah", "rupiah", "rasio", "status"}
    for ind in indicators.INDICATORS.values():
        assert ind.default_method in ind.methods
        assert set(ind.methods) <= set(classify.METHODS)
        assert ind.label("id") and ind.label("en") and ind.label("id") != ind.label("en")
        assert ("ambang" in ind.methods) == bool(ind.ambang or ind.kind == "status")


def test_the_maps_gap_is_the_kabkota_shortfall_not_the_net_gap(coverage_store):
    """Issue 11 point 1: where the gap drives an action (the map), a province is coloured by the sum
    of its kab/kota's shortfalls. Sumatera Selatan: 16.01 short 8.667, 16.02 4.000, 16.03 4.000,
    16.71 10.000 above its target -> shortfall 16.667, net gap 6.667 (test_coverage_parts)."""
    frame = values(coverage_store, "gap", scope=Scope.nasional()).set_index("kode_wilayah")
    assert frame.loc["16", "nilai"] == 16_667
    assert frame.loc["16", "teks"] == "16.667"
    assert "Gap peserta: 6.667" in frame.loc["16", "hover"]  # the net gap stays in the hover
    # a kab/kota is its own only part: the same figure either way
    assert nilai(values(coverage_store, "gap")) == {"16.01": 8_667, "16.02": 4_000, "16.03": 4_000, "16.71": 0}


def test_capaian_per_kabkota(coverage_store):
    # Allocated targets (250.000 over workforce 100/300/200 thousand): 41.667, 125.000, 83.333;
    # 16.71 its own 250.000. Active in August: 33.000, 121.000, 79.333, 260.000.
    frame = values(coverage_store, "capaian")
    assert list(frame.columns) == ["kode_wilayah", "nama", "nilai", "teks", "hover"]
    got = nilai(frame)
    assert got == pytest.approx(
        {"16.01": 100 * 33_000 / 41_667, "16.02": 96.8, "16.03": 100 * 79_333 / 83_333, "16.71": 104.0}
    )
    assert list(frame["teks"]) == ["79,2%", "96,8%", "95,2%", "104,0%"]


def test_hover_of_one_area(coverage_store):
    frame = values(coverage_store, "capaian").set_index("kode_wilayah")
    # 16.02: workforce 300.000 -> cakupan 40,3%; gap 4.000; status BERISIKO (test_coverage_subareas)
    assert frame.loc["16.02", "hover"] == (
        "<b>Ogan Komering Ilir</b><br>Capaian target: 96,8%<br>Peserta aktif: 121.000<br>"
        "Cakupan pekerja: 40,3%<br>Gap peserta: 4.000<br>Status: Berisiko"
    )
    en = values(coverage_store, "gap", lang="en").set_index("kode_wilayah")
    assert en.loc["16.02", "hover"] == (
        "<b>Ogan Komering Ilir</b><br>Regencies/cities' shortfall: 4,000<br>Active participants: 121,000<br>"
        "Target achievement: 96.8%<br>Workforce coverage: 40.3%<br>Participant gap: 4,000<br>Status: At risk"
    )


def test_cakupan_and_gap(coverage_store):
    assert nilai(values(coverage_store, "cakupan")) == pytest.approx(
        {"16.01": 33.0, "16.02": 100 * 121_000 / 300_000, "16.03": 100 * 79_333 / 200_000, "16.71": 65.0}
    )
    assert nilai(values(coverage_store, "gap")) == {"16.01": 8_667, "16.02": 4_000, "16.03": 4_000, "16.71": 0}


def test_status_under_national_and_no_status_with_data(coverage_store):
    # 15 TERTINGGAL, 16 SESUAI_JALUR; 61 has data but no May figure -> no pace -> no status
    frame = values(coverage_store, "status", Scope.nasional())
    assert nilai(frame) == {"15": "TERTINGGAL", "16": "SESUAI_JALUR", "61": classify.TANPA_STATUS}
    assert list(frame["teks"]) == ["Tertinggal", "Sesuai jalur", "Belum dapat dinilai"]
    assert "Status:" not in frame["hover"].iloc[0]  # the indicator itself is not repeated


def test_an_area_without_membership_data_is_no_data(coverage_store):
    coverage_store.execute("DELETE FROM kepesertaan WHERE kode_wilayah = '16.03'")
    for name in ("capaian", "cakupan", "gap", "status"):
        frame = values(coverage_store, name).set_index("kode_wilayah")
        assert classify.missing(frame.loc["16.03", "nilai"]), name
        assert frame.loc["16.03", "teks"] == "tidak ada data"
    hover = values(coverage_store, "capaian").set_index("kode_wilayah").loc["16.03", "hover"]
    assert hover == "<b>Muara Enim</b><br>Capaian target: tidak ada data"


def test_compliance_indicators(compliance_coverage_store):
    # 16.71 (snapshot 2026-06): PWBD E2, E16; unprotected 8 + 5 (PWBD) + 5 + 3 (PDS-TK) = 21;
    #   arrears 12 + 5 + 1 + 3 + 6 + 7 + 12 = 46 M. 16.01 (2026-03): PWBD F1 (6 workers), no arrears.
    #   16.02, 16.03: no employer in any snapshot -> no data (not zero).
    con = compliance_coverage_store
    assert nilai(values(con, "pwbd")) == {"16.01": 1, "16.02": None, "16.03": None, "16.71": 2}
    assert nilai(values(con, "tk_belum_terlindungi")) == {"16.01": 6, "16.02": None, "16.03": None, "16.71": 21}
    tunggakan = values(con, "tunggakan")
    assert nilai(tunggakan) == {"16.01": 0, "16.02": None, "16.03": None, "16.71": 46 * M}
    assert list(tunggakan["teks"]) == ["Rp 0", "tidak ada data", "tidak ada data", "Rp 46,0 jt"]


def test_no_compliance_frame_means_no_data_everywhere(coverage_store):
    cov = coverage_by_subarea(coverage_store, Scope.wilayah("16"), AUG)
    frame = indicators.area_values("pwbd", cov, None)
    assert list(frame["kode_wilayah"]) == ["16.01", "16.02", "16.03", "16.71"]
    assert all(math.isnan(v) for v in frame["nilai"])


def test_unknown_indicator_names_the_valid_ones():
    with pytest.raises(KeyError, match="cakupan, capaian, gap, status, pwbd, tk_belum_terlindungi, tunggakan"):
        indicators.get("kepatuhan")
