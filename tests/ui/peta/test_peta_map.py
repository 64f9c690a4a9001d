"""The map's height follows the framed box, so a wide country leaves no empty bands."""

from __future__ import annotations

from ui.peta import map as peta_map


def test_a_wide_country_gets_a_low_map():
    # Indonesia framed: 94–142 °E, 11 °S–6 °N (48° × 17°): 1100 px × 17/48 × 1.05 = 409 px
    assert peta_map.height_for((94.0, -11.0, 142.0, 6.0)) == 409


def test_a_tall_province_is_capped_and_a_flat_strip_has_a_floor():
    assert peta_map.height_for((105.0, -8.0, 107.0, -4.0)) == peta_map.MAX_HEIGHT
    assert peta_map.height_for((100.0, 0.0, 140.0, 1.0)) == peta_map.MIN_HEIGHT


def test_no_box_gets_the_full_height():
    assert peta_map.height_for(None) == peta_map.MAX_HEIGHT
