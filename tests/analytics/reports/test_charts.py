"""The report chart model (analytics.reports.chart) by hand, and its three drawings carrying the same
numbers: matplotlib (PDF), python-pptx (deck) and plotly (Presentasi)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.reports import chart, chart_mpl, chart_plotly


def _trend() -> chart.Chart:
    history = pd.DataFrame({"periode": [dt.date(2026, m, 1) for m in (8, 9, 10)], "peserta_aktif": [100, 110, 120]})
    path = pd.DataFrame({"periode": [dt.date(2026, 11, 1), dt.date(2026, 12, 1)], "nilai": [125, 131],
                         "bawah": [120, 122], "atas": [130, 140], "metode": ["linear", "linear"]})  # fmt: skip
    return chart.trend(history, path, target=150, deadline=dt.date(2026, 12, 31), pace_needed=15, title="Tren")


def test_trend_by_hand():
    """Aug–Oct observed (100, 110, 120), the projection Nov 125 and Dec 131 starting from October's 120,
    the pace path from 120 in October to the 150 target in December (135 in November), the target flat."""
    c = _trend()
    assert c.categories == ("Agu 2026", "Sep 2026", "Okt 2026", "Nov 2026", "Des 2026")
    actual, projection, pace, target = c.series
    assert actual.values == (100, 110, 120, None, None)
    assert projection.values == (None, None, 120, 125, 131) and projection.style == "dash"
    assert pace.values == (None, None, 120, 135, 150) and pace.name == "Laju dibutuhkan (15/bulan)"
    assert target.values == (150.0,) * 5 and target.name == "Target 150"


def test_bars_and_their_checks():
    c = chart.bars("Kategori", ["A", "B"], [3, None], colours=["#111111", "#222222"])
    assert c.kind == chart.BARH and c.series[0].values == (3.0, None) and c.point_colours == ("#111111", "#222222")
    with pytest.raises(ValueError):
        chart.Chart(chart.LINE, "x", ("a",), (chart.Series("s", (1, 2)),))


def test_the_drawings_carry_the_same_numbers():
    c = _trend()
    fig = chart_plotly.figure(c)
    assert [list(t.y) for t in fig.data] == [list(s.values) for s in c.series]
    bars = chart.bars("Kategori", ["A", "B"], [3, 5])
    assert list(chart_plotly.figure(bars).data[0].x) == [3.0, 5.0]
    drawing = chart_mpl.drawing(c, 400, 200)
    assert (round(drawing.width), round(drawing.height)) == (400, 200)
