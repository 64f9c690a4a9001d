"""One scope's special groups at a period: the figures `kelompok --json` prints and the page shows
(definitions in analytics.kelompok)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from fractions import Fraction

import duckdb
import pandas as pd

from analytics import sqlfile
from analytics.contract import KELOMPOK
from analytics.coverage.numbers import round_half_away
from analytics.errors import DataKosong
from analytics.scope import Level, Scope, scope_name

_SQL = sqlfile.read(__file__, "latest.sql")
DEFAULT_IURAN = 16_800  # Rp a person a month: JKK 10.000 + JKM 6.800 for BPU (analytics.kelompok)
IURAN_ENV = "CAKUPAN_IURAN_PER_ORANG"
TOTAL_KEYS = ("sasaran", "terdaftar", "belum_terdaftar", "cakupan_persen", "iuran_dibutuhkan_per_bulan_rp")


def default_iuran() -> int:
    """The contribution per person a month: CAKUPAN_IURAN_PER_ORANG when set to a whole positive
    number of rupiah, else DEFAULT_IURAN."""
    raw = os.environ.get(IURAN_ENV, "").strip().replace(".", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_IURAN


def coverage_percent(terdaftar: int, sasaran: int) -> float | None:
    """100 × terdaftar ÷ sasaran, 2 decimals half away from zero; None when sasaran is 0."""
    return float(round_half_away(Fraction(100 * terdaftar, sasaran), 2)) if sasaran else None


@dataclass(frozen=True)
class GroupFigures:
    sasaran: int
    terdaftar: int
    iuran_per_orang: int
    periode_laporan_terakhir: dt.date | None = None

    @property
    def belum_terdaftar(self) -> int:
        return self.sasaran - self.terdaftar

    @property
    def cakupan_persen(self) -> float | None:
        return coverage_percent(self.terdaftar, self.sasaran)

    @property
    def iuran_dibutuhkan_per_bulan_rp(self) -> int:
        return self.belum_terdaftar * self.iuran_per_orang

    def to_json_dict(self, with_month: bool = True) -> dict:
        out = {k: getattr(self, k) for k in TOTAL_KEYS}
        if with_month:
            out["periode_laporan_terakhir"] = (
                self.periode_laporan_terakhir.strftime("%Y-%m") if self.periode_laporan_terakhir else None
            )
        return out


@dataclass(frozen=True)
class KelompokSummary:
    wilayah: str | None
    nama: str
    periode: dt.date
    iuran_per_orang_rp: int
    kelompok: dict[str, GroupFigures]  # only groups with data, in the contract's order
    total: GroupFigures
    reports: pd.DataFrame = field(repr=False)  # the report rows used (latest.sql), for the page

    def to_json_dict(self) -> dict:
        return {
            "wilayah": self.wilayah,
            "nama": self.nama,
            "periode": self.periode.strftime("%Y-%m"),
            "iuran_per_orang_rp": self.iuran_per_orang_rp,
            "kelompok": {k: g.to_json_dict() for k, g in self.kelompok.items()},
            "total": self.total.to_json_dict(with_month=False),
        }


def latest_month(con: duckdb.DuckDBPyConnection, scope: Scope) -> dt.date | None:
    """The latest report month of any group in the scope (the command line's default period)."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    row = con.execute(f"SELECT max(periode) FROM kelompok_khusus WHERE {cond}", params).fetchone()
    return row[0] if row and row[0] else None


def latest_reports(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date) -> pd.DataFrame:
    """Each kab/kota's latest report per group at or before `periode` (latest.sql): kode_wilayah,
    kelompok, periode, sumber_dana, sasaran, terdaftar."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    return con.execute(_SQL.format(cond=cond), [periode, *params]).df()


def kelompok(
    con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None = None, iuran_per_orang: int | None = None
) -> KelompokSummary:
    """The scope's special groups at `periode` (default: the latest report month in the scope).

    Raises ScopeError for an unknown area, DataKosong when the scope has no group report (at all,
    or at or before the period)."""
    nama = scope_name(con, scope)
    iuran = default_iuran() if iuran_per_orang is None else int(iuran_per_orang)
    if periode is None:
        periode = latest_month(con, scope)
        if periode is None:
            raise DataKosong(f"belum ada data kelompok khusus untuk {nama}")
    periode = periode.replace(day=1)
    reports = latest_reports(con, scope, periode)
    if reports.empty:
        raise DataKosong(f"belum ada laporan kelompok khusus untuk {nama} s.d. {periode:%Y-%m}")
    groups = {}
    for kode in [k for k in KELOMPOK if k in set(reports["kelompok"])]:
        part = reports[reports["kelompok"] == kode]
        groups[kode] = GroupFigures(int(part["sasaran"].sum()), int(part["terdaftar"].sum()), iuran,
                                    pd.Timestamp(part["periode"].max()).date())  # fmt: skip
    total = GroupFigures(sum(g.sasaran for g in groups.values()), sum(g.terdaftar for g in groups.values()), iuran)
    return KelompokSummary(
        wilayah=None if scope.level is Level.NASIONAL else scope.kode,
        nama=nama,
        periode=periode,
        iuran_per_orang_rp=iuran,
        kelompok=groups,
        total=total,
        reports=reports,
    )
