"""Means and changes as they are shown (issue 12, found in review): one rule everywhere, so a
change is always the difference of the two figures beside it."""

from __future__ import annotations

from amk_desktop.core.baseline import FactorChange
from amk_desktop.core.figures import change, is_no_change, one_decimal


def test_one_decimal_rounds_half_up_whatever_the_binary_fraction() -> None:
    assert [one_decimal(v) for v in (2.25, 2.35, 2.45, 0.05, 3.0, 7 / 3, 2.5)] == [
        2.3,
        2.4,
        2.5,
        0.1,
        3.0,
        2.3,
        2.5,
    ]
    assert f"{2.25:.1f}" == "2.2"  # what Python's own formatting would have shown


def test_found_in_review_a_survey_score_of_exactly_a_half_rounds_up() -> None:
    """A department's score is a mean of person means: 47,75 exactly came out
    47,749999999999993 in floating point and was shown 47,7."""
    from amk_desktop.core.survey import Response, score_departments

    n = None
    rows = [
        (5, 4, 3, 1, n, n, n, n),
        (3, 3, 3, 3, n, n, n, n),
        (2, 2, 2, 2, 1, n, n, n),
        (5, 5, 5, 4, 3, 1, n, n),
        (3, 3, 3, 3, 3, 1, n, n),
    ]
    score = score_departments([Response("Lager", answers) for answers in rows]).departments[0].score
    assert score is not None and score != 47.75 and abs(score - 47.75) < 1e-9
    assert one_decimal(score) == 47.8


def test_a_change_is_the_difference_of_the_figures_shown() -> None:
    # trust 2, 2, 3 -> 2, 3, 3: shown 2,3 and 2,7, so the change is +0,4 (not +0,3)
    assert change(7 / 3, 8 / 3) == 0.4
    # innovation 2,25 -> 2,5: shown 2,3 and 2,5
    assert change(2.25, 2.5) == 0.2
    assert FactorChange("innovation", 2.25, 2.5).change == 0.2
    assert change(None, 2.0) is None and change(2.0, None) is None
    assert is_no_change(0.04) and not is_no_change(0.05) and is_no_change(-0.0)
