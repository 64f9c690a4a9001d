"""The header row: name matching, unknown and missing columns, and the template's description row."""

from analytics import load
from analytics.contract import DATASETS
from analytics.templates import column_description, template_xlsx
from tests.fixtures.files import KEPESERTAAN, csv_bytes, stored, where, xlsx_bytes


def test_column_names_match_ignoring_case_spaces_and_dashes(load_con):
    data = csv_bytes([[" Periode", "Kode Wilayah", "SEGMEN", "peserta-aktif"], ["2026-10", "16.10", "PU", "4"]])
    assert load.load_file(load_con, "kepesertaan", data, "k.csv").accepted
    assert stored(load_con, "SELECT kode_wilayah, peserta_aktif FROM kepesertaan") == [("16.10", 4)]


def test_unknown_columns_are_ignored_with_a_warning(load_con):
    data = csv_bytes([[*KEPESERTAAN, "keterangan", "Catatan Lain"], ["2026-10", "16.10", "PU", "4", "", "", "x", "y"]])
    report = load.load_file(load_con, "kepesertaan", data, "k.csv")
    assert report.accepted
    assert [w.message("id") for w in report.warnings] == ["Kolom tidak dikenal diabaikan: keterangan, catatan_lain."]


def test_missing_required_columns_reject_the_file_by_name(load_con):
    data = csv_bytes([["periode", "peserta_aktif"], ["2026-10", "4"]])
    v = load.validate(load_con, "kepesertaan", data, "k.csv")
    assert where(v) == [(1, "kode_wilayah, segmen", "kolom_wajib_hilang")]
    assert v.report.errors[0].message("en") == "Required columns are missing: kode_wilayah, segmen."


def test_a_column_named_twice_is_an_error(load_con):
    data = csv_bytes([[*KEPESERTAAN, "Segmen"], ["2026-10", "16.10", "PU", "4", "", "", "BPU"]])
    v = load.validate(load_con, "kepesertaan", data, "k.csv")
    assert where(v) == [(1, "segmen", "kolom_ganda")]


def test_description_row_of_the_template_is_skipped_in_either_language(load_con):
    ds = DATASETS["kepesertaan"]
    for lang in ("id", "en"):
        described = [column_description(ds.column(c), lang) for c in KEPESERTAAN]
        data = csv_bytes([KEPESERTAAN, [f'"{d}"' for d in described], ["2026-10", "16.10", "PU", "4", "", ""]])
        v = load.validate(load_con, "kepesertaan", data, "k.csv")
        assert (v.ok, v.report.rows) == (True, 1)


def test_row_numbers_count_the_skipped_description_row(load_con):
    ds = DATASETS["kepesertaan"]
    described = [f'"{column_description(ds.column(c), "id")}"' for c in KEPESERTAAN]
    data = csv_bytes([KEPESERTAAN, described, ["2026-10", "16.10", "XX", "4", "", ""]])
    assert where(load.validate(load_con, "kepesertaan", data, "k.csv")) == [(3, "segmen", "pilihan_tidak_valid")]


def test_filled_template_loads(load_con):
    template = template_xlsx("kepesertaan")
    import io

    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_filelike(io.BytesIO(template)).get_sheet_by_name("kepesertaan").to_python()
    data = xlsx_bytes({"kepesertaan": [rows[0], rows[1], ["2026-10", "16.10", "PU", 9]]})
    assert load.load_file(load_con, "kepesertaan", data, "k.xlsx").accepted
    assert stored(load_con, "SELECT peserta_aktif FROM kepesertaan") == [(9,)]


def test_untouched_template_says_there_are_no_data_rows(load_con):
    for dataset in DATASETS:
        for lang in ("id", "en"):
            v = load.validate(load_con, dataset, template_xlsx(dataset, lang), f"templat_{dataset}.xlsx")
            assert where(v) == [(None, None, "tanpa_baris_data")], (dataset, lang)


def test_csv_with_only_a_header_says_there_are_no_data_rows(load_con):
    v = load.validate(load_con, "kepesertaan", csv_bytes([KEPESERTAAN]), "k.csv")
    assert where(v) == [(None, None, "tanpa_baris_data")]


def test_preview_shows_the_typed_rows_before_commit(load_con):
    data = csv_bytes([KEPESERTAAN, ["10/2026", "16.1", "pu", "1.234", "", ""]])
    preview = load.validate(load_con, "kepesertaan", data, "k.csv").preview(5)
    assert preview[["kode_wilayah", "segmen", "peserta_aktif"]].values.tolist() == [["16.10", "PU", 1234]]
    assert stored(load_con, "SELECT count(*) FROM kepesertaan") == [(0,)]
