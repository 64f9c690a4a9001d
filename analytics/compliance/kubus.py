"""The compliance figures of every employer snapshot, counted once per load (analytics.derived).

Every view of Kepatuhan's figures (the summary, the breakdowns by area, sector and scale, the trend)
is MEASURES (analytics.compliance.query) grouped by a few keys. Under the contract's default
settings, the ones every page uses, those sums are kept per snapshot (kab/kota × month) and per
sector, scale and arrears-ageing bucket in the derived table `kepatuhan_kubus`, so a view adds up
some thousands of cells instead of flagging a million employers. Amounts stay unrounded here
(DOUBLE, as stored) and are rounded to whole rupiah only after the view's own sum, as the
row-by-row path does. Other settings read the employers row by row, as before.
"""

from __future__ import annotations

from analytics.compliance.measures import per_employer
from analytics.compliance.rules import Settings, every_employer_flags_sql, flag_params

TABLE = "kepatuhan_kubus"
KEYS = ("periode", "kode_wilayah", "sektor", "skala", "umur_urut", "umur")
COLUMNS = (
    "periode DATE, kode_wilayah VARCHAR, sektor VARCHAR, skala VARCHAR, umur_urut INTEGER, umur VARCHAR, "
    "perusahaan BIGINT, perusahaan_tidak_patuh BIGINT, pwbd_perusahaan BIGINT, pwbd_tk_belum_terlindungi BIGINT, "
    "pds_tk_perusahaan BIGINT, pds_tk_tk_belum_terlindungi BIGINT, pds_upah_perusahaan BIGINT, "
    "pds_upah_selisih_upah_rp DOUBLE, pds_program_perusahaan BIGINT, pmi_perusahaan BIGINT, "
    "pmi_tunggakan_rp DOUBLE, tk_belum_terlindungi BIGINT"
)

# One row per cell: the row-by-row figures before rounding.
_CELL = per_employer(rounded=False)

# A view's MEASURES from the cells (the same names and types as query.MEASURES).
MEASURES = """
    CAST(coalesce(sum(perusahaan), 0) AS BIGINT) AS perusahaan,
    CAST(coalesce(sum(perusahaan_tidak_patuh), 0) AS BIGINT) AS perusahaan_tidak_patuh,
    CAST(coalesce(sum(pwbd_perusahaan), 0) AS BIGINT) AS pwbd_perusahaan,
    CAST(coalesce(sum(pwbd_tk_belum_terlindungi), 0) AS BIGINT) AS pwbd_tk_belum_terlindungi,
    CAST(coalesce(sum(pds_tk_perusahaan), 0) AS BIGINT) AS pds_tk_perusahaan,
    CAST(coalesce(sum(pds_tk_tk_belum_terlindungi), 0) AS BIGINT) AS pds_tk_tk_belum_terlindungi,
    CAST(coalesce(sum(pds_upah_perusahaan), 0) AS BIGINT) AS pds_upah_perusahaan,
    CAST(round(coalesce(sum(pds_upah_selisih_upah_rp), 0)) AS BIGINT) AS pds_upah_selisih_upah_rp,
    CAST(coalesce(sum(pds_program_perusahaan), 0) AS BIGINT) AS pds_program_perusahaan,
    CAST(coalesce(sum(pmi_perusahaan), 0) AS BIGINT) AS pmi_perusahaan,
    CAST(round(coalesce(sum(pmi_tunggakan_rp), 0)) AS BIGINT) AS pmi_tunggakan_rp,
    CAST(coalesce(sum(tk_belum_terlindungi), 0) AS BIGINT) AS tk_belum_terlindungi,
    min(periode) AS periode_terlama,
    max(periode) AS periode_terbaru
"""


def covers(settings: Settings) -> bool:
    """Whether the cells hold these settings' figures (the defaults)."""
    return settings == Settings.default()


def build_query() -> tuple[str, dict]:
    """The SELECT that fills the table, and its parameters (analytics.derived)."""
    settings = Settings.default()
    params = flag_params(settings, None, [])
    del params["kabkota"]
    keys = ", ".join(KEYS)
    return f"WITH f AS ({every_employer_flags_sql(settings)}) SELECT {keys}, {_CELL} FROM f GROUP BY {keys}", params


def signature() -> str:
    """What the cells depend on beyond their source rows: the default settings (a change to them in a
    new Cakupan rebuilds the table)."""
    return repr(Settings.default())
