"""An upload stays in the uploader's area (issue 14): a row of another area is an error naming its
row, column and value, the whole file is refused and nothing is stored."""

from __future__ import annotations

from analytics import load
from analytics.scope import Level, Scope
from tests.analytics.coverage_fixtures import (
    coverage_empty_store,  # noqa: F401
    coverage_store,  # noqa: F401
)

ROWS = (b"periode,kode_wilayah,segmen,peserta_aktif\n"
        b"2026-11,16.71,PU,10\n2026-11,15.01,PU,20\n2026-11,16.02,BPU,5\n")  # fmt: skip


def _errors(validation) -> list[tuple]:
    table = validation.report.error_table("id")
    return [tuple(r) for r in table[["Baris", "Kolom", "Nilai"]].itertuples(index=False)]


def test_rows_outside_the_area_are_named_and_nothing_is_stored(coverage_store):  # noqa: F811
    before = coverage_store.execute("SELECT count(*) FROM kepesertaan").fetchone()[0]
    province = load.validate(coverage_store, "kepesertaan", ROWS, "k.csv", allowed=Scope.wilayah("16"))
    assert not province.ok and _errors(province) == [(3, "kode_wilayah", "15.01")]
    # KC02 serves 16.02 and 15.01 (across the border), not 16.71
    office = load.validate(coverage_store, "kepesertaan", ROWS, "k.csv", allowed=Scope(Level.KANTOR, "KC02"))
    assert _errors(office) == [(2, "kode_wilayah", "16.71")]
    load.reject(coverage_store, office, "uji")
    assert coverage_store.execute("SELECT count(*) FROM kepesertaan").fetchone()[0] == before
    assert load.validate(coverage_store, "kepesertaan", ROWS, "k.csv", allowed=Scope.nasional()).ok
    assert load.validate(coverage_store, "kepesertaan", ROWS, "k.csv").ok


def test_a_province_row_belongs_to_the_whole_province_only(coverage_store):  # noqa: F811
    target = (b"tahun,kode_wilayah,segmen,target_peserta,target_cakupan_persen,batas_waktu\n"
              b"2026,16,SEMUA,100,,2026-12-31\n")  # fmt: skip
    assert load.validate(coverage_store, "target", target, "t.csv", allowed=Scope.wilayah("16")).ok
    refused = load.validate(coverage_store, "target", target, "t.csv", allowed=Scope.wilayah("16.71"))
    assert _errors(refused) == [(2, "kode_wilayah", "16")]
    kanwil = load.validate(coverage_store, "target", target, "t.csv", allowed=Scope(Level.KANWIL, "Sumbagsel"))
    assert not kanwil.ok  # Sumbagsel serves 16.01, 16.02, 16.71 but not 16.03: not the whole province
