"""Rules across the cells of one row, each dataset's key, and what a period means per dataset.

Conditions are SQL over the typed columns `t_<col>` (NULL where the cell itself was wrong, so a bad
cell is reported once, not again by every rule that reads it).
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.contract import DATE, MONTH, YEAR, Dataset


@dataclass(frozen=True)
class RowRule:
    key: str  # message key
    column: str  # the column the error is shown against
    condition: str  # SQL true when the row breaks the rule


RULES: dict[str, tuple[RowRule, ...]] = {
    "target": (
        RowRule("target_kosong", "target_peserta",
                "t_target_peserta IS NULL AND t_target_cakupan_persen IS NULL "
                "AND err_target_peserta IS NULL AND err_target_cakupan_persen IS NULL"),
    ),
    "kecelakaan": (RowRule("meninggal_lebih", "meninggal", "t_meninggal > t_kasus"),),
    "kelompok_khusus": (RowRule("terdaftar_lebih", "terdaftar", "t_terdaftar > t_sasaran"),),
    "tindak_lanjut": (
        RowRule("identitas_kosong", "npp", "t_npp IS NULL AND t_nib IS NULL AND t_nama_perusahaan IS NULL"),
    ),
    "perusahaan": (
        RowRule("belum_daftar_npp", "npp", "t_status = 'BELUM_DAFTAR' AND t_npp IS NOT NULL"),
        RowRule("belum_daftar_tk", "tk_terdaftar", "t_status = 'BELUM_DAFTAR' AND t_tk_terdaftar <> 0"),
        RowRule("terdaftar_tanpa_npp", "npp", "t_status IN ('AKTIF', 'NONAKTIF') AND t_npp IS NULL"),
    ),
}

# Values filled in when a cell is empty, and stored so (the contract's defaults).
DEFAULTS: dict[str, dict[str, str]] = {
    "target": {"batas_waktu": "make_date(t_tahun, 12, 31)"},
}


def key_columns(ds: Dataset) -> list[str]:
    """Columns whose parse errors make the key unknown (no duplicate check for such rows)."""
    if ds.name == "perusahaan":
        return ["periode", "npp", "nib", "nama_perusahaan", "kode_wilayah"]
    return list(ds.key)


def key_exprs(ds: Dataset) -> list[str]:
    """The key as SQL over typed columns; NULL parts compare equal (GROUP BY semantics).

    perusahaan: registered employers by (periode, npp); unregistered by (periode, nib), or without a
    nib by (periode, name case-insensitively, kode_wilayah).
    """
    if ds.name == "perusahaan":
        unregistered = "t_npp IS NULL"
        nameless = "t_npp IS NULL AND t_nib IS NULL"
        return [
            "t_periode",
            "t_npp",
            f"CASE WHEN {unregistered} THEN t_nib END",
            f"CASE WHEN {nameless} THEN lower(t_nama_perusahaan) END",
            f"CASE WHEN {nameless} THEN t_kode_wilayah END",
        ]
    return [f"t_{c}" for c in ds.key]


def key_label(ds: Dataset) -> str:
    """The key as text for the duplicate message."""
    if ds.name == "perusahaan":
        who = ("CASE WHEN t_npp IS NOT NULL THEN 'npp ' || t_npp WHEN t_nib IS NOT NULL THEN 'nib ' || t_nib "
               "ELSE t_nama_perusahaan || ', ' || t_kode_wilayah END")
        return f"concat_ws(', ', CAST(t_periode AS VARCHAR), {who})"
    parts = [f"coalesce(CAST(t_{c} AS VARCHAR), '–')" for c in ds.key]
    return "concat_ws(', ', " + ", ".join(parts) + ")"


def period_expr(ds: Dataset, prefix: str = "") -> str | None:
    """The period a row belongs to, for replace-by-period (None: replaced by area alone)."""
    if ds.period is None:
        return None
    kind = ds.column(ds.period).kind
    col = f"{prefix}{ds.period}"
    if kind == DATE:
        return f"CAST(date_trunc('month', {col}) AS DATE)"
    if kind in (MONTH, YEAR):
        return col
    raise ValueError(ds.period)


def period_label(ds: Dataset, prefix: str = "t_") -> str | None:
    """The period as the history writes it: YYYY-MM or YYYY."""
    if ds.period is None:
        return None
    kind = ds.column(ds.period).kind
    col = f"{prefix}{ds.period}"
    return f"CAST({col} AS VARCHAR)" if kind == YEAR else f"strftime({col}, '%Y-%m')"
