"""Where the files shipped with Cakupan are: app.py, pages/, data/ (reference data, built-in
geometry), static/ and .streamlit/config.toml.

In a checkout they sit at the top of the repository, beside analytics/ (the layout the project was
designed with). `pip install .` installs the same tree as the package `cakupan_site` (pyproject.toml
maps it onto the repository's top level), so an installed Cakupan finds its files through that
package, wherever it was installed. The database is never written into an installed package: its
default there is the user's data folder ($XDG_DATA_HOME/cakupan, else ~/.local/share/cakupan).
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


@cache
def root() -> Path:
    """The folder holding app.py, pages/, data/ and static/."""
    if is_checkout():
        return _CHECKOUT
    spec = importlib.util.find_spec("cakupan_site")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("Cakupan's files (package cakupan_site) are not installed: reinstall with `pip install .`")
    return Path(next(iter(spec.submodule_search_locations)))


def is_checkout() -> bool:
    """Running from a checkout of the repository (app.py beside analytics/), not an installed copy."""
    return (_CHECKOUT / "app.py").is_file() and (_CHECKOUT / "pages").is_dir()


def data_dir() -> Path:
    return root() / "data"


def app_file() -> Path:
    return root() / "app.py"


def default_db() -> Path:
    """data/cakupan.duckdb in a checkout; the user's data folder for an installed Cakupan."""
    if is_checkout():
        return _CHECKOUT / "data" / "cakupan.duckdb"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cakupan" / "cakupan.duckdb"
