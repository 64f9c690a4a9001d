"""The look shared by every figure: fonts, colours, month and value axes, number text.

Choices made once, here, for a projector in a room without internet:
* **Readable from the back of the room**: 18 px text, 4 px lines, dark ink on white, the legend on
  top; no chart title (the page heading and a caption say what the chart shows).
* **Colour-blind safe**: segments and compared areas take Okabe–Ito colours; compared areas also
  differ by dash, so a washed-out projector still separates them.
* **Indonesian formatting without a locale file**: plotly.js's own month names are English and its
  locale files would come from a CDN, so months are categories written by analytics.fmt ("Agustus
  2026", ticks "Agu 2026"), y ticks are computed and written with fmt (`1,5 jt`, `250.000`, `12,5%`),
  and every hover shows text already formatted. `separators` is still set for anything plotly
  formats itself.
* **Offline**: no mapbox, no web fonts; Streamlit bundles plotly.js. Values go into the figure as
  plain lists (no numpy typed arrays), so tests can read them back from the figure's spec.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd

from analytics import fmt, palette

FONT = '"Source Sans", "Source Sans Pro", "Segoe UI", Arial, sans-serif'
INK = palette.INK
GRID = palette.GRID
PRIMARY = palette.PRIMARY
TARGET_COLOUR = palette.INK
BAND_COLOUR = "rgba(11, 83, 148, 0.30)"  # still visible on a washed-out projector
PACE_COLOUR = "#D55E00"  # Okabe–Ito vermillion: apart from the blue projection for every reader

SEGMENT_COLOURS = palette.SEGMENT_COLOURS
SEGMENT_ORDER = ("PU", "BPU", "JAKON", "PMI")
AREA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
AREA_DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
JOINER_COLOUR = "#0072B2"
LEAVER_COLOUR = "#D55E00"
OTHER_COLOUR = "#56B4E9"

BULAN_PENDEK = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


# ---------------------------------------------------------------------------------------- months


def month_of(d) -> dt.date:
    d = pd.Timestamp(d)
    return dt.date(d.year, d.month, 1)


def add_months(d: dt.date, n: int) -> dt.date:
    i = 12 * d.year + d.month - 1 + n
    return dt.date(i // 12, i % 12 + 1, 1)


def months_between(a: dt.date, b: dt.date) -> int:
    return 12 * (b.year - a.year) + b.month - a.month


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from `first` to `last`, inclusive."""
    out, m = [], month_of(first)
    last = month_of(last)
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out


def month_label(d, lang: str) -> str:
    """The category a month is drawn at, and the hover's heading: `Agustus 2026`."""
    return fmt.bulan(month_of(d), lang)


def short_month(d, lang: str, with_year: bool = True) -> str:
    d = month_of(d)
    name = BULAN_PENDEK["en" if lang == "en" else "id"][d.month - 1]
    return f"{name} {d.year}" if with_year else name


def month_axis(months: Sequence[dt.date], lang: str, pad: float = 0.3) -> dict:
    """A category axis of months with few, readable ticks (the year on January and the first).

    `pad` is the room left of the first and right of the last month, in months: 0.5 for bars, 0 for
    stacked areas (which would otherwise float off the axis), a little for lines so end markers show.
    """
    n = len(months)
    step = 1 if n <= 13 else 3 if n <= 36 else 6 if n <= 72 else 12
    ticks = [m for m in months if (m.month - 1) % step == 0]
    if months and months[0] not in ticks:
        gap = months_between(months[0], ticks[0]) if ticks else step
        if gap >= max(2, step // 2):
            ticks.insert(0, months[0])
    text = []
    for i, m in enumerate(ticks):
        text.append(short_month(m, lang, with_year=(i == 0 or m.month == 1 or step >= 12)))
    return {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": [month_label(m, lang) for m in months],
        "tickmode": "array",
        "tickvals": [month_label(m, lang) for m in ticks],
        "ticktext": text,
        "tickangle": 0,
        "range": [-pad, len(months) - 1 + pad],  # plotly's own padding of bars is several months wide
        "showgrid": False,
        "linecolor": INK,
        "ticks": "outside",
    }


# ------------------------------------------------------------------------------------ value axis


def nice_step(span: float, target_ticks: int = 5) -> float:
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target_ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * mag >= raw:
            return m * mag
    return 10 * mag


def tick_text(v: float, step: float, lang: str, percent: bool, millions: bool = False) -> str:
    """One tick's text. `millions`: the whole axis is written in millions (`0,5 jt`, `1,0 jt`), so an
    axis never mixes `500.000` with `1,0 jt` (issue 11 point 10)."""
    if percent:
        decimals = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
        return fmt.persen(v, decimals, lang)
    if millions:
        if v == 0:
            return "0"
        decimals = 0 if step % 1_000_000 == 0 else 1 if step % 100_000 == 0 else 2
        return f"{fmt.angka(v / 1_000_000, decimals, lang)} {'jt' if lang == 'id' else 'm'}"
    return fmt.angka(v, 0, lang)


def value_axis(lo: float, hi: float, lang: str, *, percent: bool = False, from_zero: bool = False) -> dict:
    """A y axis over [lo, hi] with round ticks written the user's way (`1,5 jt`, `250.000`, `12%`)."""
    if from_zero:
        lo = min(lo, 0)
    if hi <= lo:
        hi = lo + (abs(lo) * 0.1 or 1)
    step = nice_step(hi - lo)
    start = math.floor(lo / step) * step
    stop = math.ceil(hi / step) * step
    if not percent and not from_zero and start < 0 <= lo:
        start = 0.0
    count = int(round((stop - start) / step))
    vals = [start + i * step for i in range(count + 1)]
    pad = step * 0.04
    millions = not percent and step >= 100_000 and max(abs(v) for v in vals) >= 1_000_000
    return {
        "tickmode": "array",
        "tickvals": vals,
        "ticktext": [tick_text(v, step, lang, percent, millions) for v in vals],
        "range": [start - (0 if from_zero and start == 0 else pad), stop + pad],
        "gridcolor": GRID,
        "zeroline": from_zero,
        "zerolinecolor": INK,
        "linecolor": INK,
        "automargin": True,
    }


# ------------------------------------------------------------------------------------- the look


def base_layout(lang: str, height: int, *, legend: bool = True) -> dict:
    return {
        "template": "plotly_white",
        "height": height,
        "separators": ",." if lang == "id" else ".,",
        "font": {"family": FONT, "size": 18, "color": INK},
        "margin": {"l": 10, "r": 20, "t": 50 if legend else 16, "b": 10},
        "showlegend": legend,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 17},
            "traceorder": "normal",
        },
        "hovermode": "x unified",
        "hoverlabel": {"font": {"size": 18, "family": FONT}, "bgcolor": "white"},
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
    }


def num(x) -> float | None:
    """A plain float for the figure (None for missing), never a numpy or pandas scalar."""
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    try:
        if pd.isna(x):
            return None
    except (TypeError, ValueError):
        pass
    return int(x) if float(x).is_integer() else float(x)


def hover_template(name: str) -> str:
    return f"{name}: %{{customdata}}<extra></extra>"


def counts_text(values, lang: str) -> list[str]:
    return [fmt.angka(v, 0, lang) for v in values]


def signed(v, lang: str, decimals: int = 0, percent: bool = False) -> str:
    """A change with its sign: `+20.000`, `−1,5%` (a true minus sign, readable on a projector)."""
    v = num(v)
    if v is None:
        return fmt.NO_VALUE
    text = fmt.persen(abs(v), decimals, lang) if percent else fmt.angka(abs(v), decimals, lang)
    return ("+" if v > 0 else "−" if v < 0 else "") + text
