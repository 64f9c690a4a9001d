"""The compliance categories of the data contract, as one per-employer SQL relation.

Everything that counts, lists or follows up non-compliant employers (summaries, the employer list,
Tindak Lanjut) reads `employer_flags_sql`, so a category means the same thing everywhere. The two
rules the contract makes settings (the PDS-Program rule per scale and the arrears-ageing buckets)
live in `Settings`; their values reach the SQL only as parameters, while the *number* of ageing
buckets shapes it (one CASE arm per bucket).

Which snapshot: per kabupaten/kota, its latest employer snapshot at or before the period (as
`perusahaan_aktif` in analytics.coverage). Offices load their own areas on their own timetable; the
latest snapshot overall would silently drop every kab/kota that has not loaded that quarter yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from analytics import sqlfile
from analytics.contract import PROGRAM, SKALA

Snapshot = Literal["terakhir", "sebelumnya", "semua"]
SNAPSHOTS = ("terakhir", "sebelumnya", "semua")


@dataclass(frozen=True)
class Settings:
    """The contract's two compliance settings. Frozen and hashable, so pages can cache on it.

    program_wajib: per scale (MIKRO, KECIL, MENENGAH, BESAR, in that order) the programs an employer
        of that scale must join, in PROGRAM order.
    umur_batas: the lowest month count of each arrears-ageing bucket, ascending, the first ≥ 1; the
        last bucket is open-ended. (1, 4, 7, 13) means 1–3, 4–6, 7–12 and over 12 months.
    """

    program_wajib: tuple[tuple[str, ...], ...]
    umur_batas: tuple[int, ...]

    def __post_init__(self):
        if len(self.program_wajib) != len(SKALA):
            raise ValueError(f"program_wajib needs one entry per scale {SKALA}")
        for programs in self.program_wajib:
            if not set(programs) <= set(PROGRAM):
                raise ValueError(f"unknown program in {programs!r}; known: {PROGRAM}")
        b = self.umur_batas
        if not b or b[0] < 1 or any(x >= y for x, y in zip(b, b[1:], strict=False)):
            raise ValueError(f"umur_batas must be ascending month counts from ≥ 1, not {b!r}")

    @classmethod
    def default(cls) -> Settings:
        """The contract's defaults: JKK+JKM always, JHT from KECIL, JP from MENENGAH; 1–3/4–6/7–12/>12."""
        return cls(
            program_wajib=(
                ("JKK", "JKM"),  # MIKRO
                ("JKK", "JKM", "JHT"),  # KECIL
                ("JKK", "JKM", "JHT", "JP"),  # MENENGAH
                ("JKK", "JKM", "JHT", "JP"),  # BESAR
            ),
            umur_batas=(1, 4, 7, 13),
        )

    def wajib(self, skala: str) -> tuple[str, ...]:
        """The programs an employer of `skala` must join."""
        return tuple(p for p in PROGRAM if p in self.program_wajib[SKALA.index(skala)])

    def umur_labels(self) -> tuple[str, ...]:
        """Bucket labels in order, e.g. ('1-3 bulan', '4-6 bulan', '7-12 bulan', '>12 bulan')."""
        b = self.umur_batas
        labels = []
        for lo, nxt in zip(b, b[1:], strict=False):
            labels.append(f"{lo} bulan" if nxt - 1 == lo else f"{lo}-{nxt - 1} bulan")
        labels.append(f">{b[-1] - 1} bulan")
        return tuple(labels)

    def program_rule_text(self) -> str:
        """The PDS-Program rule in words, for the page."""
        parts = [f"{skala}: {' + '.join(self.wajib(skala)) or 'tidak ada'}" for skala in SKALA]
        return "Program wajib per skala usaha — " + "; ".join(parts) + "."

    def umur_text(self) -> str:
        """The ageing buckets in words, for the page."""
        return "Umur tunggakan (bulan menunggak): " + ", ".join(self.umur_labels()) + "."


# Registered = any status but BELUM_DAFTAR (AKTIF or NONAKTIF: both have an NPP), as in the contract.
_FLAGS_SQL = sqlfile.read(__file__, "flags.sql")

# The employer rows read, per `snapshot`. For one snapshot per kab/kota (the latest, or the one
# before it) the snapshot months are found in perusahaan_bulan (one row per snapshot,
# analytics.derived) and only then restricted to the scope (MATERIALIZED keeps the scope filter
# from being pushed below the grouping). For every snapshot
# ("semua") no month needs finding: the rows are filtered directly, which skips a join of the whole
# table on (kode_wilayah, periode).
_ONE_SNAPSHOT = sqlfile.read(__file__, "flags_one_snapshot.sql")
_MONTHS = {
    # each kab/kota's latest snapshot at or before the period
    "terakhir": "SELECT s.kode_wilayah, max(s.periode) AS periode FROM perusahaan_bulan AS s, params "
    "WHERE s.periode <= params.p_periode GROUP BY s.kode_wilayah",
    # the one before it
    "sebelumnya": "SELECT s.kode_wilayah, s.periode FROM perusahaan_bulan AS s, params "
    "WHERE s.periode <= params.p_periode "
    "QUALIFY row_number() OVER (PARTITION BY s.kode_wilayah ORDER BY s.periode DESC) = 2",
}
# all of them
_EVERY_SNAPSHOT = """employers AS (
    SELECT e.*
    FROM {table} AS e, params
    WHERE e.periode <= params.p_periode AND list_contains(CAST($kabkota AS VARCHAR[]), e.kode_wilayah)
),"""


def employers_cte(snapshot: Snapshot, table: str = "perusahaan") -> str:
    """The CTE `employers` (with a trailing comma): the rows of `table` (perusahaan, or a table keyed
    the same way: kode_wilayah, periode) of the snapshot(s) asked for, in the scope $kabkota.
    Needs `params` (p_periode) before it."""
    if snapshot == "semua":
        return _EVERY_SNAPSHOT.format(table=table)
    return _ONE_SNAPSHOT.format(months=_MONTHS[snapshot], table=table)  # table: a name in this package


def employer_flags_sql(settings: Settings, *, snapshot: Snapshot = "terakhir") -> str:
    """SQL of one row per employer with its compliance flags (use as a CTE or a subquery).

    Named parameters (build them with `flag_params`):
      $periode         DATE       the month asked about (any day of it is fine: compared as a date)
      $kabkota         VARCHAR[]  the kab/kota codes of the scope (scope.kabkota_in_scope)
      $wajib_mikro, $wajib_kecil, $wajib_menengah, $wajib_besar
                       VARCHAR[]  the programs each scale must join (Settings.program_wajib)
      $umur_batas_1 … $umur_batas_N  BIGINT   lowest month count of each ageing bucket
      $umur_label_1 … $umur_label_N  VARCHAR  label of each ageing bucket

    snapshot: "terakhir" = each kab/kota's latest snapshot at or before $periode; "sebelumnya" = the
    snapshot before that one (per kab/kota; none when it has only one); "semua" = every snapshot at
    or before $periode (for trends; `periode` tells them apart).

    Columns: periode, kode_wilayah, npp, nib, nama_perusahaan, sektor, skala, status, tk_wajib,
    tk_terdaftar, upah_wajib_rp, upah_terdaftar_rp, program, tunggakan_rp, bulan_tunggakan (as
    stored); terdaftar (status ≠ BELUM_DAFTAR); the flags pwbd, pds_tk, pds_upah, pds_program, pmi
    (never NULL) and tidak_patuh (any of them); tk_belum_terlindungi (tk_wajib for PWBD, tk_wajib −
    tk_terdaftar for PDS-TK, else 0); selisih_upah_rp (upah_wajib/tk_wajib × tk_terdaftar −
    upah_terdaftar for PDS-Upah, else 0; DOUBLE, unrounded); umur (bucket label) and umur_urut
    (1-based bucket index) for PMI, else NULL; program_kurang (missing mandatory programs,
    ';'-joined in PROGRAM order) for PDS-Program, else NULL.
    """
    if snapshot not in SNAPSHOTS:
        raise ValueError(f"snapshot must be one of {SNAPSHOTS}")
    return _flags_sql(settings, employers_cte(snapshot))


def every_employer_flags_sql(settings: Settings) -> str:
    """employer_flags_sql over every employer row stored, every snapshot (named parameters: $periode,
    unused, and the settings'; build them with `flag_params(settings, None, [])` minus `kabkota`)."""
    return _flags_sql(settings, "employers AS (SELECT e.* FROM perusahaan AS e),")


def _flags_sql(settings: Settings, employers: str) -> str:
    wajib_case = (
        "CASE skala "
        + " ".join(f"WHEN '{k}' THEN CAST($wajib_{k.lower()} AS VARCHAR[])" for k in SKALA)
        + " END"
    )  # scale names from the contract's allow-list, never user input

    def missing(wajib: str, ikut: str) -> str:
        return ", ".join(
            f"CASE WHEN list_contains({wajib}, '{p}') AND NOT contains({ikut}, ';{p};') THEN '{p}' END"
            for p in PROGRAM  # identifiers from the contract's allow-list, never user input
        )

    n = len(settings.umur_batas)
    arms = " ".join(f"WHEN bulan_tunggakan >= $umur_batas_{i} THEN {{value_{i}}}" for i in range(n, 0, -1))
    umur_case = "CASE " + arms.format(**{f"value_{i}": f"$umur_label_{i}" for i in range(1, n + 1)}) + " END"
    urut_case = "CASE " + arms.format(**{f"value_{i}": str(i) for i in range(1, n + 1)}) + " END"
    lists = [";".join(c) for r in range(len(PROGRAM) + 1) for c in combinations(PROGRAM, r)]
    return _FLAGS_SQL.format(
        employers=employers,
        n_lists=len(lists),
        skala_values=", ".join(f"('{k}')" for k in SKALA),  # allow-listed constants, not input
        program_values=", ".join(f"('{v}')" for v in lists),
        wajib_case=wajib_case,
        missing_programs=missing("program_wajib", "program_ikut"),
        missing_programs_row=missing(wajib_case, "';' || coalesce(program, '') || ';'"),
        umur_case=umur_case,
        umur_urut_case=urut_case,
    )


def flag_params(settings: Settings, periode: dt.date, kabkota: list[str]) -> dict:
    """The named parameters of `employer_flags_sql` for a period and the scope's kab/kota codes."""
    params: dict = {"periode": periode, "kabkota": list(kabkota)}
    for skala in SKALA:
        params[f"wajib_{skala.lower()}"] = list(settings.wajib(skala))
    for i, (lo, label) in enumerate(zip(settings.umur_batas, settings.umur_labels(), strict=True), start=1):
        params[f"umur_batas_{i}"] = lo
        params[f"umur_label_{i}"] = label
    return params
