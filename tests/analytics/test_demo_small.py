"""The small demo, loaded through the real import into a store with the shipped reference data.

Every file must be accepted (the demo is also a test of the import), what is stored must equal
what was generated, and the datasets must agree with each other the way real data does.
"""

from __future__ import annotations

import hashlib

import pytest

from analytics import store
from analytics.contract import DATASETS, TAHAP
from analytics.demo import generate, load_demo

SAMPAI = "2026-10"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    con = store.connect(tmp_path_factory.mktemp("demo") / "cakupan.duckdb")
    steps = []
    stats: dict = {}
    reports = load_demo(con, "small", SAMPAI, 2026, on_progress=lambda i, n, label: steps.append((i, n, label)), stats=stats)
    yield con, reports, steps, stats
    con.close()


@pytest.fixture(scope="module")
def files():
    return list(generate("small", SAMPAI, 2026))


def test_every_file_is_accepted(small, files):
    _, reports, _, _ = small
    assert [r.accepted for r in reports] == [True] * len(files)
    assert [r.file_name for r in reports] == [f.file_name for f in files]
    assert {r.dataset for r in reports} == set(DATASETS)


def test_progress_counts_every_file(small, files):
    _, _, steps, _ = small
    n = len(files)
    assert steps[0] == (0, n, "menyiapkan data demo")
    assert [s[0] for s in steps] == list(range(n + 1))
    assert steps[-1] == (n, n, files[-1].file_name)


def test_stored_rows_equal_generated_rows(small, files):
    con, _, _, stats = small
    expected: dict[str, int] = {}
    for f in files:
        expected[f.dataset] = expected.get(f.dataset, 0) + f.rows
    stored = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in DATASETS}
    assert stored == expected
    assert stats["rows"] == sum(expected.values())
    assert stats["files"] == len(files)


def test_demo_user_is_recorded(small, files):
    con, _, _, _ = small
    rows = con.execute("SELECT pengguna, hasil, count(*) FROM riwayat_muat GROUP BY ALL").fetchall()
    assert rows == [("demo", "DITERIMA", len(files))]


def test_small_has_three_provinces_and_an_office_across_a_border(small):
    con, _, _, _ = small
    provinces = con.execute("SELECT DISTINCT left(kode_wilayah, 2) FROM kepesertaan ORDER BY 1").fetchall()
    assert [p[0] for p in provinces] == ["36", "92", "96"]
    crossing = con.execute(
        """SELECT nama_kantor FROM kantor WHERE left(kode_wilayah, 2) IN ('92', '96')
           GROUP BY nama_kantor HAVING count(DISTINCT left(kode_wilayah, 2)) = 2"""
    ).fetchall()
    assert crossing == [("KC Manokwari",)]


def test_small_has_24_months(small):
    con, _, _, _ = small
    first, last, months = con.execute(
        "SELECT strftime(min(periode), '%Y-%m'), strftime(max(periode), '%Y-%m'), count(DISTINCT periode) FROM kepesertaan"
    ).fetchone()
    assert (first, last, months) == ("2024-11", "2026-10", 24)


def test_stock_and_flows_agree_on_every_row(small):
    con, _, _, _ = small
    checked, broken = con.execute(
        """WITH t AS (
             SELECT peserta_aktif, peserta_baru, peserta_nonaktif,
                    lag(peserta_aktif) OVER (PARTITION BY kode_wilayah, segmen ORDER BY periode) AS prev
             FROM kepesertaan)
           SELECT count(*), count(*) FILTER (WHERE peserta_aktif <> prev + peserta_baru - peserta_nonaktif)
           FROM t WHERE prev IS NOT NULL"""
    ).fetchone()
    areas = con.execute("SELECT count(DISTINCT kode_wilayah) FROM kepesertaan").fetchone()[0]
    assert (checked, broken) == (areas * 4 * 23, 0)


def test_workforce_stops_the_year_before_sampai(small):
    con, _, _, _ = small
    years = con.execute("SELECT DISTINCT tahun FROM penduduk_bekerja ORDER BY 1").fetchall()
    assert years == [(2024,), (2025,)]


def test_follow_up_names_employers_of_the_snapshots(small):
    con, _, _, _ = small
    orphans = con.execute(
        """SELECT count(*) FROM tindak_lanjut t
           WHERE NOT EXISTS (
             SELECT 1 FROM perusahaan p
             WHERE p.kode_wilayah = t.kode_wilayah AND p.nama_perusahaan = t.nama_perusahaan
               AND (t.npp IS NULL OR p.npp = t.npp) AND (t.nib IS NULL OR p.nib = t.nib))"""
    ).fetchone()[0]
    assert orphans == 0


def test_patuh_means_compliant_at_the_next_snapshot(small):
    con, _, _, _ = small
    still = con.execute(
        """WITH patuh AS (SELECT * FROM tindak_lanjut WHERE tahap = 'PATUH'),
           nxt AS (
             SELECT t.kategori, p.* FROM patuh t
             JOIN perusahaan p ON p.npp = t.npp
             WHERE p.periode = (SELECT min(periode) FROM perusahaan q
                                WHERE last_day(q.periode) >= t.tanggal))
           SELECT kategori, count(*) FILTER (WHERE
               (kategori = 'PWBD' AND status = 'BELUM_DAFTAR')
            OR (kategori = 'PDS_TK' AND tk_terdaftar < tk_wajib)
            OR (kategori = 'PMI' AND bulan_tunggakan >= 1)), count(*)
           FROM nxt GROUP BY kategori ORDER BY kategori"""
    ).fetchall()
    patuh = dict(con.execute("SELECT kategori, count(*) FROM tindak_lanjut WHERE tahap = 'PATUH' GROUP BY 1").fetchall())
    assert [(k, bad) for k, bad, _ in still] == [(k, 0) for k, _, _ in still]
    assert {k: n for k, _, n in still} == patuh  # every PATUH employer is found at the next snapshot


def test_ladder_only_climbs_within_a_case(small):
    con, _, _, _ = small
    order = ", ".join(f"'{t}'" for t in TAHAP)
    bad, steps, min_gap = con.execute(
        f"""WITH t AS (
              SELECT tanggal, list_position([{order}], tahap) AS stage,
                     lag(list_position([{order}], tahap)) OVER w AS prev_stage,
                     lag(tanggal) OVER w AS prev_date
              FROM tindak_lanjut
              WINDOW w AS (PARTITION BY coalesce(npp, nib, nama_perusahaan), kode_wilayah, kategori
                           ORDER BY tanggal, list_position([{order}], tahap)))
            SELECT count(*) FILTER (WHERE stage <= prev_stage AND prev_stage <> 8),
                   count(*) FILTER (WHERE prev_stage <> 8),
                   min(tanggal - prev_date) FILTER (WHERE prev_stage <> 8)
            FROM t WHERE prev_stage IS NOT NULL"""
    ).fetchone()
    assert bad == 0
    assert steps > 500
    assert min_gap >= 7


def test_each_stage_is_taken_by_its_institution(small):
    con, _, _, _ = small
    pairs = set(con.execute("SELECT DISTINCT tahap, instansi FROM tindak_lanjut WHERE tahap <> 'PATUH'").fetchall())
    allowed = {
        ("HIMBAUAN", "BPJS"), ("TEGURAN_1", "BPJS"), ("TEGURAN_2", "BPJS"), ("NOTA_PEMERIKSAAN_1", "DISNAKER"),
        ("NOTA_PEMERIKSAAN_2", "DISNAKER"), ("REKOMENDASI_SANKSI", "PTSP"), ("REKOMENDASI_SANKSI", "BPJS"),
        ("PROSES_HUKUM", "KEJAKSAAN"),
    }  # fmt: skip
    assert pairs <= allowed
    assert {t for t, _ in pairs} == set(TAHAP) - {"PATUH"}


def test_province_targets_leave_room_for_their_kabupaten_targets(small):
    con, _, _, _ = small
    rows = con.execute(
        """SELECT p.tahun, p.kode_wilayah, p.target_peserta, sum(k.target_peserta)
           FROM target p JOIN target k ON k.tahun = p.tahun AND left(k.kode_wilayah, 2) = p.kode_wilayah
             AND length(k.kode_wilayah) = 5 AND k.segmen = 'SEMUA'
           WHERE p.segmen = 'SEMUA' AND p.target_peserta IS NOT NULL GROUP BY ALL"""
    ).fetchall()
    assert rows, "some province with a count target has kabupaten/kota targets"
    assert all(prov > kab for _, _, prov, kab in rows)
    provinces_with_kab = {r[0] for r in con.execute(
        "SELECT DISTINCT left(kode_wilayah, 2) FROM target WHERE length(kode_wilayah) = 5").fetchall()}  # fmt: skip
    assert provinces_with_kab == {"36", "92"}


def test_same_seed_same_bytes_other_seed_other_bytes(files):
    again = list(generate("small", SAMPAI, 2026))
    assert [hashlib.sha256(f.data).hexdigest() for f in again] == [hashlib.sha256(f.data).hexdigest() for f in files]
    other = {f.file_name: f.data for f in generate("small", SAMPAI, 7)}
    differing = [f.file_name for f in files if other[f.file_name] != f.data]
    assert set(differing) == {f.file_name for f in files} - {"kantor_default.csv"}


def test_files_come_in_several_office_styles(files):
    by_name = {f.file_name: f.data for f in files}
    assert by_name["kepesertaan_2025.csv"].startswith(b"\xef\xbb\xbfPeriode;Kode Wilayah;Segmen;Peserta Aktif")
    assert by_name["kepesertaan_2026-01.csv"].startswith(b"periode,kode_wilayah,segmen,")
    assert by_name["kepesertaan_2026-02.csv"].startswith(b"periode;kode_wilayah;segmen;")
    assert by_name["tindak_lanjut_sd_2024-09.csv"].startswith(b"Tanggal;Npp;Nib;Nama Perusahaan;Kode Wilayah")
    penduduk = by_name["penduduk_bekerja_2025.csv"].decode("utf-8-sig").splitlines()
    assert penduduk[0] == "Tahun;Kode Wilayah;Penduduk Bekerja;Pekerja Formal;Pekerja Informal"
    assert all("." in line.split(";")[2] for line in penduduk[1:])  # 1.234.567


def test_windows_1252_style_writes_the_en_dash_as_one_byte():
    import pandas as pd

    from analytics.demo.files import to_csv

    row = {"tanggal": pd.Timestamp("2025-07-01"), "nama_perusahaan": "PT Contoh", "kode_wilayah": "16.10",
           "kategori": "PMI", "tahap": "HIMBAUAN", "instansi": "BPJS", "catatan": "BPJS – Disnaker"}  # fmt: skip
    data = to_csv(pd.DataFrame([row]), "tindak_lanjut", "excel1252")
    assert data == b"Tanggal;Nama Perusahaan;Kode Wilayah;Kategori;Tahap;Instansi;Catatan\n" \
        b"2025-07-01;PT Contoh;16.10;PMI;HIMBAUAN;BPJS;BPJS \x96 Disnaker\n"


def test_excel_codes_style_drops_the_trailing_zero_like_excel():
    import pandas as pd

    from analytics.demo.files import to_csv

    df = pd.DataFrame({"tahun": [2025, 2025], "kode_wilayah": ["16.10", "16.71"], "penduduk_bekerja": [1200, 5]})
    assert to_csv(df, "penduduk_bekerja", "excel_codes") == b"tahun,kode_wilayah,penduduk_bekerja\n2025,16.1,1200\n2025,16.71,5\n"
    assert to_csv(df, "penduduk_bekerja", "excel") == (
        b"\xef\xbb\xbfTahun;Kode Wilayah;Penduduk Bekerja\n2025;16.10;1.200\n2025;16.71;5\n"
    )


def test_derived_tables_equal_their_definitions_on_the_demo(small):
    """Issue 15: built once at the end of the demo load; each equals its defining query, and the
    enforcement outcomes read from perusahaan_ditindak equal those read from every snapshot."""
    import datetime as dt

    from analytics import derived
    from analytics.enforcement import outcomes as outcomes_module
    from analytics.scope import Scope
    from tests.analytics.test_derived import _equal_to_definition

    con, *_ = small
    assert derived.stale(con) == []
    for table in derived.TABLES:
        _equal_to_definition(con, table)
    provinces = [r[0] for r in con.execute("SELECT DISTINCT substr(kode_wilayah, 1, 2) FROM perusahaan").fetchall()]
    for scope in (Scope.nasional(), *(Scope.wilayah(p) for p in provinces)):
        for periode in (dt.date(2026, 4, 1), dt.date(2026, 10, 1)):
            fast = outcomes_module.outcomes_by_institution(con, scope, periode, today=dt.date(2026, 11, 23))
            try:
                outcomes_module.SNAPSHOTS = "perusahaan"
                slow = outcomes_module.outcomes_by_institution(con, scope, periode, today=dt.date(2026, 11, 23))
            finally:
                outcomes_module.SNAPSHOTS = "perusahaan_ditindak"
            assert fast.equals(slow) and fast["kasus"].iloc[-1] > 0, (scope, periode)


def test_views_from_the_cases_keyed_once_and_timelines_equal_their_definitions_on_the_demo(small):
    """Issue 15: on the demo's actions (NIB and name links included), the figures read from a view's
    case table and the timelines keyed from the actions bearing on one employer equal those keyed
    from every action."""
    import datetime as dt

    from analytics import enforcement
    from analytics.scope import Scope
    from tests.analytics.test_enforcement import _timeline_of_every_action

    con, *_ = small
    today = dt.date(2026, 11, 23)
    for scope in (Scope.nasional(), Scope.wilayah("16")):
        periode = dt.date(2026, 10, 1)
        table = enforcement.case_table(con, scope, periode, None, today)
        assert enforcement.ladder_summary(con, scope, periode, None, None, today, table=table) == \
            enforcement.ladder_summary(con, scope, periode, None, None, today)  # fmt: skip
        assert enforcement.outcomes_by_institution(con, scope, periode, None, None, today, table=table).equals(
            enforcement.outcomes_by_institution(con, scope, periode, None, None, today))
        # 60 actions' own keys in a fixed pseudo-random order (NIB ones among them, which the actions
        # link to an NPP), and any case keyed by NIB or name
        keys = [r[0] for r in con.execute("SELECT DISTINCT perusahaan_id(npp, nib, nama_perusahaan, kode_wilayah) AS k "
                                          "FROM tindak_lanjut ORDER BY hash(k) LIMIT 60").fetchall()]  # fmt: skip
        keys += [k for k in table.rows.column("perusahaan_id").to_pylist() if not k.startswith("NPP")][:20]
        assert len(keys) >= 60 and any(k.startswith("NIB") for k in keys)
        for key in keys:
            assert enforcement.timeline(con, scope, periode, key).equals(
                _timeline_of_every_action(con, scope, periode, key)), (scope, key)


def test_compliance_from_the_snapshot_cells_equals_row_by_row_on_the_demo(small, monkeypatch):
    """Issue 15: the demo's compliance views (fractional wage gaps, arrears of every age) added up
    from kepatuhan_kubus equal those counted employer by employer."""
    import datetime as dt

    from analytics.compliance import (
        DataKosong,
        compliance_breakdown,
        compliance_summary,
        compliance_trend,
        query,
    )
    from analytics.scope import Scope

    con, *_ = small
    compared = 0
    for scope in (Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("16.71")):
        for periode in (None, dt.date(2026, 4, 1), dt.date(2026, 9, 1)):
            views = [(compliance_summary, ()), (compliance_trend, ()), (compliance_breakdown, ("wilayah",)),
                     (compliance_breakdown, ("sektor",))]  # fmt: skip
            for view, by in views:
                try:
                    monkeypatch.setattr(query, "USE_CELLS", False)
                    rows = view(con, scope, *by, periode)
                    monkeypatch.setattr(query, "USE_CELLS", True)
                    cells = view(con, scope, *by, periode)
                except DataKosong:  # a month before the scope's first snapshot
                    continue
                assert cells.equals(rows) if hasattr(cells, "equals") else cells == rows, (scope, periode, view)
                compared += 1
    assert compared >= 12  # every view at every scope, at least at its latest snapshot


def test_the_deck_outline_names_the_slides_of_the_whole_deck_on_the_demo(small):
    """Issue 15: the Presentasi page's outline (cheap checks) against the whole deck, across the
    demo's months (accidents, groups and follow-up start at different months)."""
    import datetime as dt

    from analytics.reports import rapat
    from analytics.scope import Scope

    con, *_ = small
    counts = set()
    for scope in (Scope.nasional(), Scope.wilayah("16"), Scope.wilayah("16.71")):
        for periode in (dt.date(2024, 11, 1), dt.date(2025, 6, 1), dt.date(2026, 10, 1)):
            try:
                whole = rapat.build(con, scope, periode, today=dt.date(2026, 11, 23), with_map=False)
            except rapat.DataKosong:
                continue
            keys = rapat.Slides(con, scope, periode, today=dt.date(2026, 11, 23), with_map=False).outline()
            assert keys == tuple(s.key for s in whole.slides), (scope, periode)
            counts.add(len(keys))
    assert len(counts) > 1, counts  # some months lack some optional slide
    assert max(counts) == 10
