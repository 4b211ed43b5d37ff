"""The second reader's labels and the agreement figures computed from them."""

from __future__ import annotations

from benchmarks import label_agreement as la


def test_every_second_label_is_well_formed_and_has_a_first_one() -> None:
    second = la.second_labels()
    assert set(second) == {"eu", "usajobs"}
    assert len(second["eu"]) == 50 and len(second["usajobs"]) == 40
    for corpus, labels in second.items():
        first = la.first_labels(corpus)
        for ad_id, label in labels.items():
            assert ad_id in first, (corpus, ad_id)
            assert label.why, (corpus, ad_id)
            if label.has_list:
                assert isinstance(label.must, int) and label.must >= 1, (corpus, ad_id)
            else:
                assert label.must is None


def test_the_figures_count_what_they_say() -> None:
    first = {
        "a": la.Label(True, 5, "x"),
        "b": la.Label(True, 8, "x"),
        "c": la.Label(False, None, "x"),
        "d": la.Label(True, 3, "x"),
    }
    second = {
        "a": la.Label(True, 6, "y"),  # off by one: agrees within ±1
        "b": la.Label(True, 4, "y"),  # off by four
        "c": la.Label(True, 2, "y"),  # list answer differs
        "d": la.Label(True, 3, "y"),  # exact
        "e": la.Label(True, 3, "y"),  # no first label
    }
    lines = la.report("t", second, first)
    assert lines[0] == "t: 4 ads read twice (1 without a first label)"
    assert "list present: 3/4 agree (0.75)" in lines[1]
    assert "count within ±1: 2/3 (0.67); exact: 1/3 (0.33)" in lines[2]
    assert "2/4 (0.50)" in lines[3]
    assert "  disagreements (list, or count off by more than 1): 2" in lines
    assert "  off by one: 1" in lines


def test_the_dev_only_row_shows_no_test_or_all_figure() -> None:
    from benchmarks.eval_targets import Target

    t = Target("must-have count within ±1", "corpus", 0.85)
    halves = ["dev", "dev", "dev", "test", "test"]
    for ok, part in zip([True, True, False, False, False], halves, strict=True):
        t.add(ok, "an item", part)
    row = t.dev_row()
    assert row == ["must-have count within ±1", "corpus", "0.667 (2/3)", "≥ 0.85", "FAIL"]
    assert "0.400" not in " ".join(row) and "(0/2)" not in " ".join(row)
    held_out = Target("answers on the right side", "held-out", 0.9)
    held_out.add(True, "a")
    assert held_out.dev_row()[2:] == ["—", "≥ 0.9", "not shown"]
