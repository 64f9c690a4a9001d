"""The ladder, current stages, overdue cases, outcomes and timelines on the hand-built fixture.

Every expected value is worked out from tests/analytics/enforcement_fixtures.py's docstring.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analytics.enforcement import (
    EnforcementSettings,
    case_list,
    find_cases,
    ladder_summary,
    outcomes_by_institution,
    reference_day,
    timeline,
)
from analytics.scope import Level, Scope
from tests.analytics import enforcement_fixtures
from tests.analytics.enforcement_fixtures import OKT, SEP, TODAY

NAS = Scope.nasional()


@pytest.fixture
def store(tmp_path, monkeypatch):
    yield from enforcement_fixtures.open_store(tmp_path, monkeypatch)


def summary(con, scope=NAS, periode=SEP, **kw):
    return ladder_summary(con, scope, periode, today=TODAY, **kw)


def listed(con, scope=NAS, periode=SEP, settings=None, **kw):
    frame, total = case_list(con, scope, periode, settings, today=TODAY, **kw)
    cols = ["nama_perusahaan", "kategori", "tahap", "hari_di_tahap", "terlambat", "hari_terlambat"]
    return [tuple(r) for r in frame[cols].itertuples(index=False)], total


def test_reference_day_is_month_end_or_today_in_the_running_month():
    assert reference_day(SEP, TODAY) == dt.date(2026, 9, 30)
    assert reference_day(dt.date(2026, 11, 1), TODAY) == TODAY
    assert reference_day(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)


def test_funnel_counts_each_case_at_every_rung_up_to_its_highest(store):
    s = summary(store)
    assert s.kasus == 6
    assert s.tahapan == {
        "HIMBAUAN": 6,
        "TEGURAN_1": 4,  # A, B, E, F
        "TEGURAN_2": 2,  # B, E
        "NOTA_PEMERIKSAAN_1": 2,
        "NOTA_PEMERIKSAAN_2": 1,  # E
        "REKOMENDASI_SANKSI": 1,
        "PROSES_HUKUM": 1,
    }
    assert s.patuh == 1 and s.patuh_persen == pytest.approx(100 / 6)


def test_current_stage_is_the_latest_action_and_ladder_order_breaks_ties(store):
    s = summary(store)
    assert s.sekarang == {
        "HIMBAUAN": 2,  # C, D
        "TEGURAN_1": 2,  # A, and F (HIMBAUAN and TEGURAN_1 on the same day)
        "TEGURAN_2": 0,
        "NOTA_PEMERIKSAAN_1": 0,
        "NOTA_PEMERIKSAAN_2": 0,
        "REKOMENDASI_SANKSI": 0,
        "PROSES_HUKUM": 1,
        "PATUH": 1,
    }


def test_overdue_first_then_by_days_and_the_14_15_day_edge(store):
    rows, total = listed(store)
    assert total == 5  # B is PATUH and not listed
    assert rows == [
        ("PT Alfa", "PDS_TK", "TEGURAN_1", 45, True, 31),  # 16-08 -> 30-09
        ("UD Delta", "PWBD", "HIMBAUAN", 15, True, 1),  # 15 days: one day overdue
        ("PT Epsilon", "PDS_PROGRAM", "PROSES_HUKUM", 20, False, 0),  # the court's timetable
        ("CV Gamma", "PWBD", "HIMBAUAN", 14, False, 0),  # exactly 14 days: on time
        ("PT Alfa", "PMI", "TEGURAN_1", 0, False, 0),
    ]
    assert summary(store).terlambat == 2


def test_settings_move_the_overdue_line(store):
    assert summary(store, settings=EnforcementSettings(batas_hari=15)).terlambat == 1
    strict = EnforcementSettings(batas_hari=14, proses_hukum_terlambat=True)
    assert summary(store, settings=strict).terlambat == 3
    with pytest.raises(ValueError):
        EnforcementSettings(batas_hari=0)


def test_paging_and_patuh_cases_on_request(store):
    rows, total = listed(store, offset=1, limit=2)
    assert total == 5 and [r[0] for r in rows] == ["UD Delta", "PT Epsilon"]
    rows, total = listed(store, hanya_terbuka=False)
    assert total == 6 and ("PT Beta", "PMI", "PATUH", 51, False, 0) in rows


def test_actions_after_the_period_are_left_out_and_the_npp_joins_the_nib(store):
    s = summary(store, periode=OKT)
    # October: A moved to TEGURAN_2; C's PATUH carries NPP C1 and NIB N3, so its NIB-only warning joins it.
    assert s.kasus == 6 and s.patuh == 2
    assert s.sekarang["TEGURAN_2"] == 1 and s.sekarang["HIMBAUAN"] == 1
    gamma = find_cases(store, NAS, OKT, "gamma", today=TODAY)
    assert list(gamma["perusahaan_id"]) == ["NPP C1"] and list(gamma["tahap"]) == ["PATUH"]
    assert list(find_cases(store, NAS, SEP, "gamma", today=TODAY)["perusahaan_id"]) == ["NIB N3"]


def test_days_count_to_today_in_the_running_month(store):
    rows, _ = listed(store, periode=OKT)
    # October is over on 23-11: UD Delta 15-09 -> 31-10 = 46 days; A's TEGURAN_2 02-10 -> 31-10 = 29.
    assert rows[:2] == [
        ("UD Delta", "PWBD", "HIMBAUAN", 46, True, 32),
        ("PT Alfa", "PMI", "TEGURAN_1", 31, True, 17),  # 30-09 -> 31-10
    ]
    assert rows[2] == ("PT Alfa", "PDS_TK", "TEGURAN_2", 29, True, 15)
    frame, _ = case_list(store, NAS, OKT, today=dt.date(2026, 10, 20))
    assert frame.iloc[0]["hari_di_tahap"] == 35  # UD Delta's HIMBAUAN 15-09 -> 20-10 (today)


def test_scope_and_kategori_filters(store):
    assert summary(store, Scope.wilayah("16")).kasus == 5
    assert summary(store, Scope.wilayah("16.01")).kasus == 1
    jambi_office = summary(store, Scope(Level.KANTOR, "KC03"))
    assert jambi_office.kasus == 1 and jambi_office.tahapan["PROSES_HUKUM"] == 1
    pmi = summary(store, kategori="PMI")
    assert (pmi.kasus, pmi.patuh, pmi.terlambat) == (2, 1, 0)
    with pytest.raises(ValueError):
        summary(store, kategori="PMI; DROP TABLE x")


def test_find_by_name_npp_or_nib(store):
    assert list(find_cases(store, NAS, SEP, "alfa", today=TODAY)["kategori"]) == ["PDS_TK", "PMI"]
    assert list(find_cases(store, NAS, SEP, "E1", today=TODAY)["nama_perusahaan"]) == ["PT Epsilon"]
    assert find_cases(store, Scope.wilayah("16"), SEP, "E1", today=TODAY).empty


def outcome_rows(con, periode=SEP, **kw):
    frame = outcomes_by_institution(con, NAS, periode, today=TODAY, **kw)
    cols = ["instansi", "kasus", "patuh", "kasus_terukur", "tk_didaftarkan", "tunggakan_dipulihkan_rp"]
    return [tuple(None if v != v else v for v in r) for r in frame[cols].itertuples(index=False)]


def test_outcomes_by_institution(store):
    assert outcome_rows(store) == [
        # A (+8 workers, June -> September), D (+4, matched by name); not measured: C (no snapshot
        # after June yet) and F (its first action is on the last day of its latest snapshot's month)
        ("BPJS", 4, 0, 2, 12, 0.0),
        # B: before = March (June's snapshot ends after the first action), 50 jt -> 5 jt
        ("DISNAKER", 1, 1, 1, 0, 45_000_000.0),
        ("KEJAKSAAN", 1, 0, 0, 0, 0.0),  # E: no snapshots
        ("PTSP", 0, 0, 0, 0, 0.0),
        (None, 6, 1, 3, 12, 45_000_000.0),
    ]
    frame = outcomes_by_institution(store, NAS, SEP, today=TODAY)
    assert frame.loc[1, "patuh_persen"] == 100.0 and pd.isna(frame.loc[3, "patuh_persen"])


def test_outcomes_of_a_scope_without_cases_are_zeros(store):
    # no action up to March 2026 (the first is on 1 June): the total row sums nothing
    assert outcome_rows(store, periode=dt.date(2026, 3, 1)) == [
        ("BPJS", 0, 0, 0, 0, 0.0),
        ("DISNAKER", 0, 0, 0, 0, 0.0),
        ("KEJAKSAAN", 0, 0, 0, 0, 0.0),
        ("PTSP", 0, 0, 0, 0, 0.0),
        (None, 0, 0, 0, 0, 0.0),
    ]
    assert outcomes_by_institution(store, NAS, dt.date(2026, 3, 1), today=TODAY)["patuh_persen"].isna().all()


def test_outcomes_match_a_pwbd_employer_by_nib_then_npp(store):
    rows = outcome_rows(store, periode=OKT)
    # C: June (NIB N3 only, 0 workers) -> October (NPP C1, 7 workers)
    assert rows[0] == ("BPJS", 4, 1, 3, 19, 0.0)
    assert rows[-1] == (None, 6, 2, 4, 19, 45_000_000.0)


def test_timeline_of_one_employer_in_order(store):
    frame = timeline(store, NAS, SEP, "NPP A1")
    assert [(r.tanggal.isoformat(), r.kategori, r.tahap, r.instansi) for r in frame.itertuples()] == [
        ("2026-08-01", "PDS_TK", "HIMBAUAN", "BPJS"),
        ("2026-08-16", "PDS_TK", "TEGURAN_1", "BPJS"),
        ("2026-09-30", "PMI", "HIMBAUAN", "BPJS"),
        ("2026-09-30", "PMI", "TEGURAN_1", "BPJS"),
    ]
    assert frame.loc[1, "nomor_dokumen"] == "B/TG1/1" and frame.loc[1, "catatan"] == "Belum ada tanggapan"
    assert len(timeline(store, NAS, OKT, "NPP A1")) == 5
    assert len(timeline(store, NAS, SEP, "NPP A1", kategori="PMI")) == 2
    assert timeline(store, Scope.wilayah("15"), SEP, "NPP A1").empty


@pytest.mark.parametrize("pid, nama, label", [
    ("NPP 12345678", "PT Maju", "PT Maju — NPP 12345678"),
    ("NIB 9120001234567", "CV Sinar", "CV Sinar — NIB 9120001234567"),
    ("NAMA toko budi @16.71", "Toko Budi", "Toko Budi"),
])
def test_employer_label(pid, nama, label):
    from analytics.enforcement import employer_label

    assert employer_label(pid, nama) == label


def test_figures_from_the_cases_keyed_once_equal_those_keyed_per_query(store):
    """Issue 15: a page view keys its cases once (case_table) and every figure reads those rows; each
    equals the figure keyed from the actions, whatever the setting, scope, month or category."""
    from analytics.enforcement import case_table

    strict = EnforcementSettings(batas_hari=3)
    for scope in (NAS, Scope.wilayah("16"), Scope.wilayah("16.71"), Scope.wilayah("16.01")):
        for periode in (dt.date(2026, 6, 1), SEP, OKT):
            for kategori in (None, "PWBD", "PMI"):
                table = case_table(store, scope, periode, kategori, TODAY)
                for settings in (None, strict):
                    args = (store, scope, periode, settings, kategori)
                    assert ladder_summary(*args, TODAY, table=table) == ladder_summary(*args, TODAY)
                    for offset, open_only in ((0, True), (0, False), (2, False)):
                        kw = {"offset": offset, "limit": 2, "hanya_terbuka": open_only, "today": TODAY}
                        frame, total = case_list(*args, table=table, **kw)
                        expected, expected_total = case_list(*args, **kw)
                        assert total == expected_total and frame.equals(expected), (scope, periode, kategori)
                    for text in ("alfa", "N3", "A1"):
                        assert find_cases(*args[:3], text, settings, kategori, today=TODAY, table=table).equals(
                            find_cases(*args[:3], text, settings, kategori, today=TODAY))
                    assert outcomes_by_institution(*args, TODAY, table=table).equals(
                        outcomes_by_institution(*args, TODAY))
    # Cases of another view are refused, not silently shown.
    other = case_table(store, NAS, SEP, "PMI", TODAY)
    with pytest.raises(ValueError):
        ladder_summary(store, NAS, SEP, None, None, TODAY, table=other)
    # By hand (test_funnel_counts_each_case_at_every_rung_up_to_its_highest): the table holds one row
    # per case, 6 nationally in September (A to F).
    assert case_table(store, NAS, SEP, None, TODAY).rows.num_rows == summary(store).kasus == 6


def _timeline_of_every_action(con, scope, periode, perusahaan_id, kategori=None):
    """The timeline as defined: every action of the scope keyed, then the employer's (issue 4)."""
    from analytics.enforcement.sql import actions_cte
    from analytics.enforcement.timeline import TIMELINE_COLUMNS

    acts, params = actions_cte(scope, periode, kategori, documents=True)
    frame = con.execute(f"WITH {acts} SELECT {', '.join(TIMELINE_COLUMNS)} FROM keyed WHERE perusahaan_id = ? "
                        "ORDER BY tanggal, rank, kategori", [*params, perusahaan_id]).df()  # fmt: skip
    frame["tanggal"] = pd.to_datetime(frame["tanggal"]).dt.date
    return frame


def test_a_timeline_keys_only_the_actions_that_bear_on_its_employer(store):
    """Issue 15: the timeline keys the actions sharing an NPP, NIB or name with the employer's, not
    every action of the scope (0,15 s nationally); for every key, scope, month and category it is
    the timeline keyed from every action."""
    ids = [r[0] for r in store.execute(
        "SELECT DISTINCT perusahaan_id(npp, nib, nama_perusahaan, kode_wilayah) FROM tindak_lanjut").fetchall()]
    ids += ["NPP A1", "NIB N3", "NPP tidak-ada", "NAMA ud delta @16.01", "NAMA ud delta @16.71"]  # linked, unknown
    for scope in (NAS, Scope.wilayah("16"), Scope.wilayah("16.71"), Scope.wilayah("16.01")):
        for periode in (dt.date(2026, 6, 1), SEP, OKT):
            for kategori in (None, "PWBD", "PMI"):
                for key in ids:
                    expected = _timeline_of_every_action(store, scope, periode, key, kategori)
                    assert timeline(store, scope, periode, key, kategori).equals(expected), (scope, periode, key)
    # By hand: CV Gamma's actions carry NIB N3, its PATUH action NPP C1 too, so all are keyed NPP C1.
    assert len(timeline(store, NAS, OKT, "NPP C1")) > 1 and timeline(store, NAS, OKT, "NIB N3").empty
