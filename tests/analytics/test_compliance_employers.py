"""The employer list: categories, priority order and score, filters, search, scope, pagination.

Fixture and hand-computed scores: tests/analytics/employer_fixtures.py.
"""

from __future__ import annotations

import pytest

from analytics.compliance.employers import (
    EmployerFilter,
    count_employers,
    employer_page,
    like_pattern,
    pages_needed,
    ranked_employers,
)
from analytics.scope import Level, Scope
from tests.analytics import employer_fixtures as ef
from tests.analytics.coverage_fixtures import coverage_empty_store  # noqa: F401

PROV16 = Scope.wilayah("16")


@pytest.fixture
def con(coverage_empty_store):  # noqa: F811
    ef.insert_employers(coverage_empty_store)
    return coverage_empty_store


def names(frame) -> list[str]:
    return list(frame["nama_perusahaan"])


def test_province_list_in_priority_order_with_hand_scores(con):
    page = employer_page(con, PROV16, ef.PERIODE, page_size=25)
    assert page.total == 7
    assert page.snapshot == ef.SNAPSHOT
    assert [(n, round(s, 4)) for n, s in zip(page.rows["nama_perusahaan"], page.rows["skor"], strict=True)] == ef.ORDER_16
    assert list(page.rows["peringkat"]) == [1, 2, 3, 4, 5, 6, 7]


def test_rows_carry_the_figures_an_inspector_needs(con):
    rows = employer_page(con, PROV16, ef.PERIODE).rows.set_index("nama_perusahaan")
    g = rows.loc["PT Gabungan"]
    assert (bool(g.pds_tk), bool(g.pmi), bool(g.pwbd), bool(g.pds_upah), bool(g.pds_program)) == (
        True, True, False, False, False,
    )  # fmt: skip
    assert (g.tk_belum_terlindungi, g.bulan_tunggakan, g.tunggakan_rp, g.umur) == (50, 2, 20e6, "1-3 bulan")
    assert g.nama_wilayah == "Ogan Komering Ulu"
    assert rows.loc["PT Upah Rendah"].selisih_upah_rp == 200e6
    assert rows.loc["PT Program Kurang"].program_kurang == "JHT;JP"
    assert rows.loc["CV Belum Daftar"].tk_belum_terlindungi == 12
    assert rows.loc["PT Menunggak 50% Jaya"].umur == "7-12 bulan"


def test_compliant_old_and_future_snapshots_are_not_listed(con):
    listed = names(employer_page(con, Scope.nasional(), ef.PERIODE).rows)
    assert "PT Patuh" not in listed
    assert "PT Lama" not in listed  # 2026-03: 16.71 has a later snapshot
    assert "PT Nanti" not in listed  # 2026-09: after the period


def test_national_scope_ranks_the_other_province_too(con):
    page = employer_page(con, Scope.nasional(), ef.PERIODE)
    assert page.total == 8
    assert names(page.rows)[0] == "PT Pontianak"


@pytest.mark.parametrize(
    "scope, expected",
    [
        (Scope.wilayah("61"), ["PT Pontianak"]),
        (Scope.wilayah("16.01"), ["PT Gabungan", "PT Program Kurang"]),
        (Scope(Level.KANTOR, "KC01"), [n for n, _ in ef.ORDER_16]),  # KC Palembang: 16.71 + 16.01
        (Scope(Level.KANTOR, "KC02"), []),  # 16.02 and 15.01: no employers
    ],
)
def test_scope_never_returns_another_area(con, scope, expected):
    assert names(employer_page(con, scope, ef.PERIODE).rows) == expected


def test_area_filter_cannot_reach_outside_the_scope(con):
    page = employer_page(con, PROV16, ef.PERIODE, EmployerFilter(kode_wilayah=("61.71",)))
    assert (page.total, names(page.rows)) == (0, [])


@pytest.mark.parametrize(
    "f, expected",
    [
        (EmployerFilter(kategori=("PMI",)), ["PT Gabungan", "PT Menunggak 50% Jaya", "PT Lima Puluh 5070"]),
        (EmployerFilter(kategori=("PWBD", "PDS_UPAH")), ["PT Upah Rendah", "CV Belum Daftar"]),
        (EmployerFilter(sektor=("C",)), ["PT Upah Rendah", "PT Sebagian"]),
        (EmployerFilter(skala=("BESAR", "MIKRO")), ["PT Gabungan", "PT Upah Rendah", "PT Lima Puluh 5070"]),
        (EmployerFilter(kode_wilayah=("16.01",)), ["PT Gabungan", "PT Program Kurang"]),
        (EmployerFilter(kategori=("PMI",), kode_wilayah=("16.71",)), ["PT Menunggak 50% Jaya", "PT Lima Puluh 5070"]),
    ],
)
def test_filters(con, f, expected):
    page = employer_page(con, PROV16, ef.PERIODE, f)
    assert names(page.rows) == expected
    assert page.total == len(expected)


@pytest.mark.parametrize(
    "cari, expected",
    [
        ("sebagian", ["PT Sebagian"]),  # case-insensitive
        ("N004", ["PT Program Kurang"]),  # NPP
        ("555", ["PT Menunggak 50% Jaya"]),  # NIB
        ("50%", ["PT Menunggak 50% Jaya"]),  # % is literal: not "anything containing 50"
        ("t_u", []),  # _ is literal: "PT Upah" has no "t_u"
        ("  gabungan ", ["PT Gabungan"]),  # surrounding spaces ignored
        ("tidak ada", []),
    ],
)
def test_search_is_literal_over_name_npp_and_nib(con, cari, expected):
    assert names(employer_page(con, PROV16, ef.PERIODE, EmployerFilter(cari=cari)).rows) == expected


def test_like_pattern_escapes_wildcards():
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_unknown_filter_values_are_refused():
    with pytest.raises(ValueError):
        EmployerFilter(kategori=("PMI'; DROP TABLE perusahaan; --",))
    with pytest.raises(ValueError):
        EmployerFilter(sektor=("Z",))


def test_no_period_or_no_employers_is_an_empty_page(con):
    assert employer_page(con, PROV16, None).total == 0
    empty = employer_page(con, Scope.wilayah("15"), ef.PERIODE)
    assert (empty.total, len(empty.rows), empty.snapshot) == (0, 0, None)


def test_pagination_on_a_large_generated_table(con):
    ef.insert_generated(con, 20_000)
    scope = Scope.wilayah("16.02")
    page = employer_page(con, scope, ef.PERIODE, page=3, page_size=25)
    assert page.total == 20_000
    assert len(page.rows) == 25
    assert list(page.rows["peringkat"]) == list(range(51, 76))
    assert list(page.rows["tk_wajib"]) == list(range(20_000 - 50, 20_000 - 75, -1))
    last = employer_page(con, scope, ef.PERIODE, page=pages_needed(20_000, 25), page_size=25)
    assert list(last.rows["tk_wajib"]) == list(range(25, 0, -1))
    assert pages_needed(20_000, 25) == 800 and pages_needed(0, 25) == 1 and pages_needed(26, 25) == 2


def test_a_page_past_the_end_is_empty_but_keeps_the_total(con):
    rows = ranked_employers(con, PROV16, ef.PERIODE, limit=25, offset=100)
    assert rows.empty
    assert count_employers(con, PROV16, ef.PERIODE)[0] == 7
