"""XLSX templates: the dataset sheet with header and description rows, and the guide sheet."""

import io

from python_calamine import CalamineWorkbook

from analytics.contract import DATASETS
from analytics.templates import column_description, template_xlsx


def _sheets(data: bytes) -> dict:
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}


def test_template_has_dataset_sheet_then_guide():
    assert list(_sheets(template_xlsx("kecelakaan", "id"))) == ["kecelakaan", "Petunjuk"]
    assert list(_sheets(template_xlsx("kecelakaan", "en"))) == ["kecelakaan", "Guide"]


def test_template_header_and_description_rows_follow_the_contract():
    for name, ds in DATASETS.items():
        rows = _sheets(template_xlsx(name))[name]
        assert rows[0] == list(ds.column_names)
        assert rows[1] == [column_description(c, "id") for c in ds.columns]
        assert len(rows) == 2


def test_description_says_required_format_and_choices():
    segmen = DATASETS["kepesertaan"].column("segmen")
    assert column_description(segmen, "id") == "Wajib. PU, BPU, JAKON atau PMI (pekerja migran). [PU, BPU, JAKON, PMI]"
    baru = DATASETS["kepesertaan"].column("peserta_baru")
    assert column_description(baru, "en") == "Optional. Joined this month (optional). [whole number >= 0]"


def test_guide_sheet_holds_one_example_row():
    guide = _sheets(template_xlsx("kantor", "id"))["Petunjuk"]
    assert guide[-2] == ["kode_kantor", "nama_kantor", "kanwil", "kode_wilayah"]
    assert guide[-1] == ["KC-PLG", "KC Palembang", "Sumbagsel", "16.10"]
