"""Tindak Lanjut: tiles, funnel, outcomes, the overdue list and the timeline as the user sees them.

The store is the coverage fixture plus the follow-up fixture of
tests/analytics/enforcement_fixtures.py; the default period is September 2026 (the latest month
with membership data), so days are counted to 30 September 2026. Expected values are worked out in
that module's docstring and in tests/analytics/test_enforcement.py.
"""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.analytics import enforcement_fixtures
from tests.analytics.coverage_fixtures import fill, use_tiny_reference
from tests.pages.conftest import start
from ui.components import tiles

PAGE = "pages/tindak_lanjut.py"


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = enforcement_fixtures.make_db(tmp_path, monkeypatch)
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


def open_page(**query) -> AppTest:
    return start(PAGE, **query)


def shown_tiles(at) -> dict[str, tuple[str, str]]:
    return {k: (v["value"], v["context"]) for k, v in tiles.read([h.value for h in at.html]).items()}


FRAMES = ("tl_cases", "tl_timeline")  # the page's tables, in the order drawn


def frame(at, key: str) -> pd.DataFrame:
    return at.dataframe[FRAMES.index(key)].value


def test_tiles_show_the_hand_computed_figures(store):
    at = open_page()
    assert shown_tiles(at) == {
        "kasus": ("6", "5 masih berjalan"),
        "terlambat": ("2", "tahap dipegang > 14 hari"),
        "patuh": ("16,7%", "1 dari 6 kasus"),
        "tk": ("12", "setelah tindakan (PWBD, PDS-TK)"),
        "tunggakan": ("Rp 45,0 jt", "setelah tindakan (menunggak iuran)"),
    }
    assert any("30 September 2026" in h.value for h in at.html)  # the day counted to


def test_funnel_bars_count_cases_per_rung(store):
    at = open_page()
    spec = at.get("plotly_chart")[0].proto.spec
    import json

    bar = json.loads(spec)["data"][0]
    assert bar["y"] == [
        "Himbauan", "Teguran 1", "Teguran 2", "Nota pemeriksaan 1", "Nota pemeriksaan 2",
        "Rekomendasi sanksi", "Proses hukum", "Patuh",
    ]  # fmt: skip
    assert bar["x"] == [6, 4, 2, 2, 1, 1, 1, 1]
    now = tiles.read_ranking([h.value for h in at.html], "tahap_kini")
    assert [(name, value) for name, value, _ in now] == [
        ("Himbauan", "2"), ("Teguran 1", "2"), ("Teguran 2", "0"), ("Nota pemeriksaan 1", "0"),
        ("Nota pemeriksaan 2", "0"), ("Rekomendasi sanksi", "0"), ("Proses hukum", "1"),
    ]  # fmt: skip


def test_outcomes_table_by_institution(store):
    at = open_page()
    table = at.table[0].value
    assert [tuple(r) for r in table.itertuples(index=False)] == [
        ("BPJS Ketenagakerjaan", "4", "0", "0,0%", "12", "Rp 0"),
        ("Disnaker", "1", "1", "100,0%", "0", "Rp 45,0 jt"),
        ("Kejaksaan", "1", "0", "0,0%", "0", "Rp 0"),
        ("DPMPTSP", "0", "0", "–", "0", "Rp 0"),
        ("Jumlah", "6", "1", "16,7%", "12", "Rp 45,0 jt"),
    ]


def test_overdue_cases_are_listed_first(store):
    at = open_page()
    cases = frame(at, "tl_cases")
    assert [tuple(r) for r in cases.itertuples(index=False)] == [
        ("PT Alfa", "⚠ 31 hari", "Teguran 1", "45", "16 Agustus 2026", "PDS-TK", "Kota Palembang", "A1"),
        ("UD Delta", "⚠ 1 hari", "Himbauan", "15", "15 September 2026", "PWBD", "Ogan Komering Ulu", "–"),
        ("PT Epsilon", "–", "Proses hukum", "20", "10 September 2026", "PDS-Program", "Kota Jambi", "E1"),
        ("CV Gamma", "–", "Himbauan", "14", "16 September 2026", "PWBD", "Kota Palembang", "N3"),
        (
            "PT Alfa",
            "–",
            "Teguran 1",
            "0",
            "30 September 2026",
            "PMI – menunggak iuran",
            "Kota Palembang",
            "A1",
        ),
    ]


def test_timeline_of_the_first_case_and_of_a_searched_employer(store):
    at = open_page()
    steps = frame(at, "tl_timeline")
    assert list(steps["Tanggal"]) == [
        "1 Agustus 2026",
        "16 Agustus 2026",
        "30 September 2026",
        "30 September 2026",
    ]
    assert list(steps["Tahap"]) == ["Himbauan", "Teguran 1", "Himbauan", "Teguran 1"]
    assert list(steps["Nomor dokumen"])[:2] == ["B/HMB/1", "B/TG1/1"]
    at.text_input(key="tl_search").set_value("beta").run()
    steps = frame(at, "tl_timeline")
    assert list(steps["Instansi"]) == ["BPJS Ketenagakerjaan"] * 3 + ["Disnaker", "BPJS Ketenagakerjaan"]
    assert list(steps["Tahap"])[-1] == "Patuh"


def test_category_filter_and_overdue_setting(store):
    at = open_page()
    at.number_input(key="tl_batas").set_value(15).run()
    assert shown_tiles(at)["terlambat"] == ("1", "tahap dipegang > 15 hari")
    at.selectbox(key="tl_kategori").set_value("PMI").run()
    shown = shown_tiles(at)
    assert shown["kasus"] == ("2", "1 masih berjalan") and shown["patuh"][0] == "50,0%"


def test_scope_from_the_link(store):
    at = open_page(wilayah="15")
    assert shown_tiles(at)["kasus"] == ("1", "1 masih berjalan")
    assert list(frame(at, "tl_cases")["Perusahaan"]) == ["PT Epsilon"]


def test_english(store):
    at = open_page(lang="en")
    shown = shown_tiles(at)
    assert shown["patuh"] == ("16.7%", "1 of 6 cases") and shown["tunggakan"][0] == "Rp 45.0 m"


def test_empty_state_without_follow_up_data(tmp_path, monkeypatch):
    use_tiny_reference(tmp_path, monkeypatch)
    from analytics.store import connect

    path = tmp_path / "empty.duckdb"
    con = connect(path)
    fill(con)
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    at = open_page()
    assert not shown_tiles(at)
    assert any("Belum ada data tindak lanjut" in h.value for h in at.html)


def test_the_case_list_is_paginated(store):
    import datetime as dt

    import duckdb

    con = duckdb.connect(str(store))
    con.executemany(
        "INSERT INTO tindak_lanjut (tanggal, npp, nama_perusahaan, kode_wilayah, kategori, tahap, instansi) "
        "VALUES (?, ?, ?, '16.71', 'PWBD', 'HIMBAUAN', 'BPJS')",
        [(dt.date(2026, 9, 1), f"X{i:03d}", f"PT Banyak {i:03d}") for i in range(60)],
    )
    con.close()
    at = open_page()
    assert len(frame(at, "tl_cases")) == 25  # 65 open cases; one page reaches the browser
    at.button(key="tl_next").click().run()
    at.button(key="tl_next").click().run()
    last = frame(at, "tl_cases")
    assert len(last) == 15 and any("Halaman **3** dari 3" in m.value for m in at.markdown)
    assert at.button(key="tl_next").disabled


def test_the_case_list_and_the_overdue_list_download(store):
    """Issue 11 point 13 (tests/ui/tindak_lanjut/test_export.py checks the workbook)."""
    at = open_page()
    (button,) = at.get("download_button")
    assert button.proto.label == "Unduh daftar kasus dan yang terlambat (Excel)"
