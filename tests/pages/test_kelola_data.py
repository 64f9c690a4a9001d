"""Kelola Data as the user sees it: freshness, history, templates, and the upload flow.

The upload tests drive st.file_uploader through AppTest (supported since Streamlit 1.5x) and go
through the real analytics.load, on the tiny store's areas.
"""

from __future__ import annotations

import duckdb
import pytest

from analytics.contract import DATASETS
from tests.fixtures import hostile
from tests.pages.conftest import kelola, tab, unescaped

KEPESERTAAN_NOV = (
    b"periode;kode_wilayah;segmen;peserta_aktif\n"
    b"2026-11;16.10;PU;1.120\n"
    b"2026-11;16.71;PU;5.010\n"
    b"2026-10;16.71;PU;505\n"
)
KEPESERTAAN_BAD = (
    b"periode,kode_wilayah,segmen,peserta_aktif\n"
    b"2026-11,1610,PU,10\n"
    b"2026-11,16.71,XX,10\n"
)


def freshness_rows(at) -> list[dict]:
    return tab(at, "freshness").table[0].value.to_dict("records")


def test_page_does_not_suggest_uploads_are_limited_to_the_sidebar_scope(filled_store):
    at = kelola()
    assert at.title[0].value == "Kelola Data"
    assert not any('class="cakupan-context"' in h.value for h in at.html)  # no "area · period" under the title
    assert not any("Oktober 2026" in c.value for c in tab(at, "upload").caption)
    # ... the completeness tab names them, and says they come from the sidebar
    freshness = tab(at, "freshness")
    assert freshness.subheader[0].value == "Kelengkapan data untuk Indonesia (nasional), Oktober 2026"
    assert freshness.caption[0].value.startswith("Wilayah dan periode mengikuti pilihan di panel kiri.")


def test_freshness_table_national(filled_store):
    at = kelola()
    rows = freshness_rows(at)
    assert [r["Jenis data"] for r in rows] == [d.title_id for d in DATASETS.values()]
    assert rows[0] == {
        "Jenis data": "Kepesertaan bulanan per kabupaten/kota dan segmen",
        "Baris": "6",
        "Periode terakhir": "Oktober 2026",  # also the assessed period: said once, in the heading
        "Kab/kota berdata": "3 dari 4",
        "Kelengkapan": "75,0%",
        "Muat terakhir": "2 November 2026, 16.30 WIB",  # tiny_store records 09.30 UTC
    }
    target = rows[2]
    assert (target["Baris"], target["Kelengkapan"], target["Muat terakhir"]) == (
        "0", "0,0%", "belum pernah · ✖ percobaan terakhir ditolak")
    kantor = rows[-1]
    assert (kantor["Baris"], kantor["Kab/kota berdata"], kantor["Kelengkapan"], kantor["Muat terakhir"]) == (
        "4", "4 dari 4", "100,0%", "bawaan aplikasi")


def test_freshness_follows_scope_period_and_language(filled_store):
    at = kelola(wilayah="16", periode="2026-09", lang="en")
    row = freshness_rows(at)[0]
    assert row == {
        "Dataset": "Monthly membership by regency/city and segment",
        "Rows": "4",
        "Latest period": "October 2026 (assessed: September 2026)",  # an earlier month was chosen
        "Regencies with data": "1 of 2",
        "Completeness": "50.0%",
        "Last load": "2 November 2026, 16:30 WIB",
    }
    assert tab(at, "freshness").subheader[0].value == "Data completeness for Sumatera Selatan, September 2026"


def test_figures_are_right_aligned(filled_store):
    import json

    at = kelola()
    table = tab(at, "freshness").table[0]
    styles = table.proto.arrow_data.styler.styles
    right = [c for i, c in enumerate(table.value.columns) if f"td.col{i} {{ text-align: right !important }}" in styles]
    assert right == ["Baris", "Kab/kota berdata", "Kelengkapan"]
    config = json.loads(tab(at, "history").dataframe[0].proto.columns)
    assert {c for c, v in config.items() if v.get("alignment") == "right"} == {"Baris", "Wilayah", "Jumlah masalah"}


def test_empty_store_explains_what_to_load(empty_store):
    at = kelola()
    freshness = tab(at, "freshness")
    assert not freshness.table
    assert freshness.subheader[0].value == "Belum ada data yang dimuat"
    assert "python -m analytics demo" in freshness.info[0].value
    assert "Belum ada pemuatan yang tercatat." in tab(at, "history").info[0].value


def test_history_rows_and_rejected_errors(filled_store):
    at = kelola()
    history = tab(at, "history")
    assert history.dataframe[0].value.to_dict("records") == [
        {"Waktu": "3 November 2026, 21.00 WIB", "Pengguna": "Budi", "Jenis data": "Target kepesertaan",
         "Berkas": "target_2026.xlsx", "Baris": "2", "Periode": "–", "Wilayah": "0",
         "Hasil": "✖ Ditolak", "Jumlah masalah": "1"},
        {"Waktu": "2 November 2026, 16.30 WIB", "Pengguna": "Sari",
         "Jenis data": "Kepesertaan bulanan per kabupaten/kota dan segmen",
         "Berkas": "kepesertaan_okt.csv", "Baris": "6", "Periode": "September 2026 – Oktober 2026 (2)",
         "Wilayah": "4", "Hasil": "✔ Diterima", "Jumlah masalah": ""},  # nothing to say: blank
    ]
    picker = at.selectbox(key="kd_hist_errors")
    assert picker.value is None and picker.placeholder == "Pilih muatan yang ditolak …"
    assert picker.options == ["3 November 2026, 21.00 WIB · Target kepesertaan · target_2026.xlsx"]
    picker.set_value(2).run()  # tiny_store records the accepted load (id 1), then the rejected one (id 2)
    errors = tab(at, "history").table[0].value
    assert errors.to_dict("records") == [
        {"Berkas": "target_2026.xlsx", "Baris": 3, "Kolom": "kode_wilayah", "Nilai": "1610",
         "Masalah": "Kode BPS tidak diterima"}
    ]


def test_history_is_paginated(filled_store):
    import datetime as dt

    from tests import tiny_store

    con = duckdb.connect(str(filled_store))
    for i in range(25):
        tiny_store.add_history(con, dataset="kecelakaan", hasil="DITERIMA",
                               waktu=dt.datetime(2026, 11, 20, 8) + dt.timedelta(minutes=i), nama_file=f"k{i}.csv")
    con.close()
    at = kelola()
    assert len(tab(at, "history").dataframe[0].value) == 20
    assert tab(at, "history").dataframe[0].value["Berkas"].iloc[0] == "k24.csv"
    at.get("pagination")[0].set_value(2).run()
    page2 = tab(at, "history").dataframe[0].value
    assert list(page2["Berkas"]) == ["k4.csv", "k3.csv", "k2.csv", "k1.csv", "k0.csv",
                                     "target_2026.xlsx", "kepesertaan_okt.csv"]


def test_a_template_button_for_every_dataset(filled_store):
    at = kelola()
    templates = tab(at, "templates")
    buttons = templates.get("download_button")
    assert [b.key for b in buttons] == [f"kd_tpl_{name}" for name in DATASETS]
    assert [b.label for b in buttons] == [f"templat_{name}.xlsx" for name in DATASETS]  # the file it gives
    titles = [m.value for m in templates.markdown if m.value.startswith("**")]
    assert titles == [f"**{d.title_id}**" for d in DATASETS.values()]  # no internal key in brackets
    assert "Kolom wajib: periode, kode_wilayah, segmen, peserta_aktif" in [m.value for m in templates.markdown]
    tables = tab(at, "templates").dataframe
    assert len(tables) == len(DATASETS)
    first = tables[0].value
    assert list(first.columns) == ["Kolom", "Wajib", "Format", "Nilai yang diizinkan", "Keterangan"]
    assert first.iloc[2].to_dict() == {
        "Kolom": "segmen", "Wajib": "ya", "Format": "pilihan",
        "Nilai yang diizinkan": "PU, BPU, JAKON, PMI", "Keterangan": "PU, BPU, JAKON atau PMI (pekerja migran)",
    }


def test_template_download_builds_an_xlsx():
    import functools

    from analytics.templates import template_xlsx

    data = functools.partial(template_xlsx, "kepesertaan", "id")()
    assert data[:2] == b"PK"  # a zip container: XLSX


def data_uploader(at):
    """The data tab's uploader (its key changes each time it is cleared)."""
    (uploader,) = [u for u in at.get("file_uploader") if u.key.startswith("kd_file_")]
    return uploader


def upload(at, name: str, data: bytes):
    data_uploader(at).set_value((name, data, "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_valid_upload_shows_report_then_saves(filled_store):
    at = upload(kelola(), "kepesertaan_nov.csv", KEPESERTAAN_NOV)
    up = tab(at, "upload")
    assert up.success[0].value == "Berkas lolos pemeriksaan dan siap disimpan."
    figures = {m.label: m.value for m in up.metric}
    assert figures == {"Baris data": "3", "Periode": "2", "Wilayah": "2",
                       "Baris lama diganti": "1"}  # 16.71 in October is stored already
    assert any(c.value == "Oktober 2026 – November 2026 (2) · dibaca sebagai angka gaya Indonesia."
               for c in up.caption)
    # November is new, for 2 of the 4 kab/kota; October is stored already and not named (issue 11)
    assert [w.value for w in up.warning][0] == (
        "Berkas ini membuka bulan November 2026 untuk 2 dari 4 kab/kota. Bulan itu bisa dipilih, tetapi "
        "halaman tetap dibuka pada bulan lengkap terakhir sampai data semua kab/kota masuk.")
    # Issue 14's plausibility checks, by hand: Ogan Ilir PU 110 (October) → 1.120 and Palembang PU 505
    # (this file's October) → 5.010 move by more than 20%; Ogan Ilir's BPU (40 in October) is missing
    checks = unescaped([w.value for w in up.warning][1])
    assert "2 kab/kota × segmen berubah lebih dari 20% dari bulan sebelumnya: " in checks
    assert "Ogan Ilir PU November 2026: 110 → 1.120" in checks and "Kota Palembang PU November 2026: 505 → 5.010" in checks
    assert "1 segmen ada bulan sebelumnya tetapi tidak ada sekarang: Ogan Ilir BPU (November 2026)" in checks
    # what saving changes, named, and an explicit confirmation before the button works
    assert any(unescaped(m.value).startswith("Menyimpan akan menulis **3** baris dan mengganti **1** baris") for m in up.markdown)
    assert at.button(key="kd_commit").disabled
    at.checkbox(key="kd_sure").check().run()
    preview = up.dataframe[-1].value
    assert preview.to_dict("list") == {
        "periode": ["2026-11", "2026-11", "2026-10"], "kode_wilayah": ["16.10", "16.71", "16.71"],
        "segmen": ["PU", "PU", "PU"], "peserta_aktif": ["1.120", "5.010", "505"],
        "peserta_baru": ["–", "–", "–"], "peserta_nonaktif": ["–", "–", "–"],
    }

    at.text_input(key="kd_user").set_value("Rina").run()
    at.button(key="kd_commit").click().run()
    assert not at.exception
    assert tab(at, "upload").success[0].value.startswith("Tersimpan.")
    assert data_uploader(at).value is None  # a fresh, empty uploader
    history = tab(at, "history").dataframe[0].value
    assert history.iloc[0][["Pengguna", "Jenis data", "Berkas", "Baris", "Hasil"]].tolist() == [
        "Rina", "Kepesertaan bulanan per kabupaten/kota dan segmen", "kepesertaan_nov.csv", "3", "✔ Diterima"]
    # the period selector now offers November, and the freshness table counts the new rows
    # ... marked as partial: the file brought November for 2 of the 4 kab/kota (issue 11)
    assert at.sidebar.selectbox(key="periode").options[0] == "November 2026 — sebagian (2 dari 4 kab/kota)"
    row = freshness_rows(at)[0]
    # the sidebar still shows October, so the new latest month says which one was assessed
    assert (row["Baris"], row["Periode terakhir"]) == ("8", "November 2026 (dinilai: Oktober 2026)")


def test_rejected_upload_changes_nothing_and_is_recorded_once(filled_store):
    at = upload(kelola(), "buruk.csv", KEPESERTAAN_BAD)
    up = tab(at, "upload")
    assert "Tidak ada data yang berubah" in up.error[0].value
    errors = up.table[0].value
    assert list(errors.columns) == ["Berkas", "Baris", "Kolom", "Nilai", "Keterangan"]
    assert errors["Berkas"].unique().tolist() == ["buruk.csv"]
    assert errors[["Baris", "Kolom", "Nilai"]].astype(str).values.tolist() == [
        ["2", "kode_wilayah", "1610"], ["3", "segmen", "XX"]]
    assert [b.key for b in up.button] == ["kd_forget"]  # no save button for a rejected file
    at.run()  # a rerun must not record the rejection again
    history = tab(at, "history").dataframe[0].value
    assert history["Hasil"].tolist() == ["✖ Ditolak", "✖ Ditolak", "✔ Diterima"]
    assert history.iloc[0][["Berkas", "Jumlah masalah"]].tolist() == ["buruk.csv", "2"]
    assert freshness_rows(at)[0]["Baris"] == "6"


def test_rejected_upload_in_english(filled_store):
    at = kelola(lang="en")
    upload(at, "bad.csv", KEPESERTAAN_BAD)
    up = tab(at, "upload")
    assert "Nothing was changed" in up.error[0].value
    assert list(up.table[0].value.columns) == ["File", "Row", "Column", "Value", "Problem"]


def test_uploaded_file_survives_a_language_switch(filled_store):
    at = upload(kelola(), "kepesertaan_nov.csv", KEPESERTAAN_NOV)
    at.sidebar.radio(key="lang").set_value("en").run()
    up = tab(at, "upload")
    assert up.success[0].value == "The file passed the checks and is ready to save."
    assert {m.label for m in up.metric} >= {"Data rows", "Stored rows replaced"}


@pytest.mark.parametrize("dataset", ["penduduk_bekerja"])
def test_choosing_another_dataset_revalidates(filled_store, dataset):
    at = upload(kelola(), "kepesertaan_nov.csv", KEPESERTAAN_NOV)
    at.selectbox(key="kd_dataset").set_value(dataset).run()
    assert "Tidak ada data yang berubah" in tab(at, "upload").error[0].value  # wrong columns


def _kepesertaan_rows(path) -> int:
    con = duckdb.connect(str(path))  # same configuration as the app's connection in this process
    try:
        return con.execute("SELECT count(*) FROM kepesertaan").fetchall()[0][0]
    finally:
        con.close()


@pytest.mark.parametrize("name, data, message", [
    ("jauh.xlsx", hostile.far_cell_xlsx(), "memakai kolom sampai XFD"),
    ("bom.xlsx", hostile.zip_bomb_xlsx(32), "zip bomb"),
    ("lebar.csv", hostile.wide_header_csv(), "Baris judul lebih dari 64 KB"),
    ("gambar.csv", hostile.binary_as_csv(), "bukan berkas CSV teks"),
])
def test_a_hostile_upload_is_rejected_and_the_app_keeps_answering(filled_store, name, data, message):
    """Before: the first killed the server for every user (calamine aborted the process)."""
    before = _kepesertaan_rows(filled_store)
    at = upload(kelola(), name, data)
    up = tab(at, "upload")
    assert up.error[0].value.startswith("Berkas ditolak. Tidak ada data yang berubah.")
    assert message in unescaped(up.table[0].value.iloc[0]["Keterangan"])
    assert _kepesertaan_rows(filled_store) == before
    # The same app goes on: another page runs and shows its figures.
    at.switch_page("pages/ringkasan.py").run()
    assert not at.exception and at.title[0].value == "Ringkasan"


def test_a_file_name_with_markdown_is_shown_as_plain_text(filled_store):
    name = "[Sesi berakhir](javascript:alert(1)) ![x](gambar.png) **tebal** _x_.csv"  # no slash: a base name
    at = upload(kelola(), name, KEPESERTAAN_BAD)
    summary = [m.value for m in tab(at, "upload").markdown if "DITOLAK" in m.value][0]
    assert unescaped(summary) == f"kepesertaan: berkas {name} DITOLAK, 2 galat; tidak ada data yang diubah."
    assert "](" not in summary.replace("\\]", "") and "![" not in summary


def test_the_same_bytes_under_another_name_are_saved_under_that_name(filled_store):
    """Before: validation was cached by content alone, so the save and the history named the
    first file."""
    at = upload(kelola(), "pertama.csv", KEPESERTAAN_NOV)
    at = upload(at, "kedua.csv", KEPESERTAAN_NOV)
    at.checkbox(key="kd_sure").check().run()
    at.button(key="kd_commit").click().run()
    saved = unescaped(tab(at, "upload").success[0].value)
    assert "dimuat dari kedua.csv" in saved and "pertama.csv" not in saved
    history = tab(at, "history").dataframe[0].value
    assert history.iloc[0]["Berkas"] == "kedua.csv"


def test_an_upload_is_kept_on_disk_and_the_uploader_lets_go_of_it(filled_store):
    """Before: the bytes stayed in Streamlit's uploader and again in session state while the tab was
    open (a 300 MB CSV kept 2,5 GB per user)."""
    at = upload(kelola(), "kepesertaan_nov.csv", KEPESERTAAN_NOV)
    assert data_uploader(at).value is None  # cleared at once: Streamlit drops its copy
    kept = at.session_state["kd_upload"]
    assert kept.path.read_bytes() == KEPESERTAAN_NOV and not hasattr(kept, "data")
    assert unescaped(tab(at, "upload").info[0].value) == (
        "Berkas yang sedang ditangani: **kepesertaan_nov.csv** (1 KB). Pilih berkas lain di atas untuk menggantinya.")
    assert tab(at, "upload").success[0].value == "Berkas lolos pemeriksaan dan siap disimpan."


def test_uploaders_accept_any_type_and_refuse_it_in_words(filled_store):
    """Issue 11 point 10: with `type=` Streamlit refused a file itself, in English ("text/plain files
    are not allowed"). The uploaders take any file; analytics.load names what it cannot read."""
    at = kelola()
    assert [list(u.proto.type) for u in at.get("file_uploader")] == [[], []]  # data and boundaries
    at = upload(at, "laporan.pdf", b"%PDF-1.4")
    up = tab(at, "upload")
    assert up.error[0].value.startswith("Berkas ditolak. Tidak ada data yang berubah.")
    shown = " ".join(str(v) for t in [*up.table, *up.dataframe] for v in t.value.to_numpy().ravel())
    assert "Format berkas .pdf tidak didukung: gunakan CSV atau XLSX" in shown
