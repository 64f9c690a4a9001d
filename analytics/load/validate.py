"""Validate a whole file without writing anything: read, match the header, type every cell, check rows.

The text table is registered in DuckDB and typed by one layered query (parse.py per column, rules.py
per row, a window for duplicate keys). Only errors come back to Python, and only the first 50 of
them as objects; the rest are counted. The typed rows stay an Arrow table until commit.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePath

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.contract import AMOUNT, COUNT, DATASETS, PERCENT, TEXT, Dataset
from analytics.load import limits, numbers, parse, rules
from analytics.load.header import Frame, match_header
from analytics.load.read import FileProblem
from analytics.load.report import MAX_LISTED, Issue, LoadReport
from analytics.load.sandbox import read_isolated

NUMERIC_KINDS = (COUNT, AMOUNT, PERCENT)


@dataclass
class Validation:
    report: LoadReport
    rows: pa.Table | None  # typed rows, contract columns and `__row`; None when rejected
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
        first = pc.bottom_k_unstable(self.rows["__row"], k=min(n, self.rows.num_rows))
        return self.rows.take(first).sort_by("__row").drop_columns(["__row"]).to_pandas()


def validate(con: duckdb.DuckDBPyConnection, dataset: str, data: bytes | Path, file_name: str,
             lang: str = "id") -> Validation:
    """Read and check a whole file (bytes, or a path read without loading it here); write nothing.

    Never raises for anything the file holds: every way a file can be wrong ends in a rejected
    Validation whose report says why.
    """
    started = time.perf_counter()
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")
    ds = DATASETS[dataset]
    report = LoadReport(dataset, limits.base_name(file_name), _sha256(data))
    size = len(data) if isinstance(data, bytes) else Path(data).stat().st_size
    report.size_bytes = size
    if size > limits.MAX_FILE_BYTES:
        issue = Issue("berkas_terlalu_besar", fields={"mb": limits.MAX_FILE_BYTES // limits.MB})
        return _rejected(report, [issue], lang, started)
    try:
        frame = match_header(_read(data, report.file_name, dataset), ds)
    except FileProblem as problem:
        return _rejected(report, problem.issues, lang, started, problem.count)
    report.warnings = frame.warnings
    report.rows = frame.table.num_rows
    if frame.table.num_rows == 0:
        return _rejected(report, [Issue("tanpa_baris_data")], lang, started)

    raw_name, checked_name = f"_muat_raw_{uuid.uuid4().hex[:10]}", f"_muat_cek_{uuid.uuid4().hex[:10]}"
    # A cursor of our own: registrations stay private, and an unfinished result the caller left on
    # `con` (DuckDB 2.0 refuses new work then) does not get in the way.
    con = con.cursor()
    con.register(raw_name, frame.table)
    try:
        numeric = [c for c in frame.present if ds.column(c).kind in NUMERIC_KINDS]
        style = numbers.detect_style(con, raw_name, numeric, frozenset(c for c in numeric if frame.has_number(c)))
        report.number_style = style.style
        if style.issue:
            return _rejected(report, [style.issue], lang, started)
        sql, params = checked_sql(ds, frame, style.style, raw_name)
        checked = con.sql(sql, params=params).to_arrow_table()
        con.register(checked_name, checked)
        try:
            report.periods, report.areas = _touched(con, ds, checked_name)
            report.warnings += _cleaned(con, _text_columns(ds, frame), checked_name)
            count, issues = _errors(con, ds, checked_name, raw_name, frame.present)
            if count:
                return _rejected(report, issues, lang, started, count)
            select = ", ".join(f"t_{c.name} AS {c.name}" for c in ds.columns)
            # Kept unsorted (sorting a million rows costs more than it serves); `__row` lets the
            # preview show the file's first rows.
            rows = con.sql(f"SELECT {select}, __row FROM {checked_name}").to_arrow_table()
        finally:
            con.unregister(checked_name)
    finally:
        con.unregister(raw_name)
        con.close()
    return Validation(report, rows, lang, started)


def _sha256(data: bytes | Path) -> str:
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest()
    digest = hashlib.sha256()
    with open(data, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _read(data: bytes | Path, file_name: str, dataset: str):
    """The file's cells, read in a child process (analytics.load.sandbox) from a path; bytes are
    spooled to a temporary file first."""
    if not isinstance(data, bytes):
        return read_isolated(Path(data), file_name, dataset)
    with tempfile.NamedTemporaryFile(prefix="cakupan-unggah-", suffix=PurePath(file_name).suffix[:8]) as spool:
        spool.write(data)
        spool.flush()
        return read_isolated(Path(spool.name), file_name, dataset)


def _rejected(report: LoadReport, issues: list[Issue], lang: str, started: float,
              count: int | None = None) -> Validation:
    report.errors = issues[:MAX_LISTED]
    report.error_count = count if count is not None else len(issues)
    return Validation(report, None, lang, started)


def checked_sql(ds: Dataset, frame: Frame, style: str | None, source: str) -> tuple[str, dict]:
    """One query: text -> derived helpers -> errors and values -> typed -> row rules and keys."""
    p = parse.Params()
    present = [ds.column(c) for c in frame.present]
    absent = [c for c in ds.columns if c.name not in frame.present]
    sqls = {c.name: parse.column_sql(c, frame.has_number(c.name), style, p) for c in present}

    trimmed = [f"NULLIF(c_{c.name}, '') AS v_{c.name}" for c in present]  # trimmed in header.py
    numbers_ = [f"n_{c.name}" for c in present if frame.has_number(c.name)]
    derive = [d for s in sqls.values() for d in s.derive]
    joins = " ".join(s.join for s in sqls.values() if s.join)
    errs = [f"{s.error} AS err_{n}" for n, s in sqls.items()]
    vals = [f"{s.value} AS val_{n}" for n, s in sqls.items()]
    typed = [f"CASE WHEN err_{n} IS NULL THEN val_{n} END AS t_{n}" for n in sqls]
    typed += [f"{s.cleaned} AS cl_{n}" for n, s in sqls.items() if s.cleaned]
    typed += [f"{parse.absent_value(c)} AS t_{c.name}" for c in absent]
    typed += [f"NULL::VARCHAR AS err_{c.name}" for c in absent]
    defaults = rules.DEFAULTS.get(ds.name, {})
    replace = ", ".join(f"coalesce(t_{c}, {expr}) AS t_{c}" for c, expr in defaults.items())

    checks = [f"coalesce({r.condition}, false) AS r_{i}" for i, r in enumerate(rules.RULES.get(ds.name, ()))]
    if ds.name == "kantor":
        w = "OVER (PARTITION BY t_kode_kantor ORDER BY __row)"
        checks.append(
            f"CASE WHEN t_kode_kantor IS NOT NULL AND (first_value(t_nama_kantor) {w} IS DISTINCT FROM t_nama_kantor "
            f"OR first_value(t_kanwil) {w} IS DISTINCT FROM t_kanwil) THEN first_value(__row) {w} END AS kantor_ref"
        )
    sql = f"""
    WITH trimmed AS (SELECT __row, {', '.join(trimmed + numbers_)} FROM {source}),
    derived AS MATERIALIZED (SELECT trimmed.*{''.join(', ' + d for d in derive)} FROM trimmed),
    judged AS (SELECT derived.*, {', '.join(errs + vals)} FROM derived {joins}),
    typed AS MATERIALIZED (SELECT __row, {', '.join([f'err_{n}' for n in sqls] + typed)} FROM judged),
    filled AS (SELECT * {f'REPLACE ({replace})' if replace else ''} FROM typed)
    SELECT filled.*{''.join(', ' + c for c in checks)} FROM filled
    """
    return sql, p.values


def _touched(con: duckdb.DuckDBPyConnection, ds: Dataset, rel: str) -> tuple[list[str], list[str]]:
    label = rules.period_label(ds) or "NULL::VARCHAR"
    periods, areas = con.sql(
        f"SELECT list(DISTINCT {label}) FILTER (WHERE {label} IS NOT NULL), "
        f"list(DISTINCT t_kode_wilayah) FILTER (WHERE t_kode_wilayah IS NOT NULL) FROM {rel}"
    ).fetchall()[0]
    return sorted(periods or []), sorted(areas or [])


def _text_columns(ds: Dataset, frame: Frame) -> list[str]:
    """The file's columns whose cells are cleaned of control characters (text columns)."""
    return [c for c in frame.present if ds.column(c).kind == TEXT]


def _cleaned(con: duckdb.DuckDBPyConnection, columns: list[str], rel: str) -> list[Issue]:
    """One warning: how many cells were cleaned of control characters, and where the first was."""
    if not columns:
        return []
    found = con.sql(" UNION ALL ".join(
        f"SELECT '{c}' AS kolom, count_if(cl_{c}) AS n, min(__row) FILTER (WHERE cl_{c}) AS first FROM {rel}"
        for c in columns
    )).fetchall()
    total = sum(n for _, n, _ in found)
    if not total:
        return []
    column, _, first = min((r for r in found if r[1]), key=lambda r: r[2])
    return [Issue("karakter_kontrol", row=first, column=column, fields={"n": total, "baris": first, "kolom": column})]


def _errors(con: duckdb.DuckDBPyConnection, ds: Dataset, rel: str, raw: str,
            present: list[str]) -> tuple[int, list[Issue]]:
    """Count every error, and list the first MAX_LISTED in row order (then column order).

    The bad values are looked up in the text table only for the listed errors, so the big typed
    table does not have to carry a text copy of every cell.
    """
    order = {c.name: i for i, c in enumerate(ds.columns)}
    branches = [
        f"SELECT __row, {order[c.name]} AS ord, '{c.name}' AS kolom, err_{c.name} AS kunci, NULL::VARCHAR AS nilai, "
        f"NULL::BIGINT AS ref FROM {rel} WHERE err_{c.name} IS NOT NULL"
        for c in ds.columns
    ]
    for i, r in enumerate(rules.RULES.get(ds.name, ())):
        branches.append(f"SELECT __row, {order[r.column]}, '{r.column}', '{r.key}', NULL, NULL FROM {rel} "
                        f"WHERE r_{i}")
    branches.append(_duplicates(ds, rel))
    if ds.name == "kantor":
        branches.append(f"SELECT __row, {order['kode_kantor']}, 'kode_kantor', 'kantor_tidak_konsisten', NULL, "
                        f"kantor_ref FROM {rel} WHERE kantor_ref IS NOT NULL")
    union = " UNION ALL ".join(branches)
    count = con.sql(f"SELECT count(*) FROM ({union})").fetchall()[0][0]
    if not count:
        return 0, []
    listed = con.sql(f"SELECT * FROM ({union}) ORDER BY __row, ord LIMIT {MAX_LISTED}").fetchall()
    rows = sorted({r[0] for r in listed})
    texts = {r[0]: dict(zip(present, r[1:], strict=True)) for r in con.sql(
        f"SELECT __row, {', '.join(f'c_{c}' for c in present)} FROM {raw} WHERE list_contains($rows, __row)",
        params={"rows": rows}).fetchall()}
    issues = []
    for row, _ord, column, key, value, ref in listed:
        if value is None and column in present:
            value = texts[row][column] or None
        if value is not None:
            value = limits.echo(value)
        if key == "kunci_ganda":
            fields = {"kunci": value, "baris": ref}
        elif key == "kantor_tidak_konsisten":
            fields = {"baris": ref}
        else:
            fields = parse.error_fields(ds.column(column), key)
        issues.append(Issue(key, row=row, column=column, value=value, fields=fields))
    return count, issues


def _duplicates(ds: Dataset, rel: str) -> str:
    """Rows whose key an earlier row already has: one GROUP BY, then a join on the few duplicates."""
    keys = rules.key_exprs(ds)
    guard = " AND ".join(f"err_{c} IS NULL" for c in rules.key_columns(ds))
    keyed = f"SELECT *, {', '.join(f'{e} AS key_{i}' for i, e in enumerate(keys))} FROM {rel} WHERE {guard}"
    names = [f"key_{i}" for i in range(len(keys))]
    same = " AND ".join(f"f.{n} IS NOT DISTINCT FROM d.{n}" for n in names)
    label = "periode, npp/nib/nama_perusahaan" if ds.name == "perusahaan" else ", ".join(ds.key)
    value = re.sub(r"\bt_", "f.t_", rules.key_label(ds))
    return (
        f"SELECT f.__row, 1000, '{label}', 'kunci_ganda', {value}, d.first_row "
        f"FROM ({keyed}) AS f JOIN (SELECT {', '.join(names)}, min(__row) AS first_row FROM ({keyed}) "
        f"GROUP BY ALL HAVING count(*) > 1) AS d ON {same} WHERE f.__row <> d.first_row"
    )
