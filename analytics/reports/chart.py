"""A report's chart as data: categories and named series, drawn three ways from one value.

The PDF draws it with matplotlib as vector paths (sharp when printed), the deck as a native
PowerPoint chart (an official restyles it in PowerPoint), the Presentasi page with plotly. One
model keeps the three showing the same numbers: tests read them from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from analytics import fmt
from analytics.figures.style import (
    PACE_COLOUR,
    PRIMARY,
    TARGET_COLOUR,
    month_of,
    month_range,
    months_between,
    num,
    short_month,
)
from analytics.figures.trend import path_frame
from analytics.i18n import Catalog
from analytics.i18n import message as _m

LINE, BARH = "line", "barh"
STYLES = ("solid", "dash", "dot")
UNITS = ("int", "percent", "rupiah")

_t = Catalog({
    "aktif": _m("Peserta aktif", "Active participants"),
    "proyeksi": _m("Proyeksi", "Projection"),
    "laju": _m("Laju dibutuhkan ({nilai}/bulan)", "Pace needed ({nilai}/month)"),
    "target": _m("Target {nilai}", "Target {nilai}"),
})  # fmt: skip


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per category; None leaves a gap
    colour: str = PRIMARY
    style: str = "solid"  # line charts: solid, dash or dot

    def __post_init__(self):
        if self.style not in STYLES:
            raise ValueError(f"unknown line style {self.style!r}")


@dataclass(frozen=True)
class Chart:
    kind: str  # LINE or BARH (bars, read top to bottom in category order)
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "int"  # how the value axis and labels are written
    lang: str = "id"
    labels: bool = False  # bar charts: write each bar's value at its end
    point_colours: tuple[str, ...] | None = None  # bar charts: one colour per bar (one series)

    def __post_init__(self):
        if self.kind not in (LINE, BARH) or self.unit not in UNITS:
            raise ValueError(f"unknown chart kind/unit {self.kind!r}/{self.unit!r}")
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(self.categories)} categories")

    def value_text(self, value) -> str:
        if value is None:
            return fmt.NO_VALUE
        if self.unit == "percent":
            return fmt.persen(value, 1, self.lang)
        if self.unit == "rupiah":
            return fmt.rupiah(value, self.lang)
        return fmt.angka(value, 0, self.lang)


def trend(
    history: pd.DataFrame,
    path: pd.DataFrame | None,
    target: int | None,
    deadline: dt.date | None,
    pace_needed: int | None,
    title: str,
    lang: str = "id",
    months: int = 24,
) -> Chart:
    """The membership trend as the Ringkasan chart draws it: the last `months` months of `history`
    (periode, peserta_aktif), the projection `path` to the deadline (analytics.coverage.series.
    headline_trend), the straight path at the pace needed from the last month to the target at the
    deadline, and the target as a level line."""
    history = history.dropna(subset=["peserta_aktif"]).sort_values("periode")
    observed = {month_of(p): num(v) for p, v in zip(history["periode"], history["peserta_aktif"], strict=True)}
    if not observed:
        raise ValueError("a trend needs at least one month")
    last = max(observed)
    first = max(min(observed), month_of(pd.Timestamp(last) - pd.DateOffset(months=months - 1)))
    projected = path_frame(path, last)
    projected = {month_of(p): num(v) for p, v in zip(projected["periode"], projected["nilai"], strict=True)
                 if month_of(p) > last}  # fmt: skip
    end = max([last, *projected])
    deadline_month = month_of(deadline) if deadline is not None else None
    if deadline_month is not None and deadline_month > end:
        end = deadline_month
    axis = month_range(first, end)
    series = [Series(_t("aktif", lang), tuple(observed.get(m) if m <= last else None for m in axis))]
    if projected:
        values = tuple(observed[last] if m == last else projected.get(m) for m in axis)
        series.append(Series(_t("proyeksi", lang), values, PRIMARY, "dash"))
    if pace_needed and target is not None and deadline_month is not None and deadline_month > last:
        steps = months_between(last, deadline_month)
        start = observed[last]

        def on_path(m: dt.date) -> float | None:
            if m < last or m > deadline_month:
                return None
            return num(start + (num(target) - start) * months_between(last, m) / steps)

        series.append(Series(_t("laju", lang, nilai=fmt.angka(pace_needed, 0, lang)),
                             tuple(on_path(m) for m in axis), PACE_COLOUR, "dash"))  # fmt: skip
    if target is not None:
        series.append(Series(_t("target", lang, nilai=fmt.angka(target, 0, lang)),
                             tuple(float(target) for _ in axis), TARGET_COLOUR, "dot"))  # fmt: skip
    return Chart(LINE, title, tuple(short_month(m, lang) for m in axis), tuple(series), "int", lang)


def bars(title: str, names, values, lang: str = "id", *, unit: str = "int", colour: str = PRIMARY,
         series: str = "", colours=None) -> Chart:  # fmt: skip
    """One series of bars: `names` (categories, in reading order) and their `values`. `colours`, one
    per bar, colour the bars (PowerPoint and matplotlib both take per-point colours)."""
    values = tuple(None if v is None or pd.isna(v) else float(v) for v in values)
    return Chart(BARH, title, tuple(str(n) for n in names),
                 (Series(series or title, values, colour),), unit, lang, labels=True,
                 point_colours=tuple(colours) if colours is not None else None)  # fmt: skip
