"""The house's rules, read from the source (issue 10): pages stay thin, analytics never reaches up
into ui or Streamlit, and long SQL lives in .sql files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE_LINES = 150
SQL_LINES = 10


@pytest.mark.parametrize("page", sorted((ROOT / "pages").glob("*.py")), ids=lambda p: p.name)
def test_a_page_fits_a_few_screens(page):
    assert len(page.read_text(encoding="utf-8").splitlines()) <= PAGE_LINES


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_analytics_imports_neither_ui_nor_streamlit():
    upward = []
    for path in (ROOT / "analytics").rglob("*.py"):
        bad = {m for m in _imports(path) if m.split(".")[0] in {"ui", "streamlit", "pages"}}
        upward += [f"{path.relative_to(ROOT)}: {m}" for m in sorted(bad)]
    assert upward == []


def test_ui_does_not_import_pages():
    for path in (ROOT / "ui").rglob("*.py"):
        assert not any(m.split(".")[0] == "pages" for m in _imports(path)), path


def test_long_sql_lives_in_sql_files():
    long = []
    for path in (ROOT / "analytics").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.Constant, ast.JoinedStr)) and not (
                isinstance(node, ast.Constant) and not isinstance(node.value, str)
            ):
                text = ast.get_source_segment(source, node) or ""
                if ("SELECT" in text or "WITH" in text) and text.count("\n") + 1 > SQL_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert long == []
