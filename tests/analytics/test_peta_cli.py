"""`python -m analytics peta`: the map written to PNG and HTML, the printed legend, the user errors.

Run in-process (analytics.cli.main) so the built-in shapes can be the squares of peta_fixtures.
"""

from __future__ import annotations

import json
import re

import pytest
from matplotlib import image

from analytics import cli, palette
from tests.analytics import coverage_fixtures, peta_fixtures

coverage_db = coverage_fixtures.coverage_db
squares = peta_fixtures.squares


@pytest.fixture
def db(coverage_db, squares, monkeypatch):
    monkeypatch.setenv("CAKUPAN_DB", str(coverage_db))
    return coverage_db


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["peta", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_registered_as_a_command():
    assert cli.COMMANDS["peta"] == "analytics.commands.peta"


def test_png_of_a_province(db, capsys, tmp_path):
    path = tmp_path / "sumsel.png"
    code, out, err = run(capsys, "--wilayah", "16", "--periode", "2026-08", "--indikator", "capaian",
                         "--gelembung", "gap", "--out", str(path))  # fmt: skip
    assert code == 0, err
    assert out.splitlines()[:7] == [
        f"Peta ditulis ke {path}",
        "Capaian target — Sumatera Selatan, Agustus 2026",
        "",
        "  < 75%               0 wilayah",
        "  75% – 90%           1 wilayah",
        "  90% – 100%          2 wilayah",
        "  ≥ 100%              1 wilayah",
    ]
    assert "Ukuran lingkaran: Kekurangan kab/kota (terbesar 8.667)" in out
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = image.imread(path)  # floats 0 … 1, RGBA
    assert pixels.shape[:2] == (1080, 1920)
    not_white = (pixels[:, :, :3] < 0.95).any(axis=2).sum()
    assert not_white > 100_000  # four 1° squares fill a good part of the slide, plus text and legend

    def share_of(colour: str) -> int:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        return int(((abs(pixels[:, :, 0] - rgb[0]) < 0.02) & (abs(pixels[:, :, 1] - rgb[1]) < 0.02)
                    & (abs(pixels[:, :, 2] - rgb[2]) < 0.02)).sum())  # fmt: skip

    # "90% – 100%" (two squares) is on the map in its blue; the status amber is nowhere (issue 11 point 5)
    assert share_of(palette.sequential("biru", 4)[2]) > 10_000
    assert share_of(palette.STATUS_COLOURS["BERISIKO"]) == 0


def test_html_is_self_contained(db, capsys, tmp_path):
    path = tmp_path / "nasional.html"
    code, out, err = run(capsys, "--periode", "2026-08", "--indikator", "status", "--out", str(path), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["berkas"] == str(path)
    assert [(r["kelas"], r["jumlah"]) for r in summary["legenda"]] == [
        ("Tercapai", 0), ("Sesuai jalur", 1), ("Berisiko", 0), ("Tertinggal", 1), ("Belum dapat dinilai", 1),
        ("Tidak ada data", 0),
    ]  # fmt: skip
    html = path.read_text(encoding="utf-8")
    assert "window.PlotlyGeoAssets" in html and '"world_110m"' in html
    assert html.index("window.PlotlyGeoAssets") < html.index("plotly.js v")  # given before plotly loads
    # nothing fetched at load: no external script, stylesheet or image, and no CDN outside plotly.js
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?https?:""", html)
    page_without_bundle = re.sub(r"<script[^>]*>/\*\*\s*\n\*\s*plotly\.js.*?</script>", "", html, flags=re.S)
    assert "plotly.js v" not in page_without_bundle
    assert "cdn.plot.ly" not in page_without_bundle and "https://" not in page_without_bundle


@pytest.mark.parametrize(
    "args, message",
    [
        (["--indikator", "kepatuhan", "--out", "x.png"],
         "indikator tidak dikenal: 'kepatuhan'. Pilih salah satu: cakupan, capaian, gap, status, pwbd, "
         "tk_belum_terlindungi, tunggakan, kecelakaan, kelompok"),  # issue 12 added the last two
        (["--indikator", "status", "--metode", "kuantil", "--out", "x.png"],
         "metode 'kuantil' tidak berlaku untuk indikator status. Pilih: ambang"),
        (["--indikator", "gap", "--metode", "jenks", "--out", "x.png"],
         "metode tidak dikenal: 'jenks'. Pilih salah satu: kuantil, interval, ambang"),
        (["--indikator", "gap", "--kelas", "9", "--out", "x.png"], "--kelas harus 2 sampai 7, bukan 9"),
        (["--indikator", "gap", "--gelembung", "cakupan", "--out", "x.png"],
         "--gelembung tidak dikenal: 'cakupan'. Pilih salah satu: gap, pwbd, tk_belum_terlindungi, tunggakan"),
        (["--indikator", "gap", "--out", "peta.pdf"], "jenis berkas tidak dikenal: 'peta.pdf'. Pakai akhiran .png atau .html"),
        (["--wilayah", "99", "--indikator", "gap", "--out", "x.png"], "wilayah/kantor tidak dikenal: 99"),
    ],
)  # fmt: skip
def test_user_errors(db, capsys, tmp_path, monkeypatch, args, message):
    folder = tmp_path / "keluaran"
    folder.mkdir()
    monkeypatch.chdir(folder)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert err.strip() == f"Galat: {message}"
    assert out == ""
    assert list(folder.iterdir()) == []  # nothing written


def test_no_membership_data(coverage_empty_store_db, capsys, tmp_path):
    code, out, err = run(capsys, "--wilayah", "16", "--indikator", "capaian", "--out", str(tmp_path / "x.png"))
    assert code == 1
    assert err.strip() == "Galat: belum ada data kepesertaan untuk wilayah ini. Muat data dengan: python -m analytics load"
    assert not (tmp_path / "x.png").exists()


@pytest.fixture
def coverage_empty_store_db(tmp_path, monkeypatch, squares):
    from analytics.store import connect

    coverage_fixtures.use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "kosong.duckdb"
    connect(path).close()
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path
