"""CSV and XLSX bytes of a shown table: title rows, typed numbers, the user's conventions."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from analytics import exports
from analytics.exports import Column, ExportTable


def table(lang: str = "id") -> ExportTable:
    return ExportTable(
        title="Capaian target per provinsi — Indonesia, Agustus 2026",
        source="Sumber: Cakupan",
        lang=lang,
        sheet="Capaian Target",
        columns=(
            Column("No.", exports.INT, [1, 2, None]),
            Column("Wilayah", exports.TEXT, ["Sumatera Selatan", "Jambi", "Kalimantan Barat"]),
            Column("Capaian", exports.PERCENT, [98.6666, 92.0, None], ["#2E8B57", "#C0392B", None]),
            Column("Peserta aktif", exports.INT, [1_234_567, 46_000, pd.NA]),
            Column("Batas waktu", exports.DATE, [dt.date(2026, 12, 31), pd.Timestamp("2026-11-30"), None]),
        ),
    )


def test_xlsx_title_then_header_then_typed_rows():
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(table()))).active
    assert ws.title == "Capaian Target"
    assert ws["A1"].value == "Capaian target per provinsi — Indonesia, Agustus 2026"
    assert ws["A2"].value == "Sumber: Cakupan"
    assert [c.value for c in ws[4]] == ["No.", "Wilayah", "Capaian", "Peserta aktif", "Batas waktu"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert values == [
        [1, "Sumatera Selatan", pytest.approx(0.986666), 1_234_567, dt.datetime(2026, 12, 31)],
        [2, "Jambi", pytest.approx(0.92), 46_000, dt.datetime(2026, 11, 30)],
        [None, "Kalimantan Barat", None, None, None],
    ]
    first = ws[5]
    assert [c.number_format for c in first] == ["#,##0", "General", "0.0%", "#,##0", "dd/mm/yyyy"]
    assert first[2].fill.fgColor.rgb == "002E8B57"
    assert ws.freeze_panes == "A5"


def test_csv_indonesian_uses_semicolons_and_decimal_commas():
    raw = exports.to_csv(table())
    text = raw.decode("utf-8-sig").splitlines()
    assert text == [
        "Capaian target per provinsi — Indonesia, Agustus 2026",
        "Sumber: Cakupan",
        "No.;Wilayah;Capaian (%);Peserta aktif;Batas waktu",
        "1;Sumatera Selatan;98,67;1234567;31/12/2026",
        "2;Jambi;92;46000;30/11/2026",
        ";Kalimantan Barat;;;",
    ]
    frame = pd.read_csv(io.BytesIO(raw), sep=";", decimal=",", skiprows=2, encoding="utf-8-sig")
    assert list(frame["Capaian (%)"].iloc[:2]) == [98.67, 92.0]
    assert list(frame["Peserta aktif"].iloc[:2]) == [1_234_567, 46_000]


def test_csv_english_uses_commas_and_decimal_points():
    lines = exports.to_csv(table("en")).decode("utf-8-sig").splitlines()
    assert lines[3] == "1,Sumatera Selatan,98.67,1234567,2026-12-31"


def test_columns_must_have_equal_length():
    with pytest.raises(ValueError):
        ExportTable("t", "s", (Column("a", exports.INT, [1]), Column("b", exports.INT, [1, 2])))


def _hostile_table(lang: str = "id") -> ExportTable:
    return ExportTable(
        title="=1+1 judul",
        source="@sumber",
        lang=lang,
        columns=(
            Column("=Nama", exports.TEXT, ['=HYPERLINK("http://evil.example","x")', "-2+3", "PT\x0bMaju", "Biasa"]),
            Column("Jumlah", exports.INT, [-5, 1, 2, 3]),
        ),
    )


def test_csv_never_starts_a_text_cell_with_a_formula_character():
    text = exports.to_csv(_hostile_table()).decode("utf-8-sig")
    assert text.splitlines() == [
        "'=1+1 judul",
        "'@sumber",
        "'=Nama;Jumlah",
        '"\'=HYPERLINK(""http://evil.example"",""x"")";-5',
        "'-2+3;1",
        "PT Maju;2",
        "Biasa;3",
    ]


def test_xlsx_text_cells_are_strings_and_numbers_stay_numbers():
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(_hostile_table()))).active
    assert [c.value for c in ws["A"]] == [
        "'=1+1 judul", "'@sumber", None, "'=Nama", "'=HYPERLINK(\"http://evil.example\",\"x\")", "'-2+3",
        "PT Maju", "Biasa"]
    assert {c.data_type for c in ws["A"] if c.value is not None} == {"s"}
    assert [c.value for c in ws["B"]][4:] == [-5, 1, 2, 3]  # a negative count is a number, not text


def test_every_sheet_filters_and_prints_on_a4_landscape_with_its_header_on_each_page():
    """Issue 11 point 15: the inspection list (like every export) gets an autofilter and a print
    setup: landscape, fitted to the width, the header row repeated on every printed page."""
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(table()))).active
    assert ws.auto_filter.ref == "A4:E7"  # the header (row 4) and its three rows, five columns
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$4:$4"


def test_a_book_holds_one_sheet_per_table_with_unique_names():
    first, second = table(), table()
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx_book([first, second])))
    assert book.sheetnames == [first.sheet, f"{first.sheet} (2)"]
    assert [ws["A1"].value for ws in book.worksheets] == [first.title, second.title]


def test_file_stem_is_safe_in_any_file_system():
    stem = exports.file_stem("capaian-target", "Kab. Ogan Komering Ulu (OKU)/Timur", dt.date(2026, 8, 1))
    assert stem == "capaian-target_kab-ogan-komering-ulu-oku-timur_2026-08"
    assert exports.file_stem("x", "../../etc", None, "snapshot-2026-06") == "x_etc_tanpa-periode_snapshot-2026-06"


def test_a_two_decimal_number_stays_a_number():
    t = ExportTable(title="t", source="s", columns=(Column("Per 100.000", exports.DEC2, [4.46, None, 12.1]),))
    ws = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(t))).active
    assert (ws["A5"].value, ws["A5"].number_format, ws["A6"].value) == (4.46, "#,##0.00", None)
    assert exports.to_csv(t).decode("utf-8-sig").splitlines()[3:] == ["4,46", '""', "12,1"]  # one empty field
