"""Storing: all or nothing, replace by period, idempotent reloads, the history, and the error report."""

import datetime as dt
import hashlib
import json

import pytest

from analytics import load
from analytics.load import write
from tests.fixtures.files import KEPESERTAAN, csv_bytes, stored

SEPT, OCT = dt.date(2026, 9, 1), dt.date(2026, 10, 1)
ALL = "SELECT periode, kode_wilayah, segmen, peserta_aktif FROM kepesertaan ORDER BY 1, 2, 3"


def _kep(*rows):
    return csv_bytes([KEPESERTAAN, *[[p, k, s, n, "", ""] for p, k, s, n in rows]])


@pytest.fixture
def october(load_con):
    """October for Ogan Ilir and Palembang, September for Ogan Ilir."""
    data = _kep(("2026-10", "16.10", "PU", "10"), ("2026-10", "16.10", "BPU", "11"),
                ("2026-10", "16.71", "PU", "20"), ("2026-09", "16.10", "PU", "9"))
    assert load.load_file(load_con, "kepesertaan", data, "awal.csv").accepted
    return stored(load_con, ALL)


def test_one_bad_row_stores_nothing_and_keeps_prior_data(load_con, october):
    rows = [("2026-10", "16.10", "PU", str(100 + i)) for i in range(1)]
    rows += [("2026-10", k, s, "5") for k in ("16.71", "61.71", "11.01") for s in ("PU", "BPU", "JAKON", "PMI")]
    rows.append(("2026-10", "16.10", "JAKON", "-1"))
    report = load.load_file(load_con, "kepesertaan", _kep(*rows), "baru.csv")
    assert (report.accepted, report.error_count) == (False, 1)
    assert stored(load_con, ALL) == october


def test_reload_replaces_only_the_files_period_and_areas(load_con, october):
    report = load.load_file(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "15")), "ganti.csv")
    assert (report.rows_replaced, report.rows_inserted) == (2, 1)
    assert stored(load_con, ALL) == [(SEPT, "16.10", "PU", 9), (OCT, "16.10", "PU", 15), (OCT, "16.71", "PU", 20)]


def test_loading_the_same_file_twice_changes_nothing(load_con):
    data = _kep(("2026-10", "16.10", "PU", "10"), ("2026-10", "16.71", "PMI", "3"))
    load.load_file(load_con, "kepesertaan", data, "k.csv")
    first = stored(load_con, ALL)
    report = load.load_file(load_con, "kepesertaan", data, "k.csv")
    assert (report.rows_replaced, report.rows_inserted) == (2, 2)
    assert stored(load_con, ALL) == first


def test_offices_are_replaced_by_area(load_con):
    data = csv_bytes([["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"], ["KC-OI", "KC Ogan Ilir", "Sumbagsel", "16.10"]])
    report = load.load_file(load_con, "kantor", data, "kantor.csv")
    assert (report.rows_replaced, report.periods) == (1, [])
    assert stored(load_con, "SELECT kode_kantor, kode_wilayah FROM kantor ORDER BY 2") == [
        ("KC-BNA", "11.01"), ("KC-OI", "16.10"), ("KC-PLG", "16.71"), ("KC-PTK", "61.71")]


def test_follow_up_actions_are_replaced_by_month_of_their_date(load_con):
    head = ["tanggal", "npp", "kode_wilayah", "kategori", "tahap", "instansi"]
    load.load_file(load_con, "tindak_lanjut", csv_bytes([head, ["2026-10-02", "N1", "16.10", "PWBD", "HIMBAUAN", "BPJS"],
                                                         ["2026-11-02", "N1", "16.10", "PWBD", "TEGURAN_1", "BPJS"]]), "a.csv")
    report = load.load_file(load_con, "tindak_lanjut",
                            csv_bytes([head, ["2026-10-20", "N2", "16.10", "PWBD", "HIMBAUAN", "BPJS"]]), "b.csv")
    assert (report.rows_replaced, report.periods) == (1, ["2026-10"])
    assert stored(load_con, "SELECT npp, tanggal FROM tindak_lanjut ORDER BY 2") == [
        ("N2", dt.date(2026, 10, 20)), ("N1", dt.date(2026, 11, 2))]


def test_a_failure_while_writing_rolls_everything_back(load_con, october, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    v = load.validate(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "15")), "k.csv")
    monkeypatch.setattr(write, "_history", broken)
    with pytest.raises(RuntimeError):
        load.commit(load_con, v, "uji")
    assert stored(load_con, ALL) == october
    assert stored(load_con, "SELECT count(*) FROM riwayat_muat") == [(1,)]


def test_history_records_an_accepted_load(load_con):
    data = _kep(("2026-10", "16.10", "PU", "10"), ("2026-09", "16.71", "PU", "3"))
    report = load.load_file(load_con, "kepesertaan", data, "k.csv", user="ani")
    row = stored(load_con, "SELECT id, pengguna, dataset, nama_file, sha256, baris, periode, wilayah, hasil, "
                           "jumlah_galat, galat, baris_diganti FROM riwayat_muat")
    assert row == [(report.muat_id, "ani", "kepesertaan", "k.csv", hashlib.sha256(data).hexdigest(), 2,
                    ["2026-09", "2026-10"], ["16.10", "16.71"], "DITERIMA", 0, "[]", 0)]
    assert stored(load_con, "SELECT DISTINCT muat_id FROM kepesertaan") == [(report.muat_id,)]


def test_history_records_a_rejected_load_with_its_first_errors(load_con):
    load.load_file(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "x")), "k.csv", user="ani")
    (hasil, jumlah, galat), = stored(load_con, "SELECT hasil, jumlah_galat, galat FROM riwayat_muat")
    assert (hasil, jumlah) == ("DITOLAK", 1)
    assert json.loads(galat) == [{"baris": 2, "kolom": "peserta_aktif", "nilai": "x", "kunci": "angka_tidak_valid_biasa",
                                  "pesan": "Bukan angka yang sah; berkas ini dibaca dengan gaya biasa, mis. 1234567 atau 12.5."}]


def test_report_lists_fifty_errors_then_counts_the_rest(load_con):
    rows = [("2026-10", "16.10", "PU", "x")] + [("2026-10", "16.10", f"S{i}", "1") for i in range(1233)]
    report = load.load_file(load_con, "kepesertaan", _kep(*rows), "k.csv")
    assert (report.error_count, len(report.errors), report.remaining_errors()) == (1234, 50, 1184)
    assert report.render_errors("id").splitlines()[-1] == "… dan 1.184 galat lainnya."
    assert report.render_errors("en").splitlines()[-1] == "… and 1,184 more errors."


def test_error_report_reads_in_english(load_con):
    report = load.load_file(load_con, "kepesertaan", _kep(("2026-10", "1610", "PU", "1")), "k.csv")
    table = report.error_table("en")
    assert list(table.columns) == ["Row", "Column", "Value", "Problem"]
    assert table.iloc[0].tolist() == [2, "kode_wilayah", "1610",
                                      "This looks like a BPS code (4 digits, no dot). BPS codes differ from Kemendagri "
                                      "codes for several regencies and are not guessed: use the Kemendagri code PP.KK, "
                                      "e.g. 16.10."]
    assert report.summary("en") == "kepesertaan: file k.csv REJECTED, 1 error(s); no data was changed."


# What the Kelola Data page shows before saving: load.rows_to_replace, the commit's own DELETE predicate.
def test_rows_to_replace_counts_the_files_period_and_area_pairs_and_writes_nothing(load_con, october):
    v = load.validate(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "15")), "ganti.csv")
    assert load.rows_to_replace(load_con, v) == 2  # October x Ogan Ilir: PU and BPU, not September
    assert stored(load_con, ALL) == october
    assert stored(load_con, "SELECT count(*) FROM riwayat_muat") == [(1,)]
    assert load.commit(load_con, v, "uji").rows_replaced == 2


def test_rows_to_replace_is_zero_for_new_pairs_and_for_an_invalid_file(load_con, october):
    new = load.validate(load_con, "kepesertaan", _kep(("2026-11", "16.10", "PU", "1"), ("2026-10", "61.71", "PU", "1")),
                        "baru.csv")
    assert load.rows_to_replace(load_con, new) == 0
    bad = load.validate(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "x")), "buruk.csv")
    assert load.rows_to_replace(load_con, bad) == 0


def test_rows_to_replace_offices_by_area(load_con):
    data = csv_bytes([["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"],
                      ["KC-OI", "KC Ogan Ilir", "Sumbagsel", "16.10"], ["KC-PLG", "KC Palembang", "Sumbagsel", "16.71"]])
    v = load.validate(load_con, "kantor", data, "kantor.csv")
    assert load.rows_to_replace(load_con, v) == 2
    assert load.commit(load_con, v, "uji").rows_replaced == 2


def test_rows_to_replace_follow_up_actions_by_month_of_their_date(load_con):
    head = ["tanggal", "npp", "kode_wilayah", "kategori", "tahap", "instansi"]
    load.load_file(load_con, "tindak_lanjut", csv_bytes([head, ["2026-10-02", "N1", "16.10", "PWBD", "HIMBAUAN", "BPJS"],
                                                         ["2026-10-30", "N3", "16.10", "PWBD", "TEGURAN_1", "BPJS"],
                                                         ["2026-11-02", "N1", "16.10", "PWBD", "TEGURAN_1", "BPJS"]]), "a.csv")
    v = load.validate(load_con, "tindak_lanjut",
                      csv_bytes([head, ["2026-10-20", "N2", "16.10", "PWBD", "HIMBAUAN", "BPJS"]]), "b.csv")
    assert load.rows_to_replace(load_con, v) == 2
    assert load.commit(load_con, v, "uji").rows_replaced == 2


def test_rows_to_replace_works_while_the_caller_holds_an_unfinished_result(load_con, october):
    v = load.validate(load_con, "kepesertaan", _kep(("2026-09", "16.10", "PU", "1")), "sept.csv")
    load_con.execute("SELECT * FROM kepesertaan").fetchone()  # left unfinished, as a page might
    assert load.rows_to_replace(load_con, v) == 1


def test_history_time_is_utc_whatever_the_servers_zone(load_con, monkeypatch):
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "America/New_York")  # a server clock far from both UTC and WIB
    time.tzset()
    try:
        before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        load.load_file(load_con, "kepesertaan", _kep(("2026-10", "16.10", "PU", "1")), "k.csv")
        after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    finally:
        monkeypatch.undo()
        time.tzset()
    ((waktu,),) = stored(load_con, "SELECT waktu FROM riwayat_muat")
    assert before <= waktu <= after
