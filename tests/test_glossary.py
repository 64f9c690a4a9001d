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


def test_both_meanings_of_pmi_are_spelled_out():
    """Issue 11 point 8: "PMI" is the migrant-worker segment on Tren and the arrears category on
    Kepatuhan; wherever either is named, the name says which."""
    assert glossary.segmen("PMI") == "PMI – pekerja migran"
    assert glossary.segmen("PMI", "en") == "PMI – migrant workers"
    assert glossary.kategori("PMI") == glossary.kategori("PMI", short=True) == "PMI – menunggak iuran"
    assert [glossary.segmen(s) for s in ("PU", "BPU", "JAKON")] == [
        "PU – penerima upah", "BPU – bukan penerima upah", "JAKON – jasa konstruksi",
    ]  # fmt: skip
    assert glossary.segmen("LAIN") == "LAIN"  # unknown: shown as given, never hidden
    # and no text anywhere names a bare "PMI" as a whole label
    assert not [(m, id_) for m, id_, en in _pairs() if id_.strip() == "PMI" or en.strip() == "PMI"]


def test_segment_charts_name_the_segments(tmp_path):
    import datetime as dt

    import pandas as pd

    from analytics.figures import segments

    frame = pd.DataFrame({
        "periode": [dt.date(2026, 1, 1)] * 2, "segmen": ["PU", "PMI"], "peserta_aktif": [100, 5],
        "peserta_baru": [None, None], "peserta_nonaktif": [None, None],
    })  # fmt: skip
    names = [t.name for t in segments.segments_stacked(frame, "id").data if t.showlegend is not False]
    assert names == ["PU – penerima upah", "PMI – pekerja migran"]
    split = segments.segments_split(frame, "en")
    assert [a.text for a in split.layout.annotations][:2] == ["PU – wage earners", "PMI – migrant workers"]
    yoy = segments.yoy_bars(pd.DataFrame({"segmen": ["SEMUA", "PMI"], "perubahan_persen": [1.0, 2.0]}), "id")
    assert list(yoy.data[0].y)[1] == "PMI – pekerja migran"
