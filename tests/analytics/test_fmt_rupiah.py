"""analytics.fmt.rupiah_kolom: a column of money in one unit (issue 11 point 10)."""

from __future__ import annotations

from analytics import fmt


def test_a_column_takes_the_unit_of_its_largest_value():
    # before: "Rp 8,9 M" beside "Rp 268,5 jt"
    assert fmt.rupiah_kolom([8_900_000_000, 268_500_000, None, 0]) == ["Rp 8,9 M", "Rp 0,3 M", "–", "Rp 0"]
    # a value under a tenth of the unit: two decimals for the whole column
    assert fmt.rupiah_kolom([8_900_000_000, 68_500_000]) == ["Rp 8,90 M", "Rp 0,07 M"]
    assert fmt.rupiah_kolom([151_000_000, 20_000_000]) == ["Rp 151,0 jt", "Rp 20,0 jt"]
    assert fmt.rupiah_kolom([151_000_000, 20_000_000], "en") == ["Rp 151.0 m", "Rp 20.0 m"]


def test_a_value_too_small_for_the_unit_says_so_rather_than_zero():
    assert fmt.rupiah_kolom([5_000_000_000, 1_000_000]) == ["Rp 5,00 M", "< Rp 0,01 M"]


def test_below_a_million_the_column_is_in_full_rupiah():
    assert fmt.rupiah_kolom([950_000, 12_500, None]) == ["Rp 950.000", "Rp 12.500", "–"]
    assert fmt.rupiah_kolom([]) == []
    assert fmt.rupiah_kolom([-2_000_000, 1_000_000]) == ["-Rp 2,0 jt", "Rp 1,0 jt"]
