"""Reference data shipped in `data/`: the Kemendagri areas and the default BPJS office mapping.

`data/wilayah.csv` holds the 38 provinces and 514 kabupaten/kota (code, name, level, province,
kind, a representative point); `data/kantor.csv` the default Kanwil -> Kantor Cabang ->
kabupaten/kota mapping. Both are derived by `scripts/build_reference.py`; see data/README.md for
sources and licences.
"""

from __future__ import annotations

import duckdb

from analytics import shipped

WILAYAH_CSV = shipped.data_dir() / "wilayah.csv"
KANTOR_CSV = shipped.data_dir() / "kantor.csv"


def ensure_loaded(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `wilayah` and (when empty) `kantor` from the shipped files."""
    if con.execute("SELECT count(*) FROM wilayah").fetchone()[0] == 0:
        con.execute(
            """INSERT INTO wilayah
               SELECT kode_wilayah, nama, tingkat, kode_provinsi, jenis, lat, lon
               FROM read_csv(?, header = true, all_varchar = false,
                             types = {'kode_wilayah': 'VARCHAR', 'kode_provinsi': 'VARCHAR'})""",
            [str(WILAYAH_CSV)],
        )
    if con.execute("SELECT count(*) FROM kantor").fetchone()[0] == 0:
        con.execute(
            """INSERT INTO kantor (kode_kantor, nama_kantor, kanwil, kode_wilayah, muat_id)
               SELECT kode_kantor, nama_kantor, kanwil, kode_wilayah, NULL
               FROM read_csv(?, header = true, all_varchar = true)""",
            [str(KANTOR_CSV)],
        )
