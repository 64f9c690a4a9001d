"""Validate a whole file without writing anything; the result waits for the user's "save".

The checking itself (analytics.load.check) runs in the reader's child process (analytics.load
.sandbox), so the app's process never holds a file's cells: it gets the report and, for a valid
file, the typed rows as a Parquet file on disk (ValidRows), read again only by the preview and the
commit.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
import weakref
from dataclasses import dataclass
from pathlib import Path, PurePath

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analytics.contract import DATASETS, Dataset
from analytics.load import limits
from analytics.load.read import FileProblem
from analytics.load.report import MAX_LISTED, Issue, LoadReport
from analytics.load.sandbox import check_isolated
from analytics.scope import Level, Scope


class ValidRows:
    """A valid file's typed rows (contract columns and `__row`), kept in a Parquet file on disk.

    Between the check and the save an official reads the report, perhaps for minutes: the rows wait
    on disk, not in the server's memory (a 300 MB file held 1,6 GB while its tab stayed open). The
    file is deleted when this object is dropped (after the save, a new upload, or the session ends).
    """

    NAME = "baris.parquet"

    def __init__(self, folder: str, count: int):
        self.folder, self.path, self.count = folder, os.path.join(folder, self.NAME), count
        self._cleanup = weakref.finalize(self, shutil.rmtree, folder, True)

    def view(self, con: duckdb.DuckDBPyConnection, name: str) -> None:
        """Make the rows a temporary view `name` on `con` (read from disk as queried)."""
        con.register(name, con.read_parquet(self.path))  # a temporary view: also on a read-only copy

    def first(self, n: int) -> pa.Table:
        """The file's first `n` rows, in file order."""
        numbers = pq.read_table(self.path, columns=["__row"])["__row"]
        keep = pc.bottom_k_unstable(numbers, k=min(n, len(numbers)))
        wanted = pc.take(numbers, keep)
        return pq.read_table(self.path, filters=pc.field("__row").isin(wanted)).sort_by("__row")


@dataclass
class Validation:
    report: LoadReport
    rows: ValidRows | None  # the typed rows of a valid file; None when rejected
    lang: str = "id"
    started: float = 0.0  # perf_counter at the start, so the history can record the whole duration

    @property
    def dataset(self) -> Dataset:
        return DATASETS[self.report.dataset]

    @property
    def ok(self) -> bool:
        return self.rows is not None and self.report.error_count == 0

    def preview(self, n: int = 20) -> pd.DataFrame:
        if self.rows is None:
            return pd.DataFrame(columns=list(self.dataset.column_names))
        return self.rows.first(n).drop_columns(["__row"]).to_pandas()


def validate(con: duckdb.DuckDBPyConnection, dataset: str, data: bytes | Path, file_name: str,
             lang: str = "id", sha256: str | None = None, allowed: Scope | None = None) -> Validation:
    """Read and check a whole file (bytes, or a path read without loading it here); write nothing.

    Never raises for anything the file holds: every way a file can be wrong ends in a rejected
    Validation whose report says why. `sha256`, when the caller knows it (ui.kelola.spool hashed the upload
    as it wrote it); else the reader's process hashes the bytes it reads anyway, so a file on disk
    is read once, not twice. `allowed`: the uploader's area (issue 14); a row of another area is an
    error naming its row, column and value, so the whole file is refused and nothing is stored.
    """
    started = time.perf_counter()
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")
    known = sha256 or (hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else "")
    report = LoadReport(dataset, limits.base_name(file_name), known)
    size = len(data) if isinstance(data, bytes) else Path(data).stat().st_size
    report.size_bytes = size
    if size > limits.MAX_FILE_BYTES:
        report.sha256 = report.sha256 or _sha256(data)
        issue = Issue("berkas_terlalu_besar", fields={"mb": limits.MAX_FILE_BYTES // limits.MB})
        return _rejected(report, [issue], lang, started)
    wilayah = reference_codes(con, allowed)
    folder = tempfile.mkdtemp(prefix="cakupan-valid-")
    try:
        checked, count = _check(data, report, wilayah, os.path.join(folder, ValidRows.NAME))
    except FileProblem as problem:  # the reader itself stopped (memory, time, a crash)
        shutil.rmtree(folder, ignore_errors=True)
        report.sha256 = report.sha256 or _sha256(data)
        return _rejected(report, problem.issues, lang, started, problem.count)
    if count is None:
        shutil.rmtree(folder, ignore_errors=True)
        return Validation(checked, None, lang, started)
    return Validation(checked, ValidRows(folder, count), lang, started)


def reference_codes(con: duckdb.DuckDBPyConnection, allowed: Scope | None) -> list[tuple]:
    """Every known code with its level, and whether it lies in `allowed`: its kab/kota, and a
    province only when the whole province is (a province target belongs to the province's own)."""
    if allowed is None or allowed.level is Level.NASIONAL:
        return con.execute("SELECT kode_wilayah, tingkat FROM wilayah").fetchall()
    inside, params = allowed.kabkota_sql()
    return con.execute(
        f"""WITH dalam AS ({inside})
            SELECT w.kode_wilayah, w.tingkat,
                   CASE WHEN w.tingkat = 'kabkota' THEN w.kode_wilayah IN (SELECT kode_wilayah FROM dalam)
                        ELSE NOT EXISTS (SELECT 1 FROM wilayah AS k WHERE k.tingkat = 'kabkota'
                                         AND k.kode_provinsi = w.kode_wilayah
                                         AND k.kode_wilayah NOT IN (SELECT kode_wilayah FROM dalam)) END
            FROM wilayah AS w""",
        params,
    ).fetchall()


def _sha256(data: bytes | Path) -> str:
    """The file's hash read from disk (only where the reader's process could not give it)."""
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest()
    digest = hashlib.sha256()
    with open(data, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _check(data: bytes | Path, report: LoadReport, wilayah: list, rows_path: str) -> tuple[LoadReport, int | None]:
    """analytics.load.check in the reader's child process, on the file's path (bytes are spooled to
    a temporary file first)."""
    if not isinstance(data, bytes):
        return check_isolated(Path(data), report, wilayah, rows_path)
    with tempfile.NamedTemporaryFile(prefix="cakupan-unggah-", suffix=PurePath(report.file_name).suffix[:8]) as spool:
        spool.write(data)
        spool.flush()
        return check_isolated(Path(spool.name), report, wilayah, rows_path)


def _rejected(report: LoadReport, issues: list[Issue], lang: str, started: float,
              count: int | None = None) -> Validation:
    report.errors = issues[:MAX_LISTED]
    report.error_count = count if count is not None else len(issues)
    return Validation(report, None, lang, started)


