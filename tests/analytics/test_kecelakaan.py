"""analytics.kecelakaan: each definition of issue 12 by hand on kecelakaan_fixtures."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.errors import DataKosong
from analytics.kecelakaan import kecelakaan, quarter_of
from analytics.kecelakaan.summary import rate_per_100k
from analytics.scope import Level, Scope, ScopeError
from tests.analytics.kecelakaan_fixtures import accident_db, accident_store  # noqa: F401

AUG, SEP = dt.date(2026, 8, 1), dt.date(2026, 9, 1)


def figures(k) -> dict:
    return {key: v for key, v in k.to_json_dict().items() if key not in ("wilayah", "nama")}


def test_quarter_of_a_month():
    assert quarter_of(dt.date(2026, 1, 1)) == ("2026-Q1", dt.date(2026, 1, 1))
    assert quarter_of(dt.date(2026, 8, 1)) == ("2026-Q3", dt.date(2026, 7, 1))
    assert quarter_of(dt.date(2026, 12, 1)) == ("2026-Q4", dt.date(2026, 10, 1))


def test_a_province_in_the_middle_of_a_quarter(accident_store):  # noqa: F811
    k = kecelakaan(accident_store, Scope.wilayah("16"), AUG)
    assert (k.wilayah, k.nama) == ("16", "Sumatera Selatan")
    assert figures(k) == {
        "periode": "2026-08", "triwulan": "2026-Q3", "bulan_dilaporkan": 2,
        "kasus_triwulan": 22, "meninggal_triwulan": 2,
        "cacat_triwulan": 3, "klaim_rp_triwulan": 65_000_000,  # the empty cells count as 0
        "kasus_tahun_berjalan": 25, "meninggal_tahun_berjalan": 3,  # May's 3 and 1; December 2025 not
        "peserta_aktif": 493_333, "kasus_per_100rb_peserta_triwulan": 4.46,  # 2.200.000 ÷ 493.333
    }  # fmt: skip
    assert k.bulan_tidak_dilaporkan == ()


def test_a_month_without_membership_has_no_rate(accident_store):  # noqa: F811
    k = kecelakaan(accident_store, Scope.wilayah("16"), SEP)
    assert (k.kasus_triwulan, k.bulan_dilaporkan, k.peserta_aktif, k.kasus_per_100rb_peserta_triwulan) == (
        27, 3, None, None,
    )  # fmt: skip


def test_an_office_across_a_province_border_with_a_missing_month(accident_store):  # noqa: F811
    # KC02 serves 16.02 and 15.01: July has 15.01's 7 cases, August nothing -> 1 month reported,
    # August named as not reported (not as zero accidents). Participants 121.000 + 15.000.
    k = kecelakaan(accident_store, Scope(Level.KANTOR, "KC02"), AUG)
    assert (k.kasus_triwulan, k.meninggal_triwulan, k.cacat_triwulan, k.klaim_rp_triwulan) == (7, 2, 1, 30_000_000)
    assert (k.bulan_dilaporkan, k.bulan_tidak_dilaporkan) == (1, (AUG,))
    assert (k.peserta_aktif, k.kasus_per_100rb_peserta_triwulan) == (136_000, 5.15)  # 700.000 ÷ 136.000 = 5,147…


def test_the_default_period_is_the_latest_month_with_accidents(accident_store):  # noqa: F811
    assert kecelakaan(accident_store, Scope.nasional()).periode == SEP
    assert kecelakaan(accident_store, Scope.wilayah("15")).periode == dt.date(2026, 7, 1)


def test_no_accident_data(accident_store):  # noqa: F811
    with pytest.raises(DataKosong):
        kecelakaan(accident_store, Scope.wilayah("61"))
    k = kecelakaan(accident_store, Scope.wilayah("61"), AUG)  # a period given: zeros, months not reported
    assert (k.kasus_triwulan, k.bulan_dilaporkan, k.peserta_aktif, k.kasus_per_100rb_peserta_triwulan) == (
        0, 0, 20_000, 0.0,
    )  # fmt: skip
    assert k.bulan_tidak_dilaporkan == (dt.date(2026, 7, 1), AUG)
    with pytest.raises(ScopeError):
        kecelakaan(accident_store, Scope.wilayah("99"), AUG)


def test_the_rate_rounds_half_away_from_zero():
    assert rate_per_100k(1, 32_000) == 3.13  # 3,125 (round() would give 3,12)
    assert rate_per_100k(5, 0) is None and rate_per_100k(5, None) is None


def test_by_subarea_with_the_rate_highest_first(accident_store):  # noqa: F811
    from analytics.kecelakaan.breakdown import by_subarea

    frame = by_subarea(accident_store, Scope.wilayah("16"), AUG)
    # 16.01: 4 cases (August) on 33.000 -> 12,12; 16.71: 10 + 6 + 2 on 260.000 -> 6,92; 16.02's
    # September case is after the period; the rest 0 on their participants, by name.
    assert [tuple(r) for r in frame.itertuples(index=False)] == [
        ("16.01", "Ogan Komering Ulu", 4, 0, 1, 33_000, 12.12),
        ("16.71", "Kota Palembang", 18, 2, 2, 260_000, 6.92),
        ("16.03", "Muara Enim", 0, 0, 0, 79_333, 0.0),
        ("16.02", "Ogan Komering Ilir", 0, 0, 0, 121_000, 0.0),
    ]
    # a kab/kota is shown among its province's kab/kota
    assert list(by_subarea(accident_store, Scope.wilayah("16.71"), AUG)["wilayah"]) == list(frame["wilayah"])


def test_by_segment_and_sector_and_the_months(accident_store):  # noqa: F811
    from analytics.kecelakaan.breakdown import by_column, monthly

    seg = by_column(accident_store, Scope.wilayah("16"), AUG, "segmen")
    assert [tuple(r) for r in seg.itertuples(index=False)] == [("PU", 20, 1, 2, 55_000_000), ("BPU", 2, 1, 1, 10_000_000)]
    sec = by_column(accident_store, Scope.wilayah("16"), AUG, "sektor")
    assert [(r.sektor, r.kasus) for r in sec.itertuples()] == [("C", 16), ("A", 4), ("G", 2)]
    months = monthly(accident_store, Scope.wilayah("16"), dt.date(2026, 1, 1), SEP)
    assert [(p.month, k, m) for p, k, m in months.itertuples(index=False)] == [(5, 3, 1), (7, 10, 1), (8, 12, 1), (9, 5, 0)]
    with pytest.raises(ValueError):
        by_column(accident_store, Scope.wilayah("16"), AUG, "kasus; DROP TABLE x")


def test_where_accidents_meet_unprotected_workers():
    import pandas as pd

    from analytics.kecelakaan.breakdown import with_unprotected

    accidents = pd.DataFrame({
        "wilayah": ["16.01", "16.71", "16.03", "16.02"],
        "nama": ["Ogan Komering Ulu", "Kota Palembang", "Muara Enim", "Ogan Komering Ilir"],
        "kasus_triwulan": [4, 18, 0, 0], "kasus_per_100rb_peserta_triwulan": [12.12, 6.92, 0.0, None],
    })  # fmt: skip
    compliance = pd.DataFrame({"wilayah": ["16.01", "16.71", "16.03", "16.02"], "perusahaan": [5, 9, 3, 0],
                               "tk_belum_terlindungi": [100, 0, 50, 900]})  # fmt: skip
    # rates 12,12 / 6,92 / 0 (16.02 has none): median 6,92 -> only 16.01 above. Workers among
    # areas with employers 100 / 0 / 50 (16.02 has no employer data): median 50 -> 16.01 above.
    got = with_unprotected(accidents, compliance)
    assert [tuple(r) for r in got.itertuples(index=False)] == [("16.01", "Ogan Komering Ulu", 12.12, 4, 100)]
    assert with_unprotected(accidents, None).empty


def test_the_month_and_the_years_disabilities_and_claims(accident_store):  # noqa: F811
    k = kecelakaan(accident_store, Scope.wilayah("16"), AUG)
    # August: 6 + 2 + 4 cases, 1 death, 0 (empty) + 1 + 0 disabilities, 0 (empty) + 10 + 5 million
    assert (k.kasus_bulan, k.meninggal_bulan, k.cacat_bulan, k.klaim_rp_bulan) == (12, 1, 1, 15_000_000)
    # the year: May's 1 and 2 million, July's 2 and 50 million, August's above
    assert (k.cacat_tahun_berjalan, k.klaim_rp_tahun_berjalan) == (4, 67_000_000)
    assert "kasus_bulan" not in k.to_json_dict()  # the JSON keeps exactly the keys


def test_the_rate_in_integers_is_the_exact_rounding():
    """Issue 15: the rate is rounded in integers (no Fraction per row); the same figure as the exact
    fraction rounded half away from zero, on every value of a grid and on the halves."""
    from fractions import Fraction

    from analytics.coverage.numbers import round_half_away

    for kasus in (*range(0, 60), 99, 1_234, 98_765):
        for peserta in (1, 3, 7, 8, 16, 32, 64, 32_000, 99_999, 136_000, 493_333, 1_000_003):
            assert rate_per_100k(kasus, peserta) == float(round_half_away(Fraction(kasus * 100_000, peserta), 2))
    assert rate_per_100k(1, 32_000) == 3.13 and rate_per_100k(1, 64_000) == 1.56  # 3,125 up; 1,5625 to 1,56
