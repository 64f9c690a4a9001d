"""How many stored rows a valid file would replace, shown before the user presses Save.

Replace-by-period deletes the stored rows whose (period, kabupaten/kota) pair occurs in the file
(datasets without a period: whose area occurs). `analytics.load.commit` counts them as it deletes;
this counts the same pairs read-only, with the load's own period expression, so the preview and
the commit agree. (Better placed in analytics.load one day, as `Validation.rows_to_replace`.)
"""

from __future__ import annotations

import uuid

import duckdb

from analytics.load import Validation
from analytics.load.rules import period_expr


def rows_to_replace(con: duckdb.DuckDBPyConnection, validation: Validation) -> int:
    """Stored rows that committing `validation` would delete (0 for a rejected file)."""
    if not validation.ok:
        return 0
    ds = validation.dataset
    table = ds.table  # identifier from the contract
    name = f"_pratinjau_{uuid.uuid4().hex[:10]}"
    stored, in_file = period_expr(ds), period_expr(ds, prefix="f.")
    if stored is None:
        where = f"{table}.kode_wilayah IN (SELECT DISTINCT kode_wilayah FROM {name})"
    else:
        where = (
            f"EXISTS (SELECT 1 FROM (SELECT DISTINCT {in_file} AS p, f.kode_wilayah AS k FROM {name} f) "
            f"AS pairs WHERE pairs.p = {stored} AND pairs.k = {table}.kode_wilayah)"
        )
    cur = con.cursor()
    try:
        cur.register(name, validation.rows)
        return cur.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchall()[0][0]
    finally:
        cur.unregister(name)
        cur.close()
