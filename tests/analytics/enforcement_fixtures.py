"""A hand-built follow-up fixture (tindak_lanjut + perusahaan) on the tiny coverage geography.

Period September 2026 (reference day 30-09-2026, `TODAY` is later). Cases:
  A  NPP A1  PT Alfa     16.71 PDS_TK       HIMBAUAN 01-08, TEGURAN_1 16-08 (BPJS); TEGURAN_2 02-10
                                            (after September)
  B  NPP B1  PT Beta     16.71 PMI          HIMBAUAN 01-06, TEGURAN_1 15-06, TEGURAN_2 01-07 (BPJS),
                                            NOTA_PEMERIKSAAN_1 20-07 (DISNAKER), PATUH 10-08 (BPJS)
  C  NIB N3  CV Gamma    16.71 PWBD         HIMBAUAN 16-09 (BPJS); PATUH 05-10 with NPP C1 + NIB N3
  D  (name)  UD Delta    16.01 PWBD         HIMBAUAN 15-09 (BPJS)
  E  NPP E1  PT Epsilon  15.71 PDS_PROGRAM  the whole ladder 01-07 … PROSES_HUKUM 10-09 (KEJAKSAAN)
  F  NPP A1  PT Alfa     16.71 PMI          HIMBAUAN and TEGURAN_1 on the same day, 30-09 (BPJS)

Employer snapshots (perusahaan): A1 06 tk 10 / 09 tk 18; B1 03 arrears 50 jt / 06 30 jt / 09 5 jt;
N3 06 tk 0 (no NPP) / 10 tk 7 (NPP C1); UD Delta 16.01 06 tk 0 / 09 tk 4 (name only).
"""

from __future__ import annotations

import datetime as dt

from analytics import derived
from analytics.store import connect
from tests.analytics.coverage_fixtures import AKTIF, fill, insert_aktif, use_tiny_reference

SEP = dt.date(2026, 9, 1)
OKT = dt.date(2026, 10, 1)
TODAY = dt.date(2026, 11, 23)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# tanggal, npp, nib, nama, kode, kategori, tahap, instansi, nomor_dokumen, catatan
ACTIONS = [
    ("2026-08-01", "A1", None, "PT Alfa", "16.71", "PDS_TK", "HIMBAUAN", "BPJS", "B/HMB/1", None),
    ("2026-08-16", "A1", None, "PT Alfa", "16.71", "PDS_TK", "TEGURAN_1", "BPJS", "B/TG1/1", "Belum ada tanggapan"),
    ("2026-10-02", "A1", None, "PT Alfa", "16.71", "PDS_TK", "TEGURAN_2", "BPJS", "B/TG2/1", None),
    ("2026-06-01", "B1", None, "PT Beta", "16.71", "PMI", "HIMBAUAN", "BPJS", None, None),
    ("2026-06-15", "B1", None, "PT Beta", "16.71", "PMI", "TEGURAN_1", "BPJS", None, None),
    ("2026-07-01", "B1", None, "PT Beta", "16.71", "PMI", "TEGURAN_2", "BPJS", None, None),
    ("2026-07-20", "B1", None, "PT Beta", "16.71", "PMI", "NOTA_PEMERIKSAAN_1", "DISNAKER", "560/NP1/7", None),
    ("2026-08-10", "B1", None, "PT Beta", "16.71", "PMI", "PATUH", "BPJS", None, "Tunggakan dilunasi"),
    ("2026-09-16", None, "N3", "CV Gamma", "16.71", "PWBD", "HIMBAUAN", "BPJS", None, None),
    ("2026-10-05", "C1", "N3", "CV Gamma", "16.71", "PWBD", "PATUH", "BPJS", None, None),
    ("2026-09-15", None, None, "UD Delta", "16.01", "PWBD", "HIMBAUAN", "BPJS", None, None),
    ("2026-07-01", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "HIMBAUAN", "BPJS", None, None),
    ("2026-07-15", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "TEGURAN_1", "BPJS", None, None),
    ("2026-08-01", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "TEGURAN_2", "BPJS", None, None),
    ("2026-08-15", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "NOTA_PEMERIKSAAN_1", "DISNAKER", None, None),
    ("2026-09-01", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "NOTA_PEMERIKSAAN_2", "DISNAKER", None, None),
    ("2026-09-05", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "REKOMENDASI_SANKSI", "PTSP", None, None),
    ("2026-09-10", "E1", None, "PT Epsilon", "15.71", "PDS_PROGRAM", "PROSES_HUKUM", "KEJAKSAAN", "SKK/1", None),
    ("2026-09-30", "A1", None, "PT Alfa", "16.71", "PMI", "TEGURAN_1", "BPJS", None, None),
    ("2026-09-30", "A1", None, "PT Alfa", "16.71", "PMI", "HIMBAUAN", "BPJS", None, None),
]  # fmt: skip

# periode, npp, nib, nama, kode, status, tk_terdaftar, tunggakan_rp
SNAPSHOTS = [
    ("2026-06", "A1", None, "PT Alfa", "16.71", "AKTIF", 10, 0),
    ("2026-09", "A1", None, "PT Alfa", "16.71", "AKTIF", 18, 0),
    ("2026-03", "B1", None, "PT Beta", "16.71", "AKTIF", 30, 50_000_000),
    ("2026-06", "B1", None, "PT Beta", "16.71", "AKTIF", 30, 30_000_000),
    ("2026-09", "B1", None, "PT Beta", "16.71", "AKTIF", 30, 5_000_000),
    ("2026-06", None, "N3", "CV Gamma", "16.71", "BELUM_DAFTAR", 0, 0),
    ("2026-10", "C1", "N3", "CV Gamma", "16.71", "AKTIF", 7, 0),
    ("2026-06", None, None, "UD Delta", "16.01", "BELUM_DAFTAR", 0, 0),
    ("2026-09", None, None, "UD Delta", "16.01", "BELUM_DAFTAR", 4, 0),
]  # fmt: skip


def fill_enforcement(con) -> None:
    con.executemany(
        """INSERT INTO tindak_lanjut (tanggal, npp, nib, nama_perusahaan, kode_wilayah, kategori, tahap,
               instansi, nomor_dokumen, catatan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [(d(r[0]), *r[1:]) for r in ACTIONS],
    )
    con.executemany(
        """INSERT INTO perusahaan (periode, npp, nib, nama_perusahaan, kode_wilayah, sektor, skala, status,
               tk_wajib, tk_terdaftar, tunggakan_rp, bulan_tunggakan)
           VALUES (?, ?, ?, ?, ?, 'C', 'KECIL', ?, 20, ?, ?, 0)""",
        [(d(r[0] + "-01"), *r[1:]) for r in SNAPSHOTS],
    )
    derived.ensure_fresh(con)  # written behind the load's back: build what a publish would


def open_store(tmp_path, monkeypatch):
    """The tiny geography with the actions and snapshots above (and no other employer rows); a
    generator for a fixture to `yield from`."""
    use_tiny_reference(tmp_path, monkeypatch)
    con = connect(tmp_path / "tl.duckdb")
    fill_enforcement(con)
    yield con
    con.close()


def make_db(tmp_path, monkeypatch):
    """The coverage fixture (so the app has months to choose) plus the follow-up rows, as a file."""
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "app.duckdb"
    con = connect(path)
    fill(con)
    # September is the period the app opens on: complete (every kab/kota loaded), as a default month
    # must be (analytics.periods)
    for kode, months in AKTIF.items():
        insert_aktif(con, kode, "2026-09", 261_000 if kode == "16.71" else months["2026-08"])
    fill_enforcement(con)
    con.close()
    return path
