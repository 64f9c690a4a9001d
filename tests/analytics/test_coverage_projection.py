"""The projection to the deadline, on synthetic series whose future is known."""

from __future__ import annotations

import numpy as np
import pytest

from analytics.coverage.projection import (
    AKTUAL,
    LINEAR,
    MUSIMAN,
    Projection,
    project,
    project_many,
    projection_path,
)

# A monthly pattern that sums to zero over a year.
SEASON = np.array([0, -300, 200, 500, -100, 0, 300, -200, -400, 100, 0, -100])


def linear(n, a=1_000, b=50):
    return a + b * np.arange(n, dtype=float)


def seasonal(n, a=10_000, b=100):
    t = np.arange(n)
    return a + b * t + SEASON[t % 12]


def test_linear_series_projects_exactly_with_no_width():
    # 12 months (linear fallback): y = 1.000 + 50 t, last t = 11; 4 months on t = 15 → 1.750.
    # Every backtest error is 0, so the range has no width.
    assert project(linear(12), 4) == Projection(1_750, 1_750, 1_750, LINEAR)


def test_seasonal_series_with_trend_projects_exactly_under_the_seasonal_method():
    y = seasonal(36)  # t = 0..35
    # h = 5 → t = 40: 10.000 + 4.000 + SEASON[4] (−100) = 13.900
    p = project(y, 5)
    assert (p.nilai, p.metode) == (13_900, MUSIMAN)
    assert p.bawah <= p.nilai <= p.atas
    # h = 14 → t = 49 (two years back to t = 25): 10.000 + 4.900 + SEASON[1] (−300) = 14.600
    assert project(y, 14).nilai == 14_600


def test_the_seasonal_method_needs_two_years():
    y = seasonal(23)
    assert project(y, 5).metode == LINEAR
    assert project(seasonal(24), 5).metode == MUSIMAN


def test_linear_series_is_also_exact_under_the_seasonal_method():
    # 30 months, t = 29; 6 on → t = 35: 1.000 + 50 × 35 = 2.750
    assert project(linear(30), 6).nilai == 2_750


def test_fewer_than_three_months_give_no_projection():
    assert project([100.0, 200.0], 3) == Projection(None, None, None, None)
    # Exactly three: linear, but no backtest error yet, so no range.
    assert project([100.0, 200.0, 300.0], 2) == Projection(500, None, None, LINEAR)


def test_no_deadline_gives_no_projection():
    assert project(linear(12), None) == Projection(None, None, None, None)


def test_deadline_reached_returns_the_observed_value():
    y = linear(12)  # last value t = 11: 1.550 ; t = 9: 1.450
    assert project(y, 0) == Projection(1_550, 1_550, 1_550, AKTUAL)
    assert project(y, -2) == Projection(1_450, 1_450, 1_450, AKTUAL)


def test_noisy_series_gets_a_range_around_the_projection():
    rng = np.random.default_rng(7)
    y = seasonal(48) + rng.normal(0, 150, 48)
    p = project(y, 6)
    assert p.metode == MUSIMAN
    assert p.bawah < p.nilai < p.atas
    # The range is the backtest's spread: a noisier series gets a wider one.
    wider = project(seasonal(48) + rng.normal(0, 600, 48), 6)
    assert (wider.atas - wider.bawah) > (p.atas - p.bawah)


def test_projection_is_cut_at_zero():
    p = project([300.0, 200.0, 100.0], 5)  # the line reaches −400
    assert p.nilai == 0


def test_many_series_at_once_match_one_by_one():
    a = seasonal(40)
    b = np.concatenate([np.full(25, np.nan), linear(15)])  # started later
    c = np.concatenate([np.full(39, np.nan), [5.0]])  # one month only
    got = project_many(np.vstack([a, b, c]), [3, 4, np.nan])
    assert got.nilai[0] == project(a, 3).nilai
    assert got.nilai[1] == project(linear(15), 4).nilai == 1_000 + 50 * 18
    assert np.isnan(got.nilai[2]) and got.metode[2] is None
    assert list(got.metode[:2]) == [MUSIMAN, LINEAR]


def test_gaps_in_the_series_are_ignored_by_the_trend():
    y = linear(6)
    y[2:4] = np.nan  # months without data
    assert project(y, 2).nilai == 1_000 + 50 * 7


def test_projection_path_steps_to_the_deadline():
    path = projection_path(linear(12), 3)
    assert [p.nilai for p in path] == [1_600, 1_650, 1_700]
    assert projection_path(linear(12), 0) == []


@pytest.mark.parametrize("h", [1, 11, 12, 13, 24])
def test_seasonal_exact_at_every_horizon(h):
    y = seasonal(30)
    t = 29 + h
    assert project(y, h).nilai == 10_000 + 100 * t + SEASON[t % 12]


def test_seasonal_method_keeps_a_recent_level_shift():
    # 1.000 more members from the last three months on (e.g. a registration drive) stay in the
    # projection: t = 35 + 2 = 37 → 10.000 + 3.700 + SEASON[1] (−300) + 1.000 = 14.400
    y = seasonal(36)
    y[-3:] += 1_000
    assert project(y, 2).nilai == 14_400
