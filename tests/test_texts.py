"""Every catalogue key is used, and every use names its key literally (issue 10).

A key built at run time (`T(f"k_short_{kode}")`) cannot be found by reading the code, so a renamed
or removed key fails only when an official reaches that branch; and a key nobody uses is a text
nobody reviews. The scan reads the source with `ast`: a key is used when it is a string literal
somewhere other than its own catalogue; a call to a catalogue (or to a page's one-letter helper
around it) must not pass an f-string or a concatenation as the key.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import ui.texts
from analytics.i18n import Catalog

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(
    p for folder in ("analytics", "ui", "pages") for p in (ROOT / folder).rglob("*.py")
) + [ROOT / "app.py"]
CATALOGUE_MODULES = sorted(
    {f"ui.texts.{m.name}" for m in pkgutil.iter_modules(ui.texts.__path__)}
    | {"analytics.load.messages", "analytics.compliance.inspection_list", "analytics.figures.texts",
       "analytics.figures.peta", "analytics.reports.peta", "analytics.geo.import_report",
       "analytics.coverage.labels", "analytics.commands.init", "analytics.commands.demo",
       "analytics.commands.geometri"}
)  # fmt: skip
# Names that translate a key: the catalogues, the pages' helpers around them, and view.t.
TRANSLATORS = {"T", "R", "K", "TT", "P", "G", "FT", "L", "M", "MESSAGES", "_t", "t", "r", "k", "p", "g",
               "status_label", "message"}  # fmt: skip


def _catalogues() -> list[tuple[str, str, Catalog]]:
    found = []
    for name in CATALOGUE_MODULES:
        for var, obj in vars(importlib.import_module(name)).items():
            if isinstance(obj, Catalog) and (name, var) not in {(m, v) for m, v, _ in found}:
                found.append((name, var, obj))
    return found


def _trees() -> dict[Path, ast.AST]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in SOURCES}


def _catalogue_keys(tree: ast.AST) -> set[int]:
    """ids of the key nodes of dicts passed to Catalog(...) (their definitions, not uses)."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Catalog":
            for arg in node.args:
                if isinstance(arg, ast.Dict):
                    ids |= {id(k) for k in arg.keys if k is not None}
    return ids


def _literals() -> set[str]:
    used = set()
    for tree in _trees().values():
        definitions = _catalogue_keys(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in definitions:
                used.add(node.value)
    return used


def test_the_scan_sees_the_catalogues_and_the_code():
    assert len(_catalogues()) >= 15
    assert len(SOURCES) > 100


@pytest.mark.parametrize(("module", "var", "catalogue"), _catalogues(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_key_is_used(module, var, catalogue):
    used = _literals()
    unused = sorted(k for k in catalogue.messages if k not in used)
    assert unused == [], f"{module}.{var}: keys no code names: {unused}"


def _translator(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name) and func.id in TRANSLATORS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in {"t"}:
        return func.attr
    return None


def test_no_key_is_built_at_run_time():
    built = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _translator(node.func) and node.args:
                key = node.args[0]
                if isinstance(key, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(key, ast.Call) and getattr(key.func, "attr", None) == "format"
                ):
                    built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert built == [], f"keys built with f-strings or +: {built}"


def test_the_maps_from_codes_to_keys_cover_every_code():
    from analytics import areas, contract
    from analytics.geo import classify
    from ui.capaian import league_table
    from ui.kelola import contract_table
    from ui.peta import controls
    from ui.tren import compare

    kinds = {c.kind for ds in contract.DATASETS.values() for c in ds.columns} | {"count_positive"}
    assert kinds <= set(contract_table.KIND_LABEL)
    assert set(league_table.SORTS) | set(league_table.SORTS_NO_TARGET) == set(league_table.SORT_LABEL)
    assert set(classify.METHODS) == set(controls.METHOD_LABEL)
    assert set(areas.COMPARE_LEVELS) == set(compare.LEVEL_LABEL)
