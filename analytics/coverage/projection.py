"""Projection of active participants to a deadline, with a range the method earns from its own past.

Method, chosen by the history available at the month projected from (counted from the first
observed month):

* **24 months or more — seasonal: last year's change over the same months, from today's level.**
  For h ≤ 12: ŷ(T+h) = y(T) + [y(T+h−12) − y(T−12)]; each further year adds the latest 12-month
  change y(T) − y(T−12). This is the forecast of a random walk in seasonal-and-monthly differences
  (ARIMA(0,1,0)(0,1,0)₁₂). Membership is a stock with a yearly rhythm (December lapses, January and
  Lebaran registrations): anchoring on the latest month keeps a level shift or a faster growth of
  this year, and "the same months last year" carries both the rhythm and the growth across them.
  A series that is a linear trend plus a fixed monthly pattern is projected exactly. The method
  needs 13 months; 24 are required so that a single odd year does not decide alone and the
  backtest below has seasonal origins to judge it by.
* **3 to 23 months — linear trend**, least squares over the observed months (too short to learn a
  seasonal pattern honestly).
* **Fewer than 3 months — none.**

Range: the same procedure is replayed from every earlier month of the same series (a rolling-origin
backtest), and its errors y(t+h) − ŷ(t+h | data up to t) at the same horizon h give an empirical 80%
range: [ŷ + q10, ŷ + q90] of those errors, widened to contain ŷ and cut at 0. Early origins use the
linear fallback, so a short or irregular history shows up as a wide range rather than being hidden.
With fewer than three backtest errors at that horizon the range is unknown (None).

A deadline in or before the month projected from (h ≤ 0) needs no projection: the observed value
at the deadline's month is returned, with no width. Projections are cut at 0 (a count).

Everything works on a matrix of series (areas × months, NaN where a month has no data), vectorised
over areas, so the league table projects 514 kabupaten/kota at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analytics.coverage.numbers import nearest_int

SEASONAL_MIN_MONTHS = 24
LINEAR_MIN_MONTHS = 3
MIN_BACKTEST_ERRORS = 3
QUANTILES = (0.10, 0.90)

MUSIMAN = "musiman"  # seasonal: last year's change over the same months
LINEAR = "linear"
AKTUAL = "aktual"  # the deadline month is already observed


@dataclass(frozen=True)
class Projection:
    nilai: int | None
    bawah: int | None
    atas: int | None
    metode: str | None


@dataclass(frozen=True)
class Projections:
    """project_many's answer: one entry per row of the input (NaN / None where undefined)."""

    nilai: np.ndarray
    bawah: np.ndarray
    atas: np.ndarray
    metode: np.ndarray


def _first_observed(Y: np.ndarray) -> np.ndarray:
    observed = ~np.isnan(Y)
    return np.where(observed.any(axis=1), observed.argmax(axis=1), Y.shape[1])


def _forecast_from(Y: np.ndarray, t: int, h: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Point forecasts from origin column t (using columns ≤ t) at horizons h ≥ 1, and the method."""
    rows = Y.shape[0]
    out = np.full(rows, np.nan)
    method = np.full(rows, None, dtype=object)
    span = t - first + 1
    observed = ~np.isnan(Y[:, t])
    seasonal = observed & (span >= SEASONAL_MIN_MONTHS)
    linear = observed & (span >= LINEAR_MIN_MONTHS) & ~seasonal

    if seasonal.any():
        idx = np.flatnonzero(seasonal)
        k = (h[idx] + 11) // 12  # years ahead, counting a part year as one
        r = h[idx] - 12 * (k - 1)  # months into the last of them: 1..12
        latest = Y[idx, t]
        year_ago = Y[idx, t - 12]
        same_months_last_year = Y[idx, t + r - 12] - year_ago
        out[idx] = latest + same_months_last_year + (k - 1) * (latest - year_ago)
        method[idx] = MUSIMAN

    if linear.any():
        idx = np.flatnonzero(linear)
        window = Y[idx, : t + 1]
        mask = ~np.isnan(window)
        x = np.arange(t + 1, dtype=float) - t  # centred on the origin: better conditioned
        n = mask.sum(axis=1)
        sx = (mask * x).sum(axis=1)
        sy = np.nansum(window, axis=1)
        sxx = (mask * x * x).sum(axis=1)
        sxy = np.nansum(window * x, axis=1)
        den = n * sxx - sx**2
        with np.errstate(invalid="ignore", divide="ignore"):
            slope = np.where(den > 0, (n * sxy - sx * sy) / den, np.nan)
            intercept = (sy - slope * sx) / n
        out[idx] = intercept + slope * h[idx]
        method[idx] = LINEAR

    return out, method


def project_many(Y, horizons) -> Projections:
    """Project each row of Y (areas × months, the last column the month projected from) h months on.

    `horizons[i]` is the number of months from the last column to row i's deadline month; NaN
    means no deadline (no projection).
    """
    Y = np.asarray(Y, dtype=float)
    if Y.ndim != 2:
        raise ValueError("Y must be areas × months")
    rows, months = Y.shape
    h = np.asarray(horizons, dtype=float).reshape(rows)
    nilai = np.full(rows, np.nan)
    bawah = np.full(rows, np.nan)
    atas = np.full(rows, np.nan)
    metode = np.full(rows, None, dtype=object)
    if months == 0:
        return Projections(nilai, bawah, atas, metode)
    last = months - 1
    first = _first_observed(Y)

    # Deadline already reached: the observed value at the deadline month.
    past = ~np.isnan(h) & (h <= 0)
    for i in np.flatnonzero(past):
        j = last + int(h[i])
        if j >= 0 and not np.isnan(Y[i, j]):
            nilai[i] = bawah[i] = atas[i] = Y[i, j]
            metode[i] = AKTUAL

    future = ~np.isnan(h) & (h >= 1)
    if not future.any():
        return Projections(nilai, bawah, atas, metode)
    hz = np.where(future, h, 1).astype(int)
    point, method = _forecast_from(Y, last, hz, first)
    nilai[future] = np.maximum(point[future], 0)
    metode[future] = method[future]

    # Rolling-origin backtest at each row's own horizon.
    errors = np.full((rows, months), np.nan)
    arange = np.arange(rows)
    for t in range(last):
        reach = t + hz
        usable = future & (reach <= last)
        if not usable.any():
            continue
        forecast, _ = _forecast_from(Y, t, hz, first)
        actual = Y[arange, np.minimum(reach, last)]
        errors[usable, t] = actual[usable] - forecast[usable]
    enough = future & ~np.isnan(nilai) & ((~np.isnan(errors)).sum(axis=1) >= MIN_BACKTEST_ERRORS)
    if enough.any():
        low, high = np.nanquantile(errors[enough], QUANTILES, axis=1)
        bawah[enough] = np.maximum(nilai[enough] + np.minimum(low, 0), 0)
        atas[enough] = nilai[enough] + np.maximum(high, 0)
    return Projections(nilai, bawah, atas, metode)


def _int_or_none(x: float) -> int | None:
    return None if np.isnan(x) else nearest_int(float(x))


def project(series, horizon: int | None) -> Projection:
    """One series (oldest month first, NaN for missing months), `horizon` months on."""
    if horizon is None:
        return Projection(None, None, None, None)
    p = project_many(np.asarray(series, dtype=float).reshape(1, -1), [horizon])
    return Projection(
        _int_or_none(p.nilai[0]), _int_or_none(p.bawah[0]), _int_or_none(p.atas[0]), p.metode[0]
    )


def projection_path(series, horizon: int) -> list[Projection]:
    """Projections 1..horizon months on, for drawing the projected line and its band."""
    y = np.asarray(series, dtype=float).reshape(1, -1)
    steps = list(range(1, max(horizon, 0) + 1))
    if not steps:
        return []
    p = project_many(np.repeat(y, len(steps), axis=0), steps)
    return [
        Projection(_int_or_none(p.nilai[i]), _int_or_none(p.bawah[i]), _int_or_none(p.atas[i]), p.metode[i])
        for i in range(len(steps))
    ]
