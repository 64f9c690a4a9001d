"""The shell: scope and period in the sidebar, mirrored in the URL; language; empty store; a page
that fails shows a calm message instead of a traceback.

The chosen area and period are read where the user sees them on Kelola Data: the heading of its
completeness tab (the page has no context line, since uploads are not limited to them).
"""

from __future__ import annotations

import logging
import re

import pytest
import streamlit as st

from analytics.load.limits import echo
from tests.pages.conftest import kelola, sidebar_values, start, tab, unescaped


def context_line(at) -> str:
    return tab(at, "freshness").subheader[0].value


def link_notices(at, raw: bool = False) -> list[str]:
    """The shell's notice about ignored link parts (other pages may show infos of their own), as
    the reader sees it (or as the markdown sent, with `raw`)."""
    found = [i.value for i in at.info if i.value.startswith(("Sebagian isi tautan", "Part of the link"))]
    return found if raw else [unescaped(v) for v in found]


def test_defaults_are_national_and_latest_month(filled_store):
    at = kelola()
    assert sidebar_values(at) == {
        "lang": "id", "scope_mode": "wilayah", "provinsi": "", "periode": "2026-10",
    }
    assert at.query_params == {"periode": "2026-10"}
    assert "Indonesia (nasional), Oktober 2026" in context_line(at)
    assert not link_notices(at)


def test_link_to_a_regency_and_month_reopens_that_view(filled_store):
    at = kelola(wilayah="16.10", periode="2026-09", lang="en")
    assert sidebar_values(at) == {
        "lang": "en", "scope_mode": "wilayah", "provinsi": "16", "kabkota": "16.10", "periode": "2026-09",
    }
    assert "Ogan Ilir, September 2026" in context_line(at)
    assert at.query_params == {"wilayah": "16.10", "periode": "2026-09", "lang": "en"}
    assert not link_notices(at)


def test_link_to_a_province(filled_store):
    at = kelola(wilayah="61")
    assert sidebar_values(at)["provinsi"] == "61"
    assert sidebar_values(at)["kabkota"] == ""
    assert "Kalimantan Barat, Oktober 2026" in context_line(at)


def test_link_to_an_office_selects_its_kanwil(filled_store):
    at = kelola(kantor="K0102")
    values = sidebar_values(at)
    assert (values["scope_mode"], values["kanwil"], values["kantor"]) == ("kantor", "Sumbagsel", "K0102")
    assert "KC Jambi" in context_line(at)
    # KC Jambi's two kab/kota both have September; October only Ogan Ilir: the office opens on its
    # latest complete month (issue 11)
    assert at.query_params == {"kantor": "K0102", "periode": "2026-09"}
    assert sidebar_values(at)["periode"] == "2026-09"


def test_link_to_a_kanwil(filled_store):
    at = kelola(kanwil="Sumbagsel")
    values = sidebar_values(at)
    assert (values["scope_mode"], values["kanwil"], values["kantor"]) == ("kantor", "Sumbagsel", "")
    assert "Kanwil Sumbagsel" in context_line(at)


def test_bad_link_values_are_ignored_with_a_notice(filled_store):
    at = start(wilayah="16.10' OR '1'='1", periode="1999-01", lang="xx")
    assert sidebar_values(at) == {
        "lang": "id", "scope_mode": "wilayah", "provinsi": "", "periode": "2026-10",
    }
    assert len(link_notices(at)) == 1  # under the page title
    notice = link_notices(at)[0]
    assert notice.startswith("Sebagian isi tautan tidak dikenali dan diabaikan")
    assert "wilayah=16.10' OR '1'='1" in notice and "periode=1999-01" in notice and "lang=xx" in notice
    assert at.query_params == {"periode": "2026-10"}


PHISHING = "[Sesi berakhir — klik di sini](http://evil.example/login)"


@pytest.mark.parametrize("value", [PHISHING, "![x](http://evil.example/pixel.png)", "http://evil.example/a",
                                   "**tebal** _miring_ :red[merah] <b>x</b>"])
def test_a_link_value_is_shown_as_plain_text_never_markup(filled_store, value):
    """Before: the notice repeated the raw value as markdown, so the first was a clickable phishing
    link inside the app's own box and the second made the browser fetch an outside image."""
    at = start(wilayah=value)
    (raw,) = link_notices(at, raw=True)
    assert echo(f"wilayah={value}", 60) in unescaped(raw)
    # Every character markup needs is escaped, so nothing in the value is markup.
    shown = raw[raw.index("wilayah"):]
    assert re.search(r"(?<!\\)[\[\]!*_:<>`]", shown) is None


def test_a_long_link_value_is_echoed_short(filled_store):
    at = start(wilayah="x" * 60_000)
    (notice,) = link_notices(at)
    assert "wilayah=" + "x" * 51 + "…" in notice
    assert len(notice) < 300


def test_lang_in_capitals_is_accepted(filled_store):
    at = start(lang="EN")
    assert sidebar_values(at)["lang"] == "en"
    assert link_notices(at) == []


def test_unknown_area_is_ignored(filled_store):
    at = start(wilayah="99.99", kantor="K0101")
    # one scope per link: the first (wilayah) is used and is unknown; kantor is ignored too
    assert sidebar_values(at)["provinsi"] == ""
    assert "wilayah=99.99" in link_notices(at)[0] and "kantor=K0101" in link_notices(at)[0]


def test_choosing_a_scope_updates_the_url(filled_store):
    at = kelola()
    at.sidebar.selectbox(key="provinsi").set_value("16").run()
    at.sidebar.selectbox(key="kabkota").set_value("16.71").run()
    assert at.query_params == {"wilayah": "16.71", "periode": "2026-10"}
    assert "Kota Palembang" in context_line(at)
    # another province: the regency no longer fits and falls back to the whole province
    at.sidebar.selectbox(key="provinsi").set_value("15").run()
    assert not at.exception
    assert sidebar_values(at)["kabkota"] == ""
    assert at.query_params == {"wilayah": "15", "periode": "2026-10"}
    at.sidebar.radio(key="scope_mode").set_value("kantor").run()
    assert at.query_params == {"periode": "2026-10"}
    at.sidebar.selectbox(key="kanwil").set_value("Kalimantan").run()
    assert at.query_params == {"kanwil": "Kalimantan", "periode": "2026-10"}


def test_language_switch_changes_labels_and_numbers(filled_store):
    at = kelola()
    assert [t.label for t in at.tabs] == ["Unggah", "Riwayat muat", "Kelengkapan data", "Templat", "Batas wilayah"]
    assert at.sidebar.selectbox(key="provinsi").label == "Provinsi"
    at.sidebar.radio(key="lang").set_value("en").run()
    assert [t.label for t in at.tabs] == ["Upload", "Load history", "Data completeness", "Templates", "Boundaries"]
    assert at.sidebar.selectbox(key="provinsi").label == "Province"
    assert "Indonesia (national), October 2026" in context_line(at)
    assert at.query_params == {"periode": "2026-10", "lang": "en"}


def test_empty_store_says_there_is_no_period(empty_store):
    at = start()
    assert "periode" not in sidebar_values(at)
    assert any("Belum ada data kepesertaan" in c.value for c in at.sidebar.caption)
    assert at.query_params == {}
    freshness = tab(kelola(), "freshness")
    assert freshness.subheader[0].value == "Belum ada data yang dimuat"


def test_busy_store_shows_visitors_a_plain_note_and_the_log_the_details(filled_store, monkeypatch, caplog):
    """Before: visitors read the CLI's message with the database path and the PID."""
    from analytics import store

    real_connect = store.connect

    def busy(path=None, **kwargs):
        raise store.StoreBusy(f"Basis data {path} sedang dipakai proses lain (PID 4242)")

    monkeypatch.setattr(store, "connect", busy)
    with caplog.at_level(logging.WARNING, logger="cakupan"):
        at = start()
    assert not at.exception
    assert [i.value for i in at.info] == [
        "Data sedang dimuat, coba lagi sebentar. Halaman ini mencoba lagi sendiri setiap beberapa detik."]
    shown = " ".join(str(getattr(e, "value", "")) for e in at.main) + " ".join(c.value for c in at.caption)
    assert "4242" not in shown and str(filled_store) not in shown
    assert not at.tabs and not at.title  # the page did not run
    assert "PID 4242" in caplog.text and str(filled_store) in caplog.text
    # When the other process is done, the next run (the page's own retry) shows the page.
    monkeypatch.setattr(store, "connect", real_connect)
    at.run()
    assert not at.exception and at.title[0].value == "Ringkasan" and not at.info


CALM_ID = (
    "Terjadi kesalahan saat menampilkan halaman ini. Data Anda aman; coba muat ulang. "
    "Bila berulang, hubungi admin. Kode rujukan: **"
)


def _failing_draw(con, view):
    st.markdown("drawn before the failure")
    raise RuntimeError("boom: a bug in the page")


def test_a_failing_page_shows_a_calm_message_and_logs_the_traceback(filled_store, monkeypatch, caplog):
    import re

    from ui.kelola import upload

    monkeypatch.setattr(upload, "draw", _failing_draw)
    with caplog.at_level(logging.ERROR, logger="cakupan"):
        at = kelola()  # asserts that no exception element is shown
    assert not at.exception
    message = at.error[-1].value
    assert message.startswith(CALM_ID)
    code = re.fullmatch(r".*\*\*([A-Z2-9]{6})\*\*", message).group(1)
    logged = [r for r in caplog.records if r.name == "cakupan" and code in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info[0] is RuntimeError  # the traceback, for the admin
    assert "boom" not in message and "Traceback" not in message  # nothing technical for the user
    assert any(m.value == "drawn before the failure" for m in at.markdown)  # what was drawn stays


def test_the_calm_message_speaks_english_too(filled_store, monkeypatch):
    from ui.kelola import upload

    monkeypatch.setattr(upload, "draw", _failing_draw)
    at = kelola(lang="en")
    assert at.error[-1].value.startswith(
        "Something went wrong while showing this page. Your data is safe; try reloading. "
        "If it happens again, contact the admin. Reference code: **"
    )


def _stopping_draw(con, view):
    st.markdown("drawn before st.stop")
    st.stop()


def _rerunning_draw(con, view):
    if not st.session_state.get("_test_reran"):
        st.session_state["_test_reran"] = True
        st.rerun()
    st.markdown("drawn after st.rerun")


@pytest.mark.parametrize(("draw", "shown"), [(_stopping_draw, "drawn before st.stop"),
                                              (_rerunning_draw, "drawn after st.rerun")])
def test_st_stop_and_st_rerun_are_not_mistaken_for_failures(filled_store, monkeypatch, draw, shown):
    from ui.kelola import upload

    monkeypatch.setattr(upload, "draw", draw)
    at = kelola()
    assert not at.exception and not at.error
    assert any(m.value == shown for m in at.markdown)


def test_partial_months_are_marked_and_the_view_opens_on_a_complete_one(filled_store):
    # tiny store: September holds Ogan Ilir and Kota Jambi, October Ogan Ilir, Palembang, Pontianak
    at = kelola()
    assert at.sidebar.selectbox(key="periode").options == [
        "Oktober 2026 — sebagian (3 dari 4 kab/kota)", "September 2026 — sebagian (2 dari 4 kab/kota)"]
    assert sidebar_values(at)["periode"] == "2026-10"  # nothing complete: the month with the most
    sumsel = kelola(wilayah="16")
    assert sumsel.sidebar.selectbox(key="periode").options == [
        "Oktober 2026", "September 2026 — sebagian (1 dari 2 kab/kota)"]
    assert sidebar_values(sumsel)["periode"] == "2026-10"
