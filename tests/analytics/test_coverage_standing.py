"""analytics.coverage.standing and analytics.geo.shapes.neighbours: a kab/kota's place among its
province's kab/kota and its neighbours (issue 11 point 6), on hand-made frames and squares."""

from __future__ import annotations

import math

import pandas as pd

from analytics.coverage.standing import standing
from analytics.geo import shapes
from tests.analytics import compliance_fixtures, peta_fixtures

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store
squares = peta_fixtures.squares

NAN = math.nan


def province() -> pd.DataFrame:
    # Ranked by capaian: Cc 100 (1), Ee 95 (2), Aa 90 (3), Bb 80 (4); Dd has no capaian.
    return pd.DataFrame(
        {
            "wilayah": ["16.01", "16.02", "16.03", "16.04", "16.71"],
            "nama": ["Aa", "Bb", "Cc", "Dd", "Ee"],
            "capaian_persen": [90.0, 80.0, 100.0, NAN, 95.0],
            "status": ["BERISIKO", "TERTINGGAL", "TERCAPAI", None, "SESUAI_JALUR"],
        }
    )


def rows(s) -> list[tuple]:
    return [
        (r.wilayah, None if pd.isna(r.peringkat) else int(r.peringkat), r.sendiri) for r in s.baris.itertuples()
    ]


def test_its_rank_and_its_neighbours_in_rank_order():
    # 15.01 touches it but lies in another province: not in the province's table, left out.
    s = standing(province(), "16.01", ["16.02", "16.71", "15.01"])
    assert (s.peringkat, s.dari, s.jumlah, s.dengan_tetangga) == (3, 4, 5, True)
    assert rows(s) == [("16.71", 2, False), ("16.01", 3, True), ("16.02", 4, False)]
    assert list(s.baris["capaian_persen"]) == [95.0, 90.0, 80.0]
    assert list(s.baris["status"]) == ["SESUAI_JALUR", "BERISIKO", "TERTINGGAL"]


def test_without_neighbours_those_ranked_around_it():
    s = standing(province(), "16.01", [])
    # rank 3: two above (1, 2) and the one below (4; there is no 5th ranked)
    assert (s.peringkat, s.dengan_tetangga) == (3, False)
    assert rows(s) == [("16.03", 1, False), ("16.71", 2, False), ("16.01", 3, True), ("16.02", 4, False)]
    top = standing(province(), "16.03", [])
    assert rows(top) == [("16.03", 1, True), ("16.71", 2, False), ("16.01", 3, False)]


def test_an_unranked_kabkota_is_shown_after_the_lowest_ranked():
    s = standing(province(), "16.04", ["16.99"])  # a neighbour code the table does not hold
    assert (s.peringkat, s.dari, s.jumlah, s.dengan_tetangga) == (None, 4, 5, False)
    assert rows(s) == [("16.01", 3, False), ("16.02", 4, False), ("16.04", None, True)]


def test_a_kabkota_the_table_does_not_list_has_no_standing():
    assert standing(province(), "16.05", []) is None
    assert standing(province().iloc[0:0], "16.01", []) is None


def test_neighbours_are_the_touching_shapes_of_the_same_province(coverage_store, squares):
    # squares in a row: 15.01 15.71 | 16.01 16.02 16.03 16.71; 61.71 has no shape
    assert shapes.neighbours(coverage_store, "16.02") == ["16.01", "16.03"]
    assert shapes.neighbours(coverage_store, "16.01") == ["16.02"]  # 15.71 touches it, in Jambi
    assert shapes.neighbours(coverage_store, "16.71") == ["16.03"]
    assert shapes.neighbours(coverage_store, "61.71") == []
