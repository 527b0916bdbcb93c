"""The words the window and the printed sheets share, translated once: the names of an
agreement's fields and of its follow-up states (context "Agreement"), and the figures and
remarks of the joint summary (context "Summary"). The window's tables and the sheet's columns
are these texts, so the screen and the paper always say the same."""

from __future__ import annotations

from collections.abc import Callable

from amk_desktop.core.session import AGREEMENT_STATUSES
from amk_desktop.core.summary import FactorSummary, Summary
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text, fill

AGREEMENT_FIELD_LABELS: dict[str, Text] = {
    "action": QT_TRANSLATE_NOOP("Agreement", "Action"),
    "factors": QT_TRANSLATE_NOOP("Agreement", "Factors"),
    "goal": QT_TRANSLATE_NOOP("Agreement", "Goal"),
    "responsible": QT_TRANSLATE_NOOP("Agreement", "Responsible"),
    "deadline": QT_TRANSLATE_NOOP("Agreement", "Deadline"),
    "evaluation": QT_TRANSLATE_NOOP("Agreement", "Evaluation criterion"),
    "follow_up": QT_TRANSLATE_NOOP("Agreement", "Follow-up"),
    "status": QT_TRANSLATE_NOOP("Agreement", "Status"),
}

# an agreement's outcome, noted when it is followed up at a later meeting (issue 12); not a
# column of the meeting's own agreements
OUTCOME_LABEL = QT_TRANSLATE_NOOP("Agreement", "How it went")

STATUS_LABELS: dict[str, Text] = {
    "open": QT_TRANSLATE_NOOP("Agreement", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Agreement", "In progress"),
    "done": QT_TRANSLATE_NOOP("Agreement", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Agreement", "Dropped"),
}
assert tuple(STATUS_LABELS) == AGREEMENT_STATUSES

# the joint summary (core/summary.py): the columns after the groups' scores, and the remarks
SUMMARY_FIGURES: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("Summary", "Mean"),
    QT_TRANSLATE_NOOP("Summary", "Lowest"),
    QT_TRANSLATE_NOOP("Summary", "Highest"),
    QT_TRANSLATE_NOOP("Summary", "Spread"),
    QT_TRANSLATE_NOOP("Summary", "To talk about"),
)
SUMMARY_LOWEST = QT_TRANSLATE_NOOP("Summary", "Lowest rated")
SUMMARY_DISAGREE = QT_TRANSLATE_NOOP("Summary", "Groups disagree (%1 points apart)")
SUMMARY_NOT_RATED = QT_TRANSLATE_NOOP("Summary", "not rated")


def summary_remark(
    summary: Summary, factor: FactorSummary, translate: Callable[[Text], str]
) -> str:
    """What the joint summary says of a factor, in words ("" when nothing): the window's
    table and the printed sheet say the same."""
    words = []
    if factor.key in summary.lowest_rated:
        words.append(translate(SUMMARY_LOWEST))
    if summary.disagree_most(factor):
        words.append(fill(translate(SUMMARY_DISAGREE), factor.spread))
    return "; ".join(words)
