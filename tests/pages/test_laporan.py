"""Laporan and Presentasi as AppTest sees them (issue 13), on the report fixture store (every
dataset; figures by hand in tests/analytics/reports)."""

from __future__ import annotations

import pytest

from analytics import fmt
from tests.analytics.reports.report_fixtures import report_db  # noqa: F401
from tests.pages.conftest import start, tile_figures

LAPORAN = "pages/laporan.py"
PRESENTASI = "pages/presentasi.py"


@pytest.fixture
def store(report_db):  # noqa: F811
    return report_db


def test_preview_shows_the_reports_figures_and_one_button_per_format(store):
    at = start(LAPORAN, wilayah="16", periode="2026-08")
    shown = tile_figures(at)
    assert shown["lp_0"] == ("493.333", "Agustus 2026")  # Sumatera Selatan's active participants (JSON)
    assert shown["lp_2"][0] == fmt.persen(98.67, 1)  # capaian
    assert [b.proto.label for b in at.get("download_button")] == ["Unduh XLSX", "Unduh PDF"]
    assert any("Buat paket laporan" == b.label for b in at.button)  # a province: the package is offered

    at.segmented_control(key="lp_jenis").set_value("rapat").run()
    assert not at.exception
    assert [b.proto.label for b in at.get("download_button")] == ["Unduh PPTX", "Unduh PDF"]
    at.segmented_control(key="lp_jenis").set_value("triwulanan").run()
    # Sumsel's non-compliant employers at August: 16.71's June snapshot (E2 … E16 but E1: 14) and
    # 16.01's March one (CV Maju, PWBD: 1) → 15
    assert tile_figures(at)["lp_0"] == ("15", "snapshot Maret 2026 – Juni 2026")  # the two months used


def test_the_package_is_offered_for_a_province_only(store):
    at = start(LAPORAN, wilayah="16.71", periode="2026-08")
    assert not any(b.label == "Buat paket laporan" for b in at.button)
    assert any("pilih provinsi" in c.value for c in at.caption)


def test_an_area_without_data_says_so(store):
    """Kota Jambi has membership in May and August only: July's monthly report has nothing to say."""
    at = start(LAPORAN, wilayah="15.71", periode="2026-07")
    notes = " ".join(h.value for h in at.html if "data-note" in h.value)
    assert "Belum ada data untuk laporan ini di Kota Jambi, Juli 2026" in notes
    assert "belum ada data kepesertaan Kota Jambi untuk Juli 2026" in notes
    assert not at.get("download_button")
    at = start(PRESENTASI, wilayah="15.71", periode="2026-07")
    notes = " ".join(h.value for h in at.html if "data-note" in h.value)
    assert "Belum ada data kepesertaan untuk Kota Jambi, Juli 2026" in notes


def test_presentasi_opens_on_the_linked_slide(store):
    at = start(PRESENTASI, wilayah="16", periode="2026-08", slide="2")
    assert not at.exception
    html = " ".join(h.value for h in at.html)
    assert 'data-slide-count="2"' in html and "Posisi terhadap target" in html
    at = start(PRESENTASI, wilayah="16", periode="2026-08", slide="99")
    html = " ".join(h.value for h in at.html)
    assert 'data-slide-count="10"' in html or 'data-slide-count="9"' in html
    assert any("tidak ada" in i.value for i in at.info)
