"""Plausibility checks on a valid membership file, before it is saved (issue 14): what DHIS2 calls
validation rules and outlier detection. They never block a load; the uploader must acknowledge them,
and they are recorded with the load (the audit trail).

The file is compared with the store *as it would be after saving* (the file's months × kab/kota
replace what is stored, everything else stays), month by month against the month before:

* **perubahan**: a kab/kota × segment whose active participants move by more than
  `CAKUPAN_CEK_PERUBAHAN_PERSEN` percent (default 20) from the month before;
* **segmen_hilang**: a segment a kab/kota of the file had the month before and lacks now;
* **kabkota_hilang**: a kab/kota of the file's provinces that had membership the month before and
  has none now;
* **total_turun**: the total of the uploader's area falls from the month before.

(A file that opens a new month for only part of the country is analytics.load.write's
new_partial_months, shown beside these.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import duckdb

from analytics import fmt, settings, sqlfile
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.scope import Scope, scope_name

MAX_LISTED = 10  # items named per check; the rest are counted

_t = Catalog({
    "perubahan": _m("{n} kab/kota × segmen berubah lebih dari {persen}% dari bulan sebelumnya: {daftar}",
                    "{n} regency/city × segment figures change by more than {persen}% from the month before: {daftar}"),
    "segmen_hilang": _m("{n} segmen ada bulan sebelumnya tetapi tidak ada sekarang: {daftar}",
                        "{n} segments present the month before are missing now: {daftar}"),
    "kabkota_hilang": _m("{n} kab/kota punya data bulan sebelumnya tetapi tidak sekarang: {daftar}",
                         "{n} regencies/cities had data the month before but none now: {daftar}"),
    "total_turun": _m("Total peserta aktif {wilayah} turun dari {lalu} ({bulan_lalu}) menjadi {kini} ({bulan}).",
                      "{wilayah}'s total active participants falls from {lalu} ({bulan_lalu}) to {kini} ({bulan})."),
    "lainnya": _m("dan {n} lainnya", "and {n} more"),
})  # fmt: skip


def change_percent() -> float:
    return settings.number("CAKUPAN_CEK_PERUBAHAN_PERSEN", 20.0, 1.0)


@dataclass(frozen=True)
class Cek:
    kunci: str
    fields: dict = field(default_factory=dict)
    items: tuple[str, ...] = ()  # the areas (and figures) the check names

    def message(self, lang: str = "id") -> str:
        listed = list(self.items[:MAX_LISTED])
        if len(self.items) > MAX_LISTED:
            listed.append(_t("lainnya", lang, n=len(self.items) - MAX_LISTED))
        return _t(self.kunci, lang, n=len(self.items), daftar="; ".join(listed), **self.fields)


# The store as it would be after saving (the file's months x kab/kota replaced): plausibility.sql,
# with the file's rows as `{rows}`; each check adds its SELECT (its own .sql file).
_HEAD = sqlfile.read(__file__, "plausibility.sql")
_CHECK = {name: sqlfile.read(__file__, f"plausibility_{name}.sql") for name in ("perubahan", "segmen", "kabkota", "total")}


def _name_map(con) -> dict[str, str]:
    return dict(con.execute("SELECT kode_wilayah, nama FROM wilayah").fetchall())


def checks(con: duckdb.DuckDBPyConnection, validation, area: Scope | None = None, lang: str = "id") -> list[Cek]:
    """The warnings a valid membership file raises (none for other datasets)."""
    if not validation.ok or validation.dataset.name != "kepesertaan":
        return []
    rows_name = f"_cek_rows_{uuid.uuid4().hex[:10]}"
    cur = con.cursor()
    validation.rows.view(cur, rows_name)
    try:
        head = _HEAD.format(rows=rows_name)
        names = _name_map(cur)
        found: list[Cek] = []
        pct = change_percent()
        moved = cur.execute(head + _CHECK["perubahan"], [pct]).fetchall()
        if moved:
            items = tuple(
                f"{names.get(k, k)} {seg} {fmt.bulan(p, lang)}: {fmt.angka(lalu, lang=lang)} → {fmt.angka(kini, lang=lang)}"
                for p, k, seg, lalu, kini in moved
            )
            found.append(Cek("perubahan", {"persen": fmt.angka(pct, lang=lang)}, items))
        gone = cur.execute(head + _CHECK["segmen"]).fetchall()
        if gone:
            found.append(Cek("segmen_hilang", {}, tuple(f"{names.get(k, k)} {seg} ({fmt.bulan(p, lang)})" for p, k, seg in gone)))
        missing = cur.execute(head + _CHECK["kabkota"]).fetchall()
        if missing:
            found.append(Cek("kabkota_hilang", {}, tuple(f"{names.get(k, k)} ({fmt.bulan(p, lang)})" for p, k in missing)))
        area = area or Scope.nasional()
        cond, params = area.kabkota_filter("kode_wilayah")
        totals = cur.execute(head + _CHECK["total"].format(cond=cond), [*params, *params]).fetchall()
        label = scope_name(cur, area)
        for periode, kini, lalu in totals:
            if kini is not None and lalu is not None and kini < lalu:
                previous = fmt.bulan(_month_before(periode), lang)
                found.append(Cek("total_turun", {"wilayah": label, "lalu": fmt.angka(lalu, lang=lang),
                                                 "kini": fmt.angka(kini, lang=lang), "bulan": fmt.bulan(periode, lang),
                                                 "bulan_lalu": previous}))  # fmt: skip
        return found
    finally:
        cur.execute(f"DROP VIEW IF EXISTS {rows_name}")
        cur.close()


def _month_before(periode):
    return periode.replace(year=periode.year - 1, month=12) if periode.month == 1 else periode.replace(month=periode.month - 1)
