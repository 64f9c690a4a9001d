"""Compliance of employers: the contract's categories, per scope and period, and their change.

The categories are those of the data contract (PWBD, PDS-TK, PDS-Upah, PDS-Program, PMI – menunggak
iuran), implemented once in analytics.compliance.rules.employer_flags_sql, which every other view
reads. Where the contract leaves a choice, this is what the code does, and why:

Which snapshot
* Per kabupaten/kota, its latest employer snapshot at or before the period (as perusahaan_aktif in
  analytics.coverage): offices load their own areas on their own timetable, and "the latest
  snapshot overall" would silently drop every kab/kota that has not loaded that quarter yet.
* `periode` in the summary and the JSON is the latest snapshot month used; `periode_terlama` the
  oldest (different when some kab/kota lag behind; the text summary says so).
* Without a period: the scope's latest snapshot. No snapshot at or before the period: DataKosong.

Categories (analytics.compliance.rules)
* Registered = status AKTIF or NONAKTIF (both have an NPP; the contract says "registered", not
  "active"). A NONAKTIF employer usually has tk_wajib 0, so it is rarely PDS-TK, but it is judged for
  PDS-Program and PMI like any registered employer.
* PDS-TK needs tk_wajib; a missing count is not judged. PDS-Upah is compared cross-multiplied
  (upah_terdaftar × tk_wajib < upah_wajib × tk_terdaftar: no rounding) and judged only with both
  wages, tk_terdaftar > 0 and tk_wajib > 0. Under-registered workers alone are PDS-TK, not PDS-Upah:
  the comparison is per registered worker.
* PDS-Program: a program listed for the employer's scale in Settings.program_wajib is missing from
  `program` (a missing list misses all). Missing programs are listed in the contract's order.
* PMI: bulan_tunggakan ≥ 1, any status. Ageing buckets from Settings.umur_batas (lower bounds).
* Amounts: selisih_upah_rp and tunggakan_rp are summed as stored and rounded to whole rupiah (halves
  away from zero) per group of the aggregate; the summary's totals add those groups (the ageing
  buckets), so they can differ from a single rounding by a rupiah per bucket at most.

Sub-areas, sectors, scales (breakdown): provinces under national, kab/kota under a province, Kanwil
or Kantor Cabang, none under a kab/kota; every sub-area is listed (zeros included), sectors and
scales only when the scope has employers in them.

Potensi penutupan gap (gap): unprotected workers (PWBD + PDS-TK) against the coverage headline's
gap for the same month asked; the raw share is kept, the display share capped at 100%; None without
a target, membership data or gap.

Change since the previous snapshot (changes): see changes.sql for employer identity (npp, then nib,
then lower(nama) + kode_wilayah; unique candidates only) and changes.py for the counts.

Trend: every snapshot at or before the period, literally per month.
"""

from analytics.compliance.breakdown import compliance_breakdown
from analytics.compliance.changes import Perubahan, compliance_changes
from analytics.compliance.gap import PotensiGap, gap_potential
from analytics.compliance.query import DataKosong
from analytics.compliance.rules import Settings, employer_flags_sql, flag_params
from analytics.compliance.summary import Kategori, Ringkasan, compliance_summary
from analytics.compliance.trend import compliance_trend

__all__ = [
    "DataKosong",
    "Kategori",
    "Perubahan",
    "PotensiGap",
    "Ringkasan",
    "Settings",
    "compliance_breakdown",
    "compliance_changes",
    "compliance_summary",
    "compliance_trend",
    "employer_flags_sql",
    "flag_params",
    "gap_potential",
]
