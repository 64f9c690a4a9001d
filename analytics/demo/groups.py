"""Groups that local governments protect (kelompok_khusus), monthly per kabupaten/kota.

Magnitudes are national orders of size from public sources, spread by workforce:
- NON_ASN: about 2.3 million non-civil-servant government workers (BKN 2022 data collection),
  falling from 2025 as many become PPPK; funded by APBD; registration rising after Inpres 2/2021.
- PERANGKAT_DESA: village officials of about 75 thousand desa (kabupaten only; a kota has
  kelurahan), funded by APBDes.
- RT_RW: neighbourhood heads, protected only where the pemda has a programme (mostly kota).
- PEKERJA_RENTAN: poor informal workers (about 8% of informal workers) covered by APBD, village
  funds or company CSR; coverage low but rising.
- PETUGAS_AD_HOC: election workers — PPK/PPS through 2023, pantarlih in early 2023, 5.7 million
  KPPS for the 14 February 2024 election (APBN, KPU), then the 27 November 2024 pilkada (APBD
  grants): PPK/PPS from May, pantarlih in June-July, about 3 million KPPS in November.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.demo.common import Config, year_of

# Election workers nationally by month: (first month, last month, people, funding).
AD_HOC = (
    ("2023-01", "2024-03", 286_000, "APBN"),  # PPK + PPS, Pemilu 2024
    ("2023-02", "2023-03", 700_000, "APBN"),  # pantarlih
    ("2024-01", "2024-02", 5_700_000, "APBN"),  # KPPS, 14 February 2024
    ("2024-05", "2024-12", 290_000, "APBD"),  # PPK + PPS, pilkada
    ("2024-06", "2024-07", 400_000, "APBD"),  # pantarlih, pilkada
    ("2024-11", "2024-11", 3_000_000, "APBD"),  # KPPS, 27 November 2024
)


def _rows(months, codes, kelompok, sumber, sasaran, terdaftar) -> pd.DataFrame:
    """Long rows from (kabupaten/kota, month) matrices, keeping cells with sasaran > 0."""
    k, t = np.nonzero(sasaran > 0)
    return pd.DataFrame(
        {
            "periode": months[t],
            "kode_wilayah": codes[k],
            "kelompok": kelompok,
            "sasaran": sasaran[k, t].astype(np.int64),
            "terdaftar": np.minimum(terdaftar[k, t], sasaran[k, t]).astype(np.int64),
            "sumber_dana": sumber if isinstance(sumber, str) else sumber[k],
        }
    )


def _ramp(start: np.ndarray, end: np.ndarray, tau: np.ndarray, years: float) -> np.ndarray:
    """From `start` (per area) towards `end` over `years`, as a share."""
    return start[:, None] + (end - start)[:, None] * np.clip(tau / years, 0, 1)[None, :]


def kelompok_khusus(reg_all: pd.DataFrame, workforce_2023: np.ndarray, cfg: Config) -> pd.DataFrame:
    rng = cfg.rng("groups")
    months = cfg.months
    tau = (months - np.datetime64("2021-01", "M")).astype(int) / 12.0
    n = len(reg_all)
    codes = reg_all["kode_wilayah"].to_numpy()
    kota = reg_all["kota"].to_numpy()
    w = workforce_2023.astype(float)
    informal = w * (1 - reg_all["formal"].to_numpy())
    year = year_of(months)
    frames = []

    # NON_ASN: per pemda roughly proportional to workforce^0.7.
    base = w**0.7 * rng.lognormal(0, 0.25, n)
    base = base / base.sum() * 2.3e6
    shrink = np.select([year >= 2026, year == 2025, year == 2024], [0.5, 0.65, 0.95], 1.0)
    sas = np.round(base[:, None] * shrink[None, :] * (1 + 0.01 * tau)[None, :])
    share = _ramp(rng.uniform(0.3, 0.7, n) + 0.1 * kota, rng.uniform(0.8, 0.99, n), tau, 4.5)
    frames.append(_rows(months, codes, "NON_ASN", "APBD", sas, np.round(sas * np.minimum(share, 1.0))))

    # PERANGKAT_DESA: kabupaten only, about 900 thousand nationally.
    desa = np.where(kota, 0.0, w**0.6 * rng.lognormal(0, 0.3, n))
    desa = desa / desa.sum() * 9.0e5
    sas = np.round(np.repeat(desa[:, None], len(months), axis=1))
    share = _ramp(rng.uniform(0.45, 0.8, n), rng.uniform(0.85, 0.99, n), tau, 4.0)
    frames.append(_rows(months, codes, "PERANGKAT_DESA", "APBDES", sas, np.round(sas * share)))

    # RT_RW: where a programme exists (70% of kota, 20% of kabupaten), from its start month.
    has = rng.random(n) < np.where(kota, 0.7, 0.2)
    start = rng.uniform(0, 3.5, n)
    size = np.where(has, w * 0.012 * rng.lognormal(0, 0.2, n), 0.0)
    on = tau[None, :] >= start[:, None]
    sas = np.round(size[:, None] * on)
    share = np.clip(0.5 + 0.25 * (tau[None, :] - start[:, None]), 0, 1.0) * rng.uniform(0.8, 1.0, n)[:, None]
    frames.append(_rows(months, codes, "RT_RW", "APBD", sas, np.round(sas * share)))

    # PEKERJA_RENTAN: APBD everywhere from a start date; APBDes in some kabupaten; CSR in some areas.
    start = rng.uniform(0, 2.5, n)
    on = tau[None, :] >= start[:, None]
    sas = np.round((informal * 0.08 * rng.lognormal(0, 0.3, n))[:, None] * on)
    share = np.clip(0.02 + 0.05 * (tau[None, :] - start[:, None]), 0, 0.35) * rng.uniform(0.5, 1.2, n)[:, None]
    frames.append(_rows(months, codes, "PEKERJA_RENTAN", "APBD", sas, np.round(sas * share)))
    for funder, p, size in (("APBDES", np.where(kota, 0.0, 0.3), 0.01), ("CSR", np.full(n, 0.25), 0.004)):
        chosen = rng.random(n) < p
        cohort = np.round(np.where(chosen, informal * size * rng.lognormal(0, 0.4, n), 0.0))
        sas = cohort[:, None] * (tau[None, :] >= (start + 0.5)[:, None])
        frames.append(_rows(months, codes, "PEKERJA_RENTAN", funder, sas, np.round(sas * rng.uniform(0.85, 1.0, n)[:, None])))

    # PETUGAS_AD_HOC: election workers, proportional to workforce.
    weight = w / w.sum() * rng.lognormal(0, 0.05, n)
    weight = weight / weight.sum()
    for funder in ("APBN", "APBD"):
        total = np.zeros(len(months))
        for first, last, people, fund in AD_HOC:
            if fund == funder:
                total += np.where((months >= np.datetime64(first)) & (months <= np.datetime64(last)), people, 0)
        sas = np.round(weight[:, None] * total[None, :])
        cover = rng.uniform(0.85, 0.98, n)[:, None]
        frames.append(_rows(months, codes, "PETUGAS_AD_HOC", funder, sas, np.round(sas * cover)))

    out = pd.concat(frames, ignore_index=True)
    if cfg.provinces is not None:
        out = out[out["kode_wilayah"].str[:2].isin(cfg.provinces)]
    return out.sort_values(["periode", "kode_wilayah", "kelompok", "sumber_dana"], kind="stable").reset_index(drop=True)
