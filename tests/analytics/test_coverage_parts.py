"""The parts of a headline (issue 11): how many kab/kota are short of their target and by how much
in all, at every kind of scope, computed by hand from tests/analytics/coverage_fixtures.py.

August 2026, target vs active participants:
  16.01  41.667 (allocated) vs  33.000 → short  8.667      15.01  20.000 (40 % × 50.000) vs 15.000 → 5.000
  16.02 125.000 (allocated) vs 121.000 → short  4.000      15.71  30.000 vs 31.000 → reached
  16.03  83.333 (allocated) vs  79.333 → short  4.000      61.71  24.000 (30 % × 80.000) vs 20.000 → 4.000
  16.71 250.000 (set)       vs 260.000 → reached
"""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.coverage import coverage_by_subarea, headline
from analytics.coverage.parts import behind, kabkota_metrics
from analytics.scope import Level, Scope
from tests.analytics import coverage_fixtures

coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store
coverage_db = coverage_fixtures.coverage_db

AUG = dt.date(2026, 8, 1)
JUL = dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # 8.667 + 4.000 + 4.000 + 5.000 + 4.000; 5 of the 7 kab/kota short
        (Scope.nasional(), (25_667, 5, 7)),
        # net gap 500.000 − 493.333 = 6.667, but its parts are short 16.667 in all
        (Scope.wilayah("16"), (16_667, 3, 4)),
        (Scope.wilayah("15"), (5_000, 1, 2)),
        (Scope(Level.KANTOR, "KC01"), (8_667, 1, 2)),  # 16.71 reached, 16.01 short
        (Scope(Level.KANTOR, "KC02"), (9_000, 2, 2)),  # 16.02 4.000 + 15.01 5.000, across the border
        (Scope(Level.KANWIL, "Sumbagsel"), (17_667, 3, 4)),
        (Scope.wilayah("16.71"), (0, 0, 1)),  # a kab/kota is its own one part
        (Scope.wilayah("16.02"), (4_000, 1, 1)),
    ],
)
def test_the_parts_shortfall_at_every_scope(coverage_store, scope, expected):
    h = headline(coverage_store, scope, AUG)
    assert (h.kekurangan_bagian, h.bagian_belum_tercapai, h.bagian_bertarget) == expected
    assert h.kekurangan_bagian >= h.gap  # the net gap lets parts above their target make up for others


def test_a_total_that_reaches_its_target_says_its_parts_do_not(coverage_store):
    # Sumatera Selatan with Palembang far above its target: the total passes, three parts do not.
    coverage_fixtures.insert_aktif(coverage_store, "16.71", "2026-09", 280_000)
    for kode, aktif in (("16.01", 33_000), ("16.02", 121_000), ("16.03", 79_333)):
        coverage_fixtures.insert_aktif(coverage_store, kode, "2026-09", aktif)
    h = headline(coverage_store, Scope.wilayah("16"), dt.date(2026, 9, 1))
    assert (h.peserta_aktif, h.gap, h.status) == (513_333, 0, "TERCAPAI")
    assert (h.kekurangan_bagian, h.bagian_belum_tercapai, h.bagian_bertarget) == (16_667, 3, 4)
    assert h.parts_disagree


def test_only_kabkota_with_figures_for_the_month_are_parts(coverage_store):
    # July: only 61.71 has membership figures (19.000 against 24.000)
    h = headline(coverage_store, Scope.nasional(), JUL)
    assert (h.kekurangan_bagian, h.bagian_belum_tercapai, h.bagian_bertarget) == (5_000, 1, 1)
    none = headline(coverage_store, Scope.wilayah("16"), JUL)
    assert (none.kekurangan_bagian, none.bagian_belum_tercapai, none.bagian_bertarget) == (None, 0, 0)


def test_each_subarea_carries_its_own_parts(coverage_store):
    frame = coverage_by_subarea(coverage_store, Scope.nasional(), AUG)
    got = {r.wilayah: (r.kekurangan_bagian, r.bagian_belum_tercapai, r.bagian_bertarget)
           for r in frame.itertuples()}  # fmt: skip
    assert got == {"15": (5_000, 1, 2), "16": (16_667, 3, 4), "61": (4_000, 1, 1)}


def test_behind_lists_the_short_kabkota_furthest_first(coverage_store):
    short = behind(kabkota_metrics(coverage_store, Scope.wilayah("16"), AUG))
    assert list(zip(short["wilayah"], short["gap"], strict=True)) == [
        ("16.01", 8_667), ("16.03", 4_000), ("16.02", 4_000)]  # a tie by name: Muara Enim, Ogan Komering Ilir


def test_ringkasan_json_has_the_parts(coverage_db):
    import json

    from tests.analytics.test_ringkasan_cli import run_cli

    done = run_cli(coverage_db, "--wilayah", "16", "--periode", "2026-08", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["gap"], out["kekurangan_bagian"], out["bagian_belum_tercapai"], out["bagian_bertarget"]) == (
        6_667, 16_667, 3, 4)
    assert list(out)[-3:] == ["kekurangan_bagian", "bagian_belum_tercapai", "bagian_bertarget"]


def test_ringkasan_text_names_the_parts_and_an_aggregate_status(coverage_db):
    from tests.analytics.test_ringkasan_cli import run_cli

    done = run_cli(coverage_db, "--wilayah", "16", "--periode", "2026-08")
    assert done.returncode == 0, done.stderr
    assert "Kab/kota belum tercapai    3 dari 4; kekurangan mereka 16.667 peserta" in done.stdout
    # SESUAI_JALUR in total while three kab/kota are short
    assert "(agregat) — 3 kab/kota belum mencapai target" in done.stdout
    kabkota = run_cli(coverage_db, "--wilayah", "16.71", "--periode", "2026-08")
    assert "Kab/kota belum tercapai" not in kabkota.stdout
