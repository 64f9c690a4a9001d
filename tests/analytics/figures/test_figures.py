"""The figures (analytics.figures): what a figure carries (values, labels, formatting), read from its JSON."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from analytics.coverage import Projection
from analytics.figures import segments, style, trend


def _spec(fig) -> dict:
    return json.loads(fig.to_json())


def _trace(spec: dict, name: str) -> dict:
    return next(t for t in spec["data"] if t.get("name") == name)


SERIES = pd.DataFrame(
    {
        "periode": pd.to_datetime(["2026-06-01", "2026-07-01", "2026-08-01"]),
        "peserta_aktif": [1_000_000, 1_100_000, 1_250_000],
    }
)
PATH = [
    Projection(1_300_000, 1_200_000, 1_400_000, "linear"),
    Projection(1_350_000, 1_250_000, 1_500_000, "linear"),
]


def test_trend_with_target_carries_series_projection_target_and_deadline():
    fig = trend.trend_with_target(SERIES, 1_500_000, dt.date(2026, 10, 31), PATH, "id", height=300)
    spec = _spec(fig)
    aktif = _trace(spec, "Peserta aktif")
    assert aktif["x"] == ["Juni 2026", "Juli 2026", "Agustus 2026"]
    assert aktif["y"] == [1_000_000, 1_100_000, 1_250_000]
    assert aktif["customdata"] == ["1.000.000", "1.100.000", "1.250.000"]
    proyeksi = _trace(spec, "Proyeksi")
    # starts at the last observed month so the two lines join
    assert proyeksi["x"] == ["Agustus 2026", "September 2026", "Oktober 2026"]
    assert proyeksi["y"] == [1_250_000, 1_300_000, 1_350_000]
    assert proyeksi["customdata"][1] == "1.300.000 (rentang 1.200.000 – 1.400.000)"
    band = _trace(spec, "Rentang proyeksi: garis tren lurus dari bulan-bulan terakhir")
    assert band["y"] == [1_250_000, 1_200_000, 1_250_000] and band["fill"] == "tonexty"
    target = _trace(spec, "Target 1.500.000")
    assert target["y"] == [1_500_000, 1_500_000]
    assert [s["x0"] for s in spec["layout"]["shapes"]] == ["Oktober 2026"]
    assert spec["layout"]["annotations"][0]["text"] == "Batas waktu 31 Oktober 2026"
    assert spec["layout"]["separators"] == ",."
    assert "title" not in spec["layout"] or not spec["layout"]["title"].get("text")
    # y ticks in millions, Indonesian decimal comma
    assert "1,5 jt" in spec["layout"]["yaxis"]["ticktext"]


def test_trend_in_english_without_target_or_projection():
    spec = _spec(trend.trend_with_target(SERIES, None, None, None, "en"))
    assert [t["name"] for t in spec["data"]] == ["Active participants"]
    assert spec["data"][0]["x"][-1] == "August 2026"
    assert spec["layout"]["separators"] == ".,"
    assert not spec["layout"].get("shapes")


def test_value_axis_ticks_are_round_and_formatted():
    axis = style.value_axis(0, 240_000, "id", from_zero=True)
    assert axis["tickvals"] == [0, 50_000, 100_000, 150_000, 200_000, 250_000]
    assert axis["ticktext"] == ["0", "50.000", "100.000", "150.000", "200.000", "250.000"]
    assert style.value_axis(30.2, 41.9, "en", percent=True)["ticktext"][:2] == ["30.0%", "32.5%"]


def test_an_axis_uses_one_unit():
    """Issue 11 point 10: Tren's axis read "500.000" under "1,0 jt"; now every tick is in millions."""
    axis = style.value_axis(0, 2_300_000, "id", from_zero=True)
    assert axis["tickvals"] == [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]
    assert axis["ticktext"] == ["0", "0,5 jt", "1,0 jt", "1,5 jt", "2,0 jt", "2,5 jt"]
    assert style.value_axis(0, 2_300_000, "en", from_zero=True)["ticktext"][1] == "0.5 m"
    # an axis whose top tick reaches a million is all in millions; one below it all in full numbers
    assert style.value_axis(0, 900_000, "id", from_zero=True)["ticktext"][:2] == ["0", "0,2 jt"]
    assert style.value_axis(0, 380_000, "id", from_zero=True)["ticktext"][-1] == "400.000"


def test_month_ticks_are_quarterly_for_two_years():
    months = style.month_range(dt.date(2025, 1, 1), dt.date(2026, 12, 1))
    axis = style.month_axis(months, "id")
    assert axis["ticktext"] == ["Jan 2025", "Apr", "Jul", "Okt", "Jan 2026", "Apr", "Jul", "Okt"]


def test_signed_changes():
    assert style.signed(20_000, "id") == "+20.000"
    assert style.signed(-1.5, "id", 1, percent=True) == "−1,5%"
    assert style.signed(0, "en") == "0"
    assert style.signed(pd.NA, "id") == style.signed(None, "id") == "–"


def test_stacked_segments_hover_ends_with_the_total():
    frame = pd.DataFrame(
        {
            "periode": pd.to_datetime(["2026-07-01", "2026-07-01", "2026-08-01", "2026-08-01"]),
            "segmen": ["BPU", "PU", "BPU", "PU"],
            "peserta_aktif": [1_000, 5_000, 1_200, 5_500],
        }
    )
    spec = _spec(segments.segments_stacked(frame, "id"))
    # PU first: the base of the stack; segments named (issue 11 point 8)
    assert [t["name"] for t in spec["data"]] == ["PU – penerima upah", "BPU – bukan penerima upah", "Total"]
    total = spec["data"][-1]
    assert total["y"] == [6_000, 6_700] and total["customdata"] == ["6.000", "6.700"]
    assert total["showlegend"] is False and "stackgroup" not in total


def test_pace_needed_runs_from_the_last_level_to_the_target_at_the_deadline():
    # Aug 2026 1.250.000, target 1.500.000 due 31 Oct 2026: a gap of 250.000 over 2 months
    fig = trend.trend_with_target(SERIES, 1_500_000, dt.date(2026, 10, 31), PATH, "id", pace_needed=125_000)
    pace = _trace(_spec(fig), "Laju yang dibutuhkan (125.000/bulan)")
    assert pace["x"] == ["Agustus 2026", "September 2026", "Oktober 2026"]
    assert pace["y"] == [1_250_000, 1_375_000, 1_500_000]
    assert pace["line"]["dash"] == "dash"
    assert pace["customdata"] == ["1.250.000", "1.375.000", "1.500.000"]
    en = _spec(
        trend.trend_with_target(SERIES, 1_500_000, dt.date(2026, 10, 31), None, "en", pace_needed=125_000)
    )
    assert "Pace needed (125,000/month)" in [t["name"] for t in en["data"]]


def test_no_pace_line_once_the_target_is_reached():
    spec = _spec(
        trend.trend_with_target(SERIES, 1_200_000, dt.date(2026, 10, 31), PATH, "id", pace_needed=0)
    )
    assert not [t for t in spec["data"] if t["name"].startswith("Laju")]


def test_every_split_segment_panel_has_its_own_month_ticks():
    frame = pd.DataFrame(
        {
            "periode": pd.to_datetime(["2026-07-01", "2026-07-01", "2026-08-01", "2026-08-01"]),
            "segmen": ["BPU", "PU", "BPU", "PU"],
            "peserta_aktif": [1_000, 5_000, 1_200, 5_500],
        }
    )
    layout = _spec(segments.segments_split(frame, "id"))["layout"]
    axes = [layout[k] for k in sorted(k for k in layout if k.startswith("xaxis"))]
    assert len(axes) == 2
    for axis in axes:
        assert axis["showticklabels"] is True
        assert axis["ticktext"] == ["Jul 2026", "Agu"]
    # issue 11 point 8: a segment is named, so "PMI" always says it means the migrant workers
    assert [a["text"] for a in layout["annotations"]] == ["PU – penerima upah", "BPU – bukan penerima upah"]
    # the upper panel ends above the lower one's title with room for its own ticks
    upper, lower = layout["yaxis"]["domain"], layout["yaxis2"]["domain"]
    assert (upper[0] - lower[1]) * (layout["height"] - 50) == pytest.approx(84)


def test_accident_months_against_a_year_earlier_leave_unreported_months_empty():
    from analytics.figures import kecelakaan as accident_figure

    monthly = pd.DataFrame({
        "periode": pd.to_datetime(["2025-08-01", "2026-07-01", "2026-08-01"]),
        "kasus": [9, 10, 12], "meninggal": [0, 1, 1],
    })  # fmt: skip
    spec = _spec(accident_figure.month_by_month(monthly, dt.date(2026, 8, 1), "id"))
    now, before = spec["data"]
    assert now["x"][0] == "Sep 2025" and now["x"][4] == "Jan 2026" and now["x"][-1] == "Agu"
    assert now["y"][-2:] == [10, 12] and now["y"][0] is None  # September 2025 not reported: empty, not 0
    assert before["y"][-1] == 9 and before["y"][-2] is None  # August 2025 beside August 2026
