"""One scope's work accidents for a period: the figures `kecelakaan --json` prints and the page's
tiles show (definitions in analytics.kecelakaan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from fractions import Fraction

import duckdb

from analytics import sqlfile
from analytics.coverage.numbers import round_half_away
from analytics.coverage.series import monthly_total
from analytics.errors import DataKosong
from analytics.scope import Level, Scope, scope_name

_SQL = sqlfile.read(__file__, "summary.sql")
JSON_KEYS = (
    "wilayah", "nama", "periode", "triwulan", "bulan_dilaporkan", "kasus_triwulan", "meninggal_triwulan",
    "cacat_triwulan", "klaim_rp_triwulan", "kasus_tahun_berjalan", "meninggal_tahun_berjalan", "peserta_aktif",
    "kasus_per_100rb_peserta_triwulan",
)  # fmt: skip


@dataclass(frozen=True)
class Kecelakaan:
    wilayah: str | None  # Kemendagri code, kode_kantor or Kanwil name; None for national
    nama: str
    periode: dt.date  # first day of the month
    triwulan: str  # "2026-Q4"
    bulan_dilaporkan: int
    kasus_triwulan: int
    meninggal_triwulan: int
    cacat_triwulan: int
    klaim_rp_triwulan: int
    kasus_tahun_berjalan: int
    meninggal_tahun_berjalan: int
    peserta_aktif: int | None
    kasus_per_100rb_peserta_triwulan: float | None
    bulan_tidak_dilaporkan: tuple[dt.date, ...] = ()  # the quarter's months so far without a row
    # For the page's tiles (not in the JSON): the year's disabilities and claims, and the month's
    # own sums (0 when the month was not reported: see bulan_tidak_dilaporkan).
    cacat_tahun_berjalan: int = 0
    klaim_rp_tahun_berjalan: int = 0
    kasus_bulan: int = 0
    meninggal_bulan: int = 0
    cacat_bulan: int = 0
    klaim_rp_bulan: int = 0

    @property
    def bulan_triwulan(self) -> int:
        """How many of the quarter's months there are up to the period (1 … 3)."""
        return (self.periode.month - 1) % 3 + 1

    def to_json_dict(self) -> dict:
        out = asdict(self)
        out["periode"] = self.periode.strftime("%Y-%m")
        return {k: out[k] for k in JSON_KEYS}


def quarter_of(periode: dt.date) -> tuple[str, dt.date]:
    """("YYYY-Qn", the quarter's first month) of the quarter that contains `periode`."""
    q = (periode.month - 1) // 3 + 1
    return f"{periode.year}-Q{q}", dt.date(periode.year, 3 * q - 2, 1)


def latest_month(con: duckdb.DuckDBPyConnection, scope: Scope) -> dt.date | None:
    """The latest month with accident data in the scope (the default period)."""
    cond, params = scope.kabkota_filter("kode_wilayah")
    row = con.execute(f"SELECT max(periode) FROM kecelakaan WHERE {cond}", params).fetchone()
    return row[0] if row and row[0] else None


def rate_per_100k(kasus: int, peserta: int | None) -> float | None:
    """kasus × 100.000 ÷ peserta, 2 decimals half away from zero; None without participants."""
    if not peserta:
        return None
    if kasus >= 0 and peserta > 0:  # always, for counts: halves up in integers, no Fraction per row
        return (2 * kasus * 10_000_000 + peserta) // (2 * peserta) / 100
    return float(round_half_away(Fraction(kasus * 100_000, peserta), 2))


def kecelakaan(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None = None) -> Kecelakaan:
    """The scope's accidents for `periode` (default: the latest month with accident data).

    Raises analytics.scope.ScopeError for an unknown area, DataKosong when the scope has no
    accident data at all (and no period was given)."""
    nama = scope_name(con, scope)
    if periode is None:
        periode = latest_month(con, scope)
        if periode is None:
            raise DataKosong(f"belum ada data kecelakaan untuk {nama}")
    periode = periode.replace(day=1)
    triwulan, first = quarter_of(periode)
    cond, params = scope.kabkota_filter("kode_wilayah")
    row = con.execute(
        _SQL.format(cond=cond), [dt.date(periode.year, 1, 1), periode, *params, *[first] * 6, *[periode] * 4]
    ).fetchone()
    (kasus_q, meninggal_q, cacat_q, klaim_q, kasus_y, meninggal_y, dilaporkan, ada, *rest) = row
    reported = {d.replace(day=1) for d in (ada or [])}
    months = [dt.date(periode.year, m, 1) for m in range(first.month, periode.month + 1)]
    total = monthly_total(con, scope, start=periode, end=periode)
    peserta = int(total["peserta_aktif"].iloc[0]) if len(total) and total["peserta_aktif"].notna().iloc[0] else None
    return Kecelakaan(
        wilayah=None if scope.level is Level.NASIONAL else scope.kode,
        nama=nama,
        periode=periode,
        triwulan=triwulan,
        bulan_dilaporkan=int(dilaporkan),
        kasus_triwulan=int(kasus_q),
        meninggal_triwulan=int(meninggal_q),
        cacat_triwulan=int(cacat_q),
        klaim_rp_triwulan=int(klaim_q),
        kasus_tahun_berjalan=int(kasus_y),
        meninggal_tahun_berjalan=int(meninggal_y),
        peserta_aktif=peserta,
        kasus_per_100rb_peserta_triwulan=rate_per_100k(int(kasus_q), peserta),
        bulan_tidak_dilaporkan=tuple(m for m in months if m not in reported),
        **dict(zip(("cacat_tahun_berjalan", "klaim_rp_tahun_berjalan", "kasus_bulan", "meninggal_bulan", "cacat_bulan",
                    "klaim_rp_bulan"), (int(v) for v in rest), strict=True)),
    )
