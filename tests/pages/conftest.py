"""AppTest helpers: start the real entry point (app.py) on a tiny store in tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests import tiny_store

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    path = tmp_path / "cakupan.duckdb"
    monkeypatch.setenv("CAKUPAN_DB", str(path))
    return path


@pytest.fixture
def filled_store(store_path):
    tiny_store.create_filled(store_path)
    return store_path


@pytest.fixture
def empty_store(store_path):
    tiny_store.create_empty(store_path)
    return store_path


KELOLA = "pages/kelola_data.py"


def start(page: str | None = None, timeout: float = 60, **query) -> AppTest:
    """Run app.py once, as a browser opening `?key=value&...` would; then switch to `page` (a path
    like KELOLA) when given, since the default page is another one."""
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def kelola(**query) -> AppTest:
    """The Kelola Data page, opened with the link's query parameters."""
    return start(KELOLA, **query)


def sidebar_values(at: AppTest) -> dict:
    return {w.key: w.value for w in [*at.sidebar.selectbox, *at.sidebar.radio]}


TABS = {"upload": 0, "history": 1, "freshness": 2, "templates": 3}


def tab(at: AppTest, name: str):
    """One tab of the Kelola Data page (Unggah, Riwayat muat, Kelengkapan data, Templat)."""
    return at.tabs[TABS[name]]


def unescaped(markdown: str) -> str:
    """Markdown with its backslash escapes removed: the text a reader sees (ui.components.plain escapes the
    outside values in a message)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u200b", "")


def tile_figures(at) -> dict[str, tuple[str, str]]:
    """Tile key -> (the figure as shown, its context line), read from the page's HTML."""
    from ui.components import tiles

    return {k: (v["value"], v["context"]) for k, v in tiles.read([h.value for h in at.html]).items()}
