"""Follow-up over the year (issue 12): a meeting that follows an earlier one keeps that meeting's
result as its baseline, compares with it, and reviews its agreements. No Qt.

A `Baseline` is a copy of what matters of the earlier session, kept inside the new session's
file so that it never depends on where the earlier file lies: its meeting details, its groups'
names and scores (not their notes), its agreements (whose status and outcome are updated when
they are reviewed at the new meeting) and, in turn, its own baseline: the chain of the year's
meetings, newest first, at most `MAX_CHAIN` deep (the oldest falls off).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from amk_desktop.core import figures
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.core.summary import summarize

MAX_CHAIN = 12  # earlier meetings kept in a file: a year of monthly follow-ups


@dataclass
class Baseline:
    file: str  # the earlier session's file name (information only; the copy is what counts)
    created: str  # the earlier session's first and last save ("" if it was never saved)
    modified: str
    details: MeetingDetails
    groups: list[Group]  # names and scores (notes are not kept)
    agreements: list[Agreement]  # status and outcome as reviewed at the later meeting
    baseline: Baseline | None = None  # the meeting before that one

    def chain(self) -> Iterator[Baseline]:
        """This baseline and the earlier ones, newest first."""
        current: Baseline | None = self
        while current is not None:
            yield current
            current = current.baseline


def baseline_of(session: Session, file_name: str) -> Baseline:
    """The baseline a later meeting keeps of `session` (read from `file_name`): a copy, with
    `session`'s own chain behind it, cut to `MAX_CHAIN` meetings."""
    earlier = copy.deepcopy(session.baseline)
    baseline = Baseline(
        file=file_name,
        created=session.created,
        modified=session.modified,
        details=copy.deepcopy(session.details),
        groups=[Group(g.name, dict(g.scores), id=g.id) for g in session.groups],
        agreements=copy.deepcopy(session.agreements),
        baseline=earlier,
    )
    for depth, link in enumerate(baseline.chain(), start=1):
        if depth == MAX_CHAIN:
            link.baseline = None
            break
    return baseline


def same_meeting(created: str, date: str, other_created: str, other_date: str) -> bool:
    """Whether two meetings are one: the same first save, and the same date (or one of
    them has none), as `core/annual.py` recognises them."""
    return (
        bool(created)
        and created == other_created
        and (not date or not other_date or date == other_date)
    )


def baseline_problem(session: Session, earlier: Session) -> str | None:
    """Why `earlier` cannot be the meeting `session` follows up, or None if it can:
    "same" (it is this meeting), "later" (it was held after this one), "follows" (it follows
    up this meeting: the chain would go round)."""
    here = (session.created, session.details.date)
    if same_meeting(*here, earlier.created, earlier.details.date):
        return "same"
    if session.details.date and earlier.details.date > session.details.date:
        return "later"
    link = earlier.baseline
    while link is not None:
        if same_meeting(*here, link.created, link.details.date):
            return "follows"
        link = link.baseline
    return None


def with_review_kept(new: Baseline, held: Baseline | None) -> Baseline:
    """`new`, with the review (status, how it went) that `held` has of the same earlier
    meeting's agreements kept, agreement by agreement where the action is the same: choosing
    the earlier meeting again does not undo the review made in the meeting."""
    if held is None or not same_meeting(
        new.created, new.details.date, held.created, held.details.date
    ):
        return new
    agreements = [
        replace(agreement, status=old.status, outcome=old.outcome)
        if old is not None and old.action == agreement.action
        else agreement
        for agreement, old in zip(
            new.agreements,
            [*held.agreements, *[None] * (len(new.agreements) - len(held.agreements))],
            strict=False,
        )
    ]
    return replace(new, agreements=agreements)


def follow_up_session(earlier: Session, file_name: str) -> Session:
    """A new meeting that follows `earlier`: its details carried over (not its date), groups of
    the same names to rate again, nothing rated, no agreements of its own yet, and `earlier` as
    its baseline. A group's identity is derived from the earlier group's (`follow_up_id`), so
    follow-ups of one meeting made on two laptops hold the same groups and collect as such."""
    details = replace(earlier.details, date="")
    groups = [
        Group(group.name, id=follow_up_id(group.id, earlier.created)) for group in earlier.groups
    ]
    return Session(details=details, groups=groups, baseline=baseline_of(earlier, file_name))


def follow_up_id(group_id: str, created: str) -> str:
    """The identity of a group in the follow-up of the meeting first saved at `created`: the
    same on every laptop, different from the earlier group's (they are different ratings)."""
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(f"follow-up\0{group_id}\0{created}".encode()).hexdigest()[:32]


def meeting_name(details: MeetingDetails, file: str) -> str:
    """What a meeting is called where it is named: its title (spaces tidied), else its file."""
    return " ".join(details.title.split()) or file


def name_key(name: str) -> str:
    """How a group is recognised in the earlier meeting: by name, case and spaces aside."""
    return " ".join(name.split()).casefold()


def matching_group(group: Group, earlier: Sequence[Group]) -> Group | None:
    """The earlier meeting's group of the same name, if there is exactly one."""
    found = [other for other in earlier if name_key(other.name) == name_key(group.name)]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class FactorChange:
    """One factor then and now: the mean over the groups that rated it, and the change."""

    key: str
    earlier: float | None
    now: float | None

    @property
    def change(self) -> float | None:
        """Now less then, of the means as they are shown (one decimal), so that 2,3 and 2,8
        are said to differ by 0,5."""
        return figures.change(self.earlier, self.now)


def compare_means(now: Sequence[Group], earlier: Sequence[Group]) -> tuple[FactorChange, ...]:
    """Each factor's mean now and in the earlier meeting (all groups of each)."""
    then_summary, now_summary = summarize(earlier), summarize(now)
    return tuple(
        FactorChange(key, then_factor.mean, now_factor.mean)
        for key, then_factor, now_factor in zip(
            FACTOR_KEYS, then_summary.factors, now_summary.factors, strict=True
        )
    )
