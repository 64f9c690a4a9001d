"""Coverage against targets: the headline, the sub-area table, the projection and the series.

The definitions are those of issue 3 and are implemented exactly. Where the issue leaves a choice,
this is what the code does, and why:

Targets (segment SEMUA, the period's year; metrics.sql)
* A percentage target becomes a count: round(percent × penduduk_bekerja of that area ÷ 100),
  computed in DECIMAL so halves are exact.
* **Rounding** to "the nearest person" rounds halves away from zero (2.5 → 3) everywhere: percentage
  targets, allocated shares, laju_aktual, projections, and the 2-decimal percentages of the JSON.
* Allocation: a province target minus the targets set for its kab/kota (never below 0, if they
  already exceed it) is divided among its other kab/kota in proportion to penduduk_bekerja; each
  share is rounded on its own, so shares can differ from the remainder by rounding (no
  largest-remainder fix: the issue says each is rounded to the nearest person). A kab/kota with no
  workforce figure gets no share and no target.
* A province with no target of its own: the sum of the targets set for its kab/kota.
* Kanwil / Kantor Cabang: the sum of the (set or allocated) targets of the kab/kota it serves;
  allocation always runs over whole provinces, so an office that crosses a province border gets
  each side's share from its own province.
* National: the sum of province targets (a province's own, else its kab/kota sum). A national target
  would be a `target` row with kode_wilayah '00'; the contract only admits PP and PP.KK codes, so
  today none can be loaded and national is always the sum. Provinces without any target add nothing.
* Sums over parts count only the parts that have a target; an area with no target among its parts
  has target None (and no gap, pace status or projection).
* target_dialokasikan is True when the figure is, or includes, a share allocated from a province
  target (a Kanwil summing allocated kab/kota shares is True); None when there is no target.
* **Deadline of an aggregate** (a province from kab/kota targets, an office, national from
  provinces): the LATEST deadline among its parts — the summed target is only fully due when its
  last part is; comparing the whole sum against the earliest date would demand parts early.

Workforce (penduduk_bekerja)
* Per kab/kota: the period's year, else that kab/kota's latest earlier year; an area sums its
  kab/kota. tahun_penduduk_bekerja is the OLDEST year used among them (the figure is at least that
  recent); kab/kota with no figure up to the period's year add nothing.

Pace and status
* bulan_tersisa = months after the period up to and including the deadline's month, never below 0.
* laju_dibutuhkan = ⌈gap ÷ bulan_tersisa⌉; 0 when the gap is 0; None when the deadline has passed.
* laju_aktual = round((aktif(period) − aktif(period − 3 months)) ÷ 3), literally the scope's sums at
  the two months; None when the scope has no data three months earlier (fewer than three months of
  history).
* status: gap None → None; gap 0 → TERCAPAI; deadline passed (bulan_tersisa 0) with a gap →
  TERTINGGAL; laju_aktual None → None ("belum dapat dinilai"); laju_aktual ≥ laju_dibutuhkan →
  SESUAI_JALUR; 4·laju_aktual ≥ 3·laju_dibutuhkan (≥ 75%, exact in integers) → BERISIKO; else
  TERTINGGAL.

Other figures
* The default period is the latest month with membership data in the scope. Sums are literal: a
  month that only some kab/kota of the scope have loaded yet gives a partial total (and a partial
  pace and projection); the freshness view is where that shows.
* perusahaan_aktif: per kab/kota, its latest employer snapshot at or before the period, counting
  status AKTIF; summed over the scope; None when no kab/kota of the scope has a snapshot yet.
* Projection: see analytics.coverage.projection (from 24 months: last year's change over the same
  months added to the latest level; linear trend from 3 months; a range from the method's own
  backtest errors).
* The JSON's `wilayah` is the scope's code: Kemendagri code, kode_kantor, Kanwil name; null for
  national. `periode` is written YYYY-MM, `batas_waktu` YYYY-MM-DD.
"""

from analytics.coverage.headline import Headline, headline
from analytics.coverage.labels import status_label
from analytics.coverage.periods import DataKosong, latest_period, parse_month
from analytics.coverage.projection import Projection, project, projection_path
from analytics.coverage.series import monthly_by_segment, monthly_total, year_on_year
from analytics.coverage.subareas import coverage_by_subarea

__all__ = [
    "DataKosong",
    "Headline",
    "Projection",
    "coverage_by_subarea",
    "headline",
    "latest_period",
    "monthly_by_segment",
    "monthly_total",
    "parse_month",
    "project",
    "projection_path",
    "status_label",
    "year_on_year",
]
