"""Potensi penutupan gap: how much of the coverage target gap enforcement alone could close.

Unprotected workers (PWBD + PDS-TK) of the scope's latest snapshot at or before the period, set
against `coverage.headline(con, scope, periode).gap` for the same month asked (default: the latest
membership month, the headline's own default). The share is raw (it can exceed 100% when the
unprotected workers outnumber the gap); `persen_tampil` caps it at 100 for display. No target, no
membership data for the month, or a gap of 0 (target reached) → no share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from analytics import coverage
from analytics.compliance.rules import Settings
from analytics.compliance.summary import compliance_summary
from analytics.scope import Scope


@dataclass(frozen=True)
class PotensiGap:
    tk_belum_terlindungi: int  # PWBD + PDS-TK workers in the scope
    perusahaan: int  # the employers holding them (PWBD or PDS-TK, distinct: the two never overlap)
    gap: int | None  # coverage target gap of the scope; None without a target or membership data
    persen_gap: float | None  # 100 × tk_belum_terlindungi ÷ gap, uncapped; None when gap is None or 0

    @property
    def persen_tampil(self) -> float | None:
        """The share for display: at most 100% (enforcement cannot close more than the gap)."""
        return None if self.persen_gap is None else min(self.persen_gap, 100.0)


def gap_potential(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: Settings | None = None,
) -> PotensiGap:
    r = compliance_summary(con, scope, periode, settings)
    try:
        gap = coverage.headline(con, scope, periode).gap
    except coverage.DataKosong:
        gap = None
    share = None if not gap else 100.0 * r.tk_belum_terlindungi / gap
    perusahaan = r.kategori["PWBD"].perusahaan + r.kategori["PDS_TK"].perusahaan
    return PotensiGap(r.tk_belum_terlindungi, perusahaan, gap, share)
