"""The indicators a map can show, and each sub-area's value and hover text.

Values come from the frames the other pages already use, so the map shows the same figure as the
league table and the Kepatuhan page:
* coverage indicators (cakupan, capaian, gap, status) from analytics.coverage.coverage_by_subarea;
  the map's "gap" is the sub-area's **kekurangan_bagian** (analytics.coverage.parts: the sum of its
  kab/kota's shortfalls), not its net gap: the map points at where to act, and a province whose
  total passes its target can still hold kab/kota far behind (issue 11 point 1). For a
  kabupaten/kota the two are the same. The hover shows the net gap too;
* compliance indicators (pwbd, tk_belum_terlindungi, tunggakan) from
  analytics.compliance.compliance_breakdown(con, scope, "wilayah", periode).

No data, per indicator:
* coverage: the figure is missing (no membership data, or no target for capaian/gap);
* status: no membership data at all is no data; data without a status (no target, or fewer than
  three months of history) is its own class, TANPA_STATUS ("Belum dapat dinilai");
* compliance: the breakdown lists every sub-area with zeros; a sub-area with no employer at all in
  its snapshot (perusahaan = 0: no snapshot loaded yet) is no data, not zero. Without any snapshot
  for the scope (compliance frame None) every area is no data.

Fixed thresholds (method "ambang"):
* capaian: 75%, 90% and 100% in four blues, darker is nearer the target. Not the status colours:
  the status judges the pace, not the level, so Muara Enim at 94,7% can be "Tertinggal" while its
  class is "90% – 100%"; red, amber and green belong to the status alone (its own indicator).
* cakupan: 20%, 30%, 40%, 50% of the workforce (five blue bands; national coverage of the
  workforce sits around a third, so the bands separate the provinces that lag from those ahead).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analytics import fmt
from analytics.geo.classify import TANPA_STATUS, format_value, missing

NAMES = ("cakupan", "capaian", "gap", "status", "pwbd", "tk_belum_terlindungi", "tunggakan", "kecelakaan", "kelompok")
COUNT_NAMES = ("gap", "pwbd", "tk_belum_terlindungi", "tunggakan")
NUMERIC = ("kuantil", "interval")


@dataclass(frozen=True)
class Indicator:
    name: str
    labels: dict[str, str] = field(repr=False)
    kind: str  # "persen", "jumlah", "rupiah" or "status"
    needs: str  # "coverage" or "compliance"
    column: str  # its column in the coverage or compliance frame
    methods: tuple[str, ...]
    default_method: str
    palet: str = "biru"  # analytics.palette.SEQUENTIAL: "biru" more is better, "ungu" more is worse
    ambang: tuple[float, ...] = ()

    def label(self, lang: str = "id") -> str:
        return self.labels.get(lang, self.labels["id"])


INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in (
        Indicator("cakupan", {"id": "Cakupan pekerja", "en": "Workforce coverage"}, "persen", "coverage",
                  "cakupan_persen", ("kuantil", "interval", "ambang"), "kuantil",
                  ambang=(20, 30, 40, 50)),
        Indicator("capaian", {"id": "Capaian target", "en": "Target achievement"}, "persen", "coverage",
                  "capaian_persen", ("ambang", "kuantil", "interval"), "ambang",
                  ambang=(75, 90, 100)),
        Indicator("gap", {"id": "Kekurangan kab/kota", "en": "Regencies/cities' shortfall"}, "jumlah",
                  "coverage", "kekurangan_bagian", NUMERIC, "kuantil", palet="ungu"),
        Indicator("status", {"id": "Status capaian", "en": "Target status"}, "status", "coverage",
                  "status", ("ambang",), "ambang"),
        Indicator("pwbd", {"id": "Perusahaan PWBD", "en": "PWBD employers"}, "jumlah", "compliance",
                  "pwbd_perusahaan", NUMERIC, "kuantil", palet="ungu"),
        Indicator("tk_belum_terlindungi", {"id": "TK belum terlindungi", "en": "Unprotected workers"},
                  "jumlah", "compliance", "tk_belum_terlindungi", NUMERIC, "kuantil", palet="ungu"),
        Indicator("kecelakaan", {"id": "Kecelakaan per 100.000 peserta", "en": "Accidents per 100,000 participants"},
                  "rasio", "kecelakaan", "kasus_per_100rb_peserta_triwulan", NUMERIC, "kuantil", palet="ungu"),
        Indicator("kelompok", {"id": "Cakupan kelompok khusus", "en": "Special-group coverage"}, "persen",
                  "kelompok", "cakupan_persen", NUMERIC, "kuantil"),
        Indicator("tunggakan", {"id": "Tunggakan iuran", "en": "Contribution arrears"},
                  "rupiah", "compliance", "pmi_tunggakan_rp", NUMERIC, "kuantil", palet="ungu"),
    )
}  # fmt: skip

# The coverage figures every hover shows where known: (column, kind, label id, label en).
HOVER_FIGURES = (
    ("peserta_aktif", "jumlah", "Peserta aktif", "Active participants"),
    ("capaian_persen", "persen", "Capaian target", "Target achievement"),
    ("cakupan_persen", "persen", "Cakupan pekerja", "Workforce coverage"),
    ("gap", "jumlah", "Gap peserta", "Participant gap"),
    ("status", "status", "Status", "Status"),
)
NO_DATA_TEXT = {"id": "tidak ada data", "en": "no data"}
COLUMNS = ("kode_wilayah", "nama", "nilai", "teks", "hover")


def get(name: str) -> Indicator:
    """The indicator called `name`; KeyError naming the valid ones otherwise."""
    try:
        return INDICATORS[name]
    except KeyError:
        raise KeyError(f"unknown indicator {name!r}; one of {', '.join(NAMES)}") from None


def _by_code(frame: pd.DataFrame | None) -> dict[str, dict]:
    if frame is None or frame.empty:
        return {}
    return {str(r["wilayah"]): r for r in frame.to_dict("records")}


def _plain(x):
    """A plain Python value for the figure: float, str or None (never numpy/pandas scalars)."""
    if missing(x):
        return None
    return x if isinstance(x, str) else float(x)


def area_value(ind: Indicator, cov: dict | None, comp: dict | None, extra: dict | None = None):
    """One area's value of `ind` from its coverage, compliance or own (`extra`) row (None = no data)."""
    if ind.needs == "kecelakaan":  # no month of the quarter reported is no data, not a rate of 0
        if extra is None or not extra.get("bulan_dilaporkan"):
            return None
        return _plain(extra.get(ind.column))
    if ind.needs == "kelompok":  # no report yet (or a group of 0 people) is no data
        return None if extra is None else _plain(extra.get(ind.column))
    if ind.needs == "compliance":
        if comp is None or missing(comp.get("perusahaan")) or comp["perusahaan"] == 0:
            return None
        return _plain(comp[ind.column])
    if cov is None:
        return None
    if ind.kind == "status":
        if missing(cov.get("peserta_aktif")):
            return None
        status = cov.get("status")
        return TANPA_STATUS if missing(status) else str(status)
    return _plain(cov.get(ind.column))


def area_values(
    indikator: str,
    coverage: pd.DataFrame | None,
    compliance: pd.DataFrame | None,
    lang: str = "id",
    areas: pd.DataFrame | None = None,
    extra: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per sub-area: kode_wilayah, nama, nilai (float, status code, or None/NaN = no data),
    teks (nilai formatted), hover (the area's name and figures, lines joined by <br>).

    `areas` (kode_wilayah, nama) fixes the rows and their order; by default the sub-areas of the
    coverage and compliance frames, sorted by code.
    """
    ind = get(indikator)
    cov, comp, own = _by_code(coverage), _by_code(compliance), _by_code(extra)
    if areas is None:
        names = {code: r["nama"] for code, r in {**comp, **cov}.items()}
        areas = pd.DataFrame({"kode_wilayah": sorted(names), "nama": [names[k] for k in sorted(names)]})
    out = []
    for code, nama in zip(areas["kode_wilayah"], areas["nama"], strict=True):
        code = str(code)
        nilai = area_value(ind, cov.get(code), comp.get(code), own.get(code))
        teks = format_value(nilai, ind.kind, lang) if nilai is not None else NO_DATA_TEXT[_lang(lang)]
        out.append((code, str(nama), nilai, teks, hover_text(ind, str(nama), teks, cov.get(code), lang)))
    frame = pd.DataFrame(out, columns=list(COLUMNS))
    if ind.kind != "status":
        frame["nilai"] = frame["nilai"].astype("float64")
    return frame


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


def hover_text(ind: Indicator, nama: str, teks: str, cov: dict | None, lang: str = "id") -> str:
    """`<b>Nama</b>`, the map's indicator, then the coverage figures known for the area."""
    lines = [f"<b>{nama}</b>", f"{ind.label(lang)}: {teks}"]
    for column, kind, label_id, label_en in HOVER_FIGURES:
        if column == ind.column or cov is None:
            continue
        value = cov.get(column)
        if column == "status":  # with membership data, no status reads "Belum dapat dinilai"
            if missing(cov.get("peserta_aktif")):
                continue
            value = TANPA_STATUS if missing(value) else value
        if missing(value):
            continue
        label = label_en if lang == "en" else label_id
        lines.append(f"{label}: {format_value(value, kind, lang)}")
    return "<br>".join(lines)


def total_text(value: float, kind: str, lang: str = "id") -> str:
    """A figure for a bubble legend: counts in full, rupiah compact."""
    return fmt.rupiah(value, lang) if kind == "rupiah" else fmt.angka(value, 0, lang)
