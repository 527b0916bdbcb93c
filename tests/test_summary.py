"""The joint summary across the groups, against hand-computed values (issue 9)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Group
from amk_desktop.core.summary import DISAGREEMENT_SPREAD, summarize


def group(name: str, *scores: int | None) -> Group:
    return Group(name, scores=dict(zip(FACTOR_KEYS, scores, strict=True)))


GROUPS = [
    #        trust innov motiv resou syste know
    group("A", 4, 2, 5, 1, None, 3),
    group("B", 2, 2, 4, 1, None, None),
    group("C", 3, None, 5, 2, None, 3),
]


def test_each_factor_by_hand() -> None:
    summary = summarize(GROUPS)
    assert summary.group_count == 3
    first = summary.factors[0]
    assert first.key == FACTOR_KEYS[0]
    assert first.scores == (4, 2, 3)
    assert (first.mean, first.lowest, first.highest, first.spread) == (3.0, 2, 4, 2)
    assert first.groups_disagree
    # an unrated score is left out, not counted as 0: (2 + 2) / 2, not (2 + 2 + 0) / 3
    second = summary.factors[1]
    assert (second.rated_count, second.mean, second.spread) == (2, 2.0, 0)
    third = summary.factors[2]
    assert third.mean == pytest.approx(14 / 3)
    assert (third.lowest, third.highest, third.spread) == (4, 5, 1)
    assert not third.groups_disagree
    nobody = summary.factors[4]
    assert (nobody.rated_count, nobody.mean, nobody.lowest, nobody.spread) == (0, None, None, None)
    assert not nobody.groups_disagree
    assert summary.factor(FACTOR_KEYS[5]).mean == 3.0


def test_lowest_rated_and_disagreements() -> None:
    summary = summarize(GROUPS)
    assert summary.lowest_rated == (FACTOR_KEYS[3],)  # (1 + 1 + 2) / 3
    assert summary.disagreements == (FACTOR_KEYS[0],)
    tie = summarize([group("A", 1, 1, 5, 5, 3, 3), group("B", 1, 1, 1, 5, 3, 3)])
    assert tie.lowest_rated == (FACTOR_KEYS[0], FACTOR_KEYS[1])
    assert tie.disagreements == (FACTOR_KEYS[2],)  # spread 4
    assert summarize([]).lowest_rated == () and summarize([]).disagreements == ()


@given(
    st.lists(
        st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=6, max_size=6),
        max_size=12,
    )
)
def test_figures_hold_for_any_groups(table: list[list[int | None]]) -> None:
    summary = summarize([group(f"G{n}", *row) for n, row in enumerate(table)])
    for index, factor in enumerate(summary.factors):
        rated = [score for row in table if (score := row[index]) is not None]
        assert factor.rated_count == len(rated)
        if rated:
            assert factor.lowest == min(rated) and factor.highest == max(rated)
            assert factor.mean == pytest.approx(sum(rated) / len(rated))
            assert factor.groups_disagree == (max(rated) - min(rated) >= DISAGREEMENT_SPREAD)
        else:
            assert factor.mean is None


def test_only_the_widest_disagreement_is_marked() -> None:
    """With many groups nearly every factor is two points apart: the summary marks the
    factors the groups disagree on most, not all of them."""
    groups = [group("A", 1, 2, 3, 2, 4, 4), group("B", 4, 4, 5, 4, 2, 4)]
    summary = summarize(groups)
    assert [f.spread for f in summary.factors] == [3, 2, 2, 2, 2, 0]
    assert summary.disagreements == (FACTOR_KEYS[0],)
    assert summary.disagree_most(summary.factors[0])
    assert not summary.disagree_most(summary.factors[1])
    assert summary.factors[1].groups_disagree  # two apart, but not the most
    calm = summarize([group("A", 3, 3, 3, 3, 3, 3), group("B", 4, 4, 4, 4, 4, 4)])
    assert calm.disagreements == ()  # one point apart is not a disagreement
