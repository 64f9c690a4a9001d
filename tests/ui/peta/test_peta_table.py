"""The Peta page's pieces that need no Streamlit run: table order, export, clicked area, legend HTML."""

from __future__ import annotations

import io
import math
from collections import namedtuple

import openpyxl
import pandas as pd

from analytics import exports
from ui.peta import legend as peta_legend
from ui.peta import map as peta_map
from ui.peta import table as peta_table

Row = namedtuple("Row", "label colour count")

VALUES = pd.DataFrame(
    {
        "kode_wilayah": ["15", "16", "61", "62"],
        "nama": ["Jambi", "Sumatera Selatan", "Kalimantan Barat", "Kalimantan Tengah"],
        "nilai": [92.0, 98.7, math.nan, 83.3],
        "teks": ["92,0%", "98,7%", "–", "83,3%"],
        "kelas": ["90,0% – 100,0%", "90,0% – 100,0%", "Tidak ada data", "< 90,0%"],
    }
)
LEGEND = [
    Row("< 90,0%", "#9ecae1", 1),
    Row("90,0% – 100,0%", "#08519c", 2),
    Row("Tidak ada data", "#D4D4D4", 1),
]


def test_rows_by_value_highest_first_no_data_last():
    rows = peta_table.ordered(VALUES, "persen", LEGEND)
    assert list(rows["nama"]) == ["Sumatera Selatan", "Jambi", "Kalimantan Tengah", "Kalimantan Barat"]


def test_status_rows_in_legend_order_then_by_name():
    values = pd.DataFrame(
        {
            "kode_wilayah": ["1", "2", "3", "4"],
            "nama": ["B", "A", "C", "D"],
            "nilai": ["BERISIKO", "BERISIKO", None, "TERCAPAI"],
            "teks": ["Berisiko", "Berisiko", "–", "Tercapai"],
            "kelas": ["Berisiko", "Berisiko", "Tidak ada data", "Tercapai"],
        }
    )
    legend = [
        Row("Tercapai", "#1B7837", 1),
        Row("Berisiko", "#D97706", 2),
        Row("Tidak ada data", "#D4D4D4", 1),
    ]
    assert list(peta_table.ordered(values, "status", legend)["nama"]) == ["D", "A", "B", "C"]


def test_screen_colours_the_class_cell():
    styler = peta_table.screen(peta_table.ordered(VALUES, "persen", LEGEND), LEGEND, "id", "Capaian")
    html = styler.to_html()
    assert "background-color: #08519c;\n  color: #FFFFFF;" in html  # dark class: white text
    assert "background-color: #D4D4D4;\n  color: #111827;" in html  # light grey: dark text
    assert list(styler.data.columns) == ["Wilayah", "Capaian", "Kelas"]


def test_export_keeps_numbers_as_numbers():
    rows = peta_table.ordered(VALUES, "persen", LEGEND)
    table = peta_table.export_table(
        rows, "persen", LEGEND, "id", indikator_label="Capaian", title="T", source="S"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(table))).active
    data = [[c.value for c in r] for r in sheet.iter_rows(min_row=exports.HEADER_ROW)]
    assert data[0] == ["Wilayah", "Capaian", "Kelas"]
    assert data[1][:2] == ["Sumatera Selatan", 0.987]
    assert data[4] == ["Kalimantan Barat", None, "Tidak ada data"]
    csv = exports.to_csv(table).decode("utf-8-sig").splitlines()
    assert csv[2:4] == ["Wilayah;Capaian (%);Kelas", "Sumatera Selatan;98,7;90,0% – 100,0%"]


def test_file_stem_names_indicator_area_and_month():
    import datetime as dt

    assert peta_table.file_stem("id", "capaian", "Sumatera Selatan", dt.date(2026, 8, 1)) == (
        "peta-capaian_sumatera-selatan_2026-08"
    )


def test_clicked_takes_the_first_known_location():
    event = {"selection": {"points": [{"lat": 1, "lon": 2}, {"location": "99"}, {"location": "16"}]}}
    assert peta_map.clicked(event, ["15", "16"]) == "16"
    assert peta_map.clicked({"selection": {"points": []}}, ["16"]) is None
    assert peta_map.clicked(None, ["16"]) is None


def test_legend_marks_the_last_row_as_no_data():
    html = peta_legend.html(LEGEND, "id", "Legenda")
    assert html.count('class="row"') == 2 and html.count('class="row nodata"') == 1
    assert 'data-count="1">' in html and "Tidak ada data" in html
