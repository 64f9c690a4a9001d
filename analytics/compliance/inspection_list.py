"""The daftar sasaran pemeriksaan bersama: the joint inspection list as an XLSX workbook.

The rows are the employer list of the Kepatuhan page for the same scope, snapshot and filters, in
the same priority order, with the columns an inspector takes into the field and three empty ones to
fill in there (tanggal pemeriksaan, petugas, hasil). The title names the scope, the snapshot and the
filters; at most MAX_ROWS rows are written, and the note under the title says so when more match.
"""

from __future__ import annotations

import datetime as dt
import io

import duckdb
import pandas as pd
from openpyxl import load_workbook

from analytics import exports, fmt, glossary, kbli
from analytics.compliance.employers import FLAG, NO_FILTER, EmployerFilter, count_employers, ranked_employers
from analytics.compliance.rules import Settings
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.scope import Scope

MAX_ROWS = 5_000



L = Catalog(
    {
        "title": _m(
            "Daftar sasaran pemeriksaan bersama — {scope}, data perusahaan posisi {snapshot}",
            "Joint inspection target list — {scope}, employer data as of {snapshot}",
        ),
        "source": _m(
            "Sumber: Cakupan — data perusahaan BPJS Ketenagakerjaan dan Disnakertrans. Urutan menurut "
            "skor prioritas. Filter: {filters}. Diunduh {waktu}.",
            "Source: Cakupan — BPJS Ketenagakerjaan and Disnakertrans employer data. Ordered by priority "
            "score. Filters: {filters}. Downloaded {waktu}.",
        ),
        "rows": _m("{n} perusahaan.", "{n} employers."),
        "capped": _m(
            "Hanya {max} perusahaan dengan prioritas tertinggi dari {n} yang cocok dicantumkan; "
            "persempit filter untuk daftar lengkap.",
            "Only the {max} highest-priority of {n} matching employers are listed; narrow the filters "
            "for a complete list.",
        ),
        "no_filters": _m("tidak ada (semua perusahaan tidak patuh)", "none (all non-compliant employers)"),
        "f_cari": _m("pencarian “{v}”", "search “{v}”"),
        "f_kategori": _m("kategori {v}", "category {v}"),
        "f_sektor": _m("sektor {v}", "sector {v}"),
        "f_skala": _m("skala {v}", "scale {v}"),
        "f_wilayah": _m("wilayah {v}", "area {v}"),
        "sheet": _m("Sasaran pemeriksaan", "Inspection targets"),
        "file": _m("sasaran-pemeriksaan", "inspection-targets"),
        "snapshot": _m("snapshot", "snapshot"),
        "c_rank": _m("Prioritas", "Priority"),
        "c_skor": _m("Skor prioritas", "Priority score"),
        "c_nama": _m("Nama perusahaan", "Employer"),
        "c_npp": _m("NPP", "NPP"),
        "c_nib": _m("NIB", "NIB"),
        "c_wilayah": _m("Kabupaten/kota", "Regency/city"),
        "c_kode": _m("Kode wilayah", "Area code"),
        "c_sektor": _m("Sektor (KBLI)", "Sector (KBLI)"),
        "c_sektor_nama": _m("Nama sektor", "Sector name"),
        "c_skala": _m("Skala", "Scale"),
        "c_kategori": _m("Kategori ketidakpatuhan", "Non-compliance categories"),
        "c_tk_wajib": _m("TK wajib", "Workers employed"),
        "c_tk_terdaftar": _m("TK terdaftar", "Workers registered"),
        "c_tk_belum": _m("TK belum terlindungi", "Unprotected workers"),
        "c_program": _m("Program wajib belum diikuti", "Mandatory programs missing"),
        "c_selisih": _m("Selisih upah/bulan (Rp)", "Wage shortfall/month (Rp)"),
        "c_tunggakan": _m("Tunggakan iuran (Rp)", "Contribution arrears (Rp)"),
        "c_bulan": _m("Lama tunggakan (bulan)", "Months in arrears"),
        "c_tanggal": _m("Tanggal pemeriksaan", "Inspection date"),
        "c_petugas": _m("Petugas", "Inspector"),
        "c_hasil": _m("Hasil", "Outcome"),
    }
)

def kategori_label(kode: str, lang: str = "id") -> str:
    return glossary.kategori(kode, lang)


def categories_in_words(row, lang: str = "id") -> str:
    """The categories an employer row (a mapping with the flag columns) falls in, e.g. 'PWBD; …'."""
    return "; ".join(kategori_label(k, lang) for k, flag in FLAG.items() if bool(row[flag]))


def filters_in_words(f: EmployerFilter, wilayah_names: dict[str, str], lang: str = "id") -> str:
    parts = []
    if f.cari.strip():
        parts.append(L("f_cari", lang, v=f.cari.strip()))
    if f.kategori:
        parts.append(L("f_kategori", lang, v=", ".join(kategori_label(k, lang) for k in f.kategori)))
    if f.sektor:
        parts.append(L("f_sektor", lang, v=", ".join(kbli.label(s, lang) for s in f.sektor)))
    if f.skala:
        parts.append(L("f_skala", lang, v=", ".join(glossary.skala(s, lang) for s in f.skala)))
    if f.kode_wilayah:
        parts.append(L("f_wilayah", lang, v=", ".join(wilayah_names.get(k, k) for k in f.kode_wilayah)))
    return "; ".join(parts) or L("no_filters", lang)


def inspection_xlsx(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    scope_label: str,
    periode: dt.date,
    f: EmployerFilter = NO_FILTER,
    settings: Settings | None = None,
    *,
    lang: str = "id",
    max_rows: int = MAX_ROWS,
    now: dt.datetime | None = None,
) -> bytes:
    """The inspection list for the scope, period (each kab/kota's latest snapshot) and filters, as XLSX."""
    total, snapshot = count_employers(con, scope, periode, f, settings)
    rows = ranked_employers(con, scope, periode, f, settings, limit=max_rows)
    names = dict(zip(rows["kode_wilayah"], rows["nama_wilayah"], strict=True))
    if f.kode_wilayah:
        found = con.execute(
            f"SELECT kode_wilayah, nama FROM wilayah WHERE kode_wilayah IN ({', '.join('?' for _ in f.kode_wilayah)})",
            list(f.kode_wilayah),
        ).fetchall()
        names.update(dict(found))
    table = inspection_table(
        rows,
        title=L("title", lang, scope=scope_label, snapshot=fmt.bulan(snapshot or periode, lang)),
        source=L("source", lang, filters=filters_in_words(f, names, lang),
                 waktu=fmt.waktu(now or dt.datetime.now(dt.UTC), lang)),
        lang=lang,
    )  # fmt: skip
    note = (
        L("capped", lang, max=fmt.angka(max_rows, lang=lang), n=fmt.angka(total, lang=lang))
        if total > max_rows
        else L("rows", lang, n=fmt.angka(total, lang=lang))
    )
    return _with_note(exports.to_xlsx(table), note, warn=total > max_rows)


def inspection_table(rows: pd.DataFrame, *, title: str, source: str, lang: str = "id") -> exports.ExportTable:
    """The list's columns for `rows` (analytics.compliance.employers.ranked_employers, in priority
    order): what an inspector takes into the field, and three empty columns to fill in there."""
    records = rows.to_dict("records")
    empty = [None] * len(records)

    def col(key, kind, values):
        return exports.Column(L(key, lang), kind, list(values))

    return exports.ExportTable(
        title=title,
        source=source,
        columns=(
            col("c_rank", exports.INT, rows["peringkat"]),
            col("c_nama", exports.TEXT, rows["nama_perusahaan"]),
            col("c_npp", exports.TEXT, rows["npp"]),
            col("c_nib", exports.TEXT, rows["nib"]),
            col("c_wilayah", exports.TEXT, rows["nama_wilayah"]),
            col("c_kode", exports.TEXT, rows["kode_wilayah"]),
            col("c_sektor", exports.TEXT, rows["sektor"]),  # the letter, to filter and join on
            col("c_sektor_nama", exports.TEXT, [kbli.nama(s, lang) for s in rows["sektor"]]),
            col("c_skala", exports.TEXT, [glossary.skala(s, lang) for s in rows["skala"]]),
            col("c_kategori", exports.TEXT, [categories_in_words(r, lang) for r in records]),
            col("c_tk_wajib", exports.INT, rows["tk_wajib"]),
            col("c_tk_terdaftar", exports.INT, rows["tk_terdaftar"]),
            col("c_tk_belum", exports.INT, rows["tk_belum_terlindungi"]),
            col("c_program", exports.TEXT, [_text(r["program_kurang"]) for r in records]),
            col("c_selisih", exports.RUPIAH, _rupiah(rows["selisih_upah_rp"])),
            col("c_tunggakan", exports.RUPIAH, _rupiah(rows["tunggakan_rp"])),
            col("c_bulan", exports.INT, rows["bulan_tunggakan"]),
            col("c_skor", exports.INT, _rupiah(rows["skor"])),
            col("c_tanggal", exports.TEXT, empty),
            col("c_petugas", exports.TEXT, empty),
            col("c_hasil", exports.TEXT, empty),
        ),
        lang=lang,
        sheet=L("sheet", lang),
    )


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _rupiah(values) -> list:
    """Whole numbers for the sheet (a missing value stays empty)."""
    return [None if pd.isna(v) else round(float(v)) for v in values]


def _with_note(data: bytes, note: str, warn: bool) -> bytes:
    """Write the note into the blank row between the source line and the header."""
    from openpyxl.styles import Font

    wb = load_workbook(io.BytesIO(data))
    cell = exports.text_cell(wb.active, exports.HEADER_ROW - 1, 1, note)
    cell.font = Font(bold=warn, color="B45309" if warn else "374151")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def file_name(scope_label: str, periode: dt.date, snapshot: dt.date | None, lang: str = "id") -> str:
    """`sasaran-pemeriksaan_kota-palembang_2026-10_snapshot-2026-09.xlsx`: the page's period and the
    employer snapshot it used, which differ (snapshots are quarterly), so two lists made for
    different months never share a name (issue 11)."""
    snap = (f"{L('snapshot', lang)}-{snapshot:%Y-%m}",) if snapshot else ()
    return exports.file_stem(L("file", lang), scope_label, periode, *snap) + ".xlsx"
