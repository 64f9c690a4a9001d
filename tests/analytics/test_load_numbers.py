"""Numbers: Indonesian or plain style, one per file, and the range rules of counts, amounts, percents."""

from analytics import load
from tests.fixtures.files import KEPESERTAAN, PERUSAHAAN, csv_bytes, stored, where, xlsx_bytes

PB = ["tahun", "kode_wilayah", "penduduk_bekerja", "pekerja_formal", "pekerja_informal"]
TARGET = ["tahun", "kode_wilayah", "segmen", "target_peserta", "target_cakupan_persen", "batas_waktu"]


def _firm(npp, upah, tk="10"):
    return ["2026-09", npp, "", f"PT {npp}", "16.10", "C", "KECIL", "AKTIF", tk, tk, upah, "", "", "0", "0"]


def test_indonesian_numbers_are_read(load_con):
    data = csv_bytes([PERUSAHAAN, _firm("N1", '"1.234,5"', "1.234.567"), _firm("N2", "2.000")])
    report = load.load_file(load_con, "perusahaan", data, "p.csv")
    assert report.number_style == "id"
    assert stored(load_con, "SELECT npp, tk_wajib, upah_wajib_rp FROM perusahaan ORDER BY npp") == [
        ("N1", 1234567, 1234.5), ("N2", 10, 2000.0)]


def test_plain_numbers_are_read(load_con):
    data = csv_bytes([PERUSAHAAN, _firm("N1", "1234.5", "1234567"), _firm("N2", "12.25")])
    report = load.load_file(load_con, "perusahaan", data, "p.csv")
    assert report.number_style == "biasa"
    assert stored(load_con, "SELECT npp, tk_wajib, upah_wajib_rp FROM perusahaan ORDER BY npp") == [
        ("N1", 1234567, 1234.5), ("N2", 10, 12.25)]


def test_a_lone_dot_with_three_digits_is_a_thousands_separator(load_con):
    data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "PU", "1.234", "", ""]])
    report = load.load_file(load_con, "kepesertaan", data, "k.csv")
    assert report.number_style == "id"
    assert stored(load_con, "SELECT peserta_aktif FROM kepesertaan") == [(1234,)]


def test_the_report_names_the_style_it_read(load_con):
    data = csv_bytes([KEPESERTAAN, ["2026-10", "16.10", "PU", "1.234.567", "", ""]])
    report = load.load_file(load_con, "kepesertaan", data, "k.csv")
    assert report.summary("id") == ("kepesertaan: 1 baris dimuat dari k.csv (periode 2026-10; 1 wilayah; "
                                    "0 baris diganti; angka gaya Indonesia)")
    assert report.summary("en").endswith("Indonesian-style numbers)")


def test_mixed_styles_reject_the_file_naming_a_cell_of_each(load_con):
    data = csv_bytes([PERUSAHAAN, _firm("N1", "5000"), _firm("N2", "12.5"), _firm("N3", "1.234.567")])
    v = load.validate(load_con, "perusahaan", data, "p.csv")
    assert where(v) == [(3, "upah_wajib_rp", "gaya_angka_campur")]
    assert v.report.errors[0].message("id") == (
        "Gaya angka bercampur dalam satu berkas: 1.234.567 (baris 4, kolom upah_wajib_rp) bergaya Indonesia, "
        "sedangkan 12.5 (baris 3, kolom upah_wajib_rp) bergaya biasa. Gunakan satu gaya: 1.234.567 dan 12,5, "
        "atau 1234567 dan 12.5.")


def test_counts_must_be_whole_and_not_negative(load_con):
    data = csv_bytes([KEPESERTAAN,
                      ["2026-10", "16.10", "PU", "-3", "", ""],
                      ["2026-10", "16.71", "PU", '"12,5"', "", ""],
                      ["2026-10", "61.71", "PU", "dua", "", ""]])
    v = load.validate(load_con, "kepesertaan", data, "k.csv")
    assert where(v) == [(2, "peserta_aktif", "negatif"), (3, "peserta_aktif", "bukan_bulat"),
                        (4, "peserta_aktif", "angka_tidak_valid_id")]


def test_penduduk_bekerja_must_be_positive(load_con):
    v = load.validate(load_con, "penduduk_bekerja", csv_bytes([PB, ["2025", "16.10", "0", "", ""]]), "pb.csv")
    assert where(v) == [(2, "penduduk_bekerja", "harus_positif")]


def test_percent_must_lie_between_0_and_100(load_con):
    v = load.validate(load_con, "target", csv_bytes([TARGET, ["2026", "16", "SEMUA", "", "120", ""]]), "t.csv")
    assert where(v) == [(2, "target_cakupan_persen", "persen_di_luar")]


def test_amounts_must_not_be_negative(load_con):
    v = load.validate(load_con, "perusahaan", csv_bytes([PERUSAHAAN, _firm("N1", "-1")]), "p.csv")
    assert where(v) == [(2, "upah_wajib_rp", "negatif")]


def test_typed_xlsx_numbers_are_not_style_evidence(load_con):
    head = ["periode", "npp", "nama_perusahaan", "kode_wilayah", "sektor", "skala", "status", "tk_wajib",
            "tk_terdaftar", "upah_wajib_rp", "tunggakan_rp", "bulan_tunggakan"]
    rows = [head, ["2026-09", "N1", "PT A", "16.10", "C", "KECIL", "AKTIF", "1.234.567", 10, 12.5, 0, 0]]
    report = load.load_file(load_con, "perusahaan", xlsx_bytes({"perusahaan": rows}), "p.xlsx")
    assert (report.accepted, report.number_style) == (True, "id")
    assert stored(load_con, "SELECT tk_wajib, tk_terdaftar, upah_wajib_rp FROM perusahaan") == [(1234567, 10, 12.5)]
