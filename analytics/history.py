"""The load history: every import attempt, accepted or rejected, newest first.

The Kelola Data page lists it so officials can see who loaded what and when, and why a file was
rejected. Errors are stored by `analytics.load` as JSON (the first errors, as shown to the user);
they are returned here as a table without reinterpreting them.
"""

from __future__ import annotations

import json

import duckdb
import pandas as pd

COLUMNS = [
    "id",
    "waktu",  # UTC, naive; pages show it in WIB (analytics.fmt.waktu)
    "pengguna",
    "dataset",
    "nama_file",
    "baris",
    "periode",
    "jumlah_wilayah",
    "hasil",
    "jumlah_galat",
]


def count(con: duckdb.DuckDBPyConnection, dataset: str | None = None) -> int:
    """How many attempts are recorded (for one dataset, or all)."""
    return con.execute(
        "SELECT count(*) FROM riwayat_muat WHERE ? IS NULL OR dataset = ?", [dataset, dataset]
    ).fetchone()[0]


def load_history(
    con: duckdb.DuckDBPyConnection,
    limit: int = 25,
    offset: int = 0,
    dataset: str | None = None,
) -> pd.DataFrame:
    """One page of attempts, newest first (columns: COLUMNS; `periode` is a list of labels)."""
    return con.execute(
        """SELECT id, waktu, coalesce(pengguna, 'anonim') AS pengguna, dataset, nama_file, baris,
                  coalesce(periode, []) AS periode, len(coalesce(wilayah, [])) AS jumlah_wilayah,
                  hasil, coalesce(jumlah_galat, 0) AS jumlah_galat
           FROM riwayat_muat
           WHERE ? IS NULL OR dataset = ?
           ORDER BY waktu DESC, id DESC
           LIMIT ? OFFSET ?""",
        [dataset, dataset, int(limit), int(offset)],
    ).df()


def load_errors(con: duckdb.DuckDBPyConnection, load_id: int) -> pd.DataFrame:
    """The stored errors of one attempt as a table (empty when it had none)."""
    row = con.execute("SELECT galat FROM riwayat_muat WHERE id = ?", [int(load_id)]).fetchone()
    if row is None or not row[0]:
        return pd.DataFrame()
    data = json.loads(row[0])
    if isinstance(data, dict) and "errors" in data:
        data = data["errors"]
    return pd.DataFrame(data)
