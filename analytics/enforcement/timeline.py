"""One employer's actions in order: the timeline under the case list."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.enforcement.sql import actions_cte
from analytics.scope import Scope

TIMELINE_COLUMNS = (
    "tanggal", "kategori", "tahap", "instansi", "nomor_dokumen", "catatan", "nama_perusahaan", "kode_wilayah",
)  # fmt: skip


def timeline(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    perusahaan_id: str,
    kategori: str | None = None,
) -> pd.DataFrame:
    """The employer's actions in scope up to the period's end, by date then ladder order."""
    acts, params = actions_cte(scope, periode, kategori, documents=True)
    frame = con.execute(
        f"""WITH {acts}
        SELECT {", ".join(TIMELINE_COLUMNS)} FROM keyed WHERE perusahaan_id = ?
        ORDER BY tanggal, rank, kategori""",
        [*params, perusahaan_id],
    ).df()
    frame["tanggal"] = pd.to_datetime(frame["tanggal"]).dt.date
    return frame
