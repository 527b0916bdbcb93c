"""The year's meetings, for the agreements due over the year and the annual work-environment
discussion record (issue 12). No Qt.

A year is one or more sessions and the chains of earlier meetings they carry (`Baseline`).
Each meeting is taken once (a session and a copy of it in a later session's chain are one
meeting, known by when its file was first saved and its date: see `year_meetings`), oldest
first; a meeting's agreements are as they were last reviewed (the copy in the newest later
session that follows it up), else as its own file has them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from amk_desktop.core.baseline import MAX_CHAIN, Baseline
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.core.summary import summarize

DUE_WITHIN_DAYS = 30  # an agreement is "due" this many days ahead of its date
CLOSED_STATUSES = ("done", "dropped")


@dataclass(frozen=True)
class Meeting:
    """One meeting of the year, from a session or from a copy in a later session's chain."""

    details: MeetingDetails
    groups: tuple[Group, ...]
    agreements: tuple[Agreement, ...]
    created: str  # when its file was first saved ("" if unknown): how it is recognised
    source: str  # its file's name, or "" for the session itself when it has no name

    @property
    def means(self) -> tuple[float | None, ...]:
        return tuple(factor.mean for factor in summarize(self.groups).factors)

    @property
    def sort_key(self) -> tuple[str, str]:
        """By its date (else the day it was first saved); a meeting with neither is the one
        being held now, the newest."""
        return (self.details.date or self.created[:10] or "9999-12-31", self.created or "~")


def _from_session(session: Session, name: str) -> Meeting:
    return Meeting(
        session.details,
        tuple(session.groups),
        tuple(session.agreements),
        session.created,
        name,
    )


def _from_baseline(link: Baseline) -> Meeting:
    return Meeting(
        link.details, tuple(link.groups), tuple(link.agreements), link.created, link.file
    )


def _actions(agreements: Iterable[Agreement]) -> tuple[str, ...]:
    return tuple(agreement.action for agreement in agreements)


def _as_reviewed(
    agreements: Sequence[Agreement], reviewed: Sequence[Agreement]
) -> tuple[Agreement, ...]:
    """A meeting's own `agreements`, each with the status and outcome of the `reviewed` copy
    of the same action (in turn, for actions that repeat); one the copy lacks (added to the
    file since) stays as it is."""
    by_action: dict[str, list[Agreement]] = {}
    for agreement in reviewed:
        by_action.setdefault(agreement.action, []).append(agreement)
    result = []
    for agreement in agreements:
        copies = by_action.get(agreement.action)
        if copies:
            copy = copies.pop(0)
            result.append(replace(agreement, status=copy.status, outcome=copy.outcome))
        else:
            result.append(agreement)
    return tuple(result)


def year_meetings(sessions: Iterable[tuple[str, Session]]) -> list[Meeting]:
    """Every meeting of `sessions` (name, session) and of their chains, once each, oldest
    first; agreements as last reviewed.

    A given file is a meeting, known by when it was first saved and its date: two files that
    share the first but not the date are two meetings (a copy saved under another name and
    made into another meeting, or two files first saved in the same second); the same file
    given twice, or a copy of it, is one. A copy in a later session's chain is the given file
    of the same first save and date; else the only given file of that first save with the
    same agreements (its date was corrected since: a copy given another date but the very
    same agreements cannot be told from that); else a meeting of its own (copies of it in two
    chains are one when they agree on first save, date and agreements). Of two reviews
    of one meeting, the later counts (the reviewing meeting's date, then when its file was
    last saved), whatever the order of the files; a session never saved is a meeting of its
    own."""
    own: dict[tuple[str, ...], Meeting] = {}  # (first saved, date)
    reviews: dict[tuple[str, str, tuple[str, ...]], tuple[tuple[str, str, str], Meeting]] = {}
    for index, (name, session) in enumerate(sessions):
        meeting = _from_session(session, name)
        own[(session.created or f"\0{index}", session.details.date)] = meeting
        reviewer = (*meeting.sort_key, session.modified)
        link = session.baseline
        while link is not None:
            copy = _from_baseline(link)
            created = link.created or f"\0{index}\0{link.file}"
            key = (created, link.details.date, _actions(link.agreements))
            if key not in reviews or reviews[key][0] < reviewer:
                reviews[key] = (reviewer, copy)
            reviewer = (*copy.sort_key, link.modified)
            link = link.baseline
    meetings = dict(own)
    for (created, held_on, actions), (_reviewer, copy) in reviews.items():
        match: tuple[str, ...] | None = (created, held_on)
        if match not in own:
            same = [
                key for key in own if key[0] == created and _actions(own[key].agreements) == actions
            ]
            match = same[0] if len(same) == 1 else None
        if match is None:
            meetings[(created, held_on, *actions)] = copy
        else:
            # the file's own details, scores and agreements; their status as reviewed later
            meeting = meetings[match]
            reviewed = _as_reviewed(meeting.agreements, copy.agreements)
            meetings[match] = replace(meeting, agreements=reviewed)
    return sorted(meetings.values(), key=lambda m: m.sort_key)


def chain_is_full(sessions: Iterable[tuple[str, Session]]) -> bool:
    """Whether a session carries the most earlier meetings a file keeps (`MAX_CHAIN`): older
    ones may have fallen off, and the record says so (found in review: it did not)."""
    return any(
        len(list(session.baseline.chain())) >= MAX_CHAIN
        for _name, session in sessions
        if session.baseline is not None
    )


@dataclass(frozen=True)
class DueAgreement:
    """An agreement's deadline or follow-up date that has come, or comes within the month."""

    meeting: Meeting
    agreement: Agreement
    kind: str  # "deadline" or "follow_up"
    day: str  # the date (ISO)
    overdue: bool  # the date has passed


def agreements_due(
    meetings: Sequence[Meeting], today: date, within_days: int = DUE_WITHIN_DAYS
) -> list[DueAgreement]:
    """The deadlines of agreements not done or dropped, and the follow-up dates of those not
    dropped and not yet followed up (no outcome noted), that have passed or come within
    `within_days`, soonest first."""
    horizon = today + timedelta(days=within_days)
    due: list[DueAgreement] = []
    for meeting in meetings:
        for agreement in meeting.agreements:
            for kind, day in (("deadline", agreement.deadline), ("follow_up", agreement.follow_up)):
                if not day or agreement.status == "dropped":
                    continue
                if kind == "deadline" and agreement.status in CLOSED_STATUSES:
                    continue
                if kind == "follow_up" and agreement.outcome.strip():
                    continue  # followed up: how it went is noted
                when = date.fromisoformat(day)
                if when <= horizon:
                    due.append(DueAgreement(meeting, agreement, kind, day, when < today))
    return sorted(due, key=lambda d: (d.day, d.kind))
