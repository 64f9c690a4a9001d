"""Capaian Target: the league table at national, province and office scope; clicks; exports.

The store is the hand fixture of tests/analytics/coverage_fixtures.py; every expected figure is
worked out below from the numbers in its docstring (period August 2026, the latest loaded).
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from analytics import exports
from analytics.coverage import coverage_by_subarea
from analytics.scope import Level, Scope
from analytics.store import connect
from tests.analytics.coverage_fixtures import coverage_db, coverage_empty_store, coverage_store  # noqa: F401
from tests.pages.conftest import start
from ui.capaian import league_table

PAGE = "pages/capaian_target.py"


@pytest.fixture
def store(coverage_db, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CAKUPAN_DB", str(coverage_db))
    return coverage_db


def open_page(best_first: bool = True, **query) -> AppTest:
    """Open Capaian Target, as a browser opening `/capaian-target?key=value` would; then, unless
    `best_first` is False, sort highest first (the tests below read the ranking top-down; the page
    opens lowest first: test_the_table_opens_worst_first)."""
    at = start(PAGE, **query)
    if best_first:
        for control in at.get("segmented_control"):
            if control.key and control.key.startswith("capaian_sort_"):
                control.set_value("capaian" if control.key.endswith("True") else "cakupan").run()
    return at


def shown(at: AppTest) -> pd.DataFrame:
    """The league table as the user reads it: each cell's text, headers as keys."""
    proto = at.dataframe[0].proto
    return dataframe_util.convert_arrow_bytes_to_pandas_df(proto.arrow_data.styler.display_values)


def rows(at: AppTest, *cols: str) -> list[tuple]:
    return [tuple(r) for r in shown(at)[list(cols)].itertuples(index=False)]


def context_line(at) -> str:
    return next(h.value for h in at.html if "cakupan-context" in h.value)


def pct(x: float) -> str:
    """Indonesian one-decimal percent, written out here so the test does not trust fmt."""
    return f"{x:.1f}".replace(".", ",") + "%"


# Hand-computed figures (August 2026).
# National: Sumatera Selatan 493.333 of its own 500.000; Jambi 46.000 of 20.000 (40% of 50.000)
# + 30.000; Kalimantan Barat 20.000 of 24.000 (30% of 80.000), only July and August loaded.
SUMSEL = 493_333 / 500_000 * 100  # 98,67 -> 98,7%
JAMBI = 46_000 / 50_000 * 100  # 92,0%
KALBAR = 20_000 / 24_000 * 100  # 83,3%
# Sumatera Selatan's kab/kota: 500.000 − 250.000 (Palembang's own) shared by workforce 1:3:2.
OKU = 33_000 / round(250_000 * 100_000 / 600_000) * 100  # 33.000 / 41.667 = 79,2%
OKI = 121_000 / 125_000 * 100  # 96,8%
MUARA_ENIM = 79_333 / round(250_000 * 200_000 / 600_000) * 100  # 79.333 / 83.333 = 95,2%
PALEMBANG = 260_000 / 250_000 * 100  # 104,0%
KERINCI = 15_000 / (0.40 * 50_000) * 100  # 75,0%


def test_national_ranks_provinces_by_capaian(store):
    at = open_page()
    assert rows(at, "peringkat", "nama", "capaian", "status") == [
        ("1", "Sumatera Selatan", pct(SUMSEL), "▲ Sesuai jalur"),  # pace 4.417 ≥ 1.667 needed
        ("2", "Jambi", pct(JAMBI), "▼ Tertinggal"),  # 500 < 75% of 1.334
        ("3", "Kalimantan Barat", pct(KALBAR), "– Belum dapat dinilai"),  # < 3 months of history
    ]
    assert pct(SUMSEL) == "98,7%"
    assert rows(at, "aktif", "target", "gap") == [
        ("493.333", "500.000", "6.667"),
        ("46.000", "50.000", "4.000"),
        ("20.000", "24.000", "4.000"),
    ]
    # what fits 1280 px with the sidebar open: actual pace as a percentage of the pace needed
    assert list(shown(at).columns) == [
        "peringkat", "nama", "capaian", "bar", "status", "aktif", "target", "gap", "laju", "proyeksi"
    ]  # fmt: skip
    # the pace needed per month as a number (issue 11; before: "265%", "37%", "–")
    assert rows(at, "laju") == [("1.667",), ("1.334",), ("1.000",)]
    assert "Indonesia (nasional) · Agustus 2026" in context_line(at)


def test_province_marks_allocated_targets(store):
    at = open_page(wilayah="16")
    assert rows(at, "peringkat", "nama", "capaian", "status", "target") == [
        ("1", "Kota Palembang", pct(PALEMBANG), "✔ Tercapai", "250.000"),
        ("2", "Ogan Komering Ilir", pct(OKI), "! Berisiko", "125.000 *"),
        ("3", "Muara Enim", pct(MUARA_ENIM), "▲ Sesuai jalur", "83.333 *"),
        ("4", "Ogan Komering Ulu", pct(OKU), "▼ Tertinggal", "41.667 *"),
    ]
    assert any(c.value.startswith("\\* Target dialokasikan") for c in at.caption)


def test_office_across_the_border_lists_both_sides(store):
    at = open_page(kantor="KC02")
    assert rows(at, "peringkat", "nama", "capaian", "status") == [
        ("1", "Ogan Komering Ilir", pct(OKI), "! Berisiko"),
        ("2", "Kerinci", pct(KERINCI), "▼ Tertinggal"),  # 200/month against 2.500 needed by October
    ]
    captions = " ".join(c.value for c in at.caption)
    assert "31 Oktober 2026" in captions and "31 Desember 2026" in captions


def test_sort_by_status_puts_the_worst_first(store):
    at = open_page(wilayah="16")
    at.segmented_control[0].set_value("status").run()
    assert rows(at, "nama", "peringkat") == [
        ("Ogan Komering Ulu", "4"),
        ("Ogan Komering Ilir", "2"),
        ("Muara Enim", "3"),
        ("Kota Palembang", "1"),
    ]
    at.segmented_control[0].set_value("nama").run()
    assert [r[0] for r in rows(at, "nama")] == [
        "Kota Palembang",
        "Muara Enim",
        "Ogan Komering Ilir",
        "Ogan Komering Ulu",
    ]


def test_english_numbers_and_words(store):
    at = open_page(wilayah="16", lang="en")
    assert rows(at, "nama", "capaian", "status", "aktif")[0] == (
        "Kota Palembang",
        "104.0%",
        "✔ Achieved",
        "260,000",
    )


def test_clicking_a_row_opens_that_area_and_the_url_follows(store):
    at = open_page(wilayah="16")
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert at.query_params == {"wilayah": "16.02", "periode": "2026-08", "urut": "capaian"}  # the order stays
    assert "Ogan Komering Ilir · Agustus 2026" in context_line(at)
    # a regency has no sub-areas: it is shown in its place among its province's (issue 11)
    assert at.info[0].value.startswith("Ogan Komering Ilir di antara kabupaten/kota Sumatera Selatan")
    assert len(shown(at)) == 4
    assert [n for n in shown(at)["nama"] if n.startswith("▶ ")] == ["▶ Ogan Komering Ilir"]


def test_clicking_from_an_office_crosses_into_the_other_province(store):
    at = open_page(kantor="KC02")
    # a click on any cell of the row counts (here the capaian of Kerinci, the second row)
    at.session_state[at.dataframe[0].key] = {
        "selection": {"rows": [], "columns": [], "cells": [(1, "capaian")]}
    }
    at.run()
    assert at.query_params == {"wilayah": "15.01", "periode": "2026-08", "urut": "capaian"}


def test_no_targets_shows_coverage_only(coverage_db, monkeypatch):  # noqa: F811
    import duckdb

    con = duckdb.connect(str(coverage_db))
    con.execute("DELETE FROM target")
    con.close()
    monkeypatch.setenv("CAKUPAN_DB", str(coverage_db))
    at = open_page(wilayah="16")
    assert "Belum ada target kepesertaan untuk tahun 2026" in at.warning[0].value
    assert list(shown(at).columns) == ["peringkat", "nama", "aktif", "cakupan"]
    assert rows(at, "peringkat", "nama", "cakupan") == [
        ("1", "Kota Palembang", pct(260_000 / 400_000 * 100)),
        ("2", "Ogan Komering Ilir", pct(121_000 / 300_000 * 100)),
        ("3", "Muara Enim", pct(79_333 / 200_000 * 100)),
        ("4", "Ogan Komering Ulu", pct(33_000 / 100_000 * 100)),
    ]


def test_empty_store_says_what_to_load(coverage_empty_store, tmp_path, monkeypatch):  # noqa: F811
    coverage_empty_store.close()
    monkeypatch.setenv("CAKUPAN_DB", str(tmp_path / "t.duckdb"))
    at = open_page()
    assert "Belum ada data kepesertaan" in at.info[0].value
    assert not at.dataframe


# --- exports: the same rows and values as the screen, for the scope and period named in them ------


def province_export(con, lang="id"):
    frame = coverage_by_subarea(con, Scope(Level.PROVINSI, "16"), dt.date(2026, 8, 1))
    ordered = league_table.ordered(frame, "capaian")
    return league_table.export_table(
        ordered, lang, title="Capaian target — Sumatera Selatan, Agustus 2026", source="Sumber: Cakupan"
    )


def test_export_buttons_are_offered(store):
    at = open_page(wilayah="16")
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Unduh CSV", "Unduh Excel (XLSX)"]


def test_xlsx_holds_the_rows_as_numbers(coverage_store):  # noqa: F811
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(province_export(coverage_store))))
    ws = book.active
    assert ws["A1"].value == "Capaian target — Sumatera Selatan, Agustus 2026"
    assert ws["A2"].value == "Sumber: Cakupan"
    header = [c.value for c in ws[exports.HEADER_ROW]]
    assert header[:7] == [
        "No.",
        "Wilayah",
        "Capaian",
        "Status",
        "Peserta aktif",
        "Target",
        "Target dialokasikan",
    ]
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=exports.HEADER_ROW + 1)]
    assert [r[:2] for r in data] == [
        [1, "Kota Palembang"],
        [2, "Ogan Komering Ilir"],
        [3, "Muara Enim"],
        [4, "Ogan Komering Ulu"],
    ]
    assert [r[2] for r in data] == pytest.approx([x / 100 for x in (PALEMBANG, OKI, MUARA_ENIM, OKU)])
    assert [r[3:8] for r in data] == [
        ["Tercapai", 260_000, 250_000, "Tidak", 0],
        ["Berisiko", 121_000, 125_000, "Ya", 4_000],
        ["Sesuai jalur", 79_333, 83_333, "Ya", 4_000],
        ["Tertinggal", 33_000, 41_667, "Ya", 8_667],
    ]
    # each kab/kota is its own one part (issue 11): behind, with a target, its shortfall
    assert header[-3:] == ["Kab/kota belum tercapai", "Kab/kota bertarget", "Kekurangan kab/kota"]
    assert [r[-3:] for r in data] == [[0, 1, 0], [1, 1, 4_000], [1, 1, 4_000], [1, 1, 8_667]]
    first = ws[exports.HEADER_ROW + 1]
    assert first[2].number_format == "0.0%" and first[4].number_format == "#,##0"
    assert first[3].fill.fgColor.rgb.endswith("1B7837")  # the status colour


def test_csv_holds_the_same_rows(coverage_store):  # noqa: F811
    raw = exports.to_csv(province_export(coverage_store))
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    frame = pd.read_csv(io.BytesIO(raw), sep=";", decimal=",", skiprows=2, encoding="utf-8-sig")
    assert list(frame["Wilayah"]) == [
        "Kota Palembang",
        "Ogan Komering Ilir",
        "Muara Enim",
        "Ogan Komering Ulu",
    ]
    assert list(frame["Capaian (%)"]) == pytest.approx(
        [round(x, 2) for x in (PALEMBANG, OKI, MUARA_ENIM, OKU)]
    )
    assert list(frame["Gap"]) == [0, 4_000, 4_000, 8_667]
    assert list(frame["Batas waktu"]) == ["31/12/2026"] * 4


def test_export_file_names_say_what_where_and_when():
    assert league_table.file_stem("id", "Kanwil Sulawesi dan Maluku", dt.date(2026, 10, 1)) == (
        "capaian-target_kanwil-sulawesi-dan-maluku_2026-10"
    )
    assert league_table.file_stem("en", "Indonesia (national)", dt.date(2026, 8, 1)) == (
        "target-progress_indonesia-national_2026-08"
    )


def test_screen_columns_are_sized_to_their_text_and_fit_1280_px(store):
    con = connect(store)
    frame = coverage_by_subarea(con, Scope.nasional(), dt.date(2026, 8, 1))
    con.close()
    screen = league_table.screen_frame(league_table.ordered(frame, "capaian"), "id")
    widths = league_table.column_widths(screen)
    assert widths["peringkat"] == league_table.MIN_WIDTH  # "No." and 1–3 are narrower than the minimum
    assert widths["bar"] >= league_table.BAR_WIDTH
    # every name fits its column, and the whole grid fits 790 px (1280×720 with the sidebar open)
    assert all(league_table._text_width(n) < widths["nama"] for n in screen.display["nama"])
    assert sum(widths.values()) <= 790



def test_status_says_when_the_projection_disagrees():
    from types import SimpleNamespace

    from ui.capaian.league_table import _status_words

    def row(status, proyeksi, target, short=0, parts=1):
        return SimpleNamespace(status=status, proyeksi_batas_waktu=proyeksi, target_peserta=target,
                               bagian_belum_tercapai=short, bagian_bertarget=parts)

    assert _status_words(row("SESUAI_JALUR", 54_334, 54_770), "id") == "▲ Sesuai jalur; proyeksi kurang"
    assert _status_words(row("TERTINGGAL", 60_000, 54_770), "en") == "▼ Off track; projection enough"
    assert _status_words(row("TERCAPAI", 60_000, 54_770), "id") == "✔ Tercapai"


def test_the_table_opens_worst_first(store):
    at = open_page(best_first=False)
    assert rows(at, "peringkat", "nama", "capaian") == [
        ("3", "Kalimantan Barat", pct(KALBAR)), ("2", "Jambi", pct(JAMBI)), ("1", "Sumatera Selatan", pct(SUMSEL))]



def test_the_order_is_kept_in_the_url(store):
    # Sumatera Selatan's kab/kota by gap: OKU 8.667, then 4.000 each (Muara Enim, Ogan Komering Ilir)
    at = open_page(best_first=False, wilayah="16", urut="gap")
    assert [n for (n,) in rows(at, "nama")] == ["Ogan Komering Ulu", "Muara Enim", "Ogan Komering Ilir",
                                                "Kota Palembang"]
    assert at.query_params["urut"] == "gap"
    at.segmented_control(key="capaian_sort_True").set_value("terendah").run()
    assert "urut" not in at.query_params  # the default order is left out of the link
    at.segmented_control(key="capaian_sort_True").set_value("nama").run()
    assert at.query_params["urut"] == "nama"


def test_an_unknown_order_in_a_link_is_named_and_ignored(store):
    at = open_page(best_first=False, urut="xyz")
    assert any("urut=xyz" in c.value for c in at.caption)
    assert rows(at, "nama")[0] == ("Kalimantan Barat",)  # the default, lowest first


def test_the_table_opens_in_its_compact_projector_layout(store):
    """Issue 11 point 12: aktif, target and cakupan wait under "Semua kolom" (and in the export), so
    the columns a meeting reads fit 1280×720 (tests/browser/test_layout.py measures it)."""
    at = open_page(best_first=False)
    grid = at.dataframe[0].proto
    assert list(grid.column_order) == ["peringkat", "nama", "capaian", "bar", "status", "gap", "laju", "proyeksi"]
    at.toggle(key="capaian_semua_kolom").set_value(True).run()
    every = list(at.dataframe[0].proto.column_order)
    assert {"aktif", "target"} <= set(every) and len(every) > 8
