"""Coverage targets (target): a national path like the RPJMN's, set per province, and for some
kabupaten/kota.

The national coverage target rises from 29% (2021) to 32% (2025) and 35% (2026), the RPJMN
2025-2029 path for Universal Coverage Jamsostek. Each year the national target (percent x the
workforce the coverage views divide by) is shared among provinces in proportion to what each is
expected to reach by December, times a deterministic factor of about +-5%: so some provinces meet
their target or are on track and most of the 2026 ones are behind, as happens. About half the
provinces state the target as a count, the others as a percentage of their workforce.

In a few provinces some kabupaten/kota (mostly cities) have their own targets, so the views must
allocate the province's remainder to the other kabupaten/kota; Papua Barat and Banten always do
(both are in the small demo), Papua Barat Daya never does. A few targets have a deadline before
31 December; in the year of `sampai` such a deadline is still ahead of the data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.demo.common import Config, month_of, year_of

COVERAGE_TARGET = {2021: 29.0, 2022: 30.0, 2023: 30.5, 2024: 31.0, 2025: 32.0, 2026: 35.0}
ALWAYS_KABKOTA = ("36", "92")
NEVER_KABKOTA = ("96",)


def coverage_target(year: int) -> float:
    last = max(COVERAGE_TARGET)
    return COVERAGE_TARGET.get(year, COVERAGE_TARGET[last] + 1.5 * (year - last))


def _expected_december(stock: np.ndarray, months: np.ndarray, year: int) -> np.ndarray:
    """Active participants per row at December of `year`: actual if loaded, else the last month
    plus the recent monthly pace (three months) up to December."""
    dec = np.datetime64(f"{year}-12", "M")
    if dec <= months[-1]:
        return stock[:, months == dec][:, 0]
    pace = (stock[:, -1] - stock[:, -4]) / 3
    return stock[:, -1] + pace * (dec - months[-1]).astype(int)


def _deadline(rng, year: int, cfg: Config, n: int, share: float) -> np.ndarray:
    """Mostly empty (31 December); some earlier, but after `sampai` in its own year."""
    early = rng.random(n) < share
    first = month_of(cfg.sampai) + 1 if year == year_of(cfg.sampai) else 6
    if first > 11:
        return np.full(n, None, dtype=object)
    month = rng.integers(first, 12, n)
    last_day = (np.array([np.datetime64(f"{year}-{m:02d}", "M") for m in month]) + 1).astype("datetime64[D]") - 1
    return np.where(early, last_day.astype(str), None).astype(object)


def target(reg_all: pd.DataFrame, stock_all: np.ndarray, months_all: np.ndarray, denominators: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Rows (tahun, kode_wilayah, segmen, target_peserta, target_cakupan_persen, batas_waktu).

    `stock_all`: national participant stock (kabupaten/kota, segment, month) over `months_all`;
    `denominators`: the penduduk_bekerja rows (national) that will be loaded.
    """
    rng = cfg.rng("targets")
    provs = np.array(sorted(reg_all["kode_provinsi"].unique()))
    prov_of = reg_all["kode_provinsi"].to_numpy()
    total = stock_all.sum(axis=1)  # (kabupaten/kota, month)
    bpu = stock_all[:, 1, :]
    den_years = sorted(denominators["tahun"].unique())
    kab_province = rng.random(len(provs)) < 0.25
    kab_province |= np.isin(provs, ALWAYS_KABKOTA)
    kab_province &= ~np.isin(provs, NEVER_KABKOTA)
    frames = []
    for year in cfg.years:
        den_year = max([y for y in den_years if y <= year] or den_years[:1])
        den = denominators[denominators["tahun"] == den_year].set_index("kode_wilayah")["penduduk_bekerja"]
        den_k = den.reindex(reg_all["kode_wilayah"]).to_numpy(dtype=float)
        den_p = pd.Series(den_k).groupby(prov_of).sum().reindex(provs).to_numpy()
        national = coverage_target(year) / 100 * den_k.sum()
        exp_k = _expected_december(total, months_all, year)
        exp_p = pd.Series(exp_k).groupby(prov_of).sum().reindex(provs).to_numpy()
        factor = rng.lognormal(0, 0.05, len(provs))
        tgt_p = exp_p * factor * national / (exp_p * factor).sum()
        as_count = rng.random(len(provs)) < 0.55
        frames.append(
            pd.DataFrame(
                {
                    "tahun": year,
                    "kode_wilayah": provs,
                    "segmen": "SEMUA",
                    "target_peserta": np.where(as_count, np.round(tgt_p, -2), np.nan),
                    "target_cakupan_persen": np.where(as_count, np.nan, np.round(tgt_p / den_p * 100, 2)),
                    "batas_waktu": _deadline(rng, year, cfg, len(provs), 0.05),
                }
            )
        )
        # Own targets for 1-3 kabupaten/kota (cities first) in some provinces.
        ratio = national / exp_p.sum()
        rows = []
        for p in provs[kab_province]:
            idx = np.nonzero(prov_of == p)[0]
            order = idx[np.argsort(~reg_all["kota"].to_numpy()[idx], kind="stable")]
            rows.extend(order[: int(rng.integers(1, 4))])
        rows = np.array(rows, dtype=int)
        tgt_k = exp_k[rows] * ratio * rng.lognormal(0, 0.06, len(rows))
        frames.append(
            pd.DataFrame(
                {
                    "tahun": year,
                    "kode_wilayah": reg_all["kode_wilayah"].to_numpy()[rows],
                    "segmen": "SEMUA",
                    "target_peserta": np.round(tgt_k, -1),
                    "target_cakupan_persen": np.nan,
                    "batas_waktu": _deadline(rng, year, cfg, len(rows), 0.3),
                }
            )
        )
        # A BPU target per province for the last two years (pemda programmes for informal work).
        if year >= year_of(cfg.sampai) - 1:
            exp_b = pd.Series(_expected_december(bpu, months_all, year)).groupby(prov_of).sum().reindex(provs)
            frames.append(
                pd.DataFrame(
                    {
                        "tahun": year,
                        "kode_wilayah": provs,
                        "segmen": "BPU",
                        "target_peserta": np.round(exp_b.to_numpy() * rng.uniform(1.0, 1.12, len(provs)), -2),
                        "target_cakupan_persen": np.nan,
                        "batas_waktu": None,
                    }
                )
            )
    out = pd.concat(frames, ignore_index=True)
    if cfg.provinces is not None:
        out = out[out["kode_wilayah"].str[:2].isin(cfg.provinces)]
    out["target_peserta"] = out["target_peserta"].astype("Int64")
    return out.sort_values(["tahun", "kode_wilayah", "segmen"], kind="stable").reset_index(drop=True)
