"""Rounding as the definitions say: to the nearest, halves away from zero ("nearest person").

Python's `round` rounds halves to even and works on binary floats, so 98.665 could come out either
way; these helpers round exact fractions instead, so a hand-computed test figure is reproduced.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def round_half_away(x: Fraction | int, ndigits: int = 0) -> Decimal:
    """`x` rounded to `ndigits` decimals, halves away from zero (ROUND_HALF_UP acts on |x|)."""
    q = Fraction(x)
    exact = Decimal(q.numerator) / Decimal(q.denominator) if q.denominator != 1 else Decimal(q.numerator)
    # Decimal division keeps 28 significant digits: enough for counts of people and 2 decimals.
    return exact.quantize(Decimal(1).scaleb(-ndigits), rounding=ROUND_HALF_UP)


def percent_2(numerator: int | None, denominator: int | None) -> float | None:
    """numerator ÷ denominator × 100, to 2 decimals; None when undefined (missing or zero)."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return float(round_half_away(Fraction(int(numerator) * 100, int(denominator)), 2))


def nearest_int(x: float) -> int:
    """A float rounded to the nearest integer, halves away from zero."""
    return int(round_half_away(Fraction(x)))


def pace_percent(actual, needed) -> float | None:
    """The actual monthly pace as a percentage of the pace needed — the ratio the status judges
    (analytics.coverage.metrics). None when no pace is needed (target reached, deadline passed) or
    either pace is unknown (too little history). A falling membership gives a negative ratio."""
    missing = (actual is None or needed is None or actual != actual or needed != needed)  # None or NaN
    if missing or needed <= 0:
        return None
    return float(actual) / float(needed) * 100


def pace_percent_shown(percent: float | None) -> float | None:
    """The pace ratio as pages show it: a falling membership reads as 0 % of the pace needed, not a
    negative share (the actual pace beside it shows the fall). Files keep the ratio itself."""
    return None if percent is None else max(percent, 0.0)


def projection_conflict(status: str | None, proyeksi, target) -> str | None:
    """Whether the status (judged on the last three months' pace) and the projection to the deadline
    (judged on the whole series, seasonal where it can be) give opposite verdicts:
    'DI_BAWAH' when the pace is enough (SESUAI_JALUR) but the projection falls short of the target,
    'MENCAPAI' when the pace is short (BERISIKO, TERTINGGAL) but the projection reaches it; else None.
    Both figures stay as they are; a page says the two disagree instead of showing two silent verdicts."""
    missing = any(v is None or v != v for v in (status, proyeksi, target))  # None or NaN
    if missing:
        return None
    if status == "SESUAI_JALUR" and proyeksi < target:
        return "DI_BAWAH"
    if status in ("BERISIKO", "TERTINGGAL") and proyeksi >= target:
        return "MENCAPAI"
    return None

