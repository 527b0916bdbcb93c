"""The year's meetings, for the agreements due over the year and the annual work-environment
discussion record (issue 12). No Qt.

A year is one or more sessions and the chains of earlier meetings they carry (`Baseline`).
Each meeting is taken once (a session and a copy of it in a later session's chain are one
meeting, known by when its file was first saved and its date), oldest first; a meeting's
agreements are as they were last reviewed (the copy in the newest later session that follows
it up), else as its own file has them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from amk_desktop.core.baseline import Baseline
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


def year_meetings(sessions: Iterable[tuple[str, Session]]) -> list[Meeting]:
    """Every meeting of `sessions` (name, session) and of their chains, once each, oldest
    first; agreements as last reviewed."""
    own: dict[tuple[str, ...], Meeting] = {}  # by (created, date), or a key of its own
    reviewed: dict[tuple[str, ...], tuple[tuple[str, str], Meeting]] = {}  # the newest review
    for index, (name, session) in enumerate(sessions):
        meeting = _from_session(session, name)
        key: tuple[str, ...] = (
            (session.created, session.details.date) if session.created else (str(index),)
        )
        if key in own:  # two files of one meeting (a copy): the one given later
            own.pop(key)
        own[key] = meeting
        if session.baseline is None:
            continue
        reviewer = meeting.sort_key
        for link in session.baseline.chain():
            copy = _from_baseline(link)
            key = (link.created, link.details.date) if link.created else (name, link.file, "")
            newest = reviewed.get(key)
            if newest is None or newest[0] < reviewer:
                reviewed[key] = (reviewer, copy)
            reviewer = copy.sort_key
    meetings: dict[tuple[str, ...], Meeting] = {}
    for held, (_reviewer, copy) in reviewed.items():
        meetings[held] = copy
    for key, meeting in own.items():
        if key in reviewed:  # the file's own details and scores, the review's agreements
            meetings[key] = Meeting(
                meeting.details,
                meeting.groups,
                reviewed[key][1].agreements,
                meeting.created,
                meeting.source,
            )
        else:
            meetings[key] = meeting
    return sorted(meetings.values(), key=lambda m: m.sort_key)


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
    dropped, that have passed or come within `within_days`, soonest first."""
    horizon = today + timedelta(days=within_days)
    due: list[DueAgreement] = []
    for meeting in meetings:
        for agreement in meeting.agreements:
            for kind, day in (("deadline", agreement.deadline), ("follow_up", agreement.follow_up)):
                if not day or agreement.status == "dropped":
                    continue
                if kind == "deadline" and agreement.status in CLOSED_STATUSES:
                    continue
                when = date.fromisoformat(day)
                if when <= horizon:
                    due.append(DueAgreement(meeting, agreement, kind, day, when < today))
    return sorted(due, key=lambda d: (d.day, d.kind))
