"""Potensi penutupan gap: how much of the coverage target gap enforcement alone could close.

Unprotected workers (PWBD + PDS-TK) of the scope's latest snapshot at or before the period, set
against the shortfall of the scope's kabupaten/kota, `coverage.headline(…).kekurangan_bagian`
(analytics.coverage.parts), for the same month asked (default: the latest membership month, the
headline's own default). Not the net gap: a province whose capital is far above its target has a net
gap of 0 while its regencies are short, and enforcement there closes the regencies' shortfall. The
shortfall counts only kab/kota with targets (their own, or allocated by workforce): where part of a
scope's target cannot be split over its kab/kota (no workforce figures), the net gap can be the larger,
and the share is then of the net gap (`dari_bagian` False): what is to close is never less than it. The share is raw (it can exceed 100% when the unprotected workers outnumber it);
`persen_tampil` caps it at 100 for display. No target, no membership data for the month, or no
kab/kota short (every one reached) → no share.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import duckdb

from analytics import coverage
from analytics.compliance.rules import Settings
from analytics.compliance.summary import Ringkasan, compliance_summary
from analytics.scope import Scope


@dataclass(frozen=True)
class PotensiGap:
    tk_belum_terlindungi: int  # PWBD + PDS-TK workers in the scope
    perusahaan: int  # the employers holding them (PWBD or PDS-TK, distinct: the two never overlap)
    gap: int | None  # the scope's net coverage gap; None without a target or membership data
    kekurangan_bagian: int | None  # its kab/kota's shortfall (coverage.parts); None as for the gap
    persen_gap: float | None  # 100 × tk_belum_terlindungi ÷ dasar, uncapped; None when dasar is None or 0

    @property
    def dari_bagian(self) -> bool:
        """The share is of the kab/kota's shortfall (else of the net gap, which is larger)."""
        return self.kekurangan_bagian is not None and (self.gap is None or self.kekurangan_bagian >= self.gap)

    @property
    def dasar(self) -> int | None:
        """What the share is of: the larger of the kab/kota's shortfall and the net gap."""
        return self.kekurangan_bagian if self.dari_bagian else self.gap

    @property
    def persen_tampil(self) -> float | None:
        """The share for display: at most 100% (enforcement cannot close more than the gap)."""
        return None if self.persen_gap is None else min(self.persen_gap, 100.0)


def gap_potential(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: Settings | None = None,
    *,
    summary: Ringkasan | None = None,
) -> PotensiGap:
    """`summary`: the scope's compliance_summary for the same month and settings, when the caller
    has it already (the Kepatuhan page shows both; one aggregate of a million employers, not two)."""
    r = summary if summary is not None else compliance_summary(con, scope, periode, settings)
    try:
        h = coverage.headline(con, scope, periode)
        gap, kurang = h.gap, h.kekurangan_bagian
    except coverage.DataKosong:
        gap = kurang = None
    perusahaan = r.kategori["PWBD"].perusahaan + r.kategori["PDS_TK"].perusahaan
    potential = PotensiGap(r.tk_belum_terlindungi, perusahaan, gap, kurang, None)
    dasar = potential.dasar
    share = None if not dasar else 100.0 * r.tk_belum_terlindungi / dasar
    return dataclasses.replace(potential, persen_gap=share)
