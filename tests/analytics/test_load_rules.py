"""Rules within a row, allowed values, and duplicate keys inside one file."""

from analytics import load
from tests.fixtures.files import KEPESERTAAN, PERUSAHAAN, csv_bytes, stored, where

TARGET = ["tahun", "kode_wilayah", "segmen", "target_peserta", "target_cakupan_persen"]
KECELAKAAN = ["periode", "kode_wilayah", "segmen", "sektor", "kasus", "meninggal"]
KELOMPOK = ["periode", "kode_wilayah", "kelompok", "sasaran", "terdaftar", "sumber_dana"]
TINDAK = ["tanggal", "npp", "nib", "nama_perusahaan", "kode_wilayah", "kategori", "tahap", "instansi"]
KANTOR = ["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"]


def _check(con, dataset, rows):
    return load.validate(con, dataset, csv_bytes(rows), f"{dataset}.csv")


def _firm(npp="", nib="", nama="PT A", kode="16.10", status="AKTIF", tk_terdaftar="5", program=""):
    return ["2026-09", npp, nib, nama, kode, "C", "KECIL", status, "5", tk_terdaftar, "", "", program, "0", "0"]


def test_target_needs_participants_or_coverage(load_con):
    v = _check(load_con, "target", [TARGET, ["2026", "16", "SEMUA", "", ""]])
    assert where(v) == [(2, "target_peserta", "target_kosong")]


def test_deaths_cannot_exceed_cases(load_con):
    v = _check(load_con, "kecelakaan", [KECELAKAAN, ["2026-10", "16.10", "PU", "C", "2", "3"]])
    assert where(v) == [(2, "meninggal", "meninggal_lebih")]


def test_registered_cannot_exceed_group_size(load_con):
    v = _check(load_con, "kelompok_khusus", [KELOMPOK, ["2026-10", "16.10", "RT_RW", "10", "11", "APBD"]])
    assert where(v) == [(2, "terdaftar", "terdaftar_lebih")]


def test_follow_up_needs_npp_nib_or_name(load_con):
    v = _check(load_con, "tindak_lanjut", [TINDAK, ["2026-10-01", "", "", "", "16.10", "PWBD", "HIMBAUAN", "BPJS"]])
    assert where(v) == [(2, "npp", "identitas_kosong")]


def test_unregistered_employer_has_no_npp_and_no_registered_workers(load_con):
    v = _check(load_con, "perusahaan", [PERUSAHAAN,
                                        _firm(npp="N1", status="BELUM_DAFTAR", tk_terdaftar="0"),
                                        _firm(nama="PT B", status="BELUM_DAFTAR", tk_terdaftar="3")])
    assert where(v) == [(2, "npp", "belum_daftar_npp"), (3, "tk_terdaftar", "belum_daftar_tk")]


def test_registered_employer_needs_an_npp(load_con):
    v = _check(load_con, "perusahaan", [PERUSAHAAN, _firm(status="NONAKTIF")])
    assert where(v) == [(2, "npp", "terdaftar_tanpa_npp")]


def test_enum_values_are_read_leniently(load_con):
    row = ["2026-10-01", "N1", "", "", "16.10", "pds-tk", " Teguran 1 ", "Disnaker"]
    assert load.load_file(load_con, "tindak_lanjut", csv_bytes([TINDAK, row]), "tl.csv").accepted
    assert stored(load_con, "SELECT kategori, tahap, instansi FROM tindak_lanjut") == [
        ("PDS_TK", "TEGURAN_1", "DISNAKER")]


def test_unknown_enum_value_lists_the_choices(load_con):
    v = _check(load_con, "kepesertaan", [KEPESERTAAN, ["2026-10", "16.10", "ASN", "1", "", ""]])
    assert where(v) == [(2, "segmen", "pilihan_tidak_valid")]
    assert v.report.errors[0].message("id") == "Harus salah satu dari: PU, BPU, JAKON, PMI."


def test_programs_are_stored_in_contract_order(load_con):
    rows = [PERUSAHAAN, _firm(npp="N1", program='"jkm; JKK ;JP"'), _firm(npp="N2", program="JKK;JKM;JHT")]
    assert load.load_file(load_con, "perusahaan", csv_bytes(rows), "p.csv").accepted
    assert stored(load_con, "SELECT npp, program FROM perusahaan ORDER BY npp") == [
        ("N1", "JKK;JKM;JP"), ("N2", "JKK;JKM;JHT")]


def test_unknown_program_is_an_error(load_con):
    v = _check(load_con, "perusahaan", [PERUSAHAAN, _firm(npp="N1", program="JKK;JKN")])
    assert where(v) == [(2, "program", "program_tidak_valid")]


def test_duplicate_key_names_both_rows(load_con):
    v = _check(load_con, "kepesertaan", [KEPESERTAAN,
                                         ["2026-10", "16.10", "PU", "1", "", ""],
                                         ["2026-10", "16.71", "PU", "1", "", ""],
                                         ["10/2026", "16.1", "pu", "2", "", ""]])
    assert where(v) == [(4, "periode, kode_wilayah, segmen", "kunci_ganda")]
    assert v.report.errors[0].message("id") == "Duplikat: kunci (2026-10-01, 16.10, PU) sama dengan baris 2."


def test_duplicate_keys_with_an_empty_optional_part_are_duplicates(load_con):
    v = _check(load_con, "kecelakaan", [KECELAKAAN, ["2026-10", "16.10", "PU", "", "2", "0"],
                                        ["2026-10", "16.10", "PU", "", "1", "0"]])
    assert where(v) == [(3, "periode, kode_wilayah, segmen, sektor", "kunci_ganda")]


def test_employer_keys_depend_on_registration(load_con):
    v = _check(load_con, "perusahaan", [
        PERUSAHAAN,
        _firm(npp="N1", nama="PT A"),
        _firm(npp="N1", nama="PT A lain"),  # same npp: duplicate of row 2
        _firm(nib="B9", nama="PT B", status="BELUM_DAFTAR", tk_terdaftar="0"),
        _firm(nib="B9", nama="PT B2", status="BELUM_DAFTAR", tk_terdaftar="0"),  # same nib: of row 4
        _firm(nama="Toko C", status="BELUM_DAFTAR", tk_terdaftar="0"),
        _firm(nama="TOKO C", status="BELUM_DAFTAR", tk_terdaftar="0"),  # same name and area: of row 6
        _firm(nama="Toko C", kode="16.71", status="BELUM_DAFTAR", tk_terdaftar="0"),  # other area: fine
    ])
    assert [(e.row, e.key, e.fields["baris"]) for e in v.report.errors] == [
        (3, "kunci_ganda", 2), (5, "kunci_ganda", 4), (7, "kunci_ganda", 6)]


def test_one_office_per_regency(load_con):
    v = _check(load_con, "kantor", [KANTOR, ["KC-PLG", "KC Palembang", "Sumbagsel", "16.10"],
                                    ["KC-PRB", "KC Prabumulih", "Sumbagsel", "16.10"]])
    assert where(v) == [(3, "kode_wilayah", "kunci_ganda")]


def test_one_office_code_has_one_name_and_kanwil(load_con):
    v = _check(load_con, "kantor", [KANTOR, ["KC-PLG", "KC Palembang", "Sumbagsel", "16.10"],
                                    ["KC-PLG", "KC Palembang Ilir", "Sumbagsel", "16.71"]])
    assert [(e.row, e.column, e.key, e.fields) for e in v.report.errors] == [
        (3, "kode_kantor", "kantor_tidak_konsisten", {"baris": 2})]
