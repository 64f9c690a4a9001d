"""The Unggah tab: choose a dataset, upload a file, read the validation report, then save.

The flow mirrors the command line (same analytics.load calls): validate the whole file, show the
report, and only write on "Simpan ke basis data". A rejected file changes nothing and its rejection
is recorded in the history once. The upload is kept on disk (ui.kelola.spool) and the uploader cleared at
once, so the server holds no copy of the file in memory; a rerun, a language switch or a visit to
another page loses nothing. The validation is kept too (its rows also wait on disk), keyed by
dataset, file hash and name, so it is not repeated on every rerun.

Streamlit's uploader speaks English ("Upload", "400MB per file • CSV, XLSX"): the limit line is
hidden (ui.shell.theme) and said in the user's language under the box, and the button's text is replaced
by CSS, since st.file_uploader takes no button label.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from analytics import fmt, load
from analytics.contract import DATASETS
from analytics.load import plausibility
from analytics.scope import Level
from ui.components import plain, tables
from ui.kelola import labels
from ui.kelola.contract_table import columns_table, numeric_columns, preview_table
from ui.kelola.spool import SpooledUpload
from ui.shell import audit, db
from ui.shell.state import AppState
from ui.texts.shell import T

PREVIEW_ROWS = 10
UPLOAD = "kd_upload"  # the SpooledUpload being handled
VALIDATION = "kd_validation"  # ((dataset, sha, name), Validation)
RECORDED = "kd_recorded"  # {(dataset, sha, name)} whose rejection is already in the history
SAVED = "kd_saved"  # the summary of the last save, shown once after the rerun
CHECKS = "kd_checks"  # ((sha, name, area, lang), the plausibility warnings)
UPLOADER_GEN = "kd_uploader_gen"  # bumped after a save, to give an empty uploader
USER = "pengguna"


def _size(n: int, lang: str) -> str:
    if n >= 1024 * 1024:
        return f"{fmt.angka(n / 1024 / 1024, 1, lang)} MB"
    return f"{fmt.angka(max(1, round(n / 1024)), lang=lang)} KB"


def remember_upload(uploaded, key: str = UPLOAD) -> SpooledUpload | None:
    """The file to handle, kept on disk and in session state under `key`: a new upload replaces the
    kept one; else the kept one, if any. Shared by the data and boundary tabs."""
    if uploaded is not None:
        kept = st.session_state.get(key)
        # Streamlit gives every upload its own file_id: a rerun with the same upload still in the
        # widget (the boundary tab keeps it there) costs nothing, a new upload is written once.
        if kept is None or kept.file_id != uploaded.file_id:
            st.session_state[key] = SpooledUpload(uploaded.name, uploaded, uploaded.file_id)
    return st.session_state.get(key)


def forget_upload() -> None:
    for key in (UPLOAD, VALIDATION):
        st.session_state.pop(key, None)
    st.session_state[UPLOADER_GEN] = st.session_state.get(UPLOADER_GEN, 0) + 1


def validation_for(con: duckdb.DuckDBPyConnection, dataset: str, file: dict, view: AppState):
    """Validate once per (dataset, file); later reruns reuse the result. The file is its bytes and
    its name: the same bytes uploaded under another name are reported and saved under that name."""
    key = (dataset, file.sha, file.name, view.allowed)
    cached = st.session_state.get(VALIDATION)
    if cached and cached[0] == key:
        return cached[1]
    with st.spinner(view.t("up_validating", name=plain.md(file.name))):
        validation = load.validate(con, dataset, file.path, file.name, view.lang, sha256=file.sha, allowed=view.allowed)
    st.session_state[VALIDATION] = (key, validation)
    return validation


def user_name(view: AppState) -> str:
    """The signed-in account; in demo mode asked once per session (kept outside the widget so it
    survives page changes)."""
    if view.pengguna is not None:
        st.markdown(view.t("up_as", nama=plain.md(view.pengguna, 64), wilayah=plain.md(view.allowed_label, 120)))
        return view.pengguna
    st.session_state.setdefault(USER, "")
    name = st.text_input(
        view.t("up_user"), value=st.session_state[USER], key="kd_user",
        placeholder=view.t("up_user_default"),
    )
    st.session_state[USER] = name.strip()
    return st.session_state[USER] or view.t("up_user_default")


def show_figures(con: duckdb.DuckDBPyConnection, validation, view: AppState) -> None:
    """Rows, periods, areas and rows that will be replaced, as large figures."""
    report, lang = validation.report, view.lang
    cols = st.columns(4)
    cols[0].metric(view.t("up_rows"), fmt.angka(report.rows, lang=lang))
    cols[1].metric(view.t("up_periods"), fmt.angka(len(report.periods), lang=lang))
    cols[2].metric(view.t("up_areas"), fmt.angka(len(report.areas), lang=lang))
    cols[3].metric(view.t("up_replaced"), fmt.angka(load.rows_to_replace(con, validation), lang=lang))
    periods = labels.periode_list(report.periods, lang)
    st.caption(view.t("up_style", periods=periods, style=report.style_label(lang)))


def show_new_months(con: duckdb.DuckDBPyConnection, validation, view: AppState) -> None:
    """A membership file that opens a month for only part of the country says so before saving."""
    for periode, ada, total in load.new_partial_months(con, validation):
        st.warning(view.t("up_partial_month", bulan=fmt.bulan(periode, view.lang), ada=fmt.angka(ada, lang=view.lang),
                          total=fmt.angka(total, lang=view.lang)), icon=":material/calendar_month:")  # fmt: skip


def show_warnings(report, view: AppState) -> None:
    if report.warnings:
        st.warning(
            "**" + view.t("up_warnings") + "**\n\n" + "\n".join(f"- {plain.message(w.message(view.lang))}" for w in report.warnings),
            icon=":material/warning:",
        )


def show_valid(con: duckdb.DuckDBPyConnection, validation, file: dict, view: AppState) -> None:
    st.success(view.t("up_valid"), icon=":material/check_circle:")
    show_figures(con, validation, view)
    show_new_months(con, validation, view)
    show_warnings(validation.report, view)
    preview = preview_table(validation.preview(PREVIEW_ROWS), validation.report.dataset, view.lang)
    st.markdown(f"**{view.t('up_preview', n=fmt.angka(len(preview), lang=view.lang))}**")
    right = tables.right_columns(numeric_columns(validation.report.dataset))
    st.dataframe(preview, hide_index=True, width="stretch", height="content", column_config=right, key="kd_preview")
    user = user_name(view)
    warnings = plausibility_for(con, validation, file, view)
    sure = confirm(con, validation, warnings, view)
    if st.button(view.t("up_save"), type="primary", key="kd_commit", icon=":material/save:", disabled=not sure):
        with st.spinner(view.t("up_saving")):
            report = db.write(view.lang, validation.report.file_name, lambda w: load.commit(w, validation, user))
        if report is None:  # another writer kept the store too long: said, nothing lost
            return
        audit.record("unggah", view, dataset=report.dataset, berkas=report.file_name, baris=report.rows,
                     periode=[str(p) for p in report.periods][:24], wilayah=len(report.areas), dikonfirmasi=True,
                     peringatan=[w.message(view.lang) for w in report.warnings][:20],
                     cek=[c.message(view.lang) for c in warnings])  # fmt: skip
        st.session_state[SAVED] = plain.message(report.summary(view.lang))
        forget_upload()
        st.rerun()


def plausibility_for(con: duckdb.DuckDBPyConnection, validation, file, view: AppState) -> list:
    """The plausibility warnings (analytics.load.plausibility), once per file and area, shown."""
    key = (file.sha, file.name, view.allowed, view.lang)
    held = st.session_state.get(CHECKS)
    if not held or held[0] != key:
        held = (key, plausibility.checks(con, validation, view.allowed, view.lang))
        st.session_state[CHECKS] = held
    found = held[1]
    if found:
        st.warning("**" + view.t("up_checks") + "**\n\n" + "\n".join(f"- {plain.message(c.message(view.lang))}" for c in found),
                   icon=":material/rule:")  # fmt: skip
    return found


def confirm(con: duckdb.DuckDBPyConnection, validation, warnings: list, view: AppState) -> bool:
    """What saving changes, in words, and the box the uploader ticks to say so."""
    report, lang = validation.report, view.lang
    names = dict(con.execute("SELECT kode_wilayah, nama FROM wilayah").fetchall())
    areas = [names.get(a, a) for a in sorted(report.areas)]
    listed = ", ".join(areas[:12]) + (f" … (+{len(areas) - 12})" if len(areas) > 12 else "")
    st.markdown(view.t("up_change", rows=fmt.angka(report.rows, lang=lang),
                       replaced=fmt.angka(load.rows_to_replace(con, validation), lang=lang),
                       bulan=plain.md(labels.periode_list(report.periods, lang), 300), n=fmt.angka(len(areas), lang=lang),
                       daftar=plain.md(listed, 600)))  # fmt: skip
    return st.checkbox(view.t("up_confirm_checks" if warnings or report.warnings else "up_confirm"), key="kd_sure")


def errors_with_file(report, lang: str) -> pd.DataFrame:
    """The report's error table with the file name first, as the contract asks."""
    table = report.error_table(lang)
    table.insert(0, T("up_file_col", lang), report.file_name)
    return table


def show_rejected(con: duckdb.DuckDBPyConnection, validation, dataset: str, file: dict, view: AppState) -> None:
    key = (dataset, file.sha, file.name, view.allowed)
    recorded = st.session_state.setdefault(RECORDED, set())
    if key not in recorded:
        user = view.pengguna or st.session_state.get(USER) or view.t("up_user_default")
        if db.write(view.lang, validation.report.file_name, lambda w: load.reject(w, validation, user), data=False):
            audit.record("unggah.ditolak", view, dataset=dataset, berkas=validation.report.file_name,
                         galat=validation.report.error_count)  # fmt: skip
            recorded.add(key)
            st.rerun()  # the history tab below reads the copy published with this rejection
    report = validation.report
    st.error(view.t("up_rejected"), icon=":material/block:")
    st.markdown(plain.message(report.summary(view.lang)))
    errors = errors_with_file(report, view.lang)
    if not errors.empty:
        st.table(tables.right_aligned(errors, [view.t("err_row")]), hide_index=True)  # wraps; ≤ 50 rows
    if report.remaining_errors():
        st.markdown(view.t("up_more_errors", n=fmt.angka(report.remaining_errors(), lang=view.lang)))
    show_warnings(report, view)
    st.caption(view.t("up_recorded"))


def _button_text_css(text: str) -> str:
    """The uploader's "Upload" button says `text` instead (visually; the control is unchanged)."""
    text = text.replace("\\", "").replace('"', "")
    return (
        "<style>"
        '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
        " { font-size: 0; }"
        '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after'
        f' {{ content: "{text}"; font-size: 1rem; }}'
        "</style>"
    )


def draw(con: duckdb.DuckDBPyConnection, view: AppState) -> None:
    saved = st.session_state.pop(SAVED, None)
    if saved:
        st.success(view.t("up_saved", summary=saved), icon=":material/task_alt:")
    if not view.boleh_unggah:
        st.info(view.t("up_not_allowed"), icon=":material/lock:")
        return

    # The office mapping is the whole country's reference: only a national account loads it.
    names = [n for n in DATASETS if n != "kantor" or view.allowed.level is Level.NASIONAL]
    dataset = st.selectbox(
        view.t("up_dataset"), names, format_func=lambda n: labels.dataset_option(n, view.lang),
        key="kd_dataset", placeholder=view.t("choose"),
    )
    with st.expander(view.t("up_columns"), icon=":material/table_view:"):
        st.dataframe(columns_table(dataset, view.lang), hide_index=True, width="stretch", height="content")

    gen = st.session_state.get(UPLOADER_GEN, 0)
    st.html(_button_text_css(view.t("up_button")))
    # No `type=`: Streamlit would refuse other files with its own English ("text/plain files are not
    # allowed"); analytics.load names an unsupported file in the user's language instead.
    uploaded = st.file_uploader(view.t("up_file"), key=f"kd_file_{gen}", help=view.t("up_file_help"))
    st.caption(view.t("up_file_limits", mb=fmt.angka(st.get_option("server.maxUploadSize"), lang=view.lang)))
    file = remember_upload(uploaded)
    if file is None:
        return
    if uploaded is not None:  # kept on disk now: clear the uploader, so Streamlit drops its copy
        st.session_state[UPLOADER_GEN] = gen + 1
        st.rerun()
    st.info(view.t("up_kept", name=plain.md(file.name), size=_size(file.size, view.lang)))
    st.button(view.t("up_forget"), key="kd_forget", on_click=forget_upload)

    try:
        validation = validation_for(con, dataset, file, view)
    except Exception as exc:  # noqa: BLE001 — a broken file must never show a traceback
        st.error(view.t("up_crash", detail=plain.md(f"{type(exc).__name__}: {exc}", 200)))
        return
    if validation.ok:
        show_valid(con, validation, file, view)
    else:
        show_rejected(con, validation, dataset, file, view)
