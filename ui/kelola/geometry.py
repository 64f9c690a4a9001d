"""The Batas wilayah tab of Kelola Data: which boundaries the map uses, and importing official ones.

Same flow as the data upload (ui.kelola.upload): the uploaded bytes are kept in session state (a rerun or a
language switch loses nothing), the file is read once and checked once per chosen code column
(analytics.geo.importer; simplifying a national file takes seconds), the report is shown, and only
"Simpan" writes. A bad file shows the importer's message, which names the file, and nothing is
stored. Going back to the built-in shapes needs a confirmation tick first.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from analytics import fmt
from analytics.geo import importer, shapes
from analytics.geo.import_report import GeometryError
from ui.components import plain, tables
from ui.kelola import upload
from ui.shell import audit, db
from ui.shell.state import AppState
from ui.texts.geometri import G

UPLOAD = "kd_geo_upload"  # {"name", "data", "sha"}
READ = "kd_geo_read"  # (sha, RawFile | GeometryError)
PREPARED = "kd_geo_prepared"  # ((sha, column), Prepared | GeometryError)
DONE = "kd_geo_done"  # the message of the last save or removal, shown once after the rerun
GEN = "kd_geo_gen"  # bumped after a save, to give an empty uploader
USER = "pengguna"  # shared with ui.kelola.upload: asked once per session


def _status(con: duckdb.DuckDBPyConnection, view: AppState) -> shapes.Source:
    source = shapes.source(con)
    lang = view.lang
    if not source.resmi:
        st.info(G("status_builtin", lang), icon=":material/map:")
        try:
            from analytics.geo import builtin

            st.caption(builtin.NOTE[lang])
        except ImportError:  # the shipped geometry is not installed: the status line says enough
            pass
        return source
    st.success(
        G("status_official", lang, n=fmt.angka(source.jumlah, lang=lang), file=plain.md(source.nama_file or "–"),
          waktu=fmt.waktu(source.waktu, lang), pengguna=source.pengguna or G("user_default", lang)),
        icon=":material/verified:",
    )
    missing = shapes.kabkota_shapes(con).tanpa_bentuk
    if missing:
        st.caption(G("status_missing", lang, n=fmt.angka(len(missing), lang=lang), list=", ".join(missing)))
    return source


def _forget() -> None:
    for key in (UPLOAD, READ, PREPARED):
        st.session_state.pop(key, None)
    st.session_state[GEN] = st.session_state.get(GEN, 0) + 1


def _once(key: str, token, compute):
    """compute() once per token (file and column); a GeometryError is kept like a result."""
    kept = st.session_state.get(key)
    if kept and kept[0] == token:
        return kept[1]
    try:
        value = compute()
    except GeometryError as exc:
        value = exc
    st.session_state[key] = (token, value)
    return value


def _error(exc: Exception, name: str, view: AppState) -> None:
    if isinstance(exc, GeometryError):
        st.error(f"{G('rejected', view.lang)}\n\n{plain.message(exc.message(view.lang))}", icon=":material/block:")
    else:
        st.error(G("crash", view.lang, name=plain.md(name), detail=plain.md(f"{type(exc).__name__}: {exc}", 200)),
                 icon=":material/block:")


def _report(prepared: importer.Prepared, view: AppState) -> None:
    report, lang = prepared.report, view.lang
    cols = st.columns(4)
    cols[0].metric(G("m_rows", lang), fmt.angka(report.rows, lang=lang))
    cols[1].metric(G("m_matched", lang), fmt.angka(len(report.matched), lang=lang),
                   help=G("of_total", lang, total=fmt.angka(report.total, lang=lang)))
    cols[2].metric(G("m_unmatched", lang), fmt.angka(len(report.unmatched), lang=lang))
    cols[3].metric(G("m_missing", lang), fmt.angka(len(report.missing), lang=lang))
    st.markdown(plain.message(report.summary(lang)))
    notes = report.notes(lang)
    if notes:
        st.markdown("\n".join(f"- {plain.message(line)}" for line in notes))
    if report.unmatched:
        st.markdown(f"**{G('unmatched_head', lang)}**")
        table = pd.DataFrame(
            {
                G("col_file", lang): report.file_name,
                G("col_row", lang): [fmt.angka(u.baris, lang=lang) for u in report.unmatched],
                G("col_column", lang): [u.kolom for u in report.unmatched],
                G("col_value", lang): [u.nilai for u in report.unmatched],
                G("col_problem", lang): [u.reason(lang) for u in report.unmatched],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch", key="kd_geo_unmatched",
                     column_config=tables.right_columns([G("col_row", lang)]))
    if report.missing:
        st.markdown(f"**{G('missing_head', lang)}**")
        table = pd.DataFrame(report.missing, columns=[G("col_code", lang), G("col_name", lang)])
        st.dataframe(table, hide_index=True, width="stretch", key="kd_geo_missing")


def _save(con: duckdb.DuckDBPyConnection, prepared: importer.Prepared, source: shapes.Source, view: AppState) -> None:
    lang = view.lang
    if source.resmi:
        st.caption(G("replaces", lang, n=fmt.angka(source.jumlah, lang=lang)))
    if view.pengguna is None:  # demo mode: a typed name; signed in: the account
        st.session_state.setdefault(USER, "")
        name = st.text_input(G("user", lang), value=st.session_state[USER], key="kd_geo_user",
                             placeholder=G("user_default", lang))
        st.session_state[USER] = name.strip()
    user = view.pengguna or st.session_state[USER] or G("user_default", lang)
    if st.button(G("save", lang), type="primary", key="kd_geo_save", icon=":material/save:"):
        with st.spinner(G("saving", lang)):
            saved = db.write(lang, G("save", lang), lambda w: importer.save(w, prepared, user=user, lang=lang) or True)
        if not saved:
            return
        audit.record("batas.impor", view, kabkota=len(prepared.report.matched))
        st.session_state[DONE] = G("saved", lang, n=fmt.angka(len(prepared.report.matched), lang=lang))
        _forget()
        st.rerun()


def _reset(con: duckdb.DuckDBPyConnection, view: AppState) -> None:
    lang = view.lang
    st.subheader(G("reset_head", lang))
    sure = st.checkbox(G("reset_confirm", lang), key="kd_geo_reset_sure")
    if st.button(G("reset", lang), key="kd_geo_reset", disabled=not sure, icon=":material/undo:"):
        user = view.pengguna or st.session_state.get(USER) or G("user_default", lang)
        if not db.write(lang, G("reset", lang), lambda w: importer.remove(w, user=user, lang=lang) or True):
            return
        audit.record("batas.hapus", view)
        st.session_state[DONE] = G("reset_done", lang)
        st.session_state.pop("kd_geo_reset_sure", None)
        st.rerun()


def _import(con: duckdb.DuckDBPyConnection, source: shapes.Source, view: AppState) -> None:
    lang = view.lang
    st.subheader(G("upload_head", lang))
    # No `type=`: Streamlit would refuse other files with its own English ("text/plain files are not
    # allowed"); the importer names an unsupported file in the user's language instead.
    uploaded = st.file_uploader(G("file", lang), key=f"kd_geo_file_{st.session_state.get(GEN, 0)}")
    st.caption(G("file_help", lang))
    file = upload.remember_upload(uploaded, UPLOAD)
    if file is None:
        return
    try:
        with st.spinner(G("reading", lang, name=plain.md(file.name))):
            raw = _once(READ, file.sha + file.name, lambda: importer.read(file.read_bytes(), file.name))
        if isinstance(raw, Exception):
            _error(raw, file.name, view)
            return
        guess = importer.guess_column(con, raw)
        options = raw.columns
        column = st.selectbox(
            G("column", lang), options, index=options.index(guess) if guess in options else None,
            key=f"kd_geo_column_{file.sha[:12]}", help=G("column_help", lang), placeholder=G("no_guess", lang),
        )
        if column is None:
            return
        with st.spinner(G("checking", lang)):
            prepared = _once(PREPARED, (file.sha, column), lambda: importer.prepare(con, raw, column))
    except Exception as exc:  # noqa: BLE001 — a broken file must never show a traceback
        _error(exc, file.name, view)
        return
    if isinstance(prepared, Exception):
        _error(prepared, file.name, view)
        return
    _report(prepared, view)
    _save(con, prepared, source, view)


def draw(con: duckdb.DuckDBPyConnection, view: AppState) -> None:
    done = st.session_state.pop(DONE, None)
    if done:
        st.success(done, icon=":material/task_alt:")
    st.caption(G("intro", view.lang))
    source = _status(con, view)
    _import(con, source, view)
    if source.resmi:
        _reset(con, view)
