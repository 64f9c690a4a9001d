"""analytics.kbli: every KBLI 2020 section the contract accepts has a name in both languages."""

from __future__ import annotations

from analytics import kbli
from analytics.contract import SEKTOR


def test_every_section_is_named_in_both_languages():
    assert tuple(kbli.NAMA) == SEKTOR
    for letter in SEKTOR:
        id_, en = kbli.NAMA[letter]
        assert id_ and en and id_ != en


def test_label_keeps_the_letter():
    assert kbli.label("G") == "G – Perdagangan besar dan eceran"
    assert kbli.label("G", "en") == "G – Wholesale and retail trade"
    assert kbli.label("c") == "C – Industri pengolahan"  # a lower-case code is still the section
    assert kbli.nama("F", "en") == "Construction"


def test_an_unknown_or_missing_code_is_shown_as_given():
    assert kbli.label("Z") == "Z"
    assert kbli.nama(None) == ""
    assert kbli.label(None) == ""
