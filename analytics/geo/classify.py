"""Classes for a choropleth, the way public-health mapping tools make them (pure functions).

Methods (`METHODS`):
* **kuantil** — about the same number of areas per class. With the n present values sorted,
  v[0] ≤ … ≤ v[n-1], the break before class i+1 (i = 1 … k−1) is the value v[⌊i·n/k⌋]. Breaks
  are data values, so tied values always fall in one class; breaks that repeat, or equal the
  smallest value, are dropped: fewer distinct values than k give fewer classes, one value gives
  one class.
* **interval** — k classes of equal width between the smallest and the largest value. Breaks are
  rounded up to what the legend shows (0,1 for percentages, 1 for counts and rupiah), so a label
  never hides which side of a break a value is on; min = max gives one class.
* **ambang** — fixed thresholds given by the indicator (e.g. capaian: 75% and 100%), with open
  ends ("< 75%", "≥ 100%"); every class is listed, also when no area falls in it, so the legend
  is the same for every scope and month.

**Boundary rule** (all methods): a class holds its lower limit and not its upper one, except the
last class, which holds both. A value exactly on a break belongs to the class that starts there
(capaian 100% is "≥ 100%"; with breaks 75 and 100, 75 is in "75% – 100%").

Missing values (None, NaN, pd.NA) go to a separate "Tidak ada data" class, always listed last.
Status is categorical: TERCAPAI, SESUAI_JALUR, BERISIKO, TERTINGGAL, then TANPA_STATUS (has data,
"Belum dapat dinilai"), then no data.

Labels are written with analytics.fmt in the reader's language: "12,5% – 20,0%", "1.200 – 3.400",
"Rp 1,2 M – Rp 3,4 M" (counts of a million or more shortened, "1,2 jt").
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics import fmt, palette
from analytics.coverage.labels import STATUS, status_label

METHODS = ("kuantil", "interval", "ambang")
KINDS = ("persen", "jumlah", "rupiah", "rasio", "status")  # rasio: a rate with 2 decimals
TANPA_STATUS = "TANPA_STATUS"
STATUS_CLASSES = (*STATUS, TANPA_STATUS)
NO_DATA_LABEL = {"id": "Tidak ada data", "en": "No data"}
MIN_CLASSES, MAX_CLASSES = 2, palette.MAX_CLASSES


@dataclass(frozen=True)
class Kelas:
    """One class of the legend. Numeric classes hold [bawah, atas) (the last one [bawah, atas]);
    None is an open end. Status classes carry their status code in `kunci`."""

    label: str
    colour: str
    count: int
    bawah: float | None = None
    atas: float | None = None
    kunci: str | None = None


@dataclass(frozen=True)
class Klasifikasi:
    """The classes (in legend order), the no-data class, and each value's class index (None = no
    data), in the order the values were given."""

    kelas: tuple[Kelas, ...]
    tanpa_data: Kelas
    indeks: tuple[int | None, ...]

    def rows(self) -> list[Kelas]:
        """Every legend row, the no-data class last."""
        return [*self.kelas, self.tanpa_data]

    def of(self, i: int) -> Kelas:
        """The class of the i-th value."""
        j = self.indeks[i]
        return self.tanpa_data if j is None else self.kelas[j]

    def labels(self) -> list[str]:
        return [self.of(i).label for i in range(len(self.indeks))]

    def colours(self) -> list[str]:
        return [self.of(i).colour for i in range(len(self.indeks))]


# ------------------------------------------------------------------------------------ values


def missing(x) -> bool:
    """None, NaN, pd.NA and NaT are missing."""
    if x is None:
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def format_value(x, kind: str, lang: str = "id", *, short: bool = False, decimals: int = 1) -> str:
    """A figure the Indonesian (or English) way: `12,5%`, `7.875`, `Rp 1,2 M`, `Berisiko`.

    `short` shortens counts of a million or more (`1,2 jt`), for legend labels; `decimals` is for
    percentages.
    """
    if kind == "status":
        return "–" if missing(x) else status_label(x if x in STATUS else TANPA_STATUS, lang)
    if missing(x):
        return fmt.NO_VALUE
    if kind == "persen":
        return fmt.persen(float(x), decimals, lang)
    if kind == "rupiah":
        return fmt.rupiah(float(x), lang)
    if kind == "jumlah":
        return fmt.ringkas(float(x), lang) if short else fmt.angka(float(x), 0, lang)
    if kind == "rasio":
        return fmt.angka(float(x), 2, lang)
    raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")


def range_label(
    bawah: float | None, atas: float | None, kind: str, lang: str = "id", decimals: int = 1
) -> str:
    """`a – b`; `< b` or `≥ a` for an open end; just `a` when both limits are the same value."""
    lo = None if bawah is None else format_value(bawah, kind, lang, short=True, decimals=decimals)
    hi = None if atas is None else format_value(atas, kind, lang, short=True, decimals=decimals)
    if lo is None and hi is None:
        raise ValueError("a class needs at least one limit")
    if lo is None:
        return f"< {hi}"
    if hi is None:
        return f"≥ {lo}"
    return lo if lo == hi else f"{lo} – {hi}"


def _present(values: Sequence) -> list[float]:
    return sorted(float(v) for v in values if not missing(v))


# ------------------------------------------------------------------------------------ breaks


def _clean(breaks: Sequence[float], lo: float, hi: float) -> list[float]:
    """Sorted, unique breaks strictly above the smallest value and not above the largest."""
    return sorted({b for b in breaks if lo < b <= hi})


def kuantil_breaks(values: Sequence, k: int) -> list[float]:
    """Breaks for k quantile classes (see the module docstring); [] for fewer than two values."""
    v = _present(values)
    if not v:
        return []
    n = len(v)
    return _clean([v[(i * n) // k] for i in range(1, k)], v[0], v[-1])


def _round_up(x: float, step: float) -> float:
    return math.ceil(round(x / step, 9)) * step


def interval_breaks(values: Sequence, k: int, kind: str = "jumlah") -> list[float]:
    """Breaks for k equal intervals, rounded up to the legend's precision; [] when min = max."""
    v = _present(values)
    if not v or v[0] == v[-1]:
        return []
    lo, hi = v[0], v[-1]
    step = {"persen": 0.1, "rasio": 0.01}.get(kind, 1.0)
    width = (hi - lo) / k
    return _clean([round(_round_up(lo + i * width, step), 6) for i in range(1, k)], lo, hi)


def class_of(value: float, breaks: Sequence[float]) -> int:
    """The class index of a value: how many breaks are ≤ it (a value on a break starts a class)."""
    return bisect.bisect_right(list(breaks), value)


# -------------------------------------------------------------------------------- classifying


def classify(
    values: Sequence,
    kind: str,
    metode: str,
    kelas: int = 5,
    lang: str = "id",
    *,
    palet: str = "biru",
    ambang: Sequence[float] | None = None,
) -> Klasifikasi:
    """Classify `values` (floats, or status codes for kind "status"; missing = no data).

    kuantil/interval: up to `kelas` classes (2 … 7) coloured light to dark from palette `palet`.
    ambang: the fixed `ambang` breaks (len(ambang) + 1 classes) coloured from palette `palet`
    (never the status colours, which belong to the status alone).
    """
    values = list(values)
    if kind == "status":
        return classify_status(values, lang)
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")
    if metode == "ambang":
        if not ambang:
            raise ValueError("metode 'ambang' needs thresholds")
        breaks = sorted(float(b) for b in ambang)
        colours = palette.sequential(palet, len(breaks) + 1)
        limits = [(None, breaks[0]), *zip(breaks, breaks[1:], strict=False), (breaks[-1], None)]
        decimals = 0 if all(b.is_integer() for b in breaks) else 1  # "≥ 100%", not "≥ 100,0%"
    elif metode in ("kuantil", "interval"):
        if not (isinstance(kelas, int) and MIN_CLASSES <= kelas <= MAX_CLASSES):
            raise ValueError(f"kelas must be {MIN_CLASSES} … {MAX_CLASSES}, not {kelas!r}")
        present = _present(values)
        breaks = kuantil_breaks(values, kelas) if metode == "kuantil" else interval_breaks(values, kelas, kind)
        if present:
            edges = [present[0], *breaks, present[-1]]
            limits = list(zip(edges, edges[1:], strict=False))  # a break at the largest value: [max, max]
        else:
            limits = []
        colours = palette.sequential(palet, len(limits)) if limits else ()
        decimals = 1
    else:
        raise ValueError(f"unknown method {metode!r}; one of {METHODS}")

    indeks = tuple(None if missing(v) else min(class_of(float(v), breaks), len(limits) - 1) for v in values)
    counts = [0] * len(limits)
    for j in indeks:
        if j is not None:
            counts[j] += 1
    kelas_rows = tuple(
        Kelas(range_label(lo, hi, kind, lang, decimals), colours[j], counts[j], lo, hi)
        for j, (lo, hi) in enumerate(limits)
    )
    return Klasifikasi(kelas_rows, _no_data(indeks, lang), indeks)


def classify_status(values: Sequence, lang: str = "id") -> Klasifikasi:
    """Status codes in the fixed order of STATUS_CLASSES; TANPA_STATUS = data but no status."""
    indeks = []
    for v in values:
        if missing(v):
            indeks.append(None)
        elif v in STATUS_CLASSES:
            indeks.append(STATUS_CLASSES.index(v))
        else:
            raise ValueError(f"unknown status {v!r}; one of {STATUS_CLASSES}")
    kelas_rows = tuple(
        Kelas(
            status_label(code, lang),
            palette.STATUS_COLOURS[None if code == TANPA_STATUS else code],
            sum(1 for j in indeks if j == i),
            kunci=code,
        )
        for i, code in enumerate(STATUS_CLASSES)
    )
    return Klasifikasi(kelas_rows, _no_data(indeks, lang), tuple(indeks))


def _no_data(indeks: Sequence[int | None], lang: str) -> Kelas:
    return Kelas(NO_DATA_LABEL.get(lang, NO_DATA_LABEL["id"]), palette.NO_DATA, sum(j is None for j in indeks))
