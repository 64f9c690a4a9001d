"""What every report, workbook and deck says about itself: which area and period, how fresh the data
under it is, every setting its figures depend on, and when it was made.

An official who forwards a file must be able to answer "from which data, computed how?" from the file
alone. `Meta.lines()` is that answer, the same words on a PDF's first page, an XLSX's Keterangan
sheet and a deck's title slide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from analytics import fmt
from analytics.compliance.rules import Settings
from analytics.contract import SKALA
from analytics.enforcement.settings import EnforcementSettings
from analytics.freshness import dataset_freshness
from analytics.i18n import Catalog
from analytics.i18n import message as _m
from analytics.kelompok import default_iuran
from analytics.scope import Scope, scope_name

_t = Catalog({
    "wilayah": _m("Wilayah: {nama}{kode}", "Area: {nama}{kode}"),
    "periode": _m("Periode: {periode}", "Period: {periode}"),
    "segar": _m("Data {dataset}: s.d. {terakhir}, dimuat {dimuat}", "{dataset} data: up to {terakhir}, loaded {dimuat}"),
    "segar_kosong": _m("Data {dataset}: belum ada untuk wilayah ini", "{dataset} data: none for this area yet"),
    "program": _m("Program wajib per skala usaha: {aturan}", "Mandatory programs by business scale: {aturan}"),
    "umur": _m("Kelompok umur tunggakan: {kelompok}", "Arrears age buckets: {kelompok}"),
    "batas": _m("Kasus tindak lanjut terlambat: lebih dari {n} hari di satu tahap{hukum}",
                "Follow-up cases overdue: more than {n} days at one stage{hukum}"),
    "hukum": _m(" (proses hukum tidak dihitung terlambat)", " (court cases are never overdue)"),
    "iuran": _m("Iuran per orang per bulan (kelompok khusus): {rp}", "Contribution per person per month (special groups): {rp}"),
    "dibuat": _m("Dibuat: {waktu} oleh Cakupan", "Made: {waktu} by Cakupan"),
    "footer": _m("Cakupan · {nama} · {periode} · dibuat {waktu}", "Cakupan · {nama} · {periode} · made {waktu}"),
    "tidak_ada": _m("tidak ada", "none"),
    "bulan": _m("{n} bulan", "{n} months"),
    "lebih": _m("> {n} bulan", "> {n} months"),
    "kepesertaan": _m("kepesertaan", "membership"),
    "target": _m("target", "target"),
    "penduduk_bekerja": _m("penduduk bekerja", "workforce"),
    "perusahaan": _m("perusahaan", "employer"),
    "tindak_lanjut": _m("tindak lanjut", "follow-up"),
    "kecelakaan": _m("kecelakaan kerja", "work accident"),
    "kelompok_khusus": _m("kelompok khusus", "special group"),
})  # fmt: skip

SKALA_NAMA = {
    "id": {"MIKRO": "mikro", "KECIL": "kecil", "MENENGAH": "menengah", "BESAR": "besar"},
    "en": {"MIKRO": "micro", "KECIL": "small", "MENENGAH": "medium", "BESAR": "large"},
}


@dataclass(frozen=True)
class ReportSettings:
    """Every setting a report's figures depend on, in one value (frozen: pages cache on it)."""

    kepatuhan: Settings = field(default_factory=Settings.default)
    tindak_lanjut: EnforcementSettings = field(default_factory=EnforcementSettings)
    iuran_per_orang: int = field(default_factory=default_iuran)

    def lines(self, lang: str = "id") -> list[str]:
        k = self.kepatuhan
        rule = "; ".join(f"{SKALA_NAMA[_lang(lang)][s]} {' + '.join(k.wajib(s)) or _t('tidak_ada', lang)}" for s in SKALA)
        buckets = [
            _t("bulan", lang, n=f"{lo}" if hi - 1 == lo else f"{lo}–{hi - 1}")
            for lo, hi in zip(k.umur_batas, k.umur_batas[1:], strict=False)
        ] + [_t("lebih", lang, n=k.umur_batas[-1] - 1)]
        tl = self.tindak_lanjut
        return [
            _t("program", lang, aturan=rule),
            _t("umur", lang, kelompok=", ".join(buckets)),
            _t("batas", lang, n=tl.batas_hari, hukum="" if tl.proses_hukum_terlambat else _t("hukum", lang)),
            _t("iuran", lang, rp=fmt.rupiah(self.iuran_per_orang, lang, compact=False)),
        ]


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


@dataclass(frozen=True)
class Freshness:
    """One dataset under a report: the latest period it holds in the scope (a label, as the Kelola Data
    page writes it) and when it was last loaded (UTC)."""

    dataset: str
    terakhir: str | None
    dimuat: dt.datetime | None

    def line(self, lang: str) -> str:
        name = _t(self.dataset, lang)
        if self.terakhir is None:
            return _t("segar_kosong", lang, dataset=name)
        terakhir = fmt.bulan(self.terakhir, lang) if len(self.terakhir) == 7 else self.terakhir
        return _t("segar", lang, dataset=name, terakhir=terakhir, dimuat=fmt.waktu(self.dimuat, lang))


@dataclass(frozen=True)
class Meta:
    scope: Scope
    nama: str  # the scope's name: 'Sumatera Selatan', 'KC Palembang'
    periode: dt.date  # the month the report is of
    periode_label: str  # how the report names its period: 'Oktober 2026', 'Triwulan IV 2026 …'
    freshness: tuple[Freshness, ...]
    settings: ReportSettings
    dibuat: dt.datetime  # aware
    lang: str = "id"

    def footer(self) -> str:
        """The line at the foot of every slide: what, where, when made."""
        return _t("footer", self.lang, nama=self.nama, periode=self.periode_label, waktu=fmt.waktu(self.dibuat, self.lang))

    def lines(self) -> list[str]:
        """Scope, period, freshness, settings and the time made, one statement per line."""
        kode = f" ({self.scope.kode})" if self.scope.kode else ""
        return [
            _t("wilayah", self.lang, nama=self.nama, kode=kode),
            _t("periode", self.lang, periode=self.periode_label),
            *(f.line(self.lang) for f in self.freshness),
            *self.settings.lines(self.lang),
            _t("dibuat", self.lang, waktu=fmt.waktu(self.dibuat, self.lang)),
        ]


def freshness_of(con: duckdb.DuckDBPyConnection, scope: Scope, periode: dt.date, datasets) -> tuple[Freshness, ...]:
    """The latest period each dataset holds in the scope up to `periode`, and its last accepted load."""
    out = []
    for name in datasets:
        row = dataset_freshness(con, name, scope, periode)
        out.append(Freshness(name, row["periode_dinilai"], row["muat_diterima"]))
    return tuple(out)


def meta(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    periode_label: str,
    datasets,
    settings: ReportSettings,
    lang: str = "id",
    now: dt.datetime | None = None,
) -> Meta:
    return Meta(
        scope=scope,
        nama=scope_name(con, scope),
        periode=periode,
        periode_label=periode_label,
        freshness=freshness_of(con, scope, periode, datasets),
        settings=settings,
        dibuat=now or dt.datetime.now(dt.UTC),
        lang=_lang(lang),
    )
