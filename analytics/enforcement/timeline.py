"""One employer's actions in order: the timeline under the case list."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics import sqlfile
from analytics.enforcement.sql import action_filter, actions_cte
from analytics.scope import Scope

TIMELINE_COLUMNS = (
    "tanggal", "kategori", "tahap", "instansi", "nomor_dokumen", "catatan", "nama_perusahaan", "kode_wilayah",
)  # fmt: skip


# The actions whose key the timeline needs (timeline_scope.sql): those sharing a NIB or a name key
# with a candidate, and the key's NPP itself (an action with neither NIB nor name).
_BEARING = (
    "AND (nib IN (SELECT nib FROM tl_candidate) OR kunci_nama IN (SELECT kunci_nama FROM tl_candidate) "
    "OR 'NPP ' || npp = ?)"
)


def _bearing_cte(scope: Scope, periode: dt.date, kategori: str | None, perusahaan_id: str) -> tuple[str, list]:
    cond, kat, params = action_filter(scope, periode, kategori)
    sql = sqlfile.read(__file__, "timeline_scope.sql").format(cond=cond, kat=kat)
    return sql, [perusahaan_id] * 3 + params


def timeline(
    con: duckdb.DuckDBPyConnection,
    scope: Scope,
    periode: dt.date,
    perusahaan_id: str,
    kategori: str | None = None,
) -> pd.DataFrame:
    """The employer's actions in scope up to the period's end, by date then ladder order."""
    acts, params = actions_cte(scope, periode, kategori, documents=True, only=(_BEARING, [perusahaan_id]))
    bearing, bearing_params = _bearing_cte(scope, periode, kategori, perusahaan_id)
    frame = con.execute(
        f"""WITH {bearing},
        {acts}
        SELECT {", ".join(TIMELINE_COLUMNS)} FROM keyed WHERE perusahaan_id = ?
        ORDER BY tanggal, rank, kategori""",
        [*bearing_params, *params, perusahaan_id],
    ).df()
    frame["tanggal"] = pd.to_datetime(frame["tanggal"]).dt.date
    return frame
