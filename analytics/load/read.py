"""Read a CSV or XLSX file into a table of text, keeping each cell's spreadsheet row number.

Everything is read as text first (no NA or type guessing), so the validator sees what the user
typed and can say which cell is wrong. CSV goes through pyarrow's C++ reader (a million rows in
about a second); XLSX through python-calamine, which gives typed cells: numbers it gives are kept
beside the text (`n{j}` columns) because a typed number carries no thousands style.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import PurePath

import pyarrow as pa
import pyarrow.csv as pacsv

from analytics.load import limits
from analytics.load.encoding import to_utf8
from analytics.load.report import MAX_LISTED, Issue
from analytics.load.xlsx_guard import XlsxRefused, check_xlsx

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls


class FileProblem(Exception):
    """The file cannot be read as a table at all; `issues` say why (the first MAX_LISTED of
    `count`)."""

    def __init__(self, issues: list[Issue], count: int | None = None):
        super().__init__(issues[0].key if issues else "")
        self.issues = issues
        self.count = count if count is not None else len(issues)


@dataclass
class RawTable:
    """Cells as text, by position: `c{j}` text, `n{j}` typed number (XLSX), `__row` row number."""

    header: list[str]
    table: pa.Table
    header_row: int = 1
    numeric_columns: set[int] = field(default_factory=set)


def read_table(data: bytes, file_name: str, dataset: str) -> RawTable:
    """Bytes to a table of text cells (in-process; the import calls this through analytics.load.sandbox)."""
    ext = PurePath(file_name or "").suffix.lower()
    if data.startswith(OLE_MAGIC) or ext == ".xls":
        raise FileProblem([Issue("xls_lama")])
    if data.startswith(ZIP_MAGIC) or ext in (".xlsx", ".xlsm"):
        return read_xlsx(data, dataset)
    if ext in (".csv", ".txt", ".tsv", ""):
        return read_csv(data)
    raise FileProblem([Issue("format_tidak_didukung", fields={"ext": limits.echo(ext, 20)})])


# --- CSV ---------------------------------------------------------------------------------------


def _delimiter(header_line: str) -> str:
    """The most frequent of `;` (Indonesian Excel), `,` and tab (Excel's "Unicode text") in the
    header line; `,` on a tie."""
    counts = {",": header_line.count(","), ";": header_line.count(";"), "\t": header_line.count("\t")}
    best = max(counts.values())
    return "," if counts[","] == best else max(counts, key=counts.get)


def _header_line(data: bytes) -> tuple[str, int]:
    """The first line (bounded: a header longer than MAX_HEADER_BYTES is refused unread) and where it ends."""
    first_end = data.find(b"\n", 0, limits.MAX_HEADER_BYTES + 1)
    if first_end < 0 and len(data) > limits.MAX_HEADER_BYTES:
        raise FileProblem([Issue("judul_terlalu_panjang", row=1, fields={"kb": limits.MAX_HEADER_BYTES // 1024})])
    line = (data if first_end < 0 else data[:first_end]).decode("utf-8").rstrip("\r")
    return line, first_end


def read_csv(data: bytes) -> RawTable:
    """UTF-8, Windows-1252 or UTF-16 text (analytics.load.encoding), parsed by pyarrow."""
    data, _encoding = to_utf8(data)
    header_line, first_end = _header_line(data)
    if not header_line.strip():
        raise FileProblem([Issue("berkas_kosong")])
    delim = _delimiter(header_line)
    if header_line.count(delim) >= limits.MAX_COLUMNS:
        raise FileProblem([Issue("kolom_terlalu_banyak", row=1,
                                 fields={"n": header_line.count(delim) + 1, "maks": limits.MAX_COLUMNS})])
    header = next(csv.reader([header_line], delimiter=delim))
    names = [f"c{j}" for j in range(len(header))]
    if first_end < 0 or not data[first_end + 1:].strip():
        empty = pa.table({**{n: pa.array([], pa.string()) for n in names}, "__row": pa.array([], pa.int64())})
        return RawTable(header, empty)

    bad: list[tuple] = []
    bad_count = 0
    quoted = b'"' in data  # a quoted cell may hold a newline; the parser is slower when it must care

    def on_invalid(row) -> str:
        nonlocal bad_count
        bad_count += 1
        if len(bad) < MAX_LISTED:  # the rest are only counted: a broken file cannot fill memory here
            try:
                text = limits.echo(row.text)
            except Exception:  # noqa: BLE001 — a row that is not text is still a row with a wrong count
                text = None
            bad.append((row.number, row.actual_columns, row.expected_columns, text))
        return "skip"

    def parse(threads: bool) -> pa.Table:
        return pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=threads,
                                           block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=delim, ignore_empty_lines=False,
                                             newlines_in_values=quoted, invalid_row_handler=on_invalid),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 null_values=[]),
        )

    try:
        table = parse(True)
        if bad:  # rare: re-read serially so pyarrow can tell the line numbers
            bad.clear()
            bad_count = 0
            parse(False)
    except pa.ArrowInvalid as exc:
        raise FileProblem([Issue("csv_rusak", fields={"detail": limits.echo(str(exc).splitlines()[0], 200)})]) from exc
    if bad:
        raise FileProblem(
            [Issue("jumlah_kolom", row=number, value=text, fields={"ada": actual, "harus": expected})
             for number, actual, expected, text in bad],
            count=bad_count,
        )
    rows = pa.array(range(2, table.num_rows + 2), pa.int64())
    return RawTable(header, table.append_column("__row", rows))


# --- XLSX --------------------------------------------------------------------------------------


def _sheet(workbook, dataset: str):
    """The sheet named after the dataset (any case), else the first sheet."""
    for name in workbook.sheet_names:
        if name.strip().lower() == dataset.lower():
            return workbook.get_sheet_by_name(name)
    return workbook.get_sheet_by_index(0)


def _cell_text(v) -> str:
    """A typed cell as the text a user would have typed: 11 -> '11', 16.1 -> '16.1', dates ISO."""
    if v is None or v == "":
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _cell_number(v) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


XLSX_CHUNK = 50_000  # rows turned into Arrow at a time, so Python objects never hold a whole sheet


def read_xlsx(data: bytes, dataset: str) -> RawTable:
    """The sheet's cells, after xlsx_guard has checked the parts' sizes and the used range."""
    from python_calamine import CalamineWorkbook  # local: only XLSX loads pay its import

    try:
        check_xlsx(data)
    except XlsxRefused as refused:
        raise FileProblem([refused.issue]) from None
    try:
        rows = iter(_sheet(CalamineWorkbook.from_filelike(io.BytesIO(data)), dataset).iter_rows())
        header_row, header = 0, None
        for header_row, row in enumerate(rows, start=1):  # noqa: B007 — the header's row number is used below
            if any(_cell_text(v).strip() for v in row):
                header = [_cell_text(v) for v in row]
                break
        if header is None:
            raise FileProblem([Issue("berkas_kosong")])
        if len(header) > limits.MAX_COLUMNS:
            raise FileProblem([Issue("kolom_terlalu_banyak", row=header_row,
                                     fields={"n": len(header), "maks": limits.MAX_COLUMNS})])
        chunks = [_xlsx_chunk(block, len(header)) for block in _blocks(rows, XLSX_CHUNK)]
    except FileProblem:
        raise
    except Exception as exc:  # calamine raises its own error types for broken files
        raise FileProblem([Issue("xlsx_rusak", fields={"detail": limits.echo(exc, 200)})]) from exc
    numeric = {j for j in range(len(header)) if any(c[f"n{j}"].null_count < len(c[f"n{j}"]) for c in chunks)}
    columns: dict[str, pa.Array] = {}
    for j in range(len(header)):
        columns[f"c{j}"] = pa.chunked_array([c[f"c{j}"] for c in chunks], pa.string())
        if j in numeric:
            columns[f"n{j}"] = pa.chunked_array([c[f"n{j}"] for c in chunks], pa.float64())
    n = sum(len(c["c0"]) for c in chunks) if header else 0
    columns["__row"] = pa.array(range(header_row + 1, header_row + 1 + n), pa.int64())
    return RawTable(header, pa.table(columns), header_row=header_row, numeric_columns=numeric)


def _blocks(rows, size: int):
    block = []
    for row in rows:
        block.append(row)
        if len(block) == size:
            yield block
            block = []
    if block:
        yield block


def _xlsx_chunk(block: list, width: int) -> dict[str, pa.Array]:
    out = {}
    for j in range(width):
        raw = [r[j] if j < len(r) else None for r in block]
        out[f"c{j}"] = pa.array([_cell_text(v) for v in raw], pa.string())
        out[f"n{j}"] = pa.array([_cell_number(v) for v in raw], pa.float64())
    return out
