"""analytics.reports.ringkasan_book: Ringkasan's figures as a workbook (issue 11 point 13), on the
coverage fixture (figures by hand in tests/pages/test_ringkasan.py: Sumatera Selatan, August 2026)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from analytics import coverage, exports
from analytics.coverage.parts import behind, kabkota_metrics
from analytics.coverage.series import monthly_total
from analytics.reports import ringkasan_book
from analytics.scope import Scope
from tests.analytics import compliance_fixtures

coverage_empty_store = compliance_fixtures.coverage_empty_store
coverage_store = compliance_fixtures.coverage_store

AUG = dt.date(2026, 8, 1)
NOW = dt.datetime(2026, 9, 1, 2, 0, tzinfo=dt.UTC)


def book(con, scope: Scope, with_behind: bool = True):
    h = coverage.headline(con, scope, AUG)
    late = behind(kabkota_metrics(con, scope, AUG)) if with_behind else None
    history = monthly_total(con, scope, end=AUG).dropna(subset=["peserta_aktif"])
    data = exports.to_xlsx_book(ringkasan_book.tables(h, "Sumatera Selatan", late, history, now=NOW))
    return openpyxl.load_workbook(io.BytesIO(data))


def body(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(min_row=5, values_only=True)]


def test_the_summary_sheet_holds_the_pages_figures_as_numbers(coverage_store):
    wb = book(coverage_store, Scope.wilayah("16"))
    assert wb.sheetnames == ["Ringkasan", "Kab-kota tertinggal", "Tren"]
    ws = wb["Ringkasan"]
    assert ws["A1"].value == "Ringkasan kepesertaan — Sumatera Selatan, Agustus 2026"
    rows = {r[0]: r[1:] for r in body(ws)}
    assert rows["Peserta aktif"][0] == 493_333
    assert rows["Target 2026"][0] == 500_000 and rows["Target 2026"][3] == "batas waktu 31 Desember 2026"
    assert rows["Capaian target"][1] == pytest.approx(493_333 / 500_000)  # a fraction: Excel's 98,7%
    assert rows["Kekurangan (gap)"][0] == 6_667
    # 41.667 − 33.000 + 125.000 − 121.000 + 83.333 − 79.333
    assert rows["Kekurangan kab/kota"][0] == 16_667
    assert rows["Kekurangan kab/kota"][3] == "3 dari 4 kab/kota belum mencapai target"
    assert rows["Status"][2] == "Sesuai jalur (agregat — 3 kab/kota tertinggal)"
    assert (rows["Laju dibutuhkan per bulan"][0], rows["Laju aktual per bulan"][0]) == (1_667, 4_417)
    assert rows["Proyeksi 31 Desember 2026"][0] == 511_000
    assert rows["Perusahaan aktif"][0] == 4
    assert ws["B5"].number_format == "#,##0" and ws["C7"].number_format == "0.0%"


def test_the_kabkota_behind_and_the_trend(coverage_store):
    wb = book(coverage_store, Scope.wilayah("16"))
    late = body(wb["Kab-kota tertinggal"])
    assert [(r[0], r[1], r[3]) for r in late] == [
        ("Ogan Komering Ulu", "16.01", 8_667), ("Muara Enim", "16.03", 4_000), ("Ogan Komering Ilir", "16.02", 4_000),
    ]  # fmt: skip
    trend = body(wb["Tren"])
    assert trend[-1][1] == 493_333  # August, as on the page's chart
    assert trend[-1][0].date() == AUG


def test_a_kabkota_has_no_sheet_of_parts(coverage_store):
    wb = book(coverage_store, Scope.wilayah("16.01"), with_behind=False)
    assert wb.sheetnames == ["Ringkasan", "Tren"]
    rows = {r[0]: r[1:] for r in body(wb["Ringkasan"])}
    assert "Kekurangan kab/kota" in rows  # its own shortfall, one part: itself
    assert rows["Target 2026"][3] == "batas waktu 31 Desember 2026; dialokasikan dari target provinsi"


def test_file_stem():
    assert ringkasan_book.file_stem("Kab. Ogan Ilir", AUG) == "ringkasan_kab-ogan-ilir_2026-08"
    assert ringkasan_book.file_stem("Jambi", AUG, "en") == "summary_jambi_2026-08"
