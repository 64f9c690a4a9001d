"""ui.tren.export: the Tren series as a table (issue 11 point 13), from a hand-made frame."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ui.tren import export


def test_one_row_per_month_one_column_per_segment_gaps_stay_empty():
    frame = pd.DataFrame({
        "periode": pd.to_datetime(["2026-06-01", "2026-06-01", "2026-08-01", "2026-08-01"]),
        "segmen": ["BPU", "PU", "PU", "PMI"],
        "peserta_aktif": [1_000, 5_000, 5_500, 30],
        "peserta_baru": [10, None, 20, None],
        "peserta_nonaktif": [None, None, 5, None],
    })  # fmt: skip
    table = export.series_table(frame, "Kota Jambi", "id", now=dt.datetime(2026, 9, 1, tzinfo=dt.UTC))
    assert table.title == "Peserta aktif per bulan dan segmen — Kota Jambi, Juni 2026 s.d. Agustus 2026"
    got = {c.header: c.values for c in table.columns}
    assert list(got) == ["Bulan", "PU – penerima upah", "BPU – bukan penerima upah", "PMI – pekerja migran",
                         "Total peserta aktif", "Peserta baru", "Peserta nonaktif"]  # fmt: skip
    assert got["Bulan"] == [dt.date(2026, 6, 1), dt.date(2026, 7, 1), dt.date(2026, 8, 1)]
    assert got["PU – penerima upah"] == [5_000, None, 5_500]  # July not loaded: empty, not 0
    assert got["BPU – bukan penerima upah"] == [1_000, None, None]
    assert got["Total peserta aktif"] == [6_000, None, 5_530]
    assert got["Peserta baru"] == [10, None, 20] and got["Peserta nonaktif"] == [None, None, 5]
    assert export.file_stem("Kota Jambi", dt.date(2026, 8, 1), "en") == "membership-trend_kota-jambi_2026-08"
