"""Work-accident cases (kecelakaan) by month, kabupaten/kota, segment and sector.

National cases rise from about 370 thousand (2021) to about 460 thousand a year, in the range
BPJS Ketenagakerjaan has reported for JKK claims; they follow the active participants (so they
concentrate in Java and the industrial areas), with a higher rate in construction (JAKON), more
mining accidents where mining is, and a peak in the month of Lebaran (commuting accidents count).
Deaths are about 1-2% of cases, highest in mining, construction and transport. Cells are Poisson
draws, so most remote cells in a month have no case and are left out (a zero is not reported).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.contract import SEGMEN
from analytics.demo.common import Config, lebaran_months, month_of, year_of

CASES_PER_YEAR = {2021: 370e3, 2022: 386e3, 2023: 405e3, 2024: 431e3, 2025: 452e3, 2026: 460e3}
SEGMENT_RATE = np.array([1.0, 0.45, 2.6, 0.4])  # cases per participant relative to PU
# Sectors per segment (KBLI section, share); PMI cases abroad carry no sector.
SECTORS = {
    "PU": {"C": .36, "G": .13, "H": .11, "F": .07, "A": .08, "B": .06, "N": .07, "I": .05, "Q": .04},
    "BPU": {"A": .42, "G": .24, "H": .20, "C": .08, "I": .06},
    "JAKON": {"F": 1.0},
    "PMI": {"": 1.0},
}  # fmt: skip
DEATH = {"B": 0.035, "F": 0.028, "H": 0.03, "A": 0.015, "C": 0.008, "": 0.03}
DEATH_OTHER = 0.01
MINING = ("64", "72", "94", "15", "16", "63", "82")  # provinces with large mining areas


def cases_per_year(year: int) -> float:
    last = max(CASES_PER_YEAR)
    return CASES_PER_YEAR.get(year, CASES_PER_YEAR[last] * 1.02 ** (year - last))


def kecelakaan(reg_all: pd.DataFrame, stock_all: np.ndarray, months_all: np.ndarray, cfg: Config) -> pd.DataFrame:
    """Rows (periode, kode_wilayah, segmen, sektor, kasus, meninggal, cacat, klaim_rp) with
    kasus > 0 for the configured months and provinces. `stock_all` is the national participant
    stock (kabupaten/kota, segment, month) over `months_all`."""
    rng = cfg.rng("accidents")
    keep_t = np.isin(months_all, cfg.months)
    months = months_all[keep_t]
    s = stock_all[:, :, keep_t] * SEGMENT_RATE[None, :, None]
    national = np.array([cases_per_year(int(y)) for y in year_of(months)]) / 12
    season = np.where(lebaran_months(months) == 1, 1.12, 1.0) * np.where(month_of(months) == 2, 0.93, 1.0)
    season *= np.where(month_of(months) == 12, 1.05, 1.0)
    lam_ks = s / s.sum(axis=(0, 1), keepdims=True) * (national * season)[None, None, :]
    industrial = reg_all["industrial"].to_numpy()
    mining = reg_all["kode_provinsi"].isin(MINING).to_numpy()
    rural = ~reg_all["kota"].to_numpy()
    selected = reg_all["kode_provinsi"].isin(cfg.provinces).to_numpy() if cfg.provinces else np.ones(len(reg_all), bool)

    frames = []
    for si, seg in enumerate(SEGMEN):
        sectors = list(SECTORS[seg])
        shares = np.array([SECTORS[seg][x] for x in sectors])
        tilt = np.ones((len(reg_all), len(sectors)))
        for j, sec in enumerate(sectors):
            if sec == "C":
                tilt[:, j] = np.sqrt(industrial) * 1.2
            elif sec == "B":
                tilt[:, j] = np.where(mining, 3.0, 0.6)
            elif sec == "A":
                tilt[:, j] = np.where(rural, 1.6, 0.4)
        w = shares[None, :] * tilt
        w = w / w.sum(axis=1, keepdims=True)
        lam = lam_ks[selected, si, :][:, :, None] * w[selected][:, None, :]  # (k, t, sector)
        kasus = rng.poisson(lam)
        k_idx, t_idx, j_idx = np.nonzero(kasus)
        n = kasus[k_idx, t_idx, j_idx]
        sector = np.array(sectors)[j_idx]
        p_death = np.array([DEATH.get(x, DEATH_OTHER) for x in sectors])[j_idx]
        dead = rng.binomial(n, p_death)
        disabled = rng.binomial(n - dead, np.where(np.isin(sector, ["F", "B"]), 0.05, 0.03))
        claim = n * rng.lognormal(np.log(5.5e6), 0.35, len(n)) + dead * 1.7e8 + disabled * 6.0e7
        frames.append(
            pd.DataFrame(
                {
                    "periode": months[t_idx],
                    "kode_wilayah": reg_all["kode_wilayah"].to_numpy()[selected][k_idx],
                    "segmen": seg,
                    "sektor": np.where(sector == "", None, sector),
                    "kasus": n.astype(np.int64),
                    "meninggal": dead.astype(np.int64),
                    "cacat": disabled.astype(np.int64),
                    "klaim_rp": np.round(claim, -3).astype(np.int64),
                }
            )
        )
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["periode", "kode_wilayah", "segmen"], kind="stable").reset_index(drop=True)
