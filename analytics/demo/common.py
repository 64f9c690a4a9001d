"""What every demo module shares: the configuration, the calendar and seeded random streams.

Each module draws from its own stream (`Config.rng("name")`), derived from the seed and the
stream's name, so changing how one dataset is generated never changes the numbers of another, and
the same seed always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass, field

import numpy as np

from analytics import periods

SCALES = ("small", "national")
FIRST_MONTH = np.datetime64("2021-01", "M")
SMALL_MONTHS = 24
SNAPSHOTS = 8  # quarterly employer snapshots

# Registered employers at the first snapshot and unregistered ones (PWBD) found by then.
# National: about 840 thousand registered at the latest snapshot, 100-200 thousand PWBD.
EMPLOYERS = {"national": (780_000, 152_000), "small": (3_500, 700)}

# Idul Fitri (1 Syawal) by year, per the government's SKB; the month of Lebaran and the one after
# it show fewer joiners and more leavers (workers resign after receiving THR).
LEBARAN = {
    2020: "2020-05-24", 2021: "2021-05-13", 2022: "2022-05-02", 2023: "2023-04-22",
    2024: "2024-04-10", 2025: "2025-03-31", 2026: "2026-03-20", 2027: "2027-03-10",
    2028: "2028-02-27", 2029: "2029-02-14", 2030: "2030-02-04",
}  # fmt: skip


def default_sampai(today: dt.date | None = None) -> str:
    """The last complete month before today, `YYYY-MM` (today 2026-11-23 -> 2026-10)."""
    today = today or dt.date.today()
    first = today.replace(day=1)
    last = first - dt.timedelta(days=1)
    return f"{last.year:04d}-{last.month:02d}"


def numpy_month(text: str) -> np.datetime64:
    """analytics.periods.parse_month, as the numpy month the generators count in."""
    return np.datetime64(periods.parse_month(text), "M")


@dataclass(frozen=True)
class Config:
    scale: str
    sampai: np.datetime64  # last month of data, datetime64[M]
    seed: int
    provinces: tuple[str, ...] | None = None  # None: all; small scale picks a few
    _streams: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        if self.scale not in SCALES:
            raise ValueError(f"skala tidak dikenal: {self.scale!r} (small|national)")
        if self.sampai < FIRST_MONTH + (SMALL_MONTHS - 1 if self.scale == "small" else 0):
            raise ValueError(f"--sampai harus sesudah {FIRST_MONTH}")

    @property
    def months(self) -> np.ndarray:
        """The months of data, datetime64[M], oldest first."""
        start = FIRST_MONTH if self.scale == "national" else self.sampai - (SMALL_MONTHS - 1)
        return np.arange(start, self.sampai + 1, dtype="datetime64[M]")

    @property
    def years(self) -> list[int]:
        m = self.months
        return list(range(year_of(m[0]), year_of(m[-1]) + 1))

    @property
    def snapshots(self) -> np.ndarray:
        """The last SNAPSHOTS quarter-end months at or before `sampai`, oldest first."""
        last = self.sampai
        while month_of(last) % 3:
            last -= 1
        return np.arange(last - 3 * (SNAPSHOTS - 1), last + 1, 3, dtype="datetime64[M]")

    @property
    def sampai_end(self) -> np.datetime64:
        """The last day of `sampai` (datetime64[D])."""
        return (self.sampai + 1).astype("datetime64[D]") - 1

    def rng(self, name: str) -> np.random.Generator:
        """A random stream for one purpose, independent of every other stream."""
        return np.random.default_rng([self.seed, zlib.crc32(name.encode())])


def year_of(m: np.ndarray | np.datetime64) -> np.ndarray | int:
    y = np.asarray(m).astype("datetime64[Y]").astype(int) + 1970
    return int(y) if np.ndim(y) == 0 else y


def month_of(m: np.ndarray | np.datetime64) -> np.ndarray | int:
    """Month number 1..12."""
    mm = np.asarray(m).astype("datetime64[M]").astype(int) % 12 + 1
    return int(mm) if np.ndim(mm) == 0 else mm


def month_text(m: np.ndarray) -> np.ndarray:
    """datetime64[M] -> 'YYYY-MM' strings."""
    return np.datetime_as_string(np.asarray(m, dtype="datetime64[M]"), unit="M")


def lebaran_months(months: np.ndarray) -> np.ndarray:
    """0 for ordinary months, 1 for the month of Lebaran, 2 for the month after it."""
    out = np.zeros(len(months), dtype=np.int8)
    for day in LEBARAN.values():
        lm = np.datetime64(day, "M")
        out[months == lm] = 1
        out[months == lm + 1] = 2
    return out


def pick(rng: np.random.Generator, weights: np.ndarray, size: int | None = None, *, u=None) -> np.ndarray:
    """Vectorised categorical draw: row-wise when `weights` is 2-D (one distribution per row)."""
    w = np.asarray(weights, dtype=float)
    if w.ndim == 1:
        cum = np.cumsum(w / w.sum())
        u = rng.random(size) if u is None else u
        return np.minimum(np.searchsorted(cum, u, side="right"), len(w) - 1)
    cum = np.cumsum(w / w.sum(axis=1, keepdims=True), axis=1)
    u = rng.random(len(w)) if u is None else u
    return np.minimum((cum < u[:, None]).sum(axis=1), w.shape[1] - 1)


def interp_anchors(x: np.ndarray, anchors: dict[float, float], slope_after: float) -> np.ndarray:
    """Piecewise-linear path through anchors, extended with a fixed slope after the last one."""
    xs = np.array(sorted(anchors), dtype=float)
    ys = np.array([anchors[k] for k in sorted(anchors)], dtype=float)
    out = np.interp(x, xs, ys)
    after = x > xs[-1]
    out[after] = ys[-1] + slope_after * (x[after] - xs[-1])
    return out
