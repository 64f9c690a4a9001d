"""SQL longer than a few lines lives in a .sql file beside the module that runs it.

A .sql file reads as SQL in an editor and a review (highlighted, no Python quoting around it), and it
has the shape dbt projects such as jaffle_shop use: import CTEs, then logic, then `final`. Fields
in braces (`{cond}`) are filled with str.format by the module, and only ever with identifiers and
SQL fragments the module built itself; values are always parameters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def read(module_file: str, name: str) -> str:
    """The text of `name`, a .sql file in the folder of `module_file` (pass `__file__`)."""
    return Path(module_file).with_name(name).read_text(encoding="utf-8")
