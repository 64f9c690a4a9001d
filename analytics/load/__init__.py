"""Import of the data contract: file -> validated -> stored, all or nothing.

PUBLIC API (used by the CLI, the Kelola Data page and the demo; keep these signatures):

    validate(con, dataset: str, data: bytes, file_name: str, lang="id") -> Validation
        Reads and validates a whole file; writes nothing. Validation.report is a LoadReport with
        accepted=None until committed; Validation.ok tells whether it can be committed;
        Validation.preview(n) gives the first n typed rows as a DataFrame.
        LoadReport.error_table(lang) gives the listed errors as a table (row, column, value, problem);
        render_errors(lang) the same as text.
    commit(con, validation: Validation, user: str | None, *, derive=True) -> LoadReport
        Writes a valid file in one transaction (replace by period), records the history row and
        rebuilds the derived tables the dataset feeds (analytics.derived).
    rows_to_replace(con, validation: Validation) -> int
        Stored rows a commit would delete now (0 for an invalid file); read-only, and the same SQL
        as the commit's DELETE, so the page's preview and the save agree.
    reject(con, validation: Validation, user: str | None) -> LoadReport
        Records a rejected attempt in the history (nothing else changes).
    load_file(con, dataset, data: bytes | Path, file_name=None, user=None) -> LoadReport
        validate, then commit or reject. What the CLI and the demo call.

Modules, one job each: limits (every bound and why), encoding (bytes -> UTF-8, or a refusal naming
a row), xlsx_guard (an XLSX's parts and used range, checked unread), read (bytes -> text cells with
row numbers), header (columns, blank and description rows), numbers (the file's number style),
parse (per column kind: SQL typing and errors), rules (row rules, keys, periods), check (the whole
check, in the reader's process), sandbox and reader_server (that process), validate (the app's
side: report and rows on disk), write (transaction and history), report (LoadReport and its
rendering), messages (id/en catalogue).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from analytics.load.report import Issue, LoadReport
from analytics.load.validate import Validation, validate
from analytics.load.write import commit, new_partial_months, reject, rows_to_replace

__all__ = ["Issue", "LoadReport", "Validation", "commit", "load_file", "new_partial_months", "reject", "rows_to_replace", "validate"]


def load_file(con: duckdb.DuckDBPyConnection, dataset: str, data: bytes | Path, file_name: str | None = None,
              user: str | None = None, lang: str = "id", *, derive: bool = True) -> LoadReport:
    """Validate a file, then store it (valid) or record the rejection (invalid). `derive=False`:
    see commit (a bulk load then calls analytics.derived.ensure_fresh once)."""
    if isinstance(data, str | Path):  # read from its path in the reader's process, not loaded here
        data = Path(data)
        file_name = file_name or data.name
    validation = validate(con, dataset, data, file_name or "", lang=lang)
    if validation.ok:
        return commit(con, validation, user, derive=derive)
    return reject(con, validation, user)
