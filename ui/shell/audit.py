"""The audit trail from the app's side (analytics.akun.audit): who exported, made a report or a
deck, uploaded, or changed the boundaries, for which area and month.

`logged(aksi, build, **rincian)` wraps a download's data: the row is written when the file is
actually made (a click; st.download_button's deferred data runs on another thread, so who, where
and when are taken from this run's view now). `record(...)` writes one row at once. A failure to
write the trail is logged on the server and never stops the official's work.
"""

from __future__ import annotations

import logging

from analytics.akun import audit, db
from ui.shell.state import current

_log = logging.getLogger(__name__)


def _who(view) -> tuple[str, str | None, str | None]:
    return view.pengguna or "anonim", view.scope.kode, view.periode_param


def _write(aksi: str, who: str, wilayah: str | None, periode: str | None, rincian: dict) -> None:
    try:
        with db.connect() as con:
            audit.record(con, aksi, who, wilayah=wilayah, periode=periode, **rincian)
    except Exception:  # noqa: BLE001 — the trail must not break a download or an upload
        _log.exception("audit trail: %s not recorded", aksi)


def record(aksi: str, view=None, **rincian) -> None:
    """One row now, for this run's view (or `view`)."""
    who, wilayah, periode = _who(view or current())
    _write(aksi, who, wilayah, periode, rincian)


def logged(aksi: str, build, **rincian):
    """`build` (bytes, or a function making them) as deferred download data that records `aksi`
    when the file is made."""
    who, wilayah, periode = _who(current())

    def make():
        data = build() if callable(build) else build
        _write(aksi, who, wilayah, periode, rincian)
        return data

    return make
