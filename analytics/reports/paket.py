"""The paket laporan: one monthly report per kabupaten/kota of a province, in one ZIP, for the
Disnakertrans to send each Pemkab its own.

Each file is the kab/kota's own `bulanan` report (analytics.reports.bulanan), named
`laporan-bulanan_<kab-kota>_<YYYY-MM>.<pdf|xlsx>`. A kab/kota without membership data for the month
gets no file; DAFTAR-ISI.txt (CONTENTS.txt) lists every file and every kab/kota left out, and why.
`progress(done, total, name)` is called before each kab/kota, so a page can show a progress bar.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from analytics import exports, fmt
from analytics.coverage import coverage_by_subarea
from analytics.errors import DataKosong
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.reports import bulanan, laporan
from analytics.reports.meta import ReportSettings
from analytics.scope import Level, Scope, kabkota_in_scope, scope_name

_t = Catalog({
    "file": _m("laporan-bulanan", "monthly-report"),
    "contents": _m("DAFTAR-ISI.txt", "CONTENTS.txt"),
    "head": _m("Paket laporan bulanan {nama}, {periode}: {n} kab/kota.", "Monthly report package {nama}, {periode}: {n} regencies/cities."),
    "skipped": _m("Tanpa laporan (belum ada data kepesertaan bulan ini):", "No report (no membership data for the month):"),
    "made": _m("Dibuat {waktu} oleh Cakupan.", "Made {waktu} by Cakupan."),
})  # fmt: skip


@dataclass(frozen=True)
class Paket:
    data: bytes  # the ZIP
    files: tuple[str, ...]  # the reports in it
    skipped: tuple[str, ...]  # kab/kota names without a report
    file_name: str  # a name for the ZIP itself


def build(
    con: duckdb.DuckDBPyConnection,
    provinsi: Scope,
    periode: dt.date,
    suffix: str = ".pdf",
    settings: ReportSettings | None = None,
    lang: str = "id",
    progress: Callable[[int, int, str], None] | None = None,
    now: dt.datetime | None = None,
) -> Paket:
    if provinsi.level is not Level.PROVINSI:
        raise ValueError("a paket laporan is made for a province")
    if suffix not in laporan.FORMATS["bulanan"]:
        raise ValueError(f"a monthly report comes as {laporan.FORMATS['bulanan']}, not {suffix!r}")
    settings = settings or ReportSettings()
    now = now or dt.datetime.now(dt.UTC)
    codes = kabkota_in_scope(con, provinsi)
    try:  # each kab/kota's row comes from its province's table: computed once, not once per report
        province_table = coverage_by_subarea(con, provinsi, periode)
    except DataKosong:
        province_table = None
    files, skipped = [], []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, kode in enumerate(codes):
            scope = Scope.wilayah(kode)
            nama = scope_name(con, scope)
            if progress is not None:
                progress(i, len(codes), nama)
            try:
                report = bulanan.build(con, scope, periode, settings, lang, now, province_table=province_table)
            except DataKosong:
                skipped.append(nama)
                continue
            name = exports.file_stem(_t("file", lang), nama, periode) + suffix
            zf.writestr(name, laporan.write(report, suffix))
            files.append(name)
        prov = scope_name(con, provinsi)
        lines = [_t("head", lang, nama=prov, periode=fmt.bulan(periode, lang), n=len(codes)), "", *files]
        if skipped:
            lines += ["", _t("skipped", lang), *skipped]
        lines += ["", _t("made", lang, waktu=fmt.waktu(now, lang))]
        zf.writestr(_t("contents", lang), "\r\n".join(lines) + "\r\n")
    if progress is not None:
        progress(len(codes), len(codes), "")
    stem = exports.file_stem(f"paket-{_t('file', lang)}", prov, periode)
    return Paket(out.getvalue(), tuple(files), tuple(skipped), stem + ".zip")
