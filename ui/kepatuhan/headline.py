"""The compliance headline: one tile per category, how much of the target gap enforcement could
close, and the rules the figures use (analytics.compliance summary, gap and rules)."""

from __future__ import annotations

from analytics import fmt, glossary
from analytics.compliance.employers import SKALA
from analytics.compliance.rules import Settings
from ui.cached import kepatuhan as cached
from ui.components import tiles
from ui.shell.state import AppState
from ui.texts.kepatuhan import K


def draw(con, view: AppState, summary) -> None:
    lang = view.lang
    k, n = K.bound(lang), lambda x: fmt.angka(x, lang=lang)
    # one tile per category, and the distinct non-compliant employers
    cat = summary.kategori
    unit = k("unit_perusahaan")
    tiles.grid(
        [
            tiles.Tile(
                "tidak_patuh", k("t_tidak_patuh"), n(summary.perusahaan_tidak_patuh),
                k("t_tidak_patuh_ctx", n=n(summary.perusahaan)), unit=unit,
            ),
            tiles.Tile("PWBD", glossary.kategori("PWBD", lang), n(cat["PWBD"].perusahaan), k("ctx_tk", n=n(cat["PWBD"].tk_belum_terlindungi)), unit=unit),
            tiles.Tile("PDS_TK", glossary.kategori("PDS_TK", lang), n(cat["PDS_TK"].perusahaan), k("ctx_tk", n=n(cat["PDS_TK"].tk_belum_terlindungi)), unit=unit),
            tiles.Tile("PDS_UPAH", glossary.kategori("PDS_UPAH", lang), n(cat["PDS_UPAH"].perusahaan), k("ctx_upah", rp=fmt.rupiah(cat["PDS_UPAH"].selisih_upah_rp, lang)), unit=unit),
            tiles.Tile("PDS_PROGRAM", glossary.kategori("PDS_PROGRAM", lang), n(cat["PDS_PROGRAM"].perusahaan), k("ctx_program"), unit=unit),
            tiles.Tile("PMI", glossary.kategori("PMI", lang), n(cat["PMI"].perusahaan), k("ctx_pmi", rp=fmt.rupiah(cat["PMI"].tunggakan_rp, lang)), unit=unit),
        ],
        columns=3,
    )  # fmt: skip

    # how much of the target gap enforcement could close
    gap = cached.gap(con, view.scope, view.periode)
    if gap.persen_gap is not None:
        figures = {"n": n(gap.perusahaan), "x": n(gap.tk_belum_terlindungi), "y": fmt.persen(gap.persen_gap, 1, lang)}
        text = (k("gap", gap=n(gap.kekurangan_bagian), net=n(gap.gap), **figures) if gap.dari_bagian
                else k("gap_net", gap=n(gap.gap), **figures))  # fmt: skip
        tiles.note(text + (k("gap_over") if gap.persen_gap >= 100 else ""))
    else:
        tiles.note(k("gap_none", n=n(gap.perusahaan), x=n(gap.tk_belum_terlindungi)))

    settings = Settings.default()
    program_rule = "; ".join(f"{s.capitalize()} {' + '.join(settings.wajib(s))}" for s in SKALA)
    tiles.note(
        k(
            "settings",
            program=program_rule,
            umur=", ".join(b.replace("bulan", k("months")) for b in settings.umur_labels()),
        )
    )
