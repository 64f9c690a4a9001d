"""Files that broke the import in acceptance testing: each is refused (or cleaned) with a clear
message, nothing stored changes, and the process that read it is still alive (issue 9)."""

from __future__ import annotations

import pytest

from analytics import load
from analytics.load import limits
from tests.fixtures import hostile
from tests.fixtures.files import stored, where


def _history(con) -> list[tuple]:
    return stored(con, "SELECT dataset, nama_file, hasil, jumlah_galat FROM riwayat_muat ORDER BY id")


def _refused(con, dataset: str, data: bytes, name: str):
    """Load the file as a user would; assert it is rejected, nothing is stored, one history row."""
    report = load.load_file(con, dataset, data, name, user="uji")
    assert report.accepted is False
    assert stored(con, f"SELECT count(*) FROM {dataset}") == [(0,)]
    assert _history(con) == [(dataset, name, "DITOLAK", report.error_count)]
    # The process (here: the test's own) still answers queries on the store.
    assert stored(con, "SELECT count(*) FROM wilayah") == [(7,)]
    return report


def _keys(report) -> list[str]:
    return [e.key for e in report.errors]


# --- 1. XLSX whose used range or parts are absurd --------------------------------------------


def test_cell_at_xfd1048576_is_refused_by_its_declared_range(load_con):
    data = hostile.far_cell_xlsx()
    assert len(data) < 2_000
    report = _refused(load_con, "kepesertaan", data, "jauh.xlsx")
    assert _keys(report) == ["xlsx_kolom_banyak"]
    assert report.errors[0].message("id") == (
        "Lembar xl/worksheets/sheet1.xml memakai kolom sampai XFD (kolom ke-16.384); paling banyak 200 kolom. "
        "Hapus isi sel jauh di kanan, lalu simpan ulang."
    )


def test_cell_at_xfd1048576_without_a_declared_range_is_refused_by_its_reference(load_con):
    report = _refused(load_con, "kepesertaan", hostile.far_cell_undeclared_xlsx(), "jauh.xlsx")
    assert _keys(report) == ["xlsx_kolom_banyak"]
    assert report.errors[0].fields["kolom"] == "XFD"


def test_a_reader_that_dies_is_a_rejected_file_not_a_dead_server(load_con):
    """No reference gives this sheet's width away; the reader in its child process runs out of
    memory and aborts, and the import reports it."""
    report = _refused(load_con, "kepesertaan", hostile.wide_row_without_references_xlsx(), "lebar.xlsx")
    assert _keys(report) == ["pembaca_berhenti"]
    assert "6.144 MB" in report.errors[0].message("id")


def test_zip_bomb_sheet_is_refused_before_it_is_unpacked(load_con):
    data = hostile.zip_bomb_xlsx(64)
    assert len(data) < 200_000  # 64 MB of XML
    report = _refused(load_con, "kepesertaan", data, "bom.xlsx")
    assert _keys(report) == ["xlsx_bom"]
    assert report.errors[0].fields == {"bagian": "xl/worksheets/sheet1.xml", "rasio": 100}


def test_zip_bomb_in_shared_strings_is_refused(load_con):
    report = _refused(load_con, "kepesertaan", hostile.shared_strings_bomb_xlsx(64), "bom.xlsx")
    assert _keys(report) == ["xlsx_bom"]
    assert report.errors[0].fields["bagian"] == "xl/sharedStrings.xml"


# --- 2 and 8. CSV headers that are too wide or too long ---------------------------------------


def test_a_1_mb_header_without_line_end_is_refused_unread(load_con):
    report = _refused(load_con, "kepesertaan", hostile.wide_header_csv(), "lebar.csv")
    assert [(e.row, e.key) for e in report.errors] == [(1, "judul_terlalu_panjang")]
    assert report.errors[0].message("en") == (
        "The header line is longer than 64 KB without a line end: it is not a data-contract header.")


def test_a_header_with_300_columns_is_refused(load_con):
    report = _refused(load_con, "kepesertaan", hostile.many_columns_csv(300), "lebar.csv")
    assert [(e.row, e.key, e.fields) for e in report.errors] == [
        (1, "kolom_terlalu_banyak", {"n": 300, "maks": 200})]


def test_a_first_line_over_128_kb_is_refused_and_recorded(load_con):
    report = _refused(load_con, "kepesertaan", hostile.long_first_line_csv(200), "panjang.csv")
    assert _keys(report) == ["judul_terlalu_panjang"]


# --- 9 and 10. Encodings and binary files -------------------------------------------------------


def test_excel_unicode_text_utf16_with_tabs_is_read(load_con):
    data = hostile.utf16_unicode_text(["Café Kopi’s", "PT Maju"])
    assert data[:2] == b"\xff\xfe"
    report = load.load_file(load_con, "perusahaan", data, "unicode.txt", user="uji")
    assert report.accepted, report.render_errors()
    assert stored(load_con, "SELECT nama_perusahaan FROM perusahaan ORDER BY 1") == [("Café Kopi’s",), ("PT Maju",)]


def test_mixed_utf8_and_windows_1252_is_refused_naming_both_rows(load_con):
    report = _refused(load_con, "perusahaan", hostile.mixed_encoding_csv(), "campur.csv")
    assert [(e.row, e.key, e.fields["baris_utf8"]) for e in report.errors] == [(3, "campuran_encoding", 2)]
    assert "Café CP1252" in report.errors[0].value


def test_shift_jis_is_refused_as_garbled_naming_its_row(load_con):
    report = _refused(load_con, "perusahaan", hostile.shift_jis_csv(), "sjis.csv")
    assert [(e.row, e.key) for e in report.errors] == [(3, "mojibake")]


def test_utf8_read_twice_is_refused_naming_its_row(load_con):
    report = _refused(load_con, "perusahaan", hostile.double_encoded_csv(), "ganda.csv")
    assert [(e.row, e.key) for e in report.errors] == [(3, "mojibake")]
    assert "CafÃ©" in report.errors[0].value


def test_windows_1252_with_accents_is_still_read(load_con):
    data = hostile.perusahaan_csv(["Café “Kopi” – Ibu’s"], encoding="cp1252")
    assert load.load_file(load_con, "perusahaan", data, "cp.csv", user="uji").accepted
    assert stored(load_con, "SELECT nama_perusahaan FROM perusahaan") == [("Café “Kopi” – Ibu’s",)]


def test_binary_file_as_csv_is_one_clear_message(load_con):
    report = _refused(load_con, "kepesertaan", hostile.binary_as_csv(), "gambar.csv")
    assert _keys(report) == ["bukan_teks"]
    assert report.errors[0].message("en").startswith("This is not a text CSV file")


def test_a_10_mb_cell_is_refused_with_row_and_column(load_con):
    data = hostile.perusahaan_csv(["PT Maju", "x" * (10 * 1024 * 1024)])
    report = _refused(load_con, "perusahaan", data, "besar.csv")
    assert where(load.validate(load_con, "perusahaan", data, "besar.csv")) == [
        (3, "nama_perusahaan", "teks_terlalu_panjang")]
    assert len(report.errors[0].value) == limits.MAX_ECHO_CHARS  # echoed short, not 10 MB


# --- 4. Control characters in names are cleaned at import ---------------------------------------


def test_vertical_tab_and_nul_in_a_name_are_cleaned_and_reported(load_con):
    data = hostile.perusahaan_csv(["PT Maju\x0bJaya", "CV Sinar\x00 Abadi", "PT Biasa"])
    report = load.load_file(load_con, "perusahaan", data, "kontrol.csv", user="uji")
    assert report.accepted
    assert stored(load_con, "SELECT nama_perusahaan FROM perusahaan ORDER BY 1") == [
        ("CV Sinar Abadi",), ("PT Biasa",), ("PT Maju Jaya",)]
    assert [(w.key, w.row, w.column, w.fields["n"]) for w in report.warnings] == [
        ("karakter_kontrol", 2, "nama_perusahaan", 2)]
    assert report.warnings[0].message("id") == (
        "2 sel berisi karakter kontrol (mis. baris baru dari Shift+Enter, tab, NUL) yang dibersihkan: diganti "
        "spasi atau dihapus. Pertama di baris 2, kolom nama_perusahaan.")


def test_a_name_of_only_control_characters_is_missing(load_con):
    v = load.validate(load_con, "perusahaan", hostile.perusahaan_csv(["\x00\x0b"]), "k.csv")
    assert where(v) == [(2, "nama_perusahaan", "wajib_diisi")]


# --- 12. File names are stored as their base name -----------------------------------------------


@pytest.mark.parametrize("given, shown", [
    ("../../../../tmp/x.csv", "x.csv"),
    ("C:\\Users\\ani\\Desktop\\kepesertaan.csv", "kepesertaan.csv"),
    ("a\x00b\x1b[31m.csv", "ab[31m.csv"),
])
def test_path_like_file_names_are_stored_as_their_base_name(load_con, given, shown):
    data = hostile.kepesertaan_csv([["2026-10", "16.10", "PU", "1", "", ""]])
    report = load.load_file(load_con, "kepesertaan", data, given, user="uji")
    assert report.accepted and report.file_name == shown
    assert _history(load_con) == [("kepesertaan", shown, "DITERIMA", 0)]


def test_a_very_long_file_name_is_cut_keeping_its_ending():
    name = limits.base_name("a" * 500 + ".csv")
    assert len(name) == limits.MAX_NAME_CHARS and name.endswith("….csv")


def test_a_file_over_the_size_limit_is_refused_unread(load_con, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    report = _refused(load_con, "kepesertaan", b"x" * 101, "besar.csv")
    assert _keys(report) == ["berkas_terlalu_besar"]


def test_the_history_records_the_file_s_sha256_however_it_was_read(load_con, tmp_path):
    """From a path the reader's process hashes the bytes it reads (one read, not two); from bytes
    the caller does; a rejected file too."""
    import hashlib

    data = hostile.kepesertaan_csv([["2026-10", "16.10", "PU", "1", "", ""]])
    path = tmp_path / "k.csv"
    path.write_bytes(data)
    load.load_file(load_con, "kepesertaan", path, user="uji")
    load.load_file(load_con, "kepesertaan", data, "k2.csv", user="uji")
    refused = hostile.far_cell_xlsx()  # built once: a zip carries the time it was written
    load.load_file(load_con, "kepesertaan", refused, "jauh.xlsx", user="uji")
    assert stored(load_con, "SELECT nama_file, sha256 FROM riwayat_muat ORDER BY id") == [
        ("k.csv", hashlib.sha256(data).hexdigest()), ("k2.csv", hashlib.sha256(data).hexdigest()),
        ("jauh.xlsx", hashlib.sha256(refused).hexdigest())]
