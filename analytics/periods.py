"""The months a user can choose as the period of a view.

The period selector offers the months that hold membership data (`kepesertaan`), the backbone of
every page, and the months of employer snapshots (`perusahaan`): offices load the employer file
before the month's membership report arrives, and the headline of such a month shows what exists.
Other datasets are matched to the month by each query (latest snapshot or year on or before it).

**The default month** (the month a view, `ringkasan` and the other commands open on) is the latest
month whose membership data is *complete* for the scope: at least CAKUPAN_BULAN_LENGKAP_PERSEN
percent (default 100) of the scope's kabupaten/kota have membership rows for it. One upload of three
rows for one regency opens a new month for everyone, but it is not the default until the month is
complete; it stays choosable and the selector marks it as partial. When no month is complete (a
store that holds only some provinces), the default is the latest month with the most kab/kota.
Without membership data at all it is the latest employer snapshot, so a newer snapshot alone never
moves a view to a month without participants.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import duckdb

from analytics.scope import Scope

NATIONAL = Scope.nasional()


def months_available(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> list[dt.date]:
    """Months (first day) with kepesertaan or perusahaan rows in `within`, newest first."""
    cond, params = within.kabkota_filter("kode_wilayah")
    rows = con.execute(
        f"""SELECT periode FROM kepesertaan WHERE {cond}
            UNION SELECT periode FROM perusahaan_bulan WHERE {cond}  -- one row per snapshot
            ORDER BY periode DESC""",
        params + params,
    ).fetchall()
    return [r[0] for r in rows]


COMPLETE_PERCENT_VARIABLE = "CAKUPAN_BULAN_LENGKAP_PERSEN"


def complete_percent() -> float:
    """The share of a scope's kab/kota (in %) a month needs to count as complete (a setting)."""
    raw = os.environ.get(COMPLETE_PERCENT_VARIABLE, "").strip()
    try:
        value = float(raw) if raw else 100.0
    except ValueError:
        value = 100.0
    return min(max(value, 1.0), 100.0)


def month_coverage(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> dict[dt.date, tuple[int, int]]:
    """Month -> (kab/kota of `within` with membership rows that month, kab/kota in `within`), newest first."""
    members, params = within.kabkota_sql()
    rows = con.execute(
        f"""WITH dalam AS ({members}),
            final AS (
                SELECT k.periode, count(DISTINCT k.kode_wilayah) AS ada, (SELECT count(*) FROM dalam) AS total
                FROM kepesertaan AS k WHERE k.kode_wilayah IN (SELECT kode_wilayah FROM dalam)
                GROUP BY k.periode
            )
            SELECT * FROM final ORDER BY periode DESC""",
        params,
    ).fetchall()
    return {periode: (int(ada), int(total)) for periode, ada, total in rows}


def is_complete(ada: int, total: int, percent: float | None = None) -> bool:
    percent = complete_percent() if percent is None else percent
    return total > 0 and ada * 100 >= percent * total


def default_month(
    con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL, coverage: dict | None = None
) -> dt.date | None:
    """The month a view opens on (see the module docstring); `coverage`: month_coverage(con, within),
    when the caller already has it."""
    coverage = month_coverage(con, within) if coverage is None else coverage
    for periode, (ada, total) in coverage.items():  # newest first
        if is_complete(ada, total):
            return periode
    if coverage:  # nothing complete: the latest month with the most kab/kota
        most = max(ada for ada, _ in coverage.values())
        return next(periode for periode, (ada, _) in coverage.items() if ada == most)
    months = months_available(con, within)
    return months[0] if months else None


def latest_month(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> dt.date | None:
    """The newest month with kepesertaan data for any kabupaten/kota in `within`; None if none."""
    cond, params = within.kabkota_filter("kode_wilayah")
    # fetchall, not fetchone: DuckDB 2.0 blocks sql()/register() on a half-read result.
    return con.execute(f"SELECT max(periode) FROM kepesertaan WHERE {cond}", params).fetchall()[0][0]


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> dt.date:
    """`2026-10` -> date(2026, 10, 1), the one reading of a month the command line, the sidebar and
    the demo share; anything else -> ValueError with a message a user can act on."""
    m = _MONTH.match(text.strip()) if isinstance(text, str) else None
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"periode harus berbentuk YYYY-MM, bukan {text!r}")
    return dt.date(int(m.group(1)), int(m.group(2)), 1)
