"""Match a file's header to the contract, and drop the rows that carry no data.

Column names are compared case-insensitively with spaces and `-` read as `_`. Unknown columns are
ignored with a warning; missing required ones or a column named twice reject the file. Blank rows
and the template's own description row (row 2, in either language) are dropped, keeping every other
row's spreadsheet number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from analytics.contract import Dataset
from analytics.load.read import FileProblem, RawTable
from analytics.load.report import Issue
from analytics.templates import column_description


def normalise_name(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", (name or "").replace("\ufeff", "").strip().lower())


@dataclass
class Frame:
    """The file's data rows: `c_<col>` text, `n_<col>` typed number (XLSX), `__row`."""

    table: pa.Table
    present: list[str]  # contract columns found in the file, in contract order
    warnings: list[Issue] = field(default_factory=list)

    def has_number(self, col: str) -> bool:
        return f"n_{col}" in self.table.column_names


def match_header(raw: RawTable, ds: Dataset) -> Frame:
    known = set(ds.column_names)
    position: dict[str, int] = {}
    unknown: list[str] = []
    issues: list[Issue] = []
    for j, cell in enumerate(raw.header):
        name = normalise_name(cell)
        if not name:
            continue  # a trailing empty header cell (`a;b;`) is common in Excel exports
        if name in position or name in unknown:
            if not any(i.column == name for i in issues):
                issues.append(Issue("kolom_ganda", row=raw.header_row, column=name, value=cell,
                                    fields={"kolom": name}))
            continue
        if name in known:
            position[name] = j
        else:
            unknown.append(name)
    missing = [c for c in ds.required_columns if c not in position]
    if missing:
        issues.append(Issue("kolom_wajib_hilang", row=raw.header_row, column=", ".join(missing),
                            fields={"kolom": ", ".join(missing)}))
    if issues:
        raise FileProblem(issues)
    warnings = []
    if unknown:
        warnings.append(Issue("kolom_diabaikan", row=raw.header_row, column=", ".join(unknown),
                              fields={"kolom": ", ".join(unknown)}))
    present = [c for c in ds.column_names if c in position]
    # Trimmed once here (Unicode whitespace, NBSP included): Arrow's kernel is several times faster
    # than SQL TRIM with a character set.
    trimmed = {name: pc.utf8_trim_whitespace(raw.table.column(name))
               for name in raw.table.column_names if name.startswith("c")}
    cols: dict[str, pa.Array] = {}
    for c in present:
        j = position[c]
        cols[f"c_{c}"] = trimmed[f"c{j}"]
        if j in raw.numeric_columns:
            cols[f"n_{c}"] = raw.table.column(f"n{j}")
    cols["__row"] = raw.table.column("__row")
    table = _drop_blank_rows(pa.table(cols), trimmed)
    table = _drop_description_row(table, ds, present, raw.header_row)
    return Frame(table, present, warnings)


def _drop_blank_rows(table: pa.Table, trimmed: dict) -> pa.Table:
    """Rows where every cell of the file (known column or not) is blank carry nothing."""
    keep = None
    for column in trimmed.values():
        filled = pc.not_equal(column, "")
        keep = filled if keep is None else pc.or_(keep, filled)
    if keep is None or pc.all(keep).as_py():
        return table
    return table.filter(keep)


def _drop_description_row(table: pa.Table, ds: Dataset, present: list[str], header_row: int) -> pa.Table:
    """The template's description row is not data: drop row 2 when it matches it exactly."""
    if table.num_rows == 0 or table.column("__row")[0].as_py() != header_row + 1:
        return table
    first = {c: (table.column(f"c_{c}")[0].as_py() or "").strip() for c in present}
    described = [c for c in present if first[c]]
    if described and all(
        first[c] in (column_description(ds.column(c), "id"), column_description(ds.column(c), "en"))
        for c in described
    ):
        return table.slice(1)
    return table
