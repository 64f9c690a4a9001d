"""The settings of the follow-up view, and the day that days-in-stage are counted to."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from analytics.contract import TAHAP

LADDER = TAHAP[:-1]  # HIMBAUAN ... PROSES_HUKUM; PATUH is the outcome, not a rung


@dataclass(frozen=True)
class EnforcementSettings:
    """`batas_hari`: days a stage may be held before the next step is overdue (default 14, the usual
    interval between warnings). `proses_hukum_terlambat`: whether a case at PROSES_HUKUM can be
    overdue (default no: it waits on the court)."""

    batas_hari: int = 14
    proses_hukum_terlambat: bool = False

    def __post_init__(self):
        if self.batas_hari < 1:
            raise ValueError("batas_hari must be at least 1")

    @property
    def final_stages(self) -> tuple[str, ...]:
        return ("PATUH",) if self.proses_hukum_terlambat else ("PATUH", "PROSES_HUKUM")


def month_end(periode: dt.date) -> dt.date:
    return periode.replace(day=calendar.monthrange(periode.year, periode.month)[1])


def reference_day(periode: dt.date, today: dt.date | None = None) -> dt.date:
    """The last day of the period's month, or today while that month is still running."""
    end = month_end(periode)
    today = today or dt.date.today()
    return today if periode.replace(day=1) <= today < end else end
