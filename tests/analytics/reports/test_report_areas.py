"""Every file a role can make holds only its area (issue 14): the reports and the deck of a
province, a kab/kota, a Kantor Cabang and a Kanwil name no kab/kota or province outside it (a
kab/kota's deck may show its own province's league, which its official compares with)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from analytics.reports import laporan
from analytics.scope import Level, Scope
from analytics.store import connect
from tests.analytics.reports.report_fixtures import report_db  # noqa: F401

# coverage_fixtures' geography
AREAS = {"Jambi": "15", "Kerinci": "15", "Kota Jambi": "15", "Sumatera Selatan": "16", "Ogan Komering Ulu": "16",
         "Ogan Komering Ilir": "16", "Muara Enim": "16", "Kota Palembang": "16", "Kalimantan Barat": "61",
         "Kota Pontianak": "61"}  # fmt: skip
CASES = {
    "provinsi-61": (Scope.wilayah("61"), {"61"}),
    "kabkota-16.71": (Scope.wilayah("16.71"), {"16"}),
    "kantor-KC04": (Scope(Level.KANTOR, "KC04"), {"61"}),
    "kanwil-Kalbar": (Scope(Level.KANWIL, "Kalbar"), {"61"}),
}


def _text(data: bytes, suffix: str) -> str:
    if suffix == ".xlsx":
        wb = load_workbook(io.BytesIO(data))
        return "\n".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)
    prs = Presentation(io.BytesIO(data))
    parts = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [c.text for r in shape.table.rows for c in r.cells]
            if shape.has_chart:
                parts += [str(c) for c in shape.chart.plots[0].categories]
        parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


@pytest.mark.parametrize("case", CASES)
def test_files_hold_only_the_area(report_db, case):  # noqa: F811
    scope, provinces = CASES[case]
    con = connect(report_db, read_only=True)
    try:
        made = {}
        for jenis, suffix in (("bulanan", ".xlsx"), ("triwulanan", ".xlsx"), ("rapat", ".pptx")):
            periode = dt.date(2026, 9 if jenis == "triwulanan" else 8, 1)
            try:
                made[jenis] = _text(laporan.make(con, jenis, scope, periode, suffix).data, suffix)
            except LookupError:  # the area has no data for that report: nothing to leak
                continue
    finally:
        con.close()
    assert "rapat" in made, "the deck could not be made for this area"
    for jenis, text in made.items():
        leaks = [name for name, prov in AREAS.items() if prov not in provinces and name in text]
        assert leaks == [], (case, jenis, leaks)
