"""Numbers, money and months written the way officials read them.

Bahasa Indonesia: `7.875`, `12,5%`, `Rp 1,2 M`, `Oktober 2026`, `2 November 2026, 16.30 WIB`.
English: `7,875`, `12.5%`, `Rp 1.2 bn`, `October 2026`, `2 November 2026, 16:30 WIB`. Every figure on a page, in an export or on the command line goes
through these functions, so the style is decided once.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

BULAN_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
BULAN_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Compact rupiah units: Indonesian newspapers write rb, jt, M (miliar), T (triliun).
_UNITS = {
    "id": ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb")),
    "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")),
}
NO_VALUE = "–"

# Times are stored in UTC and shown in WIB (Waktu Indonesia Barat, Asia/Jakarta), where the users
# are. WIB is UTC+7 all year (Indonesia has no daylight saving time), so a fixed offset is exact and
# needs no time zone database: zoneinfo would need the tzdata package wherever the system has none
# (slim containers, Windows), and a missing one would break every page that shows a time.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")


def _missing(x) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def _group(text: str, lang: str) -> str:
    """Swap the separators of an en-formatted number into the language's style."""
    if lang == "id":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def angka(x, decimals: int = 0, lang: str = "id") -> str:
    """A count or number: `7.875`, `1.234,5` (id) / `7,875` (en)."""
    if _missing(x):
        return NO_VALUE
    return _group(f"{x:,.{decimals}f}", lang)


def persen(x, decimals: int = 1, lang: str = "id") -> str:
    """A percentage given in percent units: `12,5%`."""
    if _missing(x):
        return NO_VALUE
    return angka(x, decimals, lang) + "%"


def ringkas(x, lang: str = "id", decimals: int = 1) -> str:
    """A large count, shortened: `41,2 jt` (id) / `41.2 m` (en); small ones in full."""
    if _missing(x):
        return NO_VALUE
    for size, unit in _UNITS[lang]:
        if abs(x) >= size and size >= 1e6:
            return f"{angka(x / size, decimals, lang)} {unit}"
    return angka(x, 0, lang)


def rupiah(x, lang: str = "id", compact: bool = True) -> str:
    """Rupiah: `Rp 1,2 M` compact, `Rp 1.234.567` in full."""
    if _missing(x):
        return NO_VALUE
    sign = "-" if x < 0 else ""
    x = abs(x)
    if compact:
        for size, unit in _UNITS[lang]:
            if x >= size:
                return f"{sign}Rp {angka(x / size, 1, lang)} {unit}"
    return f"{sign}Rp {angka(x, 0, lang)}"


def rupiah_kolom(values, lang: str = "id") -> list[str]:
    """A column (or a chart's labels) of rupiah in **one unit**, so a glance compares them: `Rp 8,90 M`
    over `Rp 0,27 M`, never `Rp 8,9 M` over `Rp 268,5 jt`. The unit is that of the largest value
    (T, M or jt; full rupiah below a million), one decimal, two when a value is under a tenth of
    the unit; zero reads `Rp 0` and a value that is not zero but rounds to zero `< Rp 0,01 M`.
    Missing: NO_VALUE."""
    present = [abs(float(v)) for v in values if not _missing(v)]
    largest = max(present, default=0.0)
    size, unit = next(((s, u) for s, u in _UNITS[lang] if largest >= s and s >= 1e6), (1.0, ""))
    if not unit:
        return [rupiah(v, lang, compact=False) for v in values]
    decimals = 2 if any(0 < v / size < 0.1 for v in present) else 1
    smallest = 10.0**-decimals
    out = []
    for v in values:
        if _missing(v):
            out.append(NO_VALUE)
            continue
        sign, scaled = ("-" if v < 0 else ""), abs(float(v)) / size
        if scaled == 0:
            out.append("Rp 0")
        elif scaled < smallest / 2:
            out.append(f"< {sign}Rp {angka(smallest, decimals, lang)} {unit}")
        else:
            out.append(f"{sign}Rp {angka(scaled, decimals, lang)} {unit}")
    return out


def bulan(d: dt.date | str | None, lang: str = "id") -> str:
    """A month: `Oktober 2026`. Accepts a date or `YYYY-MM`."""
    if d is None:
        return NO_VALUE
    if isinstance(d, str):
        d = dt.date(int(d[:4]), int(d[5:7]), 1)
    names = BULAN_ID if lang == "id" else BULAN_EN
    return f"{names[d.month - 1]} {d.year}"


def tanggal(d: dt.date | None, lang: str = "id") -> str:
    """A date: `31 Desember 2026`."""
    if d is None:
        return NO_VALUE
    names = BULAN_ID if lang == "id" else BULAN_EN
    return f"{d.day} {names[d.month - 1]} {d.year}"


def waktu(ts, lang: str = "id") -> str:
    """A moment in WIB: `2 November 2026, 16.30 WIB` (id) / `2 November 2026, 16:30 WIB` (en).

    A naive timestamp is UTC (how the store keeps times, e.g. riwayat_muat.waktu); an aware one is
    converted from its own zone. Accepts datetime or pandas Timestamp; None or NaT gives a dash.
    """
    if _missing(ts) or ts is pd.NaT:
        return NO_VALUE
    ts = pd.Timestamp(ts).to_pydatetime()
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=dt.UTC)
    local = ts.astimezone(WIB)
    sep = "." if lang == "id" else ":"
    return f"{tanggal(local.date(), lang)}, {local.hour:02d}{sep}{local.minute:02d} WIB"
