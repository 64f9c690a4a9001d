"""Employers (perusahaan): a panel of identities followed through quarterly snapshots.

Each employer keeps its NPP, NIB, name, area, sector and scale in every snapshot; what changes
between quarters is driven by a small Markov model per employer, vectorised over all of them:
PWBD employers register (about 6.5% a quarter) or close, registered ones go inactive or come back,
partial registration (PDS-TK, PDS-Upah, PDS-Program) is fixed or appears, arrears age by three
months a quarter or are paid off. The rates give steady shares close to what BPJS reports: about
15% PDS-TK, 10% PDS-Upah, 10% PDS-Program and 12% in arrears, skewed to short arrears.

Sizes follow the BPS definition by workers: MIKRO 1-4, KECIL 5-19, MENENGAH 20-99, BESAR 100+.
Wages are per worker, from the provincial minimum wage, higher in cities and industrial areas and
in larger firms; a registered wage equal to the reported one is written so that the per-worker
ratio compares exactly equal (no accidental PDS-Upah from rounding).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.contract import SEKTOR
from analytics.demo import names
from analytics.demo.common import EMPLOYERS, Config, pick

AKTIF, NONAKTIF, BELUM = 0, 1, 2
STATUS_TEXT = np.array(["AKTIF", "NONAKTIF", "BELUM_DAFTAR"])
SKALA_TEXT = np.array(["MIKRO", "KECIL", "MENENGAH", "BESAR"])
JKK, JKM, JHT, JP, JKP = 1, 2, 4, 8, 16
MANDATORY = np.array([JKK | JKM, JKK | JKM | JHT, 15, 15], dtype=np.int8)  # by scale

_SECTOR = dict(
    A=.05, B=.01, C=.12, D=.005, E=.01, F=.08, G=.30, H=.05, I=.10, J=.02, K=.03, L=.02, M=.03, N=.05,
    O=.005, P=.03, Q=.03, R=.01, S=.05, T=.004, U=.001,
)  # fmt: skip
_SECTOR_PWBD = dict(G=.38, I=.18, C=.12, F=.08, S=.08, H=.05, A=.05, N=.03, M=.01, Q=.01, P=.01)
_AREA_TILT = {  # sector multipliers by kind of area
    "kota": dict(G=1.1, I=1.3, J=2, K=1.8, L=1.5, M=1.8, N=1.5, Q=1.3, A=.2, B=.2, C=.8),
    "industrial": dict(C=2.2, H=1.3, N=1.3, A=.5),
    "rural": dict(A=2.5, B=1.5, C=.8, J=.4, K=.6, M=.5),
}
SKALA_REGISTERED = np.array([0.64, 0.24, 0.095, 0.025])
SKALA_PWBD = np.array([0.80, 0.17, 0.025, 0.005])
SKALA_WAGE = np.array([0.80, 0.95, 1.10, 1.35])
TK_SIZE = ((2.2, 0.5, 1, 4), (9, 0.45, 5, 19), (40, 0.45, 20, 99), (600, 1.0, 100, 80_000))  # lognormal, clip

# Quarterly transition probabilities.
P = dict(
    deactivate=0.008, reactivate=0.04, drop_inactive=0.035, register=0.065, close_pwbd=0.02,
    tk_enter=0.022, tk_exit=0.13, upah_enter=0.021, upah_exit=0.14, prog_enter=0.015, prog_exit=0.13,
    arrears_enter=0.04, arrears_pay=0.38, arrears_enter_inactive=0.10, arrears_pay_inactive=0.12,
)  # fmt: skip
NEW_PER_QUARTER = {"national": (3_000, 9_000), "small": (15, 40)}  # newly registered, newly found PWBD


@dataclass
class Panel:
    """Employers x snapshots. Static arrays have one value per employer; the 2-D ones
    (employer, snapshot) hold the state at each quarter end."""

    snapshots: np.ndarray
    codes: np.ndarray  # kode_wilayah per region index
    region: np.ndarray
    sektor: np.ndarray
    skala: np.ndarray
    name: pa.Array
    npp: pa.Array
    nib: pa.Array  # null where the employer has no NIB
    wage: np.ndarray  # per worker, 2025 rupiah
    wage_missing: np.ndarray
    present: np.ndarray
    status: np.ndarray
    tk_wajib: np.ndarray
    tk_terdaftar: np.ndarray
    upah_ratio: np.ndarray  # registered wage / reported wage per worker (1 = complete)
    program: np.ndarray  # bitmask of programs joined
    arrears: np.ndarray  # months in arrears

    def categories(self, q: int) -> dict[str, np.ndarray]:
        """Compliance flags at snapshot q, exactly as the contract defines them."""
        reg = self.present[:, q] & (self.status[:, q] != BELUM)
        missing = (MANDATORY[self.skala] & ~self.program[:, q]) != 0
        return {
            "PWBD": self.present[:, q] & (self.status[:, q] == BELUM),
            "PDS_TK": reg & (self.tk_terdaftar[:, q] < self.tk_wajib[:, q]),
            "PDS_UPAH": reg & ~self.wage_missing & (self.tk_terdaftar[:, q] > 0) & (self.upah_ratio[:, q] < 1),
            "PDS_PROGRAM": reg & missing,
            "PMI": self.present[:, q] & (self.arrears[:, q] >= 1),
        }


def _sector_weights(tilt: dict) -> np.ndarray:
    return np.array([_SECTOR[s] * tilt.get(s, 1.0) for s in SEKTOR])


def _draw_static(rng, reg: pd.DataFrame, n: int, registered: bool):
    # Proportional to the workforce, tilted towards formal work: a Papua highland regency has
    # far fewer employers per worker than an industrial one.
    weight = reg["workforce_share"].to_numpy() * ((0.1 if registered else 0.25) + reg["formal"].to_numpy())
    region = pick(rng, weight, n).astype(np.int32)
    kind = np.where(reg["kota"].to_numpy(), 0, np.where(reg["industrial"].to_numpy() > 1.25, 1, 2))[region]
    sektor = np.empty(n, dtype="U1")
    if registered:
        for k, tilt in enumerate(_AREA_TILT.values()):
            mask = kind == k
            sektor[mask] = np.array(SEKTOR)[pick(rng, _sector_weights(tilt), int(mask.sum()))]
        big = np.isin(sektor, list("BCDK")) * 1.2 + np.isin(sektor, list("HFNQ")) * 0.3 + 1.0
        small = np.where(np.isin(sektor, list("GIS")), 1.3, 1.0)
        w = np.tile(SKALA_REGISTERED, (n, 1))
        w[:, 0] *= small
        w[:, 2:] *= big[:, None] / small[:, None]
        skala = pick(rng, w).astype(np.int8)
    else:
        keys = list(_SECTOR_PWBD)
        sektor[:] = np.array(keys)[pick(rng, np.array([_SECTOR_PWBD[k] for k in keys]), n)]
        skala = pick(rng, SKALA_PWBD, n).astype(np.int8)
    return region, sektor, skala


def _tk_base(rng, skala: np.ndarray) -> np.ndarray:
    out = np.empty(len(skala))
    for s, (median, sigma, lo, hi) in enumerate(TK_SIZE):
        mask = skala == s
        out[mask] = np.clip(np.round(rng.lognormal(np.log(median), sigma, mask.sum())), lo, hi)
    return out


def _partial(rng, skala: np.ndarray, mask: np.ndarray, out: np.ndarray) -> None:
    """Draw a registered share of workers below 1 where `mask`; larger firms register more."""
    lo = np.where(skala >= 2, 0.6, 0.25)
    hi = np.where(skala >= 2, 0.98, 0.95)
    out[mask] = (lo + (hi - lo) * rng.random(len(skala)))[mask]


def _missing_program(rng, skala: np.ndarray) -> np.ndarray:
    """The mandatory program an employer leaves out, by scale."""
    u = rng.random(len(skala))
    return np.select(
        [skala == 0, skala == 1, skala >= 2],
        [np.full(len(skala), JKM), np.where(u < 0.7, JHT, JKM), np.where(u < 0.75, JP, JHT)],
    ).astype(np.int8)


def _arrears_age(rng, n: int, survive: float) -> np.ndarray:
    """Months in arrears for employers found in arrears: geometric in quarters (mostly short)."""
    quarters = rng.geometric(1 - survive, n) - 1
    return np.minimum(rng.integers(1, 4, n) + 3 * quarters, 72).astype(np.int16)


def panel(reg: pd.DataFrame, cfg: Config) -> Panel:
    """The employer panel for the configured provinces (`reg` already selected)."""
    rng = cfg.rng("employers")
    snaps = cfg.snapshots
    nq = len(snaps)
    r0, u0 = EMPLOYERS[cfg.scale]
    new_r, new_u = NEW_PER_QUARTER[cfg.scale]
    sizes = [(r0, True, 0), (u0, False, 0)]
    for q in range(1, nq):
        sizes += [(new_r, True, q), (new_u, False, q)]
    parts = [_draw_static(rng, reg, n, registered) for n, registered, _ in sizes]
    region = np.concatenate([p[0] for p in parts])
    sektor = np.concatenate([p[1] for p in parts])
    skala = np.concatenate([p[2] for p in parts])
    born = np.concatenate([np.full(n, q, np.int8) for n, _, q in sizes])
    starts_registered = np.concatenate([np.full(n, r) for n, r, _ in sizes])
    e = len(region)

    tk_base = _tk_base(rng, skala)
    wage = reg["wage"].to_numpy()[region] * SKALA_WAGE[skala] * rng.lognormal(0, 0.12, e)
    wage_missing = rng.random(e) < 0.10
    extra = np.zeros(e, dtype=np.int8)
    extra[(skala == 0) & (rng.random(e) < 0.45)] = JHT
    extra[(skala == 1) & (rng.random(e) < 0.30)] = JP
    full = (MANDATORY[skala] | extra) == 15
    extra[full & (rng.random(e) < 0.85)] |= JKP
    missing_bit = _missing_program(rng, skala)

    present = np.zeros((e, nq), bool)
    status = np.zeros((e, nq), np.int8)
    tk_f = np.ones(e)
    ratio_tk = np.ones(e)
    ratio_upah = np.ones(e, np.float32)
    prog_missing = np.zeros(e, bool)
    arrears = np.zeros(e, np.int16)
    out_tk_w = np.zeros((e, nq), np.int32)
    out_tk_t = np.zeros((e, nq), np.int32)
    out_upah = np.ones((e, nq), np.float32)
    out_prog = np.zeros((e, nq), np.int8)
    out_arr = np.zeros((e, nq), np.int16)
    alive = np.ones(e, bool)
    cur = np.where(starts_registered, AKTIF, BELUM).astype(np.int8)

    for q in range(nq):
        u = rng.random((12, e))
        newborn = born == q
        if q == 0:
            cur[starts_registered & (u[0] < 0.10)] = NONAKTIF
            act = newborn & (cur == AKTIF)
            _partial(rng, skala, act & (u[1] < 0.145), ratio_tk)
            ratio_upah[act & (u[2] < 0.13)] = (0.55 + 0.37 * u[3])[act & (u[2] < 0.13)]
            prog_missing |= act & (u[4] < 0.10)
            inarr = newborn & np.where(cur == AKTIF, u[5] < 0.10, np.where(cur == NONAKTIF, u[5] < 0.45, False))
            arrears[inarr] = _arrears_age(rng, int(inarr.sum()), 0.6)
            long_inactive = newborn & (cur == NONAKTIF) & inarr
            arrears[long_inactive] = np.minimum(arrears[long_inactive] + 6, 72)
        else:
            old = (born < q) & alive
            was = cur.copy()
            a, n_, b = old & (was == AKTIF), old & (was == NONAKTIF), old & (was == BELUM)
            cur[a & (u[0] < P["deactivate"])] = NONAKTIF
            cur[n_ & (u[0] < P["reactivate"])] = AKTIF
            alive[n_ & (u[0] > 1 - P["drop_inactive"])] = False
            registers = b & (u[0] < P["register"])
            cur[registers] = AKTIF
            alive[b & (u[0] > 1 - P["close_pwbd"])] = False
            tk_f[old] *= rng.lognormal(0, 0.04, e)[old]
            act = old & (cur == AKTIF)
            # Partial registration: fixed or newly appearing; new registrants are often partial.
            ratio_tk[act & (ratio_tk < 1) & (u[1] < P["tk_exit"])] = 1.0
            _partial(rng, skala, act & (ratio_tk == 1) & (u[1] > 1 - P["tk_enter"]), ratio_tk)
            _partial(rng, skala, registers & (u[2] < 0.25), ratio_tk)
            fix_u = act & (ratio_upah < 1) & (u[3] < P["upah_exit"])
            ratio_upah[fix_u] = 1.0
            new_u = act & (ratio_upah == 1) & (u[3] > 1 - P["upah_enter"])
            ratio_upah[new_u] = (0.55 + 0.37 * u[4])[new_u]
            prog_missing[act & prog_missing & (u[5] < P["prog_exit"])] = False
            prog_missing[act & (u[5] > 1 - P["prog_enter"])] = True
            inactive = old & (cur == NONAKTIF)
            owing = arrears > 0
            pay = np.where(inactive, u[6] < P["arrears_pay_inactive"], u[6] < P["arrears_pay"])
            enter = np.where(inactive, u[7] < P["arrears_enter_inactive"], u[7] < P["arrears_enter"])
            reg_old = old & (cur != BELUM)
            arrears[reg_old & owing & pay] = 0
            grow = reg_old & owing & ~pay
            arrears[grow] = np.minimum(arrears[grow] + 3, 72)
            start = reg_old & ~owing & enter & ~registers
            arrears[start] = rng.integers(1, 4, e).astype(np.int16)[start]
            # Newborn this quarter: registered ones partly partial, PWBD plain.
            nb_reg = newborn & (cur == AKTIF)
            _partial(rng, skala, nb_reg & (u[8] < 0.2), ratio_tk)
        here = alive & (born <= q)
        present[:, q] = here
        status[:, q] = cur
        working = here & (cur != NONAKTIF)
        tk_w = np.where(working, np.maximum(1, np.round(tk_base * tk_f)), 0).astype(np.int32)
        out_tk_w[:, q] = tk_w
        registered_active = here & (cur == AKTIF)
        out_tk_t[:, q] = np.where(registered_active, np.floor(tk_w * ratio_tk + 1e-9), 0)
        out_upah[:, q] = np.where(registered_active, ratio_upah, 1.0)
        prog = (MANDATORY[skala] | extra) & ~np.where(prog_missing & (cur != BELUM), missing_bit, 0)
        prog = np.where((prog & 15) == 15, prog, prog & ~JKP)
        out_prog[:, q] = np.where(cur == BELUM, 0, prog)
        out_arr[:, q] = np.where(here & (cur != BELUM), arrears, 0)

    name = names.make_unique(names.names(rng, skala, sektor), region)
    has_nib = rng.random(e) < np.where(starts_registered, 0.75, 0.85)
    nib = pc.if_else(pa.array(has_nib), names.nib(rng, e), pa.scalar(None, pa.string()))
    return Panel(
        snaps, reg["kode_wilayah"].to_numpy(), region, sektor, skala, name, names.npp(rng, e), nib,
        wage, wage_missing, present, status, out_tk_w, out_tk_t, out_upah, out_prog, out_arr,
    )  # fmt: skip
