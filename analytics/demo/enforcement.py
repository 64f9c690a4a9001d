"""Follow-up actions (tindak_lanjut) that agree with the employer snapshots.

A case is attached to a spell of non-compliance seen in the snapshots (an employer in a category
from one quarter end to another). Spells that end with the employer compliant at the next
snapshot often had a case that ended in PATUH during that quarter: its ladder is laid out
backwards from the PATUH date. Spells still open at the last snapshot may have a case in progress:
its ladder runs forwards from a start date and stops at `sampai`; some are stuck (long gaps), so
the overdue list has content. Between steps: typically 7-30 days.

Who acts: BPJS for the letters (HIMBAUAN, TEGURAN_1/2), Disnaker for the inspection notes (NOTA_
PEMERIKSAAN_1/2), the recommendation goes to the licensing office (PTSP) and legal action to the
Kejaksaan (state attorney as the BPJS counsel, SKK).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from analytics.contract import KATEGORI, TAHAP
from analytics.demo.common import Config
from analytics.demo.employers import Panel

# Probability that a case stops at ladder depth 1..7 (HIMBAUAN ... PROSES_HUKUM).
DEPTH = {
    "PWBD": [0.38, 0.24, 0.14, 0.12, 0.06, 0.04, 0.02],
    "PDS_TK": [0.45, 0.25, 0.13, 0.09, 0.04, 0.03, 0.01],
    "PDS_UPAH": [0.50, 0.25, 0.12, 0.08, 0.03, 0.01, 0.01],
    "PDS_PROGRAM": [0.55, 0.25, 0.10, 0.06, 0.02, 0.01, 0.01],
    "PMI": [0.30, 0.22, 0.15, 0.10, 0.06, 0.07, 0.10],
}
# Share of spells that get a case: spells that ended compliant, and spells still open.
CASE_SHARE = {
    "PWBD": (0.25, 0.12), "PDS_TK": (0.20, 0.10), "PDS_UPAH": (0.12, 0.08),
    "PDS_PROGRAM": (0.12, 0.08), "PMI": (0.07, 0.05),
}  # fmt: skip
STUCK_SHARE = 0.2
INSTANSI_BY_STAGE = np.array(["BPJS", "BPJS", "BPJS", "DISNAKER", "DISNAKER", "PTSP", "KEJAKSAAN"])
DOC_PREFIX = np.array(["B/HMB", "B/TG1", "B/TG2", "560/NP1", "560/NP2", "REK", "SKK"])
NOTES = {
    0: "Surat himbauan dikirim", 1: "Belum ada tanggapan", 2: "Teguran kedua dan kunjungan lapangan",
    3: "Pemeriksaan bersama BPJS – Disnaker", 4: "Nota pemeriksaan kedua", 5: "Rekomendasi penundaan layanan perizinan ke DPMPTSP",
    6: "Diserahkan ke Jaksa Pengacara Negara (SKK)",
}  # fmt: skip
NOTES_PATUH = {
    "PWBD": "Telah mendaftar dan NPP terbit", "PDS_TK": "Seluruh tenaga kerja telah didaftarkan",
    "PDS_UPAH": "Upah dilaporkan sesuai", "PDS_PROGRAM": "Program wajib telah diikuti", "PMI": "Tunggakan iuran dilunasi",
}  # fmt: skip


def _spells(flag: np.ndarray):
    """Runs of True per row of `flag` (employer x snapshot): (employer, first q, last q)."""
    nq = flag.shape[1]
    prev = np.zeros_like(flag)
    prev[:, 1:] = flag[:, :-1]
    nxt = np.zeros_like(flag)
    nxt[:, :-1] = flag[:, 1:]
    se, sq = np.nonzero(flag & ~prev)
    ee, eq = np.nonzero(flag & ~nxt)
    assert np.array_equal(se, ee)
    return se, sq, eq, nq


def _gaps(rng, n: int, stuck: np.ndarray | None = None) -> np.ndarray:
    g = np.clip(np.round(7 + rng.gamma(2.0, 5.5, n)), 7, 60)
    if stuck is not None:
        g = np.where(stuck, g * rng.uniform(2.5, 5.0, n), g)
    return g.astype("timedelta64[D]")


def cases(p: Panel, cfg: Config) -> pd.DataFrame:
    rng = cfg.rng("enforcement")
    days = (p.snapshots + 1).astype("datetime64[D]") - 1  # quarter-end days
    end = cfg.sampai_end
    flags = [p.categories(q) for q in range(len(p.snapshots))]
    frames = []
    for kategori in KATEGORI:
        flag = np.stack([f[kategori] for f in flags], axis=1)
        ent, q0, q1, nq = _spells(flag)
        last = q1 == nq - 1
        nxt = np.minimum(q1 + 1, nq - 1)
        exited = ~last & p.present[ent, nxt]
        u = rng.random(len(ent))
        share_exited, share_open = CASE_SHARE[kategori]
        chosen = np.where(exited, u < share_exited, last & (u < share_open))
        ent, q0, q1, exited = ent[chosen], q0[chosen], q1[chosen], exited[chosen]
        c = len(ent)
        depth = rng.choice(np.arange(1, 8), c, p=DEPTH[kategori])
        quarter_days = (days[np.minimum(q1 + 1, nq - 1)] - days[q1]).astype(int)
        patuh = days[q1] + np.ceil(rng.random(c) * np.maximum(quarter_days, 1)).astype("timedelta64[D]")
        case = np.repeat(np.arange(c), depth)
        stage = np.arange(len(case)) - np.repeat(np.cumsum(depth) - depth, depth)
        stuck_case = ~exited & (rng.random(c) < STUCK_SHARE)
        g = _gaps(rng, len(case), np.repeat(stuck_case, depth) & (stage > 0))
        csum = np.cumsum(g.astype(int))
        base = np.r_[0, csum][np.cumsum(depth) - depth][case]
        before = csum - base - g.astype(int)  # days from the case's first step to this step
        span = np.bincount(case, weights=g.astype(int), minlength=c).astype(int)
        total = span[case]
        # An open case in progress took its last step within the last ~2.5 weeks; a stuck one
        # has waited one to seven months.
        idle = np.where(stuck_case, rng.integers(30, 200, c), rng.integers(0, 18, c))
        last_gap = g.astype(int)[np.cumsum(depth) - 1]
        start_open = end - (span - last_gap + idle).astype("timedelta64[D]")
        # Exited: the ladder ends one gap before PATUH. Open: it starts at start_open.
        date = np.where(
            exited[case],
            patuh[case] - (total - before).astype("timedelta64[D]"),
            start_open[case] + before.astype("timedelta64[D]"),
        )
        rows = pd.DataFrame({"case": case, "stage": stage, "tanggal": date})
        done = pd.DataFrame({"case": np.nonzero(exited)[0], "stage": 7, "tanggal": patuh[exited]})
        last_stage = depth[exited] - 1
        rows = pd.concat([rows, done.assign(last=last_stage)], ignore_index=True)
        rows = rows[rows["tanggal"] <= end]
        e = ent[rows["case"].to_numpy()]
        st = rows["stage"].to_numpy()
        instansi = INSTANSI_BY_STAGE[np.where(st == 7, rows["last"].fillna(0).to_numpy().astype(int), st)]
        instansi = np.where((st == 5) & (rng.random(len(st)) < 0.2), "BPJS", instansi)
        registered_now = (kategori != "PWBD") | (st == 7)
        frames.append(
            pd.DataFrame(
                {
                    "tanggal": rows["tanggal"].to_numpy(),
                    "entity": e,
                    "registered": registered_now,
                    "kategori": kategori,
                    "stage": st,
                    "instansi": instansi,
                }
            )
        )
    return _finish(pd.concat(frames, ignore_index=True), p, rng)


def _finish(df: pd.DataFrame, p: Panel, rng: np.random.Generator) -> pd.DataFrame:
    e = df["entity"].to_numpy()
    st = df["stage"].to_numpy()
    npp = p.npp.take(pa.array(e)).to_numpy(zero_copy_only=False).astype(object)
    npp[~df["registered"].to_numpy()] = None
    year = df["tanggal"].to_numpy().astype("datetime64[Y]").astype(int) + 1970
    seq = rng.integers(1, 10_000, len(df))
    prefix = DOC_PREFIX[np.minimum(st, 6)]
    doc = pd.Series(prefix).str.cat([pd.Series(seq).astype(str).str.zfill(4), pd.Series(year).astype(str)], sep="/")
    doc = doc.where(st < 7, None)
    note = pd.Series(st).map(NOTES).where(rng.random(len(df)) < 0.25, None)
    patuh_note = df["kategori"].map(NOTES_PATUH).where(rng.random(len(df)) < 0.6, None)
    note = note.where(st < 7, patuh_note.to_numpy())
    out = pd.DataFrame(
        {
            "tanggal": df["tanggal"].to_numpy(),
            "npp": npp,
            "nib": p.nib.take(pa.array(e)).to_numpy(zero_copy_only=False),
            "nama_perusahaan": p.name.take(pa.array(e)).to_numpy(zero_copy_only=False),
            "kode_wilayah": p.codes[p.region[e]],
            "kategori": df["kategori"].to_numpy(),
            "tahap": np.array(TAHAP)[st],
            "instansi": df["instansi"].to_numpy(),
            "nomor_dokumen": doc.to_numpy(),
            "catatan": note.to_numpy(),
        }
    )
    key = ["tanggal", "npp", "nib", "nama_perusahaan", "kode_wilayah", "kategori", "tahap", "instansi"]
    out = out.drop_duplicates(key).sort_values(["tanggal", "kode_wilayah", "nama_perusahaan"], kind="stable")
    return out.reset_index(drop=True)

