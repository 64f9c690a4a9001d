"""The workforce (penduduk_bekerja) and monthly membership (kepesertaan) of the demo.

National magnitudes follow the published ones: employed population from BPS Sakernas August
(131.05 million in 2021, 135.30 in 2022, 139.85 in 2023, 144.64 in 2024, about 145.9 in 2025), and
active BPJS Ketenagakerjaan participants rising from about 35.6 million at the end of 2020 to 41-46
million in 2023-2025, with a push in 2026 towards the RPJMN target. Segments: PU about two thirds,
then BPU (growing, pemda programmes), JAKON and PMI.

Stock and flows are consistent on every row: aktif_t = aktif_(t-1) + baru_t - nonaktif_t. The
stock carries seasonality (Lebaran and the month after it, year end) and a small autocorrelated
noise per row; leavers are a seasonal share of last month's stock, joiners close the identity.

Sakernas kabupaten/kota figures for a year appear in the following year, so the demo ships
penduduk_bekerja up to the year before `sampai` and the coverage views fall back to it, as they
must with real data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.contract import SEGMEN
from analytics.demo.common import Config, interp_anchors, lebaran_months, month_of, year_of

WORKFORCE = {2021: 131.05e6, 2022: 135.30e6, 2023: 139.85e6, 2024: 144.64e6, 2025: 145.90e6, 2026: 147.40e6}
WORKFORCE_GROWTH = 0.012  # per year after the last known year

# Active participants (millions) at year fractions (year + (month - 1) / 12); December anchors.
PARTICIPANTS = {
    2020 + 11 / 12: 35.6, 2021 + 5 / 12: 36.6, 2021 + 11 / 12: 38.4, 2022 + 11 / 12: 41.2,
    2023 + 11 / 12: 43.0, 2024 + 11 / 12: 44.4, 2025 + 11 / 12: 45.5, 2026 + 11 / 12: 49.6,
}  # fmt: skip
PARTICIPANTS_SLOPE = 1.6  # millions per year after the last anchor

SEGMENT_BASE = np.array([0.66, 0.235, 0.085, 0.02])  # PU, BPU, JAKON, PMI
# Stock dips (relative) in the month of Lebaran, the month after, December and January.
SEASON_STOCK = {
    "lebaran": np.array([-0.003, -0.006, -0.015, 0.0]),
    "after": np.array([-0.008, -0.005, -0.010, 0.0]),
    "dec": np.array([-0.004, -0.012, -0.020, -0.002]),
    "jan": np.array([-0.002, -0.006, -0.010, 0.0]),
}
LEAVE_RATE = np.array([0.022, 0.055, 0.080, 0.030])  # monthly share of last month's stock
SEASON_LEAVE = {
    "lebaran": np.array([1.1, 1.3, 1.4, 1.0]),
    "after": np.array([1.6, 1.2, 1.2, 1.0]),
    "dec": np.array([1.3, 1.6, 1.7, 1.1]),
    "jan": np.array([1.1, 1.2, 1.3, 1.0]),
}
ROW_NOISE = np.array([0.004, 0.008, 0.015, 0.010])  # AR(1) innovation per segment


def workforce_year(year: int) -> float:
    last = max(WORKFORCE)
    if year in WORKFORCE:
        return WORKFORCE[year]
    if year < min(WORKFORCE):
        return WORKFORCE[min(WORKFORCE)]
    return WORKFORCE[last] * (1 + WORKFORCE_GROWTH) ** (year - last)


def workforce(reg: pd.DataFrame, cfg: Config, years: list[int]) -> np.ndarray:
    """Employed population per kabupaten/kota (rows of `reg`, national) and year (columns).

    Province shares drift a little from year to year and each kabupaten/kota carries Sakernas-like
    sampling noise; each year sums to the national figure.
    """
    rng = cfg.rng("workforce")
    all_years = list(range(2021, max(years) + 1))
    provs, prov_idx = np.unique(reg["kode_provinsi"].to_numpy(), return_inverse=True)
    drift = np.exp(np.cumsum(rng.normal(0, 0.006, (len(provs), len(all_years))), axis=1))
    noise = rng.lognormal(0, 0.012, (len(reg), len(all_years)))
    w = reg["workforce_share"].to_numpy()[:, None] * drift[prov_idx] * noise
    w = w / w.sum(axis=0, keepdims=True) * np.array([workforce_year(y) for y in all_years])
    return np.round(w[:, [all_years.index(y) for y in years]]).astype(np.int64)


def penduduk_bekerja(reg: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Rows (tahun, kode_wilayah, penduduk_bekerja, pekerja_formal, pekerja_informal) for the
    years of data except the last (see module docstring), for the configured provinces."""
    years = cfg.years[:-1] or cfg.years[:1]
    w = workforce(reg, cfg, years)
    rng = cfg.rng("formal")
    formal_share = reg["formal"].to_numpy()[:, None] * (1 + 0.006 * (np.array(years) - 2021))[None, :]
    formal_share = np.clip(formal_share * rng.lognormal(0, 0.02, w.shape), 0.02, 0.95)
    formal = np.round(w * formal_share).astype(np.int64)
    out = pd.DataFrame(
        {
            "tahun": np.tile(years, len(reg)),
            "kode_wilayah": np.repeat(reg["kode_wilayah"].to_numpy(), len(years)),
            "penduduk_bekerja": w.ravel(),
            "pekerja_formal": formal.ravel(),
            "pekerja_informal": (w - formal).ravel(),
        }
    )
    keep = out["kode_wilayah"].isin(_selected_codes(reg, cfg))
    return out[keep].sort_values(["tahun", "kode_wilayah"]).reset_index(drop=True)


def _selected_codes(reg: pd.DataFrame, cfg: Config) -> np.ndarray:
    if cfg.provinces is None:
        return reg["kode_wilayah"].to_numpy()
    return reg.loc[reg["kode_provinsi"].isin(cfg.provinces), "kode_wilayah"].to_numpy()


def _season_masks(months: np.ndarray) -> dict[str, np.ndarray]:
    leb = lebaran_months(months)
    mon = month_of(months)
    return {"lebaran": leb == 1, "after": leb == 2, "dec": mon == 12, "jan": mon == 1}


def stock(reg: pd.DataFrame, cfg: Config, months: np.ndarray) -> np.ndarray:
    """Active participants, shape (kabupaten/kota, segment, month), national, before rounding."""
    n = len(reg)
    x = year_of(months) + (month_of(months) - 1) / 12
    national = interp_anchors(x, PARTICIPANTS, PARTICIPANTS_SLOPE) * 1e6
    years = list(range(2021, int(year_of(months[-1])) + 2))
    w_year = workforce(reg, cfg, years).astype(float)
    # Workforce per month: interpolate between mid-year values.
    w_month = np.stack([np.interp(x, np.array(years) + 0.5, w_year[i]) for i in range(n)])
    tau = np.maximum(x - 2021.0, 0.0)
    cov = reg["coverage"].to_numpy()[:, None] * (1 + reg["growth"].to_numpy()[:, None]) ** tau[None, :]
    base = w_month * cov
    base = base / base.sum(axis=0, keepdims=True)

    rng = cfg.rng("segments")
    kota = reg["kota"].to_numpy()
    formal = reg["formal"].to_numpy()
    mix = np.empty((n, 4, len(months)))
    mix[:, 0] = (SEGMENT_BASE[0] * np.where(kota, 1.15, 1.0) * (0.8 + 0.5 * formal))[:, None]
    mix[:, 1] = (SEGMENT_BASE[1] * np.where(kota, 0.8, 1.0) * (1.5 - formal))[:, None] * (1 + 0.07 * tau)
    mix[:, 2] = (SEGMENT_BASE[2] * rng.lognormal(0, 0.25, n) * np.sqrt(reg["industrial"].to_numpy()))[
        :, None
    ] * (1 + 0.02 * tau)
    mix[:, 3] = (SEGMENT_BASE[3] * reg["pmi"].to_numpy())[:, None] * (1 + 0.03 * tau)
    mix = mix / mix.sum(axis=1, keepdims=True)
    # Keep the national segment shares on the base path (PU about two thirds).
    total = (base[:, None, :] * mix).sum(axis=0)  # (segment, month)
    target = SEGMENT_BASE[:, None] * np.stack([np.ones_like(tau), 1 + 0.04 * tau, 1 + 0.02 * tau, 1 + 0.03 * tau])
    target = target / target.sum(axis=0, keepdims=True)
    mix = mix * (target / total)[None, :, :]
    mix = mix / mix.sum(axis=1, keepdims=True)

    seasonal = np.ones((4, len(months)))
    for name, mask in _season_masks(months).items():
        seasonal[:, mask] *= (1 + SEASON_STOCK[name])[:, None]
    noise = np.zeros((n, 4, len(months)))
    eps = rng.normal(0, 1, (n, 4, len(months))) * ROW_NOISE[None, :, None]
    for t in range(1, len(months)):  # loop over months, vectorised over rows
        noise[:, :, t] = 0.85 * noise[:, :, t - 1] + eps[:, :, t]
    return national[None, None, :] * base[:, None, :] * mix * seasonal[None] * np.exp(noise)


def months_all(cfg: Config) -> np.ndarray:
    """Every month from December 2020 (the stock before the first flows) to `sampai`."""
    return np.arange(np.datetime64("2020-12", "M"), cfg.sampai + 1, dtype="datetime64[M]")


def kepesertaan(reg: pd.DataFrame, cfg: Config, national_stock: np.ndarray | None = None) -> pd.DataFrame:
    """Monthly rows (periode, kode_wilayah, segmen, peserta_aktif, peserta_baru, peserta_nonaktif),
    for the configured provinces and months; periode is datetime64[M]. `reg` is national;
    `national_stock` is `stock(reg, cfg, months_all(cfg))` when already computed."""
    months_all_ = months_all(cfg)
    if national_stock is None:
        national_stock = stock(reg, cfg, months_all_)
    s = np.round(national_stock).astype(np.int64)
    rng = cfg.rng("flows")
    rate = np.broadcast_to(LEAVE_RATE[:, None], (4, len(months_all_))).copy()
    for name, mask in _season_masks(months_all_).items():
        rate[:, mask] *= SEASON_LEAVE[name][:, None]
    prev = s[:, :, :-1]
    leavers = np.round(prev * rate[None, :, 1:] * rng.lognormal(0, 0.08, prev.shape)).astype(np.int64)
    joiners = s[:, :, 1:] - prev + leavers
    short = joiners < 0
    leavers[short] -= joiners[short]
    joiners[short] = 0

    months = months_all_[1:]
    keep_t = np.isin(months, cfg.months)
    keep_k = reg["kode_wilayah"].isin(_selected_codes(reg, cfg)).to_numpy()
    a, b, c = s[:, :, 1:][keep_k][:, :, keep_t], joiners[keep_k][:, :, keep_t], leavers[keep_k][:, :, keep_t]
    codes = reg["kode_wilayah"].to_numpy()[keep_k]
    nk, nt = len(codes), int(keep_t.sum())
    # Order rows by month, then code, then segment: transpose to (month, code, segment).
    return pd.DataFrame(
        {
            "periode": np.repeat(months[keep_t], nk * 4),
            "kode_wilayah": np.tile(np.repeat(codes, 4), nt),
            "segmen": np.tile(np.array(SEGMEN), nk * nt),
            "peserta_aktif": a.transpose(2, 0, 1).ravel(),
            "peserta_baru": b.transpose(2, 0, 1).ravel(),
            "peserta_nonaktif": c.transpose(2, 0, 1).ravel(),
        }
    )
