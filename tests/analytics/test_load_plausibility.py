"""Plausibility checks before saving (issue 14), by hand on the coverage fixture: Kota Palembang had
PU 259.000 and BPU 1.000 in August 2026; Sumatera Selatan 493.333 in all."""

from __future__ import annotations

from analytics import load
from analytics.load import plausibility
from analytics.scope import Scope
from tests.analytics.coverage_fixtures import coverage_empty_store, coverage_store  # noqa: F401


def _checks(con, text: bytes, area=None, **env):
    validation = load.validate(con, "kepesertaan", text, "k.csv")
    assert validation.ok, validation.report.render_errors("id")
    return {c.kunci: c for c in plausibility.checks(con, validation, area)}


def test_a_september_file_for_palembang_alone(coverage_store, monkeypatch):  # noqa: F811
    """PU 259.000 → 200.000 is −22,8% (over 20%); BPU is missing; 16.01, 16.02, 16.03 had August data
    and have none for September; Sumatera Selatan's total falls 493.333 → 200.000."""
    found = _checks(coverage_store, b"periode,kode_wilayah,segmen,peserta_aktif\n2026-09,16.71,PU,200000\n",
                    Scope.wilayah("16"))
    assert set(found) == {"perubahan", "segmen_hilang", "kabkota_hilang", "total_turun"}
    assert found["perubahan"].items == ("Kota Palembang PU September 2026: 259.000 → 200.000",)
    assert found["segmen_hilang"].items == ("Kota Palembang BPU (September 2026)",)
    assert found["kabkota_hilang"].items == ("Ogan Komering Ulu (September 2026)", "Ogan Komering Ilir (September 2026)",
                                             "Muara Enim (September 2026)")  # fmt: skip
    assert found["total_turun"].message("id") == (
        "Total peserta aktif Sumatera Selatan turun dari 493.333 (Agustus 2026) menjadi 200.000 (September 2026).")
    monkeypatch.setenv("CAKUPAN_CEK_PERUBAHAN_PERSEN", "25")  # the threshold is a setting
    assert "perubahan" not in _checks(coverage_store, b"periode,kode_wilayah,segmen,peserta_aktif\n2026-09,16.71,PU,200000\n")


def test_a_plausible_file_raises_nothing(coverage_store):  # noqa: F811
    rows = "periode,kode_wilayah,segmen,peserta_aktif\n" + "".join(
        f"2026-09,{k},{s},{v}\n" for k, s, v in (
            ("16.01", "PU", 32_100), ("16.01", "BPU", 1_000), ("16.02", "PU", 120_500), ("16.02", "BPU", 1_000),
            ("16.03", "PU", 78_400), ("16.03", "BPU", 1_000), ("16.71", "PU", 260_000), ("16.71", "BPU", 1_000)))  # fmt: skip
    assert _checks(coverage_store, rows.encode(), Scope.wilayah("16")) == {}


def test_only_membership_files_are_checked(coverage_store):  # noqa: F811
    target = b"tahun,kode_wilayah,segmen,target_peserta,target_cakupan_persen,batas_waktu\n2026,16,SEMUA,1,,2026-12-31\n"
    assert plausibility.checks(coverage_store, load.validate(coverage_store, "target", target, "t.csv")) == []
