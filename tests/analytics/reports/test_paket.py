"""The paket laporan (analytics.reports.paket): one monthly report per kab/kota of a province, zipped,
with a contents file naming the kab/kota left out; on the report fixture store."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from openpyxl import load_workbook

from analytics.reports import paket
from analytics.scope import Scope
from analytics.store import connect
from tests.analytics.reports.report_fixtures import report_db  # noqa: F401
from tests.analytics.reports.test_laporan_files import by_measure

AUG, JUL = dt.date(2026, 8, 1), dt.date(2026, 7, 1)


@pytest.fixture
def con(report_db):  # noqa: F811
    con = connect(report_db, read_only=True)
    yield con
    con.close()


def test_one_report_per_kabkota_with_its_own_figures(con):
    steps = []
    made = paket.build(con, Scope.wilayah("16"), AUG, ".xlsx", progress=lambda *a: steps.append(a))
    assert made.file_name == "paket-laporan-bulanan_sumatera-selatan_2026-08.zip"
    assert made.files == tuple(f"laporan-bulanan_{n}_2026-08.xlsx" for n in
                               ("ogan-komering-ulu", "ogan-komering-ilir", "muara-enim", "kota-palembang"))  # fmt: skip
    assert made.skipped == ()
    assert [s[:2] for s in steps] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    archive = zipfile.ZipFile(io.BytesIO(made.data))
    assert sorted(archive.namelist()) == sorted([*made.files, "DAFTAR-ISI.txt"])
    # each kab/kota's own headline (coverage_fixtures: August 2026)
    for name, aktif in (("kota-palembang", 260_000), ("muara-enim", 79_333)):
        wb = load_workbook(io.BytesIO(archive.read(f"laporan-bulanan_{name}_2026-08.xlsx")))
        assert by_measure(wb["Ringkasan"])["Peserta aktif"][0] == aktif


def test_kabkota_without_data_are_named(con):
    """Jambi in July: neither Kerinci (May, August) nor Kota Jambi (May, August) reported July."""
    made = paket.build(con, Scope.wilayah("15"), JUL, ".pdf", lang="en")
    assert made.files == () and made.skipped == ("Kerinci", "Kota Jambi")
    contents = zipfile.ZipFile(io.BytesIO(made.data)).read("CONTENTS.txt").decode()
    assert "No report (no membership data for the month):\r\nKerinci\r\nKota Jambi" in contents


def test_only_for_a_province(con):
    with pytest.raises(ValueError):
        paket.build(con, Scope.wilayah("16.71"), AUG)
    with pytest.raises(ValueError):
        paket.build(con, Scope.wilayah("16"), AUG, ".pptx")
