"""Check a whole file: read it, match the header, type every cell, check rows; write the valid rows.

Runs in the reader's child process (analytics.load.sandbox), on a DuckDB of its own that holds only
the reference codes the checks need, so a file's memory — its text cells, the typed table, the
errors — is the child's and is gone when it exits; the app's process receives the report and, for
a valid file, the rows as a Parquet file on disk.

The text table is registered in DuckDB and typed by one layered query (parse.py per column, rules.py
per row, a window for duplicate keys). Only errors come back to Python, and only the first 50 of
them as objects; the rest are counted.
"""

from __future__ import annotations

import re

import duckdb

from analytics.contract import AMOUNT, COUNT, DATASETS, PERCENT, TEXT, Dataset
from analytics.load import limits, numbers, parse, rules
from analytics.load.header import Frame, match_header
from analytics.load.read import FileProblem, read_table
from analytics.load.report import MAX_LISTED, Issue, LoadReport

NUMERIC_KINDS = (COUNT, AMOUNT, PERCENT)
RAW, CHECKED = "_muat_raw", "_muat_cek"


def reference_db(wilayah: list[tuple], config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the `wilayah` codes and levels the checks join against: (code, level)
    or (code, level, inside) — `inside` False for a code outside the uploader's area (issue 14)."""
    duck = duckdb.connect(config=config or {})
    duck.execute("CREATE TABLE wilayah (kode_wilayah VARCHAR PRIMARY KEY, tingkat VARCHAR, dalam BOOLEAN DEFAULT TRUE)")
    if wilayah:
        rows = [(*w, True) if len(w) == 2 else tuple(w) for w in wilayah]
        duck.executemany("INSERT INTO wilayah VALUES (?, ?, ?)", rows)
    return duck


def check_file(duck: duckdb.DuckDBPyConnection, report: LoadReport, data: bytes, rows_path: str) -> int | None:
    """Fill `report` (rows, periods, areas, warnings, style, errors); for a valid file write its typed
    rows to `rows_path` (Parquet) and return how many, else None."""
    ds = DATASETS[report.dataset]
    try:
        frame = match_header(read_table(data, report.file_name, report.dataset), ds)
    except FileProblem as problem:
        return reject(report, problem.issues, problem.count)
    del data
    report.warnings = frame.warnings
    report.rows = frame.table.num_rows
    if frame.table.num_rows == 0:
        return reject(report, [Issue("tanpa_baris_data")])
    duck.register(RAW, frame.table)
    numeric = [c for c in frame.present if ds.column(c).kind in NUMERIC_KINDS]
    style = numbers.detect_style(duck, RAW, numeric, frozenset(c for c in numeric if frame.has_number(c)))
    report.number_style = style.style
    if style.issue:
        return reject(report, [style.issue])
    sql, params = checked_sql(ds, frame, style.style, RAW)
    duck.execute(f"CREATE TEMP TABLE {CHECKED} AS {sql}", params)
    report.periods, report.areas = _touched(duck, ds, CHECKED)
    report.warnings += _cleaned(duck, _text_columns(ds, frame), CHECKED)
    count, issues = _errors(duck, ds, CHECKED, RAW, frame.present)
    if count:
        return reject(report, issues, count)
    select = ", ".join(f"t_{c.name} AS {c.name}" for c in ds.columns)
    # Kept unsorted (sorting a million rows costs more than it serves); `__row` lets the preview
    # show the file's first rows.
    duck.sql(f"SELECT {select}, __row FROM {CHECKED}").write_parquet(rows_path)
    return frame.table.num_rows


def reject(report: LoadReport, issues: list[Issue], count: int | None = None) -> None:
    report.errors = issues[:MAX_LISTED]
    report.error_count = count if count is not None else len(issues)
    return None


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
