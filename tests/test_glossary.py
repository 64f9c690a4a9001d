"""One English name per domain term, in every catalogue of texts (analytics.glossary).

Before: "PMI – menunggak iuran" read "PMI – menunggak iuran (arrears)", "PMI – menunggak iuran" and
"PMI – contribution arrears" in English on different pages and files.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import ui.texts
from analytics import glossary
from analytics.i18n import Catalog

MODULES = sorted(
    {f"ui.texts.{m.name}" for m in pkgutil.iter_modules(ui.texts.__path__)}
    | {"analytics.compliance.inspection_list", "analytics.load.messages", "analytics.reports.peta",
       "analytics.figures.peta", "analytics.figures.texts", "analytics.glossary"}
)


def _pairs() -> list[tuple[str, str, str]]:
    """(module, Indonesian, English) of every bilingual text the modules hold."""
    found = []
    for name in MODULES:
        for obj in vars(importlib.import_module(name)).values():
            entries = obj.messages.values() if isinstance(obj, Catalog) else (
                obj.values() if isinstance(obj, dict) else ())
            for entry in entries:
                if isinstance(entry, dict) and set(entry) == {"id", "en"}:
                    found.append((name, entry["id"], entry["en"]))
    return found


def test_the_catalogues_are_found():
    modules = {m for m, _, _ in _pairs()}
    assert {"ui.texts.shell", "ui.texts.kepatuhan", "ui.texts.tindak_lanjut", "analytics.compliance.inspection_list"} <= modules
    assert len(_pairs()) > 300


# The glossary's terms and the category names (full and short), each with its one English name.
TERMS = {**glossary.TERMS,
         **{n["id"]: n["en"] for names in (glossary.KATEGORI_NAMA, glossary.KATEGORI_SINGKAT) for n in names.values()}}


@pytest.mark.parametrize("term", sorted(TERMS))
def test_a_term_has_one_english_name_everywhere(term):
    names = {(m, en) for m, id_, en in _pairs() if id_ == term}
    assert names, f"{term!r} appears in no catalogue: remove it from the glossary"
    assert {en for _, en in names} == {TERMS[term]}, sorted(names)
