"""Change since the previous snapshot and the share of the target gap enforcement could close."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import derived
from analytics.compliance import compliance_changes, gap_potential
from analytics.scope import Scope
from tests.analytics import compliance_fixtures as fx

coverage_empty_store = fx.coverage_empty_store
coverage_store = fx.coverage_store
compliance_store = fx.compliance_store
compliance_coverage_store = fx.compliance_coverage_store

SEPT = dt.date(2026, 9, 1)
AUG = dt.date(2026, 8, 1)


def _rows(p) -> list:
    return [[r[0], r[1], r[2], r[3], None if r[4] is None or r[4] != r[4] else r[4]]
            for r in p.kategori.astype(object).where(p.kategori.notna(), None).values.tolist()]  # fmt: skip


def test_change_from_june_to_september(compliance_store):
    p = compliance_changes(compliance_store, Scope.wilayah("16.71"), SEPT)
    assert (p.periode, p.periode_sebelumnya) == (SEPT, dt.date(2026, 6, 1))
    assert _rows(p) == [
        # kategori, keluar, masuk, tidak_ditemukan, tk_terdaftar_bertambah
        # PT Dua registered (matched by nib, +8), UD Sinar Jaya → UD SINAR JAYA (by name, +4);
        # Toko Baru is new and unregistered
        ["PWBD", 2, 1, 0, 12],
        # PT Tiga registered its other 5; UD SINAR JAYA registered 4 of 5 (entered from PWBD)
        ["PDS_TK", 1, 1, 0, 5],
        ["PDS_UPAH", 0, 0, 0, None],
        ["PDS_PROGRAM", 1, 0, 0, None],  # PT Tigabelas joined JHT
        ["PMI", 2, 0, 1, None],  # PT Tiga and PT Sembilan paid; PT Duabelas is gone (not compliant)
    ]
    assert p.tk_terdaftar_bertambah == 17


def test_change_from_march_to_june_counts_entries(compliance_store):
    # March had PT Satu and PT Dua (PWBD, no npp: matched by nib B2 and still PWBD)
    p = compliance_changes(compliance_store, Scope.wilayah("16.71"), AUG)
    assert (p.periode, p.periode_sebelumnya) == (dt.date(2026, 6, 1), dt.date(2026, 3, 1))
    assert _rows(p) == [
        ["PWBD", 0, 1, 0, 0],  # UD Sinar Jaya
        ["PDS_TK", 0, 2, 0, 0],
        ["PDS_UPAH", 0, 1, 0, None],
        ["PDS_PROGRAM", 0, 4, 0, None],
        ["PMI", 0, 7, 0, None],
    ]


def test_kabkota_without_a_previous_snapshot_is_left_out(compliance_store):
    # 16.01 has one snapshot: the province's change is 16.71's alone
    province = compliance_changes(compliance_store, Scope.wilayah("16"), SEPT)
    assert _rows(province) == _rows(compliance_changes(compliance_store, Scope.wilayah("16.71"), SEPT))
    alone = compliance_changes(compliance_store, Scope.wilayah("16.01"), SEPT)
    assert (alone.periode, alone.periode_sebelumnya, alone.tk_terdaftar_bertambah) == (None, None, 0)
    assert alone.kategori[["keluar", "masuk", "tidak_ditemukan"]].to_numpy().sum() == 0


def test_two_candidates_with_one_name_are_not_guessed(compliance_store):
    # A second "UD Sinar Jaya" in June 16.71: the September one can no longer be matched by name,
    # so both June ones count as not found and UD SINAR JAYA as a new PDS-TK entry.
    compliance_store.execute(
        "INSERT INTO perusahaan (periode, nama_perusahaan, kode_wilayah, sektor, skala, status, tk_wajib, "
        "tk_terdaftar, tunggakan_rp, bulan_tunggakan) VALUES "
        "('2026-06-01', 'ud sinar jaya ', '16.71', 'G', 'MIKRO', 'BELUM_DAFTAR', 1, 0, 0, 0)"
    )
    derived.ensure_fresh(compliance_store)
    p = compliance_changes(compliance_store, Scope.wilayah("16.71"), SEPT)
    assert _rows(p)[:2] == [["PWBD", 1, 1, 2, 8], ["PDS_TK", 1, 1, 0, 5]]


def test_gap_share_of_a_province(compliance_coverage_store):
    # Sumatera Selatan, August 2026: net coverage gap 6.667 (test_ringkasan_cli.SUMSEL_AUG), but its
    # kab/kota are short 16.667 (test_coverage_parts); unprotected 27 (PWBD 19 + PDS-TK 8) in 5 employers.
    # The share is of the kab/kota's shortfall, what enforcement has to close (issue 11).
    g = gap_potential(compliance_coverage_store, Scope.wilayah("16"), AUG)
    assert (g.tk_belum_terlindungi, g.perusahaan, g.gap, g.kekurangan_bagian) == (27, 5, 6_667, 16_667)
    assert g.persen_gap == pytest.approx(100 * 27 / 16_667)
    assert g.persen_tampil == g.persen_gap


def test_gap_share_from_a_summary_the_caller_has(compliance_coverage_store):
    """The Kepatuhan page shows the summary and the gap share: the share may reuse the summary (one
    aggregate of the employers, not two) and is the same figure."""
    from analytics.compliance import compliance_summary

    summary = compliance_summary(compliance_coverage_store, Scope.wilayah("16"), AUG)
    given = gap_potential(compliance_coverage_store, Scope.wilayah("16"), AUG, summary=summary)
    assert given == gap_potential(compliance_coverage_store, Scope.wilayah("16"), AUG)
    assert (given.tk_belum_terlindungi, given.perusahaan) == (27, 5)


def test_gap_share_is_capped_for_display_only(compliance_coverage_store):
    # Kerinci 15.01: target 40% × 50.000 = 20.000, 15.000 active → gap 5.000; one PWBD with 6.000
    compliance_coverage_store.execute(
        "INSERT INTO perusahaan (periode, nama_perusahaan, kode_wilayah, sektor, skala, status, tk_wajib, "
        "tk_terdaftar, tunggakan_rp, bulan_tunggakan) VALUES "
        "('2026-06-01', 'PT Besar Sekali', '15.01', 'C', 'BESAR', 'BELUM_DAFTAR', 6000, 0, 0, 0)"
    )
    derived.ensure_fresh(compliance_coverage_store)
    g = gap_potential(compliance_coverage_store, Scope.wilayah("15.01"), AUG)
    assert (g.tk_belum_terlindungi, g.gap, g.persen_gap, g.persen_tampil) == (6_000, 5_000, 120.0, 100.0)


def test_no_share_when_the_target_is_reached(compliance_coverage_store):
    # Palembang: 260.000 active ≥ 250.000 target → gap 0
    reached = gap_potential(compliance_coverage_store, Scope.wilayah("16.71"), AUG)
    assert (reached.tk_belum_terlindungi, reached.gap, reached.persen_gap) == (21, 0, None)


def test_no_share_without_membership_data(compliance_store):
    g = gap_potential(compliance_store, Scope.wilayah("16.71"), AUG)
    assert (g.tk_belum_terlindungi, g.gap, g.persen_gap, g.persen_tampil) == (21, None, None, None)


def test_gap_share_without_kabkota_targets_is_of_the_net_gap(compliance_coverage_store):
    # No workforce figures: the province's target cannot be allocated to 16.01-16.03; only Palembang
    # (its own 250.000, reached) is a part, short 0. The net gap 6.667 is the larger: the share is of it.
    compliance_coverage_store.execute("DELETE FROM penduduk_bekerja")
    g = gap_potential(compliance_coverage_store, Scope.wilayah("16"), AUG)
    assert (g.gap, g.kekurangan_bagian, g.dari_bagian, g.dasar) == (6_667, 0, False, 6_667)
    assert g.persen_gap == pytest.approx(100 * 27 / 6_667)
