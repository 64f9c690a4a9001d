"""The pace ratio, defined once for the Ringkasan headline and the Capaian Target table."""

from __future__ import annotations

import math

import pytest

from analytics.coverage.numbers import pace_percent


@pytest.mark.parametrize("actual, needed, expected", [
    (4_417, 1_667, 4_417 / 1_667 * 100),  # Sumatera Selatan: 265 % (tests/pages/test_capaian_target)
    (-500, 1_000, -50.0),  # membership falling: a negative share, as the status judges it
    (100, 0, None),  # target reached: no pace needed
    (None, 1_000, None),  # too little history
    (100, None, None),
    (math.nan, 1_000, None),
])
def test_pace_percent(actual, needed, expected):
    got = pace_percent(actual, needed)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_the_pace_ratio_is_shown_from_zero_and_kept_as_is_in_files():
    from analytics.coverage.numbers import pace_percent, pace_percent_shown

    assert pace_percent(-500, 1_000) == -50.0  # files and the status keep the falling ratio
    assert pace_percent_shown(-50.0) == 0.0 and pace_percent_shown(145.0) == 145.0
    assert pace_percent_shown(None) is None


@pytest.mark.parametrize(
    ("status", "proyeksi", "target", "expected"),
    [
        ("SESUAI_JALUR", 54_334, 54_770, "DI_BAWAH"),  # Musi Rawas in the walk-through
        ("SESUAI_JALUR", 54_770, 54_770, None),
        ("BERISIKO", 60_000, 54_770, "MENCAPAI"),
        ("TERTINGGAL", 54_770, 54_770, "MENCAPAI"),
        ("TERTINGGAL", 50_000, 54_770, None),
        ("TERCAPAI", 50_000, 54_770, None),  # reached: the projection cannot undo it
        ("SESUAI_JALUR", None, 54_770, None),
        (None, 50_000, 54_770, None),
        ("SESUAI_JALUR", float("nan"), 54_770, None),
    ],
)
def test_status_and_projection_conflict(status, proyeksi, target, expected):
    from analytics.coverage.numbers import projection_conflict

    assert projection_conflict(status, proyeksi, target) == expected
