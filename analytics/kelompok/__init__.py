"""Special groups local governments protect (the `kelompok_khusus` dataset): the Kelompok Khusus
page and `python -m analytics kelompok`.

Definitions (issue 12; implemented exactly in analytics.kelompok.summary and latest.sql):
* Groups are counted irregularly, not every month. For each kabupaten/kota and each group the figures
  are **its latest report at or before the period** (all the rows of that report month, whatever
  their funding source); a report after the period is not used.
* `sasaran` and `terdaftar` sum those reports over the scope's kabupaten/kota;
  `belum_terdaftar` = sasaran − terdaftar; `cakupan_persen` = 100 × terdaftar ÷ sasaran, rounded to
  2 decimals half away from zero, null when sasaran is 0.
* `iuran_dibutuhkan_per_bulan_rp` = belum_terdaftar × the monthly contribution per person, a
  setting (`CAKUPAN_IURAN_PER_ORANG`, `--iuran-per-orang`, editable on the page). Its default,
  **Rp16.800**, is JKK + JKM of a non-wage (BPU) participant at the lowest income band: JKK 1% of
  Rp1.000.000 = Rp10.000 and JKM Rp6.800 a month (PP No. 44 Tahun 2015 as amended by PP No. 82 Tahun
  2019, Lampiran; the same Rp16.800 in BPJS Ketenagakerjaan's BPU tariff). The page shows the
  monthly and the yearly (× 12) figure.
* `periode_laporan_terakhir`: per group, the latest report month used in the scope.
* The default period on the command line is the latest report month in the scope; on the page, the
  sidebar's period.
* Only groups with data (a report at or before the period in the scope) appear; `total` sums them.
"""

from analytics.kelompok.summary import (
    DEFAULT_IURAN,
    GroupFigures,
    KelompokSummary,
    default_iuran,
    kelompok,
    latest_month,
)

__all__ = ["DEFAULT_IURAN", "GroupFigures", "KelompokSummary", "default_iuran", "kelompok", "latest_month"]
