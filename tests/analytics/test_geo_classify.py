"""analytics.geo.classify: breaks, the boundary rule, ties, degenerate inputs, labels and counts."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analytics import palette
from analytics.geo import classify as c

NAN = float("nan")


def rows(k: c.Klasifikasi) -> list[tuple[str, int]]:
    return [(r.label, r.count) for r in k.rows()]


# ---------------------------------------------------------------------------------- quantiles


def test_quantiles_of_ten_values_put_two_in_each_class():
    # n = 10, k = 5: breaks v[2], v[4], v[6], v[8] = 3, 5, 7, 9.
    k = c.classify(list(range(1, 11)), "jumlah", "kuantil", 5)
    assert c.kuantil_breaks(list(range(1, 11)), 5) == [3, 5, 7, 9]
    assert k.indeks == (0, 0, 1, 1, 2, 2, 3, 3, 4, 4)
    assert rows(k) == [("1 – 3", 2), ("3 – 5", 2), ("5 – 7", 2), ("7 – 9", 2), ("9 – 10", 2), ("Tidak ada data", 0)]
    assert [r.colour for r in k.kelas] == list(palette.sequential("biru", 5))


def test_quantile_ties_stay_in_one_class():
    # n = 6, k = 3: candidate breaks v[2] = 1 (the minimum: dropped) and v[4] = 2.
    values = [1, 1, 1, 1, 2, 3]
    k = c.classify(values, "jumlah", "kuantil", 3)
    assert k.indeks == (0, 0, 0, 0, 1, 1)
    assert rows(k)[:-1] == [("1 – 2", 4), ("2 – 3", 2)]


def test_more_classes_than_distinct_values_gives_one_class_per_value():
    # n = 3, k = 5: candidates v[0], v[1], v[1], v[2] -> breaks 20, 30; the last class is [30, 30].
    k = c.classify([30, 10, 20], "jumlah", "kuantil", 5)
    assert c.kuantil_breaks([30, 10, 20], 5) == [20, 30]
    assert k.indeks == (2, 0, 1)
    assert rows(k)[:-1] == [("10 – 20", 1), ("20 – 30", 1), ("30", 1)]
    assert [r.colour for r in k.kelas] == list(palette.sequential("biru", 3))


@pytest.mark.parametrize("metode", ["kuantil", "interval"])
def test_a_single_value_is_one_class(metode):
    k = c.classify([12.5, 12.5, None], "persen", metode, 5)
    assert rows(k) == [("12,5%", 2), ("Tidak ada data", 1)]
    assert k.indeks == (0, 0, None)


@pytest.mark.parametrize("metode", ["kuantil", "interval"])
def test_all_missing_gives_only_the_no_data_class(metode):
    k = c.classify([None, NAN, pd.NA], "persen", metode, 5)
    assert k.kelas == ()
    assert rows(k) == [("Tidak ada data", 3)]
    assert k.labels() == ["Tidak ada data"] * 3
    assert k.colours() == [palette.NO_DATA] * 3


# ------------------------------------------------------------------------------ equal intervals


def test_equal_intervals_and_a_value_exactly_on_a_break():
    # 0 … 10 in 5 classes: breaks 2, 4, 6, 8. 4 lies on a break: it starts the class [4, 6).
    k = c.classify([0, 4, 5.9, 6, 10], "persen", "interval", 5)
    assert c.interval_breaks([0, 10], 5, "persen") == [2, 4, 6, 8]
    assert k.indeks == (0, 2, 2, 3, 4)
    assert rows(k)[:-1] == [
        ("0,0% – 2,0%", 1), ("2,0% – 4,0%", 0), ("4,0% – 6,0%", 2), ("6,0% – 8,0%", 1), ("8,0% – 10,0%", 1),
    ]  # fmt: skip


def test_the_largest_value_is_in_the_last_class():
    k = c.classify([0, 10], "jumlah", "interval", 2)
    assert k.indeks == (0, 1)
    assert rows(k)[:-1] == [("0 – 5", 1), ("5 – 10", 1)]


def test_interval_breaks_round_up_to_what_the_legend_shows():
    # counts 0 … 7 in 3 classes: 2,33 and 4,67 round up to 3 and 5, so 2 is in "0 – 3", 3 in "3 – 5".
    assert c.interval_breaks([0, 7], 3, "jumlah") == [3, 5]
    k = c.classify([0, 2, 3, 7], "jumlah", "interval", 3)
    assert k.indeks == (0, 0, 1, 2)
    # percentages round up to 0,1: 10 … 11 in 3 classes -> 10,34 and 10,67 become 10,4 and 10,7.
    assert c.interval_breaks([10, 11], 3, "persen") == [10.4, 10.7]


def test_equal_intervals_with_negative_values():
    # gap is never negative (analytics.coverage clamps it at 0), but the rule holds below zero too.
    k = c.classify([-10, -5, 0, 10], "jumlah", "interval", 2)
    assert c.interval_breaks([-10, 10], 2) == [0]
    assert k.indeks == (0, 0, 1, 1)
    assert rows(k)[:-1] == [("-10 – 0", 2), ("0 – 10", 2)]


# --------------------------------------------------------------------------------- thresholds


def test_fixed_thresholds_value_on_a_break_goes_up():
    values = [74.99, 75, 99.99, 100, 120, None]
    k = c.classify(values, "persen", "ambang", ambang=[75, 100])
    assert k.indeks == (0, 1, 1, 2, 2, None)
    assert rows(k) == [("< 75%", 1), ("75% – 100%", 2), ("≥ 100%", 2), ("Tidak ada data", 1)]
    # Issue 11 point 5: fixed thresholds take a sequential palette, never the status colours.
    assert [r.colour for r in k.rows()] == [*palette.sequential("biru", 3), palette.NO_DATA]
    assert (k.kelas[0].bawah, k.kelas[0].atas, k.kelas[2].bawah, k.kelas[2].atas) == (None, 75, 100, None)


def test_fixed_thresholds_list_empty_classes():
    k = c.classify([10.0], "persen", "ambang", ambang=[20, 30.5], palet="ungu")
    assert rows(k) == [("< 20,0%", 1), ("20,0% – 30,5%", 0), ("≥ 30,5%", 0), ("Tidak ada data", 0)]
    assert [r.colour for r in k.kelas] == list(palette.sequential("ungu", 3))


# ------------------------------------------------------------------------------------- status


def test_status_classes_in_order_with_no_status_then_no_data():
    values = ["TERTINGGAL", "TERCAPAI", None, c.TANPA_STATUS, "TERTINGGAL", NAN]
    k = c.classify(values, "status", "ambang")
    assert rows(k) == [
        ("Tercapai", 1), ("Sesuai jalur", 0), ("Berisiko", 0), ("Tertinggal", 2),
        ("Belum dapat dinilai", 1), ("Tidak ada data", 2),
    ]  # fmt: skip
    assert [r.colour for r in k.rows()] == [
        "#1B7837", "#2E8B57", "#D97706", "#C0392B", "#6B7280", palette.NO_DATA,
    ]  # fmt: skip
    assert k.labels()[:4] == ["Tertinggal", "Tercapai", "Tidak ada data", "Belum dapat dinilai"]


def test_status_in_english():
    k = c.classify(["BERISIKO", None], "status", "ambang", lang="en")
    assert [r.label for r in k.rows()] == [
        "Achieved", "On track", "At risk", "Off track", "Cannot be judged yet", "No data",
    ]  # fmt: skip


def test_unknown_status_is_refused():
    with pytest.raises(ValueError, match="unknown status"):
        c.classify(["HEBAT"], "status", "ambang")


# ------------------------------------------------------------------------------ counts, labels


@pytest.mark.parametrize("metode", ["kuantil", "interval"])
@pytest.mark.parametrize("k", [2, 3, 5, 7])
def test_counts_sum_to_the_number_of_areas(metode, k):
    values = [3.2, None, 7.7, 7.7, 1.0, 100.0, NAN, 42.0, 0.0, 7.7, 55.5]
    result = c.classify(values, "persen", metode, k)
    assert sum(r.count for r in result.rows()) == len(values)
    assert result.tanpa_data.count == 2
    assert len(result.kelas) <= k
    # every value lies inside its class's limits (lower inclusive; upper exclusive except the last)
    for v, j in zip(values, result.indeks, strict=True):
        if j is None:
            assert c.missing(v)
            continue
        cls = result.kelas[j]
        last = j == len(result.kelas) - 1
        assert cls.bawah <= v and (v <= cls.atas if last else v < cls.atas)


def test_labels_in_both_languages():
    values = [1_250_000_000, 3_400_000_000, 2_000_000_000]
    assert rows(c.classify(values, "rupiah", "interval", 2, "id"))[:-1] == [
        ("Rp 1,2 M – Rp 2,3 M", 2), ("Rp 2,3 M – Rp 3,4 M", 1),
    ]  # fmt: skip
    assert [r.label for r in c.classify(values, "rupiah", "interval", 2, "en").rows()] == [
        "Rp 1.2 bn – Rp 2.3 bn", "Rp 2.3 bn – Rp 3.4 bn", "No data",
    ]  # fmt: skip
    assert c.range_label(12.5, 20, "persen", "id") == "12,5% – 20,0%"
    assert c.range_label(12.5, 20, "persen", "en") == "12.5% – 20.0%"
    assert c.range_label(1200, 3400, "jumlah", "id") == "1.200 – 3.400"
    assert c.range_label(1200, 3400, "jumlah", "en") == "1,200 – 3,400"
    assert c.range_label(1_200_000, 3_450_000, "jumlah", "id") == "1,2 jt – 3,5 jt"


def test_format_value():
    assert c.format_value(12.345, "persen") == "12,3%"
    assert c.format_value(1_234_567, "jumlah") == "1.234.567"
    assert c.format_value(1_234_567, "rupiah") == "Rp 1,2 jt"
    assert c.format_value("BERISIKO", "status") == "Berisiko"
    assert c.format_value(math.nan, "jumlah") == "–"


@pytest.mark.parametrize("kelas", [1, 8, "5"])
def test_class_count_out_of_range_is_refused(kelas):
    with pytest.raises(ValueError, match="kelas"):
        c.classify([1, 2, 3], "jumlah", "kuantil", kelas)


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match="unknown method"):
        c.classify([1, 2], "jumlah", "jenks")
