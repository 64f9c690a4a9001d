"""Reading files: CSV dialects and encodings, XLSX sheets, unsupported formats."""

import datetime as dt

from analytics import load
from tests.fixtures.files import KEPESERTAAN, PERUSAHAAN, csv_bytes, stored, where, xlsx_bytes

OCT = dt.date(2026, 10, 1)


def _load(con, data, name="kepesertaan.csv", dataset="kepesertaan"):
    return load.load_file(con, dataset, data, name, user="uji")


def test_csv_with_commas_is_stored(load_con):
    data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "PU", "120", "5", "2"]])
    assert _load(load_con, data).accepted
    assert stored(load_con, "SELECT periode, kode_wilayah, segmen, peserta_aktif, peserta_baru, peserta_nonaktif "
                            "FROM kepesertaan") == [(OCT, "16.10", "PU", 120, 5, 2)]


def test_csv_with_semicolons_is_stored(load_con):
    data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "BPU", "7", "", ""]], sep=";")
    assert _load(load_con, data).accepted
    assert stored(load_con, "SELECT segmen, peserta_aktif, peserta_baru FROM kepesertaan") == [("BPU", 7, None)]


def test_utf8_bom_does_not_hide_the_first_column(load_con):
    data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "PU", "1", "", ""]], bom=True)
    assert _load(load_con, data).accepted
    assert stored(load_con, "SELECT periode FROM kepesertaan") == [(OCT,)]


def test_windows_1252_text_is_stored_correctly(load_con):
    row = ["2026-09", "", "", "Café Kopi’s", "16.10", "I", "MIKRO", "BELUM_DAFTAR", "3", "0", "", "", "", "0", "0"]
    data = csv_bytes([PERUSAHAAN, row], sep=";", encoding="cp1252")
    assert _load(load_con, data, "perusahaan.csv", "perusahaan").accepted
    assert stored(load_con, "SELECT nama_perusahaan FROM perusahaan") == [("Café Kopi’s",)]


def test_quoted_cell_may_hold_the_delimiter(load_con):
    row = ["2026-09", "N1", "", '"PT Maju; Jaya"', "16.10", "C", "KECIL", "AKTIF", "10", "10", "", "", '"JKK;JKM"',
           "0", "0"]
    data = csv_bytes([PERUSAHAAN, row], sep=";")
    assert _load(load_con, data, "perusahaan.csv", "perusahaan").accepted
    assert stored(load_con, "SELECT nama_perusahaan, program FROM perusahaan") == [("PT Maju; Jaya", "JKK;JKM")]


def test_blank_lines_are_skipped_and_rows_keep_their_numbers(load_con):
    text = (",".join(KEPESERTAAN) + "\n2026-10,16.10,PU,1,,\n\n2026-10,16.71,PU,x,,\n").encode()
    v = load.validate(load_con, "kepesertaan", text, "k.csv")
    assert where(v) == [(4, "peserta_aktif", "angka_tidak_valid_biasa")]


def test_row_with_too_many_fields_is_rejected(load_con):
    text = (",".join(KEPESERTAAN) + "\n2026-10,16.10,PU,1,,\n2026-10,16.71,PU,1,,,9\n").encode()
    v = load.validate(load_con, "kepesertaan", text, "k.csv")
    assert [(e.row, e.key, e.fields) for e in v.report.errors] == [(3, "jumlah_kolom", {"ada": 7, "harus": 6})]


def test_xlsx_sheet_named_after_the_dataset_is_read(load_con):
    data = xlsx_bytes({
        "Catatan": [["bukan", "data"]],
        "KEPESERTAAN": [KEPESERTAAN, ["2026-10", "16.71", "JAKON", 33]],
    })
    assert _load(load_con, data, "k.xlsx").accepted
    assert stored(load_con, "SELECT kode_wilayah, segmen, peserta_aktif FROM kepesertaan") == [("16.71", "JAKON", 33)]


def test_xlsx_first_sheet_is_read_when_none_is_named_after_the_dataset(load_con):
    data = xlsx_bytes({
        "Data Oktober": [KEPESERTAAN, ["2026-10", "61.71", "PMI", 4]],
        "Lain": [["x"]],
    })
    assert _load(load_con, data, "k.xlsx").accepted
    assert stored(load_con, "SELECT kode_wilayah, segmen, peserta_aktif FROM kepesertaan") == [("61.71", "PMI", 4)]


def test_other_formats_are_rejected_with_a_clear_message(load_con):
    v = load.validate(load_con, "kepesertaan", b"%PDF-1.4", "laporan.pdf")
    assert where(v) == [(None, None, "format_tidak_didukung")]
    assert v.report.errors[0].message("id") == (
        "Format berkas .pdf tidak didukung: gunakan CSV atau XLSX (Excel 2007 ke atas).")


def test_old_xls_is_rejected_with_advice(load_con):
    v = load.validate(load_con, "kepesertaan", b"\xd0\xcf\x11\xe0rest", "lama.xls")
    assert where(v) == [(None, None, "xls_lama")]
