"""ui.tindak_lanjut.export: every open case and the overdue ones as a workbook (issue 11 point 13),
on the follow-up fixture whose list tests/pages/test_tindak_lanjut.py reads by hand."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

import openpyxl

from analytics import enforcement
from analytics.scope import Scope
from analytics.store import connect
from tests.analytics import enforcement_fixtures
from ui.tindak_lanjut import export

VIEW = SimpleNamespace(scope=Scope.nasional(), periode=dt.date(2026, 9, 1), lang="id",
                       scope_label="Indonesia (nasional)", periode_label="September 2026")  # fmt: skip


def test_every_open_case_and_the_overdue_ones(tmp_path, monkeypatch):
    con = connect(enforcement_fixtures.make_db(tmp_path, monkeypatch))
    data = export.workbook(con, VIEW, enforcement.EnforcementSettings(batas_hari=14), None, dt.date(2026, 12, 6),
                           now=dt.datetime(2026, 10, 1, 1, 0, tzinfo=dt.UTC))  # fmt: skip
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Kasus berjalan", "Terlambat"]
    open_ws, late_ws = book.worksheets
    assert open_ws["A1"].value == "Kasus tindak lanjut berjalan — Indonesia (nasional), September 2026"
    assert open_ws["A2"].value.startswith("Kategori: Semua kategori. Terlambat = tahap dipegang lebih dari 14 hari.")
    header = [c.value for c in open_ws[4]]
    assert header == ["Perusahaan", "NPP", "NIB", "Kab/kota", "Kode wilayah", "Kategori", "Tahap kini", "Sejak",
                      "Hari di tahap", "Hari terlambat"]  # fmt: skip
    rows = [list(r) for r in open_ws.iter_rows(min_row=5, values_only=True)]
    # the five open cases, overdue first, as on the page (PT Alfa 31 days late, UD Delta 1 day)
    assert [(r[0], r[6], r[8], r[9]) for r in rows] == [
        ("PT Alfa", "Teguran 1", 45, 31), ("UD Delta", "Himbauan", 15, 1), ("PT Epsilon", "Proses hukum", 20, None),
        ("CV Gamma", "Himbauan", 14, None), ("PT Alfa", "Teguran 1", 0, None),
    ]  # fmt: skip
    assert rows[0][7].date() == dt.date(2026, 8, 16) and open_ws["H5"].number_format == "dd/mm/yyyy"
    assert [r[0] for r in late_ws.iter_rows(min_row=5, values_only=True)] == ["PT Alfa", "UD Delta"]
    assert open_ws.auto_filter.ref == "A4:J9"


def test_file_name():
    assert export.file_name(VIEW) == "tindak-lanjut_indonesia-nasional_2026-09.xlsx"
