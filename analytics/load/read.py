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

from analytics.load.report import Issue

BOM = b"\xef\xbb\xbf"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls


class FileProblem(Exception):
    """The file cannot be read as a table at all; `issues` say why."""

    def __init__(self, issues: list[Issue]):
        super().__init__(issues[0].key if issues else "")
        self.issues = issues


@dataclass
class RawTable:
    """Cells as text, by position: `c{j}` text, `n{j}` typed number (XLSX), `__row` row number."""

    header: list[str]
    table: pa.Table
    header_row: int = 1
    numeric_columns: set[int] = field(default_factory=set)


def read_table(data: bytes, file_name: str, dataset: str) -> RawTable:
    ext = PurePath(file_name or "").suffix.lower()
    if data.startswith(OLE_MAGIC) or ext == ".xls":
        raise FileProblem([Issue("xls_lama")])
    if data.startswith(ZIP_MAGIC) or ext in (".xlsx", ".xlsm"):
        return read_xlsx(data, dataset)
    if ext in (".csv", ".txt", ""):
        return read_csv(data)
    raise FileProblem([Issue("format_tidak_didukung", fields={"ext": ext})])


# --- CSV ---------------------------------------------------------------------------------------


def _strip_bom(data: bytes) -> bytes:
    return data[len(BOM):] if data.startswith(BOM) else data


def _from_cp1252(data: bytes) -> bytes:
    """Windows-1252 (not Latin-1: it has ’ and €) converted to UTF-8."""
    try:
        return data.decode("cp1252").encode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileProblem([Issue("bukan_teks")]) from exc


def _delimiter(header_line: str) -> str:
    """`;` when the header line has more semicolons than commas (Indonesian Excel), else `,`."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_csv(data: bytes) -> RawTable:
    """UTF-8 (BOM or not) else Windows-1252; pyarrow validates UTF-8 while it parses."""
    data = _strip_bom(data)
    try:
        return _read_csv_utf8(data)
    except _NotUtf8:
        return _read_csv_utf8(_from_cp1252(data))


class _NotUtf8(Exception):
    pass


def _read_csv_utf8(data: bytes) -> RawTable:
    first_end = data.find(b"\n")
    try:
        header_line = (data if first_end < 0 else data[:first_end]).decode("utf-8").rstrip("\r")
    except UnicodeDecodeError as exc:
        raise _NotUtf8 from exc
    if not header_line.strip():
        raise FileProblem([Issue("berkas_kosong")])
    delim = _delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delim))
    names = [f"c{j}" for j in range(len(header))]
    if first_end < 0 or not data[first_end + 1:].strip():
        empty = pa.table({**{n: pa.array([], pa.string()) for n in names}, "__row": pa.array([], pa.int64())})
        return RawTable(header, empty)

    bad: list[tuple] = []
    quoted = b'"' in data  # a quoted cell may hold a newline; the parser is slower when it must care

    def on_invalid(row) -> str:
        bad.append((row.number, row.actual_columns, row.expected_columns, row.text))
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
            parse(False)
    except pa.ArrowInvalid as exc:
        if "utf8" in str(exc).lower() or "utf-8" in str(exc).lower():
            raise _NotUtf8 from exc
        raise FileProblem([Issue("csv_rusak", fields={"detail": str(exc).splitlines()[0][:200]})]) from exc
    if bad:
        raise FileProblem([
            Issue("jumlah_kolom", row=number, value=text[:80], fields={"ada": actual, "harus": expected})
            for number, actual, expected, text in bad
        ])
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


def read_xlsx(data: bytes, dataset: str) -> RawTable:
    from python_calamine import CalamineWorkbook  # local: only XLSX loads pay its import

    try:
        sheet = _sheet(CalamineWorkbook.from_filelike(io.BytesIO(data)), dataset)
        cells = sheet.to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types for broken files
        raise FileProblem([Issue("xlsx_rusak", fields={"detail": str(exc)[:200]})]) from exc
    start = next((i for i, r in enumerate(cells) if any(_cell_text(v).strip() for v in r)), None)
    if start is None:
        raise FileProblem([Issue("berkas_kosong")])
    header = [_cell_text(v) for v in cells[start]]
    body = cells[start + 1:]
    columns: dict[str, pa.Array] = {}
    numeric: set[int] = set()
    for j in range(len(header)):
        raw = [r[j] if j < len(r) else None for r in body]
        columns[f"c{j}"] = pa.array([_cell_text(v) for v in raw], pa.string())
        nums = [_cell_number(v) for v in raw]
        if any(n is not None for n in nums):
            columns[f"n{j}"] = pa.array(nums, pa.float64())
            numeric.add(j)
    columns["__row"] = pa.array(range(start + 2, start + 2 + len(body)), pa.int64())
    return RawTable(header, pa.table(columns), header_row=start + 1, numeric_columns=numeric)
