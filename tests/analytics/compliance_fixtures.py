"""Hand-built employer snapshots for the compliance tests, on the tiny geography of coverage_fixtures.

Every expected figure in tests/analytics/test_compliance*.py is computed by hand from the rows below.
M = million rupiah. Programs: MIKRO must join JKK+JKM, KECIL +JHT, MENENGAH/BESAR +JP (defaults).

16.71 Kota Palembang (province 16, office KC01), snapshot 2026-06:
  id   npp  nib  status  skala    sek  tk_wajib/terdaftar  upah wajib/terdaftar  program          arrears   → categories
  E1   N1   -    AKTIF   MIKRO    C    10/10               50M/50M               JKK;JKM          0         → none
  E2   -    B2   BELUM   KECIL    G    8/0                 -                     -                0         → PWBD (8)
  E3   N3   B3   AKTIF   KECIL    C    20/15               100M/75M              JKK;JKM;JHT      12M, 4 mo → PDS-TK (5), PMI 4-6
                                                           (5M = 5M per worker: under-registration alone is not PDS-Upah)
  E4   N4   -    AKTIF   MENENGAH F    50/50               250M/200M             JKK;JKM;JHT;JP   0         → PDS-Upah (5M×50 − 200M = 50M)
  E5   N5   -    AKTIF   MIKRO    C    3/0                 9M/0                  JKK;JKM          0         → PDS-TK (3); tk_terdaftar 0: wage not judged
  E6   N6   -    AKTIF   BESAR    F    100/100             -/300M                JKK;JKM;JHT      0         → PDS-Program (JP); wage missing: not judged
  E7   N7   -    NONAKTIF MIKRO   G    0/0                 -                     JKK              5M, 13 mo → PDS-Program (JKM), PMI >12
  E8   N8   -    AKTIF   MIKRO    G    1/1                 -                     JKK;JKM          1M, 1 mo  → PMI 1-3
  E9   N9   -    AKTIF   MIKRO    G    1/1                 -                     JKK;JKM          3M, 3 mo  → PMI 1-3
  E10  N10  -    AKTIF   MIKRO    G    1/1                 -                     JKK;JKM          6M, 6 mo  → PMI 4-6
  E11  N11  -    AKTIF   MIKRO    G    1/1                 -                     JKK;JKM          7M, 7 mo  → PMI 7-12
  E12  N12  -    AKTIF   MIKRO    G    1/1                 -                     JKK;JKM          12M, 12 mo→ PMI 7-12
  E13  N13  -    AKTIF   KECIL    C    4/4                 -                     JKK;JKM          0         → PDS-Program (JHT)
  E14  N14  -    AKTIF   MENENGAH C    30/30               -                     JKK;JKM;JHT;JKP  0         → PDS-Program (JP)
  E16  -    -    BELUM   MIKRO    G    5/0   "UD Sinar Jaya"                                              → PWBD (5)

16.71 snapshot 2026-03: E1 (as above) and E2 (as above).
16.71 snapshot 2026-09 (after the usual test period 2026-08), against 2026-06:
  E2 registered (npp N2, same nib B2): 8/8, JKK;JKM;JHT → left PWBD, +8 registered (matched by nib)
  E3 20/20, arrears paid (0) → left PDS-TK (+5) and PMI
  E9 arrears paid → left PMI;  E12 gone → PMI not found;  E13 joined JHT → left PDS-Program
  E16 registered as "UD SINAR JAYA" (npp N16) 5/4, JKK;JKM → left PWBD (+4, matched by name), entered PDS-TK
  E15 new: "Toko Baru", BELUM_DAFTAR MIKRO G, tk 2 → entered PWBD
  E1, E4, E5, E6, E7, E8, E10, E11, E14 unchanged.

16.01 (province 16, office KC01), snapshot 2026-03 only:
  F1 "CV Maju" BELUM_DAFTAR MIKRO A tk 6 → PWBD (6);  F2 npp M2 AKTIF MIKRO A 2/2 JKK;JKM → none
61.71 Kota Pontianak (province 61), snapshot 2026-06:
  G1 "PT Borneo" BELUM_DAFTAR BESAR B tk 100 → PWBD (100)
  G2 npp P2 AKTIF KECIL B 10/5 JKK;JKM;JHT → PDS-TK (5)
"""

from __future__ import annotations

import pytest

from analytics import derived
from analytics.store import connect
from tests.analytics import coverage_fixtures
from tests.analytics.coverage_fixtures import month, use_tiny_reference

# The coverage fixtures these build on, re-exported so a test module imports them from here.
coverage_empty_store = coverage_fixtures.coverage_empty_store
coverage_store = coverage_fixtures.coverage_store

M = 1_000_000
COLUMNS = (
    "periode", "npp", "nib", "nama_perusahaan", "kode_wilayah", "sektor", "skala", "status",
    "tk_wajib", "tk_terdaftar", "upah_wajib_rp", "upah_terdaftar_rp", "program", "tunggakan_rp",
    "bulan_tunggakan",
)  # fmt: skip


def employer(periode, kode, nama, *, npp=None, nib=None, status="AKTIF", skala="MIKRO", sektor="G",
             tk=(1, 1), upah=(None, None), program="JKK;JKM", tunggakan=0, bulan=0) -> tuple:  # fmt: skip
    return (month(periode), npp, nib, nama, kode, sektor, skala, status, tk[0], tk[1], upah[0], upah[1],
            program, tunggakan, bulan)  # fmt: skip


def _palembang_2026_06(p: str) -> dict[str, tuple]:
    k = "16.71"
    return {
        "E1": employer(p, k, "PT Satu", npp="N1", sektor="C", tk=(10, 10), upah=(50 * M, 50 * M)),
        "E2": employer(p, k, "PT Dua", nib="B2", status="BELUM_DAFTAR", skala="KECIL", tk=(8, 0), program=None),
        "E3": employer(p, k, "PT Tiga", npp="N3", nib="B3", skala="KECIL", sektor="C", tk=(20, 15),
                       upah=(100 * M, 75 * M), program="JKK;JKM;JHT", tunggakan=12 * M, bulan=4),
        "E4": employer(p, k, "PT Empat", npp="N4", skala="MENENGAH", sektor="F", tk=(50, 50),
                       upah=(250 * M, 200 * M), program="JKK;JKM;JHT;JP"),
        "E5": employer(p, k, "PT Lima", npp="N5", sektor="C", tk=(3, 0), upah=(9 * M, 0)),
        "E6": employer(p, k, "PT Enam", npp="N6", skala="BESAR", sektor="F", tk=(100, 100),
                       upah=(None, 300 * M), program="JKK;JKM;JHT"),
        "E7": employer(p, k, "PT Tujuh", npp="N7", status="NONAKTIF", tk=(0, 0), program="JKK",
                       tunggakan=5 * M, bulan=13),
        "E8": employer(p, k, "PT Delapan", npp="N8", tunggakan=1 * M, bulan=1),
        "E9": employer(p, k, "PT Sembilan", npp="N9", tunggakan=3 * M, bulan=3),
        "E10": employer(p, k, "PT Sepuluh", npp="N10", tunggakan=6 * M, bulan=6),
        "E11": employer(p, k, "PT Sebelas", npp="N11", tunggakan=7 * M, bulan=7),
        "E12": employer(p, k, "PT Duabelas", npp="N12", tunggakan=12 * M, bulan=12),
        "E13": employer(p, k, "PT Tigabelas", npp="N13", skala="KECIL", sektor="C", tk=(4, 4)),
        "E14": employer(p, k, "PT Empatbelas", npp="N14", skala="MENENGAH", sektor="C", tk=(30, 30),
                        program="JKK;JKM;JHT;JKP"),
        "E16": employer(p, k, "UD Sinar Jaya", status="BELUM_DAFTAR", tk=(5, 0), program=None),
    }


def rows() -> list[tuple]:
    june = _palembang_2026_06("2026-06")
    march = _palembang_2026_06("2026-03")
    sept = _palembang_2026_06("2026-09")
    k = "16.71"
    sept["E2"] = employer("2026-09", k, "PT Dua", npp="N2", nib="B2", skala="KECIL", tk=(8, 8),
                          program="JKK;JKM;JHT")  # fmt: skip
    sept["E3"] = employer("2026-09", k, "PT Tiga", npp="N3", nib="B3", skala="KECIL", sektor="C", tk=(20, 20),
                          upah=(100 * M, 100 * M), program="JKK;JKM;JHT")  # fmt: skip
    sept["E9"] = employer("2026-09", k, "PT Sembilan", npp="N9")
    del sept["E12"]
    sept["E13"] = employer("2026-09", k, "PT Tigabelas", npp="N13", skala="KECIL", sektor="C", tk=(4, 4),
                           program="JKK;JKM;JHT")  # fmt: skip
    sept["E16"] = employer("2026-09", k, "UD SINAR JAYA", npp="N16", tk=(5, 4))
    sept["E15"] = employer("2026-09", k, "Toko Baru", status="BELUM_DAFTAR", tk=(2, 0), program=None)
    return [
        march["E1"], march["E2"],
        *june.values(),
        *sept.values(),
        employer("2026-03", "16.01", "CV Maju", status="BELUM_DAFTAR", sektor="A", tk=(6, 0), program=None),
        employer("2026-03", "16.01", "PT Ogan", npp="M2", sektor="A", tk=(2, 2)),
        employer("2026-06", "61.71", "PT Borneo", status="BELUM_DAFTAR", skala="BESAR", sektor="B",
                 tk=(100, 0), program=None),
        employer("2026-06", "61.71", "PT Khatulistiwa", npp="P2", skala="KECIL", sektor="B", tk=(10, 5),
                 program="JKK;JKM;JHT"),
    ]  # fmt: skip


def fill_employers(con) -> None:
    """Replace whatever employers the store holds with the rows above."""
    con.execute("DELETE FROM perusahaan")
    con.executemany(
        f"INSERT INTO perusahaan ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows()
    )
    derived.ensure_fresh(con)  # written behind a load's back: build what a publish would


@pytest.fixture
def compliance_store(coverage_empty_store):
    """The tiny geography with the employers above and nothing else (no membership, no targets)."""
    fill_employers(coverage_empty_store)
    return coverage_empty_store


@pytest.fixture
def compliance_coverage_store(coverage_store):
    """The coverage fixture (membership, targets) with its employers replaced by the ones above."""
    fill_employers(coverage_store)
    return coverage_store


@pytest.fixture
def compliance_db(tmp_path, monkeypatch):
    """The employers above in a closed store file, for the command line (CAKUPAN_DB)."""
    use_tiny_reference(tmp_path, monkeypatch)
    path = tmp_path / "kepatuhan.duckdb"
    con = connect(path)
    fill_employers(con)
    con.close()
    return path
