"""The joint summary across the groups (fælles opsamling): per factor, every group's score and,
over the groups that rated it, the mean, the lowest, the highest and the spread.

A factor a group has not rated is left out of that factor's figures, never counted as 0. The
summary marks the factors the groups rated lowest and those on which they disagree most (the
widest spread, when it is `DISAGREEMENT_SPREAD` or more), which the leaflet's joint summary is
there to talk about. No Qt: the window's summary table, the printed sheet and the tests share
it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Group, Score

DISAGREEMENT_SPREAD = 2  # points between the lowest and the highest score of a factor


@dataclass(frozen=True)
class FactorSummary:
    """One factor across the groups (its figures are computed once, when first asked for)."""

    key: str
    scores: tuple[Score, ...]  # one per group, in the groups' order; None = not rated

    @cached_property
    def rated(self) -> tuple[int, ...]:
        return tuple(score for score in self.scores if score is not None)

    @property
    def rated_count(self) -> int:
        return len(self.rated)

    @cached_property
    def mean(self) -> float | None:
        rated = self.rated
        return sum(rated) / len(rated) if rated else None

    @cached_property
    def lowest(self) -> int | None:
        return min(self.rated, default=None)

    @cached_property
    def highest(self) -> int | None:
        return max(self.rated, default=None)

    @cached_property
    def spread(self) -> int | None:
        """Highest minus lowest; None when no group rated the factor. (One group's score has
        a spread of 0: nobody disagrees with it.)"""
        rated = self.rated
        return max(rated) - min(rated) if rated else None

    @cached_property
    def groups_disagree(self) -> bool:
        spread = self.spread
        return spread is not None and spread >= DISAGREEMENT_SPREAD


@dataclass(frozen=True)
class Summary:
    """Every factor across the groups, in the order of the chart."""

    factors: tuple[FactorSummary, ...]
    group_count: int

    def factor(self, key: str) -> FactorSummary:
        for summary in self.factors:
            if summary.key == key:
                return summary
        raise KeyError(key)

    @cached_property
    def lowest_rated(self) -> tuple[str, ...]:
        """The factors with the lowest mean (all of them on a tie); none when nothing is rated."""
        means = [(f.mean, f.key) for f in self.factors if f.mean is not None]
        if not means:
            return ()
        lowest = min(mean for mean, _ in means)
        return tuple(key for mean, key in means if abs(mean - lowest) < 1e-9)

    @cached_property
    def disagreements(self) -> tuple[str, ...]:
        """The factors the groups disagree on most: those of the widest spread, when it is
        `DISAGREEMENT_SPREAD` or more (all of them on a tie, in chart order). Only the widest:
        with six groups nearly every factor is two points apart, and marking them all marked
        nothing."""
        wide = [f for f in self.factors if f.groups_disagree]
        widest = max((f.spread or 0 for f in wide), default=0)
        return tuple(f.key for f in wide if f.spread == widest)

    def disagree_most(self, factor: FactorSummary) -> bool:
        return factor.key in self.disagreements


def summarize(groups: Sequence[Group]) -> Summary:
    """The joint summary of `groups` (a session's groups, or the ones the facilitator chose)."""
    return Summary(
        factors=tuple(
            FactorSummary(key, tuple(group.scores.get(key) for group in groups))
            for key in FACTOR_KEYS
        ),
        group_count=len(groups),
    )
