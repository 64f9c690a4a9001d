"""Best and worst sub-areas by capaian, on literal frames."""

from __future__ import annotations

import pandas as pd

from analytics.coverage.ranking import best_and_worst


def frame(rows):
    return pd.DataFrame(rows, columns=["nama", "capaian_persen"]).astype({"capaian_persen": "Float64"})


def test_best_highest_first_worst_lowest_first_without_overlap():
    rows = [(f"A{i}", float(i)) for i in range(1, 8)] + [("Tanpa target", None)]
    r = best_and_worst(frame(rows), n=5)
    assert list(r.best["nama"]) == ["A7", "A6", "A5", "A4", "A3"]
    assert list(r.worst["nama"]) == ["A1", "A2"]  # only what is left after the best five
    assert r.unranked == 1


def test_few_areas_are_all_best_and_none_worst():
    r = best_and_worst(frame([("B", 50.0), ("A", 50.0), ("C", 80.0)]), n=5)
    assert list(r.best["nama"]) == ["C", "A", "B"]  # a tie is ordered by name
    assert r.worst.empty and r.unranked == 0


def test_ten_or_more_areas_give_two_full_lists():
    r = best_and_worst(frame([(f"K{i:02d}", float(i)) for i in range(12)]), n=5)
    assert list(r.best["nama"]) == ["K11", "K10", "K09", "K08", "K07"]
    assert list(r.worst["nama"]) == ["K00", "K01", "K02", "K03", "K04"]


def test_one_ranking_ties_by_name_without_case():
    """Ringkasan and Capaian Target rank with the same function: equal capaian goes by name, case aside."""
    import pandas as pd

    from analytics.coverage.ranking import best_and_worst, ranked

    frame = pd.DataFrame({"nama": ["kota b", "Kota A", "Kota C", "Kota D"], "capaian_persen": [50.0, 50.0, 70.0, None]})
    order = ranked(frame)
    assert list(order["nama"]) == ["Kota C", "Kota A", "kota b", "Kota D"]
    assert order["peringkat"].tolist()[:3] == [1, 2, 3]
    assert order["peringkat"].isna().tolist() == [False, False, False, True]
    r = best_and_worst(frame, n=1)
    assert (list(r.best["nama"]), list(r.worst["nama"]), r.unranked) == (["Kota C"], ["Kota A"], 1)
