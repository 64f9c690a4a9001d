"""The compliance summary of a scope for one period: what `kepatuhan --json` prints and the tiles show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from analytics.compliance.query import aggregate, resolve
from analytics.compliance.rules import Settings
from analytics.contract import KATEGORI
from analytics.scope import Scope, scope_name


@dataclass(frozen=True)
class Kategori:
    """One category's figures; the fields a category does not have are None."""

    perusahaan: int
    tk_belum_terlindungi: int | None = None  # PWBD, PDS_TK
    selisih_upah_rp: int | None = None  # PDS_UPAH, whole rupiah
    tunggakan_rp: int | None = None  # PMI, whole rupiah
    umur: dict[str, int] | None = None  # PMI: bucket label -> employers, every bucket
    umur_tunggakan_rp: dict[str, int] | None = None  # PMI: bucket label -> arrears (not in the JSON)

    def to_json_dict(self) -> dict:
        out = {"perusahaan": self.perusahaan}
        for name in ("tk_belum_terlindungi", "selisih_upah_rp", "tunggakan_rp", "umur"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out


@dataclass(frozen=True)
class Ringkasan:
    wilayah: str | None  # Kemendagri code, kode_kantor or Kanwil name; None for national
    nama: str
    periode: dt.date  # the snapshot month used (the latest among the scope's kab/kota)
    periode_terlama: dt.date  # the oldest snapshot month used: < periode when kab/kota lag behind
    perusahaan: int  # employers in the snapshot(s), compliant or not
    perusahaan_tidak_patuh: int  # distinct employers in at least one category
    tk_belum_terlindungi: int  # PWBD + PDS-TK
    kategori: dict[str, Kategori] = field(default_factory=dict)  # keyed PWBD, PDS_TK, ...

    def to_json_dict(self) -> dict:
        """Exactly the issue's keys: wilayah, periode (YYYY-MM), perusahaan_tidak_patuh, categories."""
        return {
            "wilayah": self.wilayah,
            "periode": self.periode.strftime("%Y-%m"),
            "perusahaan_tidak_patuh": self.perusahaan_tidak_patuh,
            **{k: self.kategori[k].to_json_dict() for k in KATEGORI},
        }


def compliance_summary(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date | None = None,
    settings: Settings | None = None,
) -> Ringkasan:
    """Per category for the latest snapshot at or before `periode` (default: the scope's latest).

    One scan, grouped by ageing bucket; the totals are the sums of the groups. Raises ScopeError
    for an unknown area and DataKosong when the scope has no snapshot at or before the period.
    """
    settings = settings or Settings.default()
    nama = scope_name(con, scope)
    kabkota, month = resolve(con, scope, periode)
    groups = aggregate(con, kabkota, month, settings, by=("umur",))
    total = groups.drop(columns=["umur_urut", "umur", "periode_terlama", "periode_terbaru"]).sum()
    labels = settings.umur_labels()
    pmi = groups.dropna(subset=["umur_urut"]).set_index("umur")
    umur = {label: int(pmi["pmi_perusahaan"].get(label, 0)) for label in labels}
    umur_rp = {label: int(pmi["pmi_tunggakan_rp"].get(label, 0)) for label in labels}

    def n(col: str) -> int:
        return int(total[col])

    kategori = {
        "PWBD": Kategori(n("pwbd_perusahaan"), tk_belum_terlindungi=n("pwbd_tk_belum_terlindungi")),
        "PDS_TK": Kategori(n("pds_tk_perusahaan"), tk_belum_terlindungi=n("pds_tk_tk_belum_terlindungi")),
        "PDS_UPAH": Kategori(n("pds_upah_perusahaan"), selisih_upah_rp=n("pds_upah_selisih_upah_rp")),
        "PDS_PROGRAM": Kategori(n("pds_program_perusahaan")),
        "PMI": Kategori(
            n("pmi_perusahaan"), tunggakan_rp=n("pmi_tunggakan_rp"), umur=umur, umur_tunggakan_rp=umur_rp
        ),
    }
    return Ringkasan(
        wilayah=scope.kode,
        nama=nama,
        periode=_date(groups["periode_terbaru"].max()),
        periode_terlama=_date(groups["periode_terlama"].min()),
        perusahaan=n("perusahaan"),
        perusahaan_tidak_patuh=n("perusahaan_tidak_patuh"),
        tk_belum_terlindungi=n("tk_belum_terlindungi"),
        kategori=kategori,
    )


def _date(value) -> dt.date:
    return pd.Timestamp(value).date()
