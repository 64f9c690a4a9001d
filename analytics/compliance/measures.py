"""The figures of a group of employer rows (the flags relation, analytics.compliance.rules), written
once for the two places that count them: every view counted row by row (analytics.compliance.query)
and the snapshots' cells (analytics.compliance.kubus), which keep the amounts unrounded."""

from __future__ import annotations


def per_employer(*, rounded: bool) -> str:
    """Counts, workers and amounts of the rows grouped. Amounts are summed in DOUBLE (as stored) and,
    when `rounded`, rounded to whole rupiah (halves away from zero) at the end; else left DOUBLE for a
    later sum to round."""

    def amount(column: str, flag: str, name: str) -> str:
        total = f"coalesce(sum({column}) FILTER (WHERE {flag}), 0)"
        return f"CAST(round({total}) AS BIGINT) AS {name}" if rounded else f"{total} AS {name}"

    return f"""
    CAST(count(*) AS BIGINT) AS perusahaan,
    CAST(count(*) FILTER (WHERE tidak_patuh) AS BIGINT) AS perusahaan_tidak_patuh,
    CAST(count(*) FILTER (WHERE pwbd) AS BIGINT) AS pwbd_perusahaan,
    CAST(coalesce(sum(tk_belum_terlindungi) FILTER (WHERE pwbd), 0) AS BIGINT) AS pwbd_tk_belum_terlindungi,
    CAST(count(*) FILTER (WHERE pds_tk) AS BIGINT) AS pds_tk_perusahaan,
    CAST(coalesce(sum(tk_belum_terlindungi) FILTER (WHERE pds_tk), 0) AS BIGINT) AS pds_tk_tk_belum_terlindungi,
    CAST(count(*) FILTER (WHERE pds_upah) AS BIGINT) AS pds_upah_perusahaan,
    {amount("selisih_upah_rp", "pds_upah", "pds_upah_selisih_upah_rp")},
    CAST(count(*) FILTER (WHERE pds_program) AS BIGINT) AS pds_program_perusahaan,
    CAST(count(*) FILTER (WHERE pmi) AS BIGINT) AS pmi_perusahaan,
    {amount("tunggakan_rp", "pmi", "pmi_tunggakan_rp")},
    CAST(coalesce(sum(tk_belum_terlindungi), 0) AS BIGINT) AS tk_belum_terlindungi"""
