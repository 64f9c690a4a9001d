"""The headline of a scope for one month: the figures the Ringkasan page and `ringkasan` show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import duckdb
import pandas as pd

from analytics.coverage.areas import scope_members
from analytics.coverage.metrics import JSON_FIELDS, area_metrics
from analytics.coverage.numbers import pace_percent, percent_2, projection_conflict
from analytics.coverage.parts import PART_FIELDS, kabkota_metrics, parts_of
from analytics.coverage.periods import resolve_period
from analytics.scope import Scope, scope_name


@dataclass(frozen=True)
class Headline:
    """One scope, one month. Field names are the keys of `ringkasan --json`, plus the projection range."""

    wilayah: str | None  # Kemendagri code, kode_kantor or Kanwil name; None for national
    nama: str
    periode: dt.date  # first day of the month
    peserta_aktif: int | None
    target_peserta: int | None
    target_dialokasikan: bool | None
    capaian_persen: float | None
    gap: int | None
    batas_waktu: dt.date | None
    bulan_tersisa: int | None
    laju_dibutuhkan_per_bulan: int | None
    laju_aktual_per_bulan: int | None
    status: str | None
    penduduk_bekerja: int | None
    tahun_penduduk_bekerja: int | None
    cakupan_persen: float | None
    perusahaan_aktif: int | None
    proyeksi_batas_waktu: int | None
    proyeksi_bawah: int | None
    proyeksi_atas: int | None
    # How the scope's kabupaten/kota stand (analytics.coverage.parts): the sum of their shortfalls,
    # how many are short, of how many with a target and figures.
    kekurangan_bagian: int | None = None
    bagian_belum_tercapai: int = 0
    bagian_bertarget: int = 0

    @property
    def konflik_proyeksi(self) -> str | None:
        """The status and the projection disagree (coverage.numbers.projection_conflict)."""
        return projection_conflict(self.status, self.proyeksi_batas_waktu, self.target_peserta)

    @property
    def parts_disagree(self) -> bool:
        """The total reaches (or is on course for) its target while some of its kab/kota do not."""
        return self.status in ("TERCAPAI", "SESUAI_JALUR") and self.bagian_belum_tercapai > 0

    @property
    def laju_persen(self) -> float | None:
        """The actual pace as a percentage of the pace needed (coverage.numbers.pace_percent)."""
        return pace_percent(self.laju_aktual_per_bulan, self.laju_dibutuhkan_per_bulan)

    @property
    def has_data(self) -> bool:
        """Any figure at all: membership, a target, the workforce or employers (partial data is a
        headline of what exists; none of them is a scope without data)."""
        return any(v is not None for v in (self.peserta_aktif, self.target_peserta, self.penduduk_bekerja,
                                           self.perusahaan_aktif))

    def to_json_dict(self) -> dict:
        """Exactly the issues' JSON keys (issue 3's, then issue 11's parts): percentages to 2 decimals (halves up), ISO dates.

        `periode` is a month, written `YYYY-MM` as the command line takes it; `batas_waktu` is a
        date, `YYYY-MM-DD`. The percentages are recomputed from the integer counts so the 2-decimal
        rounding is exact.
        """
        out = {name: getattr(self, name) for name in (*JSON_FIELDS, *PART_FIELDS)}
        out["periode"] = self.periode.strftime("%Y-%m")
        out["batas_waktu"] = self.batas_waktu.isoformat() if self.batas_waktu else None
        out["capaian_persen"] = percent_2(self.peserta_aktif, self.target_peserta)
        out["cakupan_persen"] = percent_2(self.peserta_aktif, self.penduduk_bekerja)
        return out


_NAMED = ("wilayah", "nama")  # from the scope, not from the query


def _plain(value):
    """A pandas cell as a plain Python value (None for missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):
        return value.item()
    return value


def headline(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date | None = None) -> Headline:
    """The scope's headline for `periode` (default: the scope's latest loaded month).

    Raises ScopeError for an unknown area and DataKosong when the scope has no membership data
    at all. For a month without data the counts are None (and so is everything derived from them).
    """
    nama = scope_name(con, scope)
    month = resolve_period(con, scope, periode)
    frame = area_metrics(con, scope_members(scope), month)
    if len(frame) != 1:  # one area in, one row out: anything else is a bug in metrics.sql
        raise AssertionError(f"headline expected one row, got {len(frame)}")
    row = frame.iloc[0]
    values = {f.name: _plain(row[f.name]) for f in fields(Headline) if f.name not in (*_NAMED, *PART_FIELDS)}
    parts = parts_of(kabkota_metrics(con, scope, month))
    return Headline(wilayah=scope.kode, nama=nama, **(values | {"periode": month}), **vars(parts))
