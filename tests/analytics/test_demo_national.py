"""National demo magnitudes, checked on the generated frames without loading them.

The ranges are the published orders of size the demo promises (issue 2, item 6): employed
population from BPS Sakernas, active participants 41-46 million in 2023-2025, PU about two thirds,
city coverage far above regency coverage, about 840 thousand registered employers, 370-460
thousand accidents a year, the RPJMN target path.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.demo import _specs
from analytics.demo.common import year_of
from analytics.demo.membership import WORKFORCE
from analytics.demo.snapshot import snapshot

JAVA = ("31", "32", "33", "34", "35", "36")


@pytest.fixture(scope="module")
def model():
    m, _ = _specs("national", "2026-10", 2026, None, None)
    return m


@pytest.fixture(scope="module")
def kepesertaan(model):
    kp = model.kepesertaan.copy()
    kp["tahun"] = year_of(kp["periode"].to_numpy())
    return kp


@pytest.fixture(scope="module")
def national_month(kepesertaan):
    return kepesertaan.groupby("periode")["peserta_aktif"].sum()


def test_all_kabupaten_kota_every_month_from_january_2021(kepesertaan):
    assert kepesertaan["kode_wilayah"].nunique() == 514
    months = kepesertaan["periode"].drop_duplicates().to_numpy()
    assert len(months) == 70  # 2021-01 .. 2026-10
    assert len(kepesertaan) == 514 * 4 * 70


def test_employed_population_follows_sakernas(model):
    totals = model.penduduk_all.groupby("tahun")["penduduk_bekerja"].sum()
    assert list(totals.index) == [2021, 2022, 2023, 2024, 2025]  # 2026 not yet published
    for year, total in totals.items():
        assert abs(total - WORKFORCE[year]) <= 514, year  # rounding of 514 rows at most
    assert all(139.5e6 <= totals[y] <= 146.5e6 for y in (2023, 2024, 2025))


def test_java_holds_about_55_percent_of_the_workforce(model):
    pb = model.penduduk_all[model.penduduk_all["tahun"] == 2025]
    share = pb.loc[pb["kode_wilayah"].str[:2].isin(JAVA), "penduduk_bekerja"].sum() / pb["penduduk_bekerja"].sum()
    assert 0.54 <= share <= 0.58


def test_formal_and_informal_add_up(model):
    pb = model.penduduk_all
    assert (pb["pekerja_formal"] + pb["pekerja_informal"] == pb["penduduk_bekerja"]).all()
    formal = pb.groupby("tahun")[["pekerja_formal", "penduduk_bekerja"]].sum()
    assert ((formal["pekerja_formal"] / formal["penduduk_bekerja"]).between(0.38, 0.44)).all()


def test_active_participants_41_to_46_million_in_2023_to_2025(national_month):
    years = year_of(national_month.index.to_numpy())
    mid = national_month[(years >= 2023) & (years <= 2025)]
    assert mid.min() >= 41e6 and mid.max() <= 46e6
    assert 35e6 <= national_month.iloc[0] <= 37e6  # January 2021
    december = national_month[pd.DatetimeIndex(national_month.index).month == 12]
    assert (np.diff(december.to_numpy()) > 0).all()  # rising year on year


def test_pu_is_about_two_thirds(kepesertaan):
    by_year = kepesertaan.groupby(["tahun", "segmen"])["peserta_aktif"].sum().unstack()
    share = by_year.div(by_year.sum(axis=1), axis=0)
    assert share["PU"].between(0.6, 0.72).all()
    assert (share["BPU"] > share["JAKON"]).all() and (share["JAKON"] > share["PMI"]).all()


def test_cities_are_covered_far_better_than_regencies(model, kepesertaan):
    last = kepesertaan[kepesertaan["periode"] == kepesertaan["periode"].max()]
    active = last.groupby("kode_wilayah")["peserta_aktif"].sum()
    pb = model.penduduk_all[model.penduduk_all["tahun"] == 2025].set_index("kode_wilayah")["penduduk_bekerja"]
    kota = model.reg_all.set_index("kode_wilayah")["kota"]
    city = active[kota].sum() / pb[kota].sum()
    regency = active[~kota].sum() / pb[~kota].sum()
    assert city > 1.5 * regency
    province = active.groupby(active.index.str[:2]).sum() / pb.groupby(pb.index.str[:2]).sum()
    assert province["31"] > 0.6  # DKI Jakarta
    assert province["95"] < 0.05  # Papua Pegunungan
    assert 0.30 <= active.sum() / pb.sum() <= 0.35  # national, October 2026 on the 2025 workforce


def test_stock_and_flows_agree_on_every_row(kepesertaan):
    kp = kepesertaan.sort_values(["kode_wilayah", "segmen", "periode"])
    prev = kp.groupby(["kode_wilayah", "segmen"])["peserta_aktif"].shift()
    ok = prev.isna() | (kp["peserta_aktif"] == prev + kp["peserta_baru"] - kp["peserta_nonaktif"])
    assert ok.all()
    assert (kp[["peserta_baru", "peserta_nonaktif"]] >= 0).all().all()


def test_leavers_peak_after_lebaran(kepesertaan):
    leavers = kepesertaan[kepesertaan["segmen"] == "PU"].groupby("periode")["peserta_nonaktif"].sum()
    year_2025 = leavers[year_of(leavers.index.to_numpy()) == 2025]
    after_lebaran = year_2025[pd.Timestamp("2025-04-01")]  # Idul Fitri 31 March 2025
    assert after_lebaran > 1.3 * year_2025.drop(pd.Timestamp("2025-04-01")).median()


def test_accidents_370_to_460_thousand_a_year_mostly_in_java(model):
    acc = model.kecelakaan
    acc_year = year_of(acc["periode"].to_numpy())
    per_year = acc.groupby(acc_year)["kasus"].sum()
    full = per_year.loc[2021:2025]
    assert full.between(360e3, 470e3).all()
    assert (np.diff(full.to_numpy()) > 0).all()
    deaths = acc["meninggal"].sum() / acc["kasus"].sum()
    assert 0.01 <= deaths <= 0.02
    java = acc.loc[acc["kode_wilayah"].str[:2].isin(JAVA), "kasus"].sum() / acc["kasus"].sum()
    assert java > 0.55
    assert (acc["meninggal"] <= acc["kasus"]).all() and (acc["kasus"] > 0).all()


def test_targets_follow_the_rpjmn_path(model):
    t = model.target
    provinces = t[(t["segmen"] == "SEMUA") & (t["kode_wilayah"].str.len() == 2)]
    pb = model.penduduk_all
    for year, expected in ((2021, 29.0), (2025, 32.0), (2026, 35.0)):
        den_year = min(year, 2025)
        den = pb[pb["tahun"] == den_year].groupby(pb["kode_wilayah"].str[:2])["penduduk_bekerja"].sum()
        rows = provinces[provinces["tahun"] == year].set_index("kode_wilayah")
        count = rows["target_peserta"].astype(float).fillna(rows["target_cakupan_persen"] / 100 * den)
        assert len(rows) == 38
        assert abs(count.sum() / den.sum() * 100 - expected) < 0.05, year
    latest = provinces[provinces["tahun"] == 2026]
    assert latest["target_peserta"].notna().sum() >= 10 and latest["target_cakupan_persen"].notna().sum() >= 10
    kab = t[(t["tahun"] == 2026) & (t["kode_wilayah"].str.len() == 5)]
    assert kab["kode_wilayah"].str[:2].nunique() >= 3
    assert not kab["kode_wilayah"].str.startswith("96").any()


def test_some_provinces_are_on_track_for_2026_most_are_not(model):
    t = model.target
    rows = t[(t["tahun"] == 2026) & (t["segmen"] == "SEMUA") & (t["kode_wilayah"].str.len() == 2)].set_index("kode_wilayah")
    den = model.penduduk_all[model.penduduk_all["tahun"] == 2025]
    den = den.groupby(den["kode_wilayah"].str[:2])["penduduk_bekerja"].sum()
    target = rows["target_peserta"].astype(float).fillna(rows["target_cakupan_persen"] / 100 * den)
    kp = model.kepesertaan
    per_month = kp.groupby([kp["kode_wilayah"].str[:2], "periode"])["peserta_aktif"].sum().unstack()
    now, before = per_month.iloc[:, -1], per_month.iloc[:, -4]
    projected = now + (now - before) / 3 * 2  # two months to December
    reached = (projected >= target).sum()
    assert 4 <= reached <= 20


def test_election_workers_spike_in_2024(model):
    g = model.kelompok_khusus
    ad_hoc = g[g["kelompok"] == "PETUGAS_AD_HOC"].groupby("periode")["sasaran"].sum()
    assert abs(ad_hoc[pd.Timestamp("2024-02-01")] - 5_986_000) < 1_000
    assert abs(ad_hoc[pd.Timestamp("2024-11-01")] - 3_290_000) < 1_000
    assert not (year_of(ad_hoc.index.to_numpy()) >= 2025).any()
    assert (g["terdaftar"] <= g["sasaran"]).all()
    assert set(g["kelompok"]) == {"NON_ASN", "PERANGKAT_DESA", "RT_RW", "PEKERJA_RENTAN", "PETUGAS_AD_HOC"}


def test_about_840_thousand_registered_employers_with_believable_compliance(model):
    p = model.panel
    last = len(p.snapshots) - 1
    assert [str(s) for s in p.snapshots] == [
        "2024-12", "2025-03", "2025-06", "2025-09", "2025-12", "2026-03", "2026-06", "2026-09"
    ]  # fmt: skip
    table = snapshot(p, last).to_pandas()
    registered = table["status"] != "BELUM_DAFTAR"
    assert 800e3 <= registered.sum() <= 880e3
    assert 100e3 <= (~registered).sum() <= 200e3
    assert (table.loc[registered, "status"] == "AKTIF").mean() > 0.85
    assert (table["skala"] == "MIKRO").mean() > 0.6
    reg = table[registered]
    pds_tk = (reg["tk_terdaftar"] < reg["tk_wajib"]).mean()
    judged = reg["upah_wajib_rp"].notna() & reg["upah_terdaftar_rp"].notna() & (reg["tk_terdaftar"] > 0)
    pds_upah = (judged & (reg["upah_terdaftar_rp"] / reg["tk_terdaftar"] < reg["upah_wajib_rp"] / reg["tk_wajib"])).mean()
    arrears = (reg["bulan_tunggakan"] >= 1).mean()
    assert 0.10 <= pds_tk <= 0.20
    assert 0.08 <= pds_upah <= 0.15
    assert 0.10 <= arrears <= 0.15
    flags = p.categories(last)
    assert flags["PDS_TK"].sum() == round(pds_tk * len(reg))
    assert 0.07 <= flags["PDS_PROGRAM"].sum() / len(reg) <= 0.13
    assert reg["npp"].is_unique and table["nib"].dropna().is_unique
    first = snapshot(p, 0).to_pandas()
    assert (~registered).sum() < (first["status"] == "BELUM_DAFTAR").sum()  # PWBD shrink


# The capital of each of the ten provinces with the most employed people (BPS Sakernas, Agustus 2023,
# analytics.demo.geography.PROVINCES), DKI Jakarta aside (all its areas are cities).
CAPITALS = {"32": "32.73", "35": "35.78", "33": "33.74", "12": "12.71", "36": "36.73", "18": "18.71",
            "16": "16.71", "73": "73.71", "14": "14.71"}  # fmt: skip


def test_provincial_capitals_have_more_participants_than_rural_regencies(kepesertaan):
    """Issue 11 point 17: the demo had Kota Palembang at 60.783 participants against rural Ogan
    Ilir's 195.030. A provincial capital holds more formal workers than its rural regencies."""
    last = kepesertaan[kepesertaan["periode"] == kepesertaan["periode"].max()]
    active = last.groupby("kode_wilayah")["peserta_aktif"].sum()
    assert active["16.71"] > 2 * active["16.10"]  # Kota Palembang, Kabupaten Ogan Ilir
    for prov, capital in CAPITALS.items():
        regencies = active[(active.index.str[:2] == prov) & (active.index.str[3:] < "71")]
        # more than the typical regency (Banten's industrial Tangerang may still lead its capital Serang)
        assert active[capital] > regencies.median(), (prov, active[capital], regencies.median())


def test_the_ten_largest_provinces_are_the_ten_largest_labour_markets(model, kepesertaan):
    """Against a public figure: the ten provinces with the most active participants are, but for at
    most two, the ten with the most employed people in BPS Sakernas (Agustus 2023); Jawa Barat,
    Jawa Timur and DKI Jakarta lead, as in BPJS Ketenagakerjaan's own reports."""
    from analytics.demo.geography import PROVINCES

    last = kepesertaan[kepesertaan["periode"] == kepesertaan["periode"].max()]
    by_province = last.groupby(last["kode_wilayah"].str[:2])["peserta_aktif"].sum().sort_values(ascending=False)
    employed = sorted(PROVINCES, key=lambda p: -PROVINCES[p][0])[:10]
    assert len(set(by_province.index[:10]) & set(employed)) >= 8, list(by_province.index[:10])
    assert set(by_province.index[:3]) <= {"31", "32", "33", "35"}, list(by_province.index[:3])
