"""The per-employer flags (analytics.compliance.rules) against the fixture's table, row by row."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.compliance.rules import Settings, employer_flags_sql, flag_params
from analytics.scope import Scope, kabkota_in_scope
from tests.analytics import compliance_fixtures as fx

coverage_empty_store = fx.coverage_empty_store
compliance_store = fx.compliance_store

M = fx.M
AUG = dt.date(2026, 8, 1)


PALEMBANG = Scope.wilayah("16.71")


def flags(con, scope=PALEMBANG, periode=AUG, settings=None, snapshot="terakhir") -> dict:
    settings = settings or Settings.default()
    sql = (
        f"SELECT nama_perusahaan, pwbd, pds_tk, pds_upah, pds_program, pmi, tk_belum_terlindungi, "
        f"selisih_upah_rp, umur, program_kurang FROM ({employer_flags_sql(settings, snapshot=snapshot)})"
    )
    rows = con.execute(sql, flag_params(settings, periode, kabkota_in_scope(con, scope))).fetchall()
    return {r[0]: r[1:] for r in rows}


# name: (pwbd, pds_tk, pds_upah, pds_program, pmi, tk_belum_terlindungi, selisih_upah_rp, umur,
#        program_kurang) — see the table in compliance_fixtures
PALEMBANG_JUNE = {
    "PT Satu": (False, False, False, False, False, 0, 0, None, None),
    "PT Dua": (True, False, False, False, False, 8, 0, None, None),  # PWBD: tk_wajib
    # 15 of 20 registered: PDS-TK 5; wage 75M/15 = 5M = 100M/20: not PDS-Upah; 4 months
    "PT Tiga": (False, True, False, False, True, 5, 0, "4-6 bulan", None),
    # 250M/50 × 50 − 200M = 50M
    "PT Empat": (False, False, True, False, False, 0, 50 * M, None, None),
    "PT Lima": (False, True, False, False, False, 3, 0, None, None),  # tk_terdaftar 0: wage not judged
    "PT Enam": (False, False, False, True, False, 0, 0, None, "JP"),  # BESAR without JP; no upah_wajib
    "PT Tujuh": (False, False, False, True, True, 0, 0, ">12 bulan", "JKM"),  # NONAKTIF is registered
    "PT Delapan": (False, False, False, False, True, 0, 0, "1-3 bulan", None),
    "PT Sembilan": (False, False, False, False, True, 0, 0, "1-3 bulan", None),
    "PT Sepuluh": (False, False, False, False, True, 0, 0, "4-6 bulan", None),
    "PT Sebelas": (False, False, False, False, True, 0, 0, "7-12 bulan", None),
    "PT Duabelas": (False, False, False, False, True, 0, 0, "7-12 bulan", None),
    "PT Tigabelas": (False, False, False, True, False, 0, 0, None, "JHT"),  # KECIL without JHT
    "PT Empatbelas": (False, False, False, True, False, 0, 0, None, "JP"),  # MENENGAH: JKP is no JP
    "UD Sinar Jaya": (True, False, False, False, False, 5, 0, None, None),
}


def test_every_employer_of_the_latest_snapshot_gets_the_contract_categories(compliance_store):
    assert flags(compliance_store) == PALEMBANG_JUNE


@pytest.mark.parametrize(
    "bulan,umur",
    [(0, None), (1, "1-3 bulan"), (3, "1-3 bulan"), (4, "4-6 bulan"), (6, "4-6 bulan"),
     (7, "7-12 bulan"), (12, "7-12 bulan"), (13, ">12 bulan")],
)  # fmt: skip
def test_ageing_bucket_edges(compliance_store, bulan, umur):
    compliance_store.execute("UPDATE perusahaan SET bulan_tunggakan = ? WHERE npp = 'N1'", [bulan])
    got = flags(compliance_store)["PT Satu"]
    assert (got[4], got[7]) == (bulan >= 1, umur)


def test_under_registered_workers_with_a_lower_wage_per_worker_are_both(compliance_store):
    # 20 workers, 100M: 5M each. 15 registered at 60M: 4M each < 5M → PDS-Upah 5M × 15 − 60M = 15M
    compliance_store.execute("UPDATE perusahaan SET upah_terdaftar_rp = 60000000 WHERE npp = 'N3'")
    got = flags(compliance_store)["PT Tiga"]
    assert got[:7] == (False, True, True, False, True, 5, 15 * M)


def test_missing_registered_wage_is_not_judged(compliance_store):
    compliance_store.execute("UPDATE perusahaan SET upah_terdaftar_rp = NULL WHERE npp = 'N4'")
    assert flags(compliance_store)["PT Empat"][2] is False


@pytest.mark.parametrize(
    "skala,program,kurang",
    [("MIKRO", "JKK;JKM", None), ("MIKRO", "JKK", "JKM"), ("MIKRO", None, "JKK;JKM"),
     ("KECIL", "JKK;JKM;JHT", None), ("KECIL", "JKK;JKM;JP", "JHT"),
     ("MENENGAH", "JKK;JKM;JHT;JP", None), ("MENENGAH", "JKK;JKM;JHT", "JP"),
     ("BESAR", "JKK;JKM;JHT;JP;JKP", None), ("BESAR", "JKM;JHT", "JKK;JP"),
     # not in the loader's order (never stored by it): judged row by row, same answer
     ("MIKRO", "JKM;JKK", None), ("KECIL", "JHT;JKK", "JKM")],
)  # fmt: skip
def test_program_rule_per_scale(compliance_store, skala, program, kurang):
    compliance_store.execute("UPDATE perusahaan SET skala = ?, program = ? WHERE npp = 'N1'", [skala, program])
    got = flags(compliance_store)["PT Satu"]
    assert (got[3], got[8]) == (kurang is not None, kurang)


def test_an_unregistered_employer_is_never_pds(compliance_store):
    # PT Dua has no program and no workers registered: PWBD only
    assert flags(compliance_store)["PT Dua"][:5] == (True, False, False, False, False)


def test_settings_change_the_rule_and_the_buckets(compliance_store):
    settings = Settings(program_wajib=(("JKK",), ("JKK",), ("JKK",), ("JKK",)), umur_batas=(1, 6))
    got = flags(compliance_store, settings=settings)
    assert settings.umur_labels() == ("1-5 bulan", ">5 bulan")
    assert [n for n, f in got.items() if f[3]] == []  # everyone registered has JKK
    assert {n: f[7] for n, f in got.items() if f[4]} == {
        "PT Tiga": "1-5 bulan", "PT Tujuh": ">5 bulan", "PT Delapan": "1-5 bulan",
        "PT Sembilan": "1-5 bulan", "PT Sepuluh": ">5 bulan", "PT Sebelas": ">5 bulan",
        "PT Duabelas": ">5 bulan",
    }  # fmt: skip


def test_default_settings_in_words():
    s = Settings.default()
    assert s.umur_labels() == ("1-3 bulan", "4-6 bulan", "7-12 bulan", ">12 bulan")
    assert s.program_rule_text() == (
        "Program wajib per skala usaha — MIKRO: JKK + JKM; KECIL: JKK + JKM + JHT; "
        "MENENGAH: JKK + JKM + JHT + JP; BESAR: JKK + JKM + JHT + JP."
    )


@pytest.mark.parametrize("batas", [(), (0, 4), (4, 4), (7, 4)])
def test_settings_reject_buckets_that_do_not_ascend_from_one(batas):
    with pytest.raises(ValueError):
        Settings(program_wajib=Settings.default().program_wajib, umur_batas=batas)


def test_previous_and_all_snapshots(compliance_store):
    sept = dt.date(2026, 9, 1)
    assert set(flags(compliance_store, periode=sept, snapshot="sebelumnya")) == set(PALEMBANG_JUNE)
    everything = compliance_store.execute(
        f"SELECT count(*) FROM ({employer_flags_sql(Settings.default(), snapshot='semua')})",
        flag_params(Settings.default(), sept, ["16.71"]),
    ).fetchone()[0]
    assert everything == 2 + 15 + 15
