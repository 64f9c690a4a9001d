"""Work accidents in a scope (the `kecelakaan` dataset of the contract): the Kecelakaan Kerja page and
`python -m analytics kecelakaan`.

Definitions (issue 12; implemented exactly, in analytics.kecelakaan.summary and summary.sql):
* **triwulan**: the calendar quarter that contains the period, written `YYYY-Qn`. Its figures sum
  the quarter's months from the quarter's first month up to and including the period, over the
  scope's kabupaten/kota.
* `kasus_triwulan`, `meninggal_triwulan`, `cacat_triwulan`, `klaim_rp_triwulan`: those sums.
  `cacat` and `klaim_rp` are optional columns: an empty cell counts as 0 (the page says so).
* `kasus_tahun_berjalan`, `meninggal_tahun_berjalan`: January of the period's year up to and
  including the period.
* `peserta_aktif`: the scope's active participants at the period (all segments); null when no
  membership data exists for that month.
* `kasus_per_100rb_peserta_triwulan` = kasus_triwulan × 100.000 ÷ peserta_aktif, rounded to 2
  decimals half away from zero; null when peserta_aktif is null or 0.
* `bulan_dilaporkan`: how many of the quarter's months so far (first month … period) have at least
  one accident row in the scope. A month without a row is *not reported*, not a month without
  accidents: the page names the months not reported.
* The default period is the latest month with accident data in the scope (not the membership
  default: accident reports arrive on their own schedule).
"""

from analytics.kecelakaan.summary import Kecelakaan, kecelakaan, latest_month, quarter_of

__all__ = ["Kecelakaan", "kecelakaan", "latest_month", "quarter_of"]
