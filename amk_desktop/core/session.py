"""The meeting as data: a session holds meeting details, one or more groups, closing answers and
agreements. Plain dataclasses with no Qt, so files, PDF export and tests share one model.

"Not rated yet" is a real state: a score is ``None`` until the group rates the factor, never a
silent 1.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from amk_desktop.core.agenda import Agenda
from amk_desktop.core.content import CLOSING_QUESTIONS, DIALOGUE_QUESTIONS
from amk_desktop.core.factors import FACTOR_KEYS, SCORE_MAX, SCORE_MIN

if TYPE_CHECKING:
    from amk_desktop.core.baseline import Baseline

Score = int | None

QUESTION_COUNT = len(DIALOGUE_QUESTIONS)
CLOSING_QUESTION_COUNT = len(CLOSING_QUESTIONS)

# The follow-up states of an agreement, as written to session files (stable keys, not labels).
AGREEMENT_STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "dropped")


class ScoreError(ValueError):
    """A score outside 1-5 or for a factor key that does not exist."""


def check_score(key: str, value: Score) -> None:
    if key not in FACTOR_KEYS:
        raise ScoreError(f"unknown factor key {key!r}")
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScoreError(f"score for {key!r} must be a whole number, not {value!r}")
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise ScoreError(f"score for {key!r} must be {SCORE_MIN}-{SCORE_MAX}, not {value}")


def _no_scores() -> dict[str, Score]:
    return dict.fromkeys(FACTOR_KEYS)


def _empty_notes() -> list[str]:
    return [""] * QUESTION_COUNT


def utc_timestamp() -> str:
    """The current time as files hold it: ISO 8601 UTC to the second (2025-03-14T09:30:00Z)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_group_id() -> str:
    """A group's identity: 32 lowercase hexadecimal digits, random (UUID 4), made once when the
    group is added and kept in every file, so the group is recognised when it is collected from
    another laptop's file."""
    return uuid.uuid4().hex


@dataclass
class Group:
    """One group of 4-6 people: its scores for the six factors and its notes per question.

    `id` stays the same for the group's whole life, whatever its name; `modified` is when the
    group last changed (a UTC time as files hold it, "" until then), which tells the newer of
    two versions of one group apart."""

    name: str
    scores: dict[str, Score] = field(default_factory=_no_scores)
    notes: list[str] = field(default_factory=_empty_notes)
    id: str = field(default_factory=new_group_id)
    modified: str = ""

    def set_score(self, key: str, value: Score) -> bool:
        """Set one score (``None`` = not rated); returns whether anything changed."""
        check_score(key, value)
        if self.scores[key] == value:
            return False
        self.scores[key] = value
        return True

    def set_note(self, question_index: int, text: str) -> bool:
        if self.notes[question_index] == text:
            return False
        self.notes[question_index] = text
        return True

    def ordered_scores(self) -> list[Score]:
        """The scores in the order of the chart and the tables."""
        return [self.scores[key] for key in FACTOR_KEYS]

    @property
    def rated_count(self) -> int:
        return sum(value is not None for value in self.scores.values())

    @property
    def is_complete(self) -> bool:
        return self.rated_count == len(FACTOR_KEYS)


@dataclass
class MeetingDetails:
    title: str = ""
    workplace: str = ""
    department: str = ""
    date: str = ""  # ISO 8601 date, "" when not set
    facilitator: str = ""
    participants: str = ""


@dataclass
class Agreement:
    """One row of the action plan the meeting ends with."""

    action: str = ""
    factors: list[str] = field(default_factory=list)
    goal: str = ""
    responsible: str = ""
    deadline: str = ""  # ISO 8601 date or ""
    evaluation: str = ""
    follow_up: str = ""  # ISO 8601 date or ""
    status: str = "open"  # one of AGREEMENT_STATUSES
    outcome: str = ""  # how it went: the note made when it is followed up (issue 12)


@dataclass
class Session:
    details: MeetingDetails = field(default_factory=MeetingDetails)
    groups: list[Group] = field(default_factory=list)
    closing_answers: list[str] = field(default_factory=lambda: [""] * CLOSING_QUESTION_COUNT)
    agreements: list[Agreement] = field(default_factory=list)
    # the timed agenda of the meeting (its length and how far it has come)
    agenda: Agenda = field(default_factory=Agenda)
    # the earlier meeting this one follows up (issue 12), with its own chain behind it
    baseline: Baseline | None = None
    # When the session was first saved and last saved: ISO 8601 UTC timestamps
    # ("2025-03-14T09:30:00Z"), "" until the first save. Saving fills them in.
    created: str = ""
    modified: str = ""

    @classmethod
    def new(cls, first_group_name: str) -> Session:
        """A new meeting with one empty group, as the facilitator starts it."""
        return cls(groups=[Group(first_group_name)])
