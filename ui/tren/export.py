"""The Tren page's series as a table to download (issue 11): active participants per month and
segment, their total, and joiners and leavers where the files carried them. One row per month from
the first loaded to the period; a month or segment without a figure stays empty, not zero."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics import exports, fmt, glossary
from analytics.exports import Column, ExportTable
from analytics.figures.style import SEGMENT_ORDER, month_of, month_range
from ui.texts.tren import TT


def series_table(by_segment: pd.DataFrame, scope_label: str, lang: str, now: dt.datetime | None = None) -> ExportTable:
    """`by_segment`: analytics.coverage.monthly_by_segment (periode, segmen, peserta_aktif,
    peserta_baru, peserta_nonaktif)."""
    t = TT.bound(lang)
    frame = by_segment.assign(bulan=[month_of(p) for p in by_segment["periode"]])
    months = month_range(min(frame["bulan"]), max(frame["bulan"]))
    present = set(frame["segmen"])
    segments = [s for s in SEGMENT_ORDER if s in present] + sorted(present - set(SEGMENT_ORDER))

    def per_month(part: pd.DataFrame, column: str) -> list:
        sums = part.groupby("bulan")[column].sum(min_count=1)
        return [None if m not in sums.index or pd.isna(sums[m]) else int(sums[m]) for m in months]

    columns = [Column(t("x_bulan"), exports.DATE, months)]
    columns += [Column(glossary.segmen(s, lang), exports.INT, per_month(frame[frame["segmen"] == s], "peserta_aktif"))
                for s in segments]  # fmt: skip
    columns += [
        Column(t("x_total"), exports.INT, per_month(frame, "peserta_aktif")),
        Column(t("x_baru"), exports.INT, per_month(frame, "peserta_baru")),
        Column(t("x_nonaktif"), exports.INT, per_month(frame, "peserta_nonaktif")),
    ]
    return ExportTable(
        title=t("x_title", scope=scope_label, dari=fmt.bulan(months[0], lang), sampai=fmt.bulan(months[-1], lang)),
        source=t("x_source", waktu=fmt.waktu(now or dt.datetime.now(dt.UTC), lang)),
        columns=tuple(columns),
        lang=lang,
        sheet=t("x_sheet"),
    )


def file_stem(scope_label: str, periode: dt.date, lang: str) -> str:
    return exports.file_stem(TT("x_file", lang), scope_label, periode)
