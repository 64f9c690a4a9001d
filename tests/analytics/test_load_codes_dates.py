"""Area codes (Kemendagri, never BPS) and periods, years and dates in their accepted spellings."""

import datetime as dt

from analytics import load
from tests.fixtures.files import KEPESERTAAN, csv_bytes, stored, where, xlsx_bytes

TARGET = ["tahun", "kode_wilayah", "segmen", "target_peserta", "target_cakupan_persen", "batas_waktu"]
TINDAK = ["tanggal", "npp", "nib", "nama_perusahaan", "kode_wilayah", "kategori", "tahap", "instansi"]
OCT = dt.date(2026, 10, 1)


def _kep(*rows, sep=","):
    return csv_bytes([KEPESERTAAN, *[[p, k, s, "1", "", ""] for p, k, s in rows]], sep=sep)


def test_code_with_one_digit_after_the_dot_gets_a_trailing_zero(load_con):
    assert load.load_file(load_con, "kepesertaan", _kep(("2026-10", "16.1", "PU")), "k.csv").accepted
    assert stored(load_con, "SELECT kode_wilayah FROM kepesertaan") == [("16.10",)]


def test_comma_codes_from_indonesian_excel_are_read(load_con):
    data = _kep(("2026-10", "16,1", "PU"), ("2026-10", "16,71", "PU"), sep=";")
    assert load.load_file(load_con, "kepesertaan", data, "k.csv").accepted
    assert stored(load_con, "SELECT kode_wilayah FROM kepesertaan ORDER BY 1") == [("16.10",), ("16.71",)]


def test_numeric_xlsx_code_cells_are_read_as_codes(load_con):
    data = xlsx_bytes({"kepesertaan": [KEPESERTAAN, ["2026-10", 16.1, "PU", 1], ["2026-10", 61.71, "PU", 2]]})
    assert load.load_file(load_con, "kepesertaan", data, "k.xlsx").accepted
    assert stored(load_con, "SELECT kode_wilayah, peserta_aktif FROM kepesertaan ORDER BY 1") == [
        ("16.10", 1), ("61.71", 2)]


def test_bps_code_is_rejected_and_not_guessed(load_con):
    v = load.validate(load_con, "kepesertaan", _kep(("2026-10", "1610", "PU")), "k.csv")
    assert where(v) == [(2, "kode_wilayah", "kode_bps")]
    assert v.report.errors[0].value == "1610"
    assert "BPS berbeda dengan kode Kemendagri" in v.report.errors[0].message("id")
    assert "BPS codes differ from Kemendagri codes" in v.report.errors[0].message("en")


def test_unknown_code_rejects_the_row(load_con):
    v = load.validate(load_con, "kepesertaan", _kep(("2026-10", "16.99", "PU")), "k.csv")
    assert where(v) == [(2, "kode_wilayah", "kode_tidak_dikenal")]


def test_province_code_where_a_regency_is_required_is_an_error(load_con):
    v = load.validate(load_con, "kepesertaan", _kep(("2026-10", "16", "PU")), "k.csv")
    assert where(v) == [(2, "kode_wilayah", "perlu_kabkota")]


def test_malformed_code_is_an_error(load_con):
    v = load.validate(load_con, "target", csv_bytes([TARGET, ["2026", "16.10.01", "SEMUA", "5", "", ""]]), "t.csv")
    assert where(v) == [(2, "kode_wilayah", "kode_format_wilayah")]


def test_target_accepts_province_and_regency_codes(load_con):
    data = csv_bytes([TARGET, ["2026", "16", "SEMUA", "", "35", ""], ["2026", "16.10", "PU", "900", "", ""]])
    assert load.load_file(load_con, "target", data, "t.csv").accepted
    assert stored(load_con, "SELECT kode_wilayah, target_peserta, target_cakupan_persen FROM target ORDER BY 1") == [
        ("16", None, 35.0), ("16.10", 900, None)]


def test_period_spellings_all_mean_the_month(load_con):
    data = _kep(("2026-10", "16.10", "PU"), ("10/2026", "16.71", "PU"), ("2026-10-17", "61.71", "PU"),
                ("17/10/2026", "11.01", "PU"))
    assert load.load_file(load_con, "kepesertaan", data, "k.csv").accepted
    assert stored(load_con, "SELECT DISTINCT periode FROM kepesertaan") == [(OCT,)]


def test_excel_date_cell_is_read_as_its_month(load_con):
    data = xlsx_bytes({"kepesertaan": [KEPESERTAAN, [dt.date(2026, 10, 17), "16.10", "PU", 1]]})
    assert load.load_file(load_con, "kepesertaan", data, "k.xlsx").accepted
    assert stored(load_con, "SELECT periode FROM kepesertaan") == [(OCT,)]


def test_bad_periods_are_errors(load_con):
    v = load.validate(load_con, "kepesertaan", _kep(("Okt 2026", "16.10", "PU"), ("2026-13", "16.71", "PU")), "k.csv")
    assert where(v) == [(2, "periode", "periode_tidak_valid"), (3, "periode", "periode_tidak_valid")]


def test_year_must_have_four_digits(load_con):
    v = load.validate(load_con, "target", csv_bytes([TARGET, ["26", "16", "SEMUA", "5", "", ""]]), "t.csv")
    assert where(v) == [(2, "tahun", "tahun_tidak_valid")]


def test_dates_accept_iso_and_day_month_year(load_con):
    rows = [["2026-10-17", "N1", "", "", "16.10", "PWBD", "HIMBAUAN", "BPJS"],
            ["18/10/2026", "N2", "", "", "16.10", "PWBD", "HIMBAUAN", "BPJS"]]
    assert load.load_file(load_con, "tindak_lanjut", csv_bytes([TINDAK, *rows]), "tl.csv").accepted
    assert stored(load_con, "SELECT tanggal FROM tindak_lanjut ORDER BY 1") == [
        (dt.date(2026, 10, 17),), (dt.date(2026, 10, 18),)]


def test_impossible_date_is_an_error(load_con):
    row = ["2026-02-30", "N1", "", "", "16.10", "PWBD", "HIMBAUAN", "BPJS"]
    v = load.validate(load_con, "tindak_lanjut", csv_bytes([TINDAK, row]), "tl.csv")
    assert where(v) == [(2, "tanggal", "tanggal_tidak_valid")]


def test_target_deadline_defaults_to_the_end_of_its_year(load_con):
    data = csv_bytes([TARGET, ["2026", "16", "SEMUA", "", "35", ""], ["2026", "61", "SEMUA", "", "30", "2026-06-30"]])
    assert load.load_file(load_con, "target", data, "t.csv").accepted
    assert stored(load_con, "SELECT kode_wilayah, batas_waktu FROM target ORDER BY 1") == [
        ("16", dt.date(2026, 12, 31)), ("61", dt.date(2026, 6, 30))]
