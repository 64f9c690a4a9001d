"""The months a user can choose as the period of a view.

The period selector offers the months that hold membership data (`kepesertaan`), the backbone of
every page, and the months of employer snapshots (`perusahaan`): offices load the employer file
before the month's membership report arrives, and the headline of such a month shows what exists.
Other datasets are matched to the month by each query (latest snapshot or year on or before it).
The default is the latest month with membership data, so a newer employer snapshot alone does not
move every page to a month without participants.
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb

from analytics.scope import Scope

NATIONAL = Scope.nasional()


def months_available(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> list[dt.date]:
    """Months (first day) with kepesertaan or perusahaan rows in `within`, newest first."""
    cond, params = within.kabkota_filter("kode_wilayah")
    rows = con.execute(
        f"""SELECT periode FROM kepesertaan WHERE {cond}
            UNION SELECT periode FROM perusahaan WHERE {cond}
            ORDER BY periode DESC""",
        params + params,
    ).fetchall()
    return [r[0] for r in rows]


def default_month(con: duckdb.DuckDBPyConnection, within: Scope = NATIONAL) -> dt.date | None:
    """The month a view opens on: the latest with membership data, else the latest with any."""
    latest = latest_month(con, within)
    if latest is not None:
        return latest
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
