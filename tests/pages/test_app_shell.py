"""The shell: scope and period in the sidebar, mirrored in the URL; language; empty store."""

from __future__ import annotations

from tests.pages.conftest import sidebar_values, start


def context_line(at) -> str:
    return next(h.value for h in at.html if "cakupan-context" in h.value)


def test_defaults_are_national_and_latest_month(filled_store):
    at = start()
    assert sidebar_values(at) == {
        "lang": "id", "scope_mode": "wilayah", "provinsi": "", "periode": "2026-10",
    }
    assert at.query_params == {"periode": "2026-10"}
    assert "Indonesia (nasional) · Oktober 2026" in context_line(at)
    assert not at.info


def test_link_to_a_regency_and_month_reopens_that_view(filled_store):
    at = start(wilayah="16.10", periode="2026-09", lang="en")
    assert sidebar_values(at) == {
        "lang": "en", "scope_mode": "wilayah", "provinsi": "16", "kabkota": "16.10", "periode": "2026-09",
    }
    assert "Ogan Ilir · September 2026" in context_line(at)
    assert at.query_params == {"wilayah": "16.10", "periode": "2026-09", "lang": "en"}
    assert not at.info


def test_link_to_a_province(filled_store):
    at = start(wilayah="61")
    assert sidebar_values(at)["provinsi"] == "61"
    assert sidebar_values(at)["kabkota"] == ""
    assert "Kalimantan Barat · Oktober 2026" in context_line(at)


def test_link_to_an_office_selects_its_kanwil(filled_store):
    at = start(kantor="K0102")
    values = sidebar_values(at)
    assert (values["scope_mode"], values["kanwil"], values["kantor"]) == ("kantor", "Sumbagsel", "K0102")
    assert "KC Jambi" in context_line(at)
    assert at.query_params == {"kantor": "K0102", "periode": "2026-10"}


def test_link_to_a_kanwil(filled_store):
    at = start(kanwil="Sumbagsel")
    values = sidebar_values(at)
    assert (values["scope_mode"], values["kanwil"], values["kantor"]) == ("kantor", "Sumbagsel", "")
    assert "Kanwil Sumbagsel" in context_line(at)


def test_bad_link_values_are_ignored_with_a_notice(filled_store):
    at = start(wilayah="16.10' OR '1'='1", periode="1999-01", lang="xx")
    assert sidebar_values(at) == {
        "lang": "id", "scope_mode": "wilayah", "provinsi": "", "periode": "2026-10",
    }
    assert len(at.info) == 1  # under the page title
    notice = at.info[0].value
    assert notice.startswith("Sebagian isi tautan tidak dikenali dan diabaikan")
    assert "wilayah=16.10' OR '1'='1" in notice and "periode=1999-01" in notice and "lang=xx" in notice
    assert at.query_params == {"periode": "2026-10"}


def test_unknown_area_is_ignored(filled_store):
    at = start(wilayah="99.99", kantor="K0101")
    # one scope per link: the first (wilayah) is used and is unknown; kantor is ignored too
    assert sidebar_values(at)["provinsi"] == ""
    assert "wilayah=99.99" in at.info[0].value and "kantor=K0101" in at.info[0].value


def test_choosing_a_scope_updates_the_url(filled_store):
    at = start()
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
    at = start()
    assert [t.label for t in at.tabs] == ["Unggah", "Riwayat muat", "Kelengkapan data", "Templat"]
    assert at.sidebar.selectbox(key="provinsi").label == "Provinsi"
    at.sidebar.radio(key="lang").set_value("en").run()
    assert [t.label for t in at.tabs] == ["Upload", "Load history", "Data completeness", "Templates"]
    assert at.sidebar.selectbox(key="provinsi").label == "Province"
    assert "Indonesia (national) · October 2026" in context_line(at)
    assert at.query_params == {"periode": "2026-10", "lang": "en"}


def test_empty_store_says_there_is_no_period(empty_store):
    at = start()
    assert "periode" not in sidebar_values(at)
    assert any("Belum ada data kepesertaan" in c.value for c in at.sidebar.caption)
    assert at.query_params == {}
    assert "Indonesia (nasional) · belum ada data" in context_line(at)


def test_busy_store_shows_a_message_not_a_traceback(store_path, monkeypatch):
    from analytics import store

    def busy(path=None, **kwargs):
        raise store.StoreBusy("Basis data sedang dipakai proses lain (PID 4242)")

    monkeypatch.setattr(store, "connect", busy)
    at = start()
    assert not at.exception
    assert at.error[0].value.startswith("Basis data sedang dipakai proses lain")
    assert "PID 4242" in at.caption[0].value
    assert not at.tabs  # the page did not run
