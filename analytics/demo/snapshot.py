"""One employer snapshot (a perusahaan file) cut from the panel, as a pyarrow table.

Amounts follow from the panel's state: payroll = workers x wage per worker (the wage grows about
6.5% a year, like the minimum wages); a registered wage below the reported one only for PDS-Upah
employers; arrears = months x monthly contributions (JKK 0.54%, JKM 0.3%, JHT 5.7%, JP 3% of
payroll) x a partial-payment factor. Text columns are built from codes through dictionary arrays,
so a million rows take well under a second.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from analytics.contract import PROGRAM, SEKTOR
from analytics.demo.common import month_text, year_of
from analytics.demo.employers import AKTIF, BELUM, JHT, JKK, JKM, JKP, JP, SKALA_TEXT, STATUS_TEXT, Panel

RATE = {JKK: 0.0054, JKM: 0.003, JHT: 0.057, JP: 0.03, JKP: 0.0}  # contribution rates of payroll
PROGRAM_TEXT = np.array([";".join(p for i, p in enumerate(PROGRAM) if m & (1 << i)) for m in range(32)], dtype=object)
PROGRAM_RATE = np.array([sum(r for b, r in RATE.items() if m & b) for m in range(32)])


def snapshot(p: Panel, q: int) -> pa.Table:
    """The perusahaan file of snapshot q: one row per employer present, in contract columns."""
    idx = np.nonzero(p.present[:, q])[0]
    idx = idx[np.argsort(p.region[idx], kind="stable")]  # a file lists employers area by area
    take = pa.array(idx)
    st = p.status[idx, q]
    registered = st != BELUM
    active = st == AKTIF
    year_factor = 1.065 ** (year_of(p.snapshots[q]) - 2025)
    wage = np.round(p.wage[idx] * year_factor, -3)
    tk_w = p.tk_wajib[idx, q].astype(np.int64)
    tk_t = p.tk_terdaftar[idx, q].astype(np.int64)
    wage_reg = np.where(p.upah_ratio[idx, q] < 1, np.round(wage * p.upah_ratio[idx, q], -3), wage)
    rng = np.random.default_rng([q, len(idx)])  # the partial-payment factor, stable per snapshot
    missing = p.wage_missing[idx]
    pwbd_wage = (~registered) & (rng.random(len(idx)) < 0.6)
    upah_w = np.where((registered & ~missing & (tk_w > 0)) | pwbd_wage, tk_w * wage, np.nan)
    upah_t = np.where(active & ~missing, tk_t * wage_reg, np.nan)
    arr = p.arrears[idx, q].astype(np.int64)
    payroll = np.where(tk_t > 0, tk_t, np.maximum(tk_w, 1)) * wage
    rate = PROGRAM_RATE[p.program[idx, q].astype(np.int64) & 31]
    owed = np.where(arr > 0, np.maximum(np.round(arr * payroll * rate * (0.5 + 0.5 * rng.random(len(idx))), -3), 50_000), 0)
    null = pa.scalar(None, pa.string())
    reg_mask = pa.array(registered)
    n = len(idx)
    return pa.table(
        {
            "periode": _labels(np.zeros(n, np.int32), [month_text(p.snapshots[q])]),
            "npp": pc.if_else(reg_mask, p.npp.take(take), null),
            "nib": p.nib.take(take),
            "nama_perusahaan": p.name.take(take),
            "kode_wilayah": _labels(p.region[idx], p.codes),
            "sektor": _labels(np.searchsorted(np.array(SEKTOR), p.sektor[idx]), SEKTOR),
            "skala": _labels(p.skala[idx], SKALA_TEXT),
            "status": _labels(st, STATUS_TEXT),
            "tk_wajib": pa.array(tk_w),
            "tk_terdaftar": pa.array(tk_t),
            "upah_wajib_rp": pa.array(upah_w, pa.int64(), from_pandas=True),
            "upah_terdaftar_rp": pa.array(upah_t, pa.int64(), from_pandas=True),
            "program": pc.if_else(reg_mask, _labels(p.program[idx, q].astype(np.int64) & 31, PROGRAM_TEXT), null),
            "tunggakan_rp": pa.array(owed.astype(np.int64)),
            "bulan_tunggakan": pa.array(arr),
        }
    )


def _labels(index: np.ndarray, labels) -> pa.Array:
    """Text column from codes and their labels, without a million Python strings."""
    dictionary = pa.array([str(x) for x in labels], pa.string())
    return pc.cast(pa.DictionaryArray.from_arrays(pa.array(index.astype(np.int32)), dictionary), pa.string())
