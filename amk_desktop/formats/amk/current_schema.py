"""The current schema (version 4): the mapping between a `Session` and the JSON document a file
holds. (Version 2 added each group's identity and time of change, version 3 the agenda,
version 4 each agreement's outcome and the earlier meeting followed up; see `migrations.py`.)

Writing (`_document`) turns a session into the document; validation (`_session_from_document`)
checks a current-version document completely (every field, type, length, score, factor, status,
date and time) and builds the session from it, raising `_ProblemError` with the location of the
first problem. The JSON Schema ``resources/schema/amk-session-4.schema.json`` describes the same
document (a test keeps the two in agreement); the older ones the documents that `migrations.py`
upgrades.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, NoReturn

from amk_desktop import __version__
from amk_desktop.core.agenda import ITEM_COUNT, MAX_MINUTES, MAX_SECONDS, MIN_MINUTES, Agenda
from amk_desktop.core.baseline import MAX_CHAIN, Baseline
from amk_desktop.core.factors import FACTOR_KEYS, SCORE_MAX, SCORE_MIN
from amk_desktop.core.session import (
    AGREEMENT_STATUSES,
    CLOSING_QUESTION_COUNT,
    QUESTION_COUNT,
    Agreement,
    Group,
    MeetingDetails,
    Score,
    Session,
)
from amk_desktop.formats.amk.constants import (
    FORMAT_NAME,
    MAX_AGREEMENTS,
    MAX_GROUPS,
    MAX_TEXT_LENGTH,
    MAX_VERSION_LENGTH,
    SCHEMA_VERSION,
    Document,
)
from amk_desktop.formats.amk.errors import _describe, _ProblemError, _short

# --------------------------------------------------------------------------- writing


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    """Text as it can be written in UTF-8: a lone surrogate (which Qt can hand over from pasted
    text) becomes U+FFFD instead of failing the save."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _document(session: Session, created: str, modified: str) -> Document:
    details = session.details
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "created": created,
        "modified": modified,
        "meeting": _meeting_document(details),
        "groups": [
            {
                "id": group.id,
                "name": _clean(group.name),
                # every factor, in the chart's order; unknown keys stay in and are refused below
                "scores": {**dict.fromkeys(FACTOR_KEYS), **group.scores},
                "notes": [_clean(note) for note in group.notes],
                "modified": group.modified,  # "" = not changed since it was added
            }
            for group in session.groups
        ],
        "closing_answers": [_clean(answer) for answer in session.closing_answers],
        "agreements": [_agreement_document(agreement) for agreement in session.agreements],
        # (the running stretch is counted into "spent" while the clock runs: SessionModel)
        "agenda": {
            "meeting_minutes": session.agenda.meeting_minutes,
            "current": session.agenda.current,
            "spent": [_seconds(value) for value in session.agenda.spent],
            "added": [_seconds(value) for value in session.agenda.added],
        },
        "baseline": _baseline_document(session.baseline),
    }


def _meeting_document(details: MeetingDetails) -> Document:
    return {
        "title": _clean(details.title),
        "workplace": _clean(details.workplace),
        "department": _clean(details.department),
        "date": details.date,
        "facilitator": _clean(details.facilitator),
        "participants": _clean(details.participants),
    }


def _agreement_document(agreement: Agreement) -> Document:
    return {
        "action": _clean(agreement.action),
        "factors": list(agreement.factors),
        "goal": _clean(agreement.goal),
        "responsible": _clean(agreement.responsible),
        "deadline": agreement.deadline,
        "evaluation": _clean(agreement.evaluation),
        "follow_up": agreement.follow_up,
        "status": agreement.status,
        "outcome": _clean(agreement.outcome),
    }


def _baseline_document(baseline: Baseline | None) -> Document | None:
    """The earlier meeting and its chain, nested (written as deep as it is: at most MAX_CHAIN,
    which `baseline_of` keeps)."""
    if baseline is None:
        return None
    return {
        "file": _clean(baseline.file),
        "created": baseline.created,
        "modified": baseline.modified,
        "meeting": _meeting_document(baseline.details),
        "groups": [
            {
                "id": group.id,
                "name": _clean(group.name),
                "scores": {**dict.fromkeys(FACTOR_KEYS), **group.scores},
            }
            for group in baseline.groups
        ],
        "agreements": [_agreement_document(agreement) for agreement in baseline.agreements],
        "baseline": _baseline_document(baseline.baseline),
    }


def _seconds(value: float) -> float | int:
    """Seconds as the file keeps them: whole seconds, as an integer."""
    return round(value)


# --------------------------------------------------------------------------- validation


def _wrong_type(location: str, expected: str, value: object) -> NoReturn:
    raise _ProblemError("wrong_type", f"expected {expected}, found {_describe(value)}", location)


def _join(location: str, key: str) -> str:
    return f"{location}.{key}" if location else key


def _object(value: object, location: str, fields: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        _wrong_type(location or "the top level", "an object", value)
    for key in fields:
        if key not in value:
            raise _ProblemError(
                "missing_field", f'the field "{key}" is missing', _join(location, key)
            )
    for key in value:
        if key not in fields:
            raise _ProblemError(
                "unknown_field",
                f"unknown field {_short(key)} (this version of the format has no such field)",
                _join(location, key) if isinstance(key, str) else location,
            )
    return value


def _list(value: object, location: str, what: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        _wrong_type(location, f"a list of {what}", value)
    if len(value) > limit:
        raise _ProblemError(
            "too_many", f"too many {what} ({len(value)}; at most {limit})", location
        )
    return value


def _exact_list(value: object, location: str, what: str, count: int) -> list[Any]:
    if not isinstance(value, list):
        _wrong_type(location, f"a list of {count} {what}", value)
    if len(value) != count:
        raise _ProblemError(
            "wrong_length", f"expected {count} {what}, found {len(value)}", location
        )
    return value


def _text(value: object, location: str, limit: int = MAX_TEXT_LENGTH) -> str:
    if not isinstance(value, str):
        _wrong_type(location, "text", value)
    if len(value) > limit:
        raise _ProblemError(
            "too_long",
            f"the text is too long ({len(value)} characters; at most {limit})",
            location,
        )
    if _SURROGATE.search(value):
        raise _ProblemError(
            "invalid_text",
            "the text contains an invalid character (an unpaired UTF-16 surrogate)",
            location,
        )
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")


def _date(value: object, location: str) -> str:
    text = _text(value, location, 100)
    if text == "":
        return text
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise _ProblemError(
            "bad_date",
            f"expected a date written as YYYY-MM-DD (or empty), found {_short(text)}",
            location,
        ) from None
    return text


def _timestamp(value: object, location: str) -> str:
    text = _text(value, location, 100)
    try:
        if not _TIMESTAMP.fullmatch(text):
            raise ValueError(text)
        datetime.fromisoformat(text[:-1])
    except ValueError:
        raise _ProblemError(
            "bad_timestamp",
            f"expected a UTC time written as YYYY-MM-DDTHH:MM:SSZ, found {_short(text)}",
            location,
        ) from None
    return text


def _optional_timestamp(value: object, location: str) -> str:
    """A UTC time, or "" (a group not changed since it was added)."""
    if value == "":
        return ""
    return _timestamp(value, location)


def _score(value: object, location: str) -> Score:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        shown = _short(value) if isinstance(value, float | str) else _describe(value)
        raise _ProblemError(
            "bad_score",
            f"a score must be a whole number from {SCORE_MIN} to {SCORE_MAX}, or null when not "
            f"rated; found {shown}",
            location,
        )
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise _ProblemError(
            "bad_score",
            f"a score must be from {SCORE_MIN} to {SCORE_MAX}, found {_short(value)}",
            location,
        )
    return value


def _unknown_factor(key: object, location: str) -> NoReturn:
    raise _ProblemError(
        "unknown_factor",
        f"unknown factor {_short(key)} (the factors are {', '.join(FACTOR_KEYS)})",
        location,
    )


def _scores(value: object, location: str) -> dict[str, Score]:
    if not isinstance(value, dict):
        _wrong_type(location, "an object with a score per factor", value)
    for key in value:
        if key not in FACTOR_KEYS:
            _unknown_factor(key, location)
    scores: dict[str, Score] = {}
    for key in FACTOR_KEYS:
        where = _join(location, key)
        if key not in value:
            raise _ProblemError("missing_field", f'the score for "{key}" is missing', where)
        scores[key] = _score(value[key], where)
    return scores


def _factor_list(value: object, location: str) -> list[str]:
    items = _list(value, location, "factors", len(FACTOR_KEYS))
    factors: list[str] = []
    for index, item in enumerate(items):
        where = f"{location}[{index}]"
        if not isinstance(item, str):
            _wrong_type(where, "a factor key (text)", item)
        if item not in FACTOR_KEYS:
            _unknown_factor(item, where)
        if item in factors:
            raise _ProblemError("duplicate_factor", f"the factor {item!r} is listed twice", where)
        factors.append(item)
    return factors


_TOP_FIELDS = (
    "format",
    "schema_version",
    "app_version",
    "created",
    "modified",
    "meeting",
    "groups",
    "closing_answers",
    "agreements",
    "agenda",
    "baseline",
)


_MEETING_FIELDS = ("title", "workplace", "department", "date", "facilitator", "participants")


_GROUP_FIELDS = ("id", "name", "scores", "notes", "modified")
_GROUP_ID = re.compile(r"[0-9a-f]{32}")


_AGREEMENT_FIELDS = (
    "action",
    "factors",
    "goal",
    "responsible",
    "deadline",
    "evaluation",
    "follow_up",
    "status",
    "outcome",
)


def _group_id(value: object, location: str) -> str:
    group_id = _text(value, location, 100)
    if not _GROUP_ID.fullmatch(group_id):
        raise _ProblemError(
            "bad_group_id",
            "expected a group identity of 32 hexadecimal digits (0-9, a-f), found "
            f"{_short(group_id)}",
            location,
        )
    return group_id


def _group(value: object, location: str) -> Group:
    fields = _object(value, location, _GROUP_FIELDS)
    notes = _exact_list(
        fields["notes"],
        _join(location, "notes"),
        "notes (one per dialogue question)",
        QUESTION_COUNT,
    )
    group_id = _group_id(fields["id"], _join(location, "id"))
    return Group(
        name=_text(fields["name"], _join(location, "name")),
        scores=_scores(fields["scores"], _join(location, "scores")),
        notes=[_text(note, f"{location}.notes[{i}]") for i, note in enumerate(notes)],
        id=group_id,
        modified=_optional_timestamp(fields["modified"], _join(location, "modified")),
    )


def _groups(values: list[Any]) -> list[Group]:
    groups = [_group(group, f"groups[{i}]") for i, group in enumerate(values)]
    seen: dict[str, int] = {}
    for index, group in enumerate(groups):
        if group.id in seen:
            raise _ProblemError(
                "duplicate_group_id",
                f"groups {seen[group.id] + 1} and {index + 1} have the same identity; each group "
                "needs its own",
                f"groups[{index}].id",
            )
        seen[group.id] = index
    return groups


_AGREEMENT_TEXTS = ("action", "goal", "responsible", "evaluation", "outcome")
_FACTOR_SET = frozenset(FACTOR_KEYS)


def _is_date(value: object) -> bool:
    """Whether `value` passes `_date`."""
    if value == "":
        return True
    if type(value) is not str or not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _ordinary_agreement(fields: dict[str, Any]) -> bool:
    """Whether an agreement's fields pass every check of `_agreement`, tested together: a
    year's chain of follow-ups holds thousands of agreements, and `_agreement` builds the
    location of each field for a message it only needs for a field that fails."""
    texts = [fields[name] for name in _AGREEMENT_TEXTS]
    if not all(type(text) is str and len(text) <= MAX_TEXT_LENGTH for text in texts):
        return False
    factors = fields["factors"]
    return (
        type(fields["status"]) is str
        and fields["status"] in AGREEMENT_STATUSES
        and _is_date(fields["deadline"])
        and _is_date(fields["follow_up"])
        and type(factors) is list
        and all(type(factor) is str for factor in factors)
        and len(set(factors)) == len(factors)
        and _FACTOR_SET.issuperset(factors)
        and not _SURROGATE.search("".join(texts))
    )


def _agreement(value: object, location: str) -> Agreement:
    fields = _object(value, location, _AGREEMENT_FIELDS)
    if _ordinary_agreement(fields):
        return Agreement(
            action=fields["action"],
            factors=list(fields["factors"]),
            goal=fields["goal"],
            responsible=fields["responsible"],
            deadline=fields["deadline"],
            evaluation=fields["evaluation"],
            follow_up=fields["follow_up"],
            status=fields["status"],
            outcome=fields["outcome"],
        )
    status = _text(fields["status"], _join(location, "status"), 100)
    if status not in AGREEMENT_STATUSES:
        raise _ProblemError(
            "bad_status",
            f"unknown status {_short(status)} (the statuses are {', '.join(AGREEMENT_STATUSES)})",
            _join(location, "status"),
        )
    return Agreement(
        action=_text(fields["action"], _join(location, "action")),
        factors=_factor_list(fields["factors"], _join(location, "factors")),
        goal=_text(fields["goal"], _join(location, "goal")),
        responsible=_text(fields["responsible"], _join(location, "responsible")),
        deadline=_date(fields["deadline"], _join(location, "deadline")),
        evaluation=_text(fields["evaluation"], _join(location, "evaluation")),
        follow_up=_date(fields["follow_up"], _join(location, "follow_up")),
        status=status,
        outcome=_text(fields["outcome"], _join(location, "outcome")),
    )


_AGENDA_FIELDS = ("meeting_minutes", "current", "spent", "added")


def _whole_number(value: object, location: str, least: int, most: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _wrong_type(location, "a whole number", value)
    if not least <= value <= most:
        raise _ProblemError("bad_agenda", f"{value} is not between {least} and {most}", location)
    return value


def _agenda(value: object) -> Agenda:
    fields = _object(value, "agenda", _AGENDA_FIELDS)
    times = []
    for name in ("spent", "added"):
        where = _join("agenda", name)
        items = _exact_list(fields[name], where, "seconds (one per agenda item)", ITEM_COUNT)
        times.append(
            tuple(
                float(_whole_number(item, f"{where}[{i}]", 0, int(MAX_SECONDS)))
                for i, item in enumerate(items)
            )
        )
    return Agenda(
        meeting_minutes=_whole_number(
            fields["meeting_minutes"], "agenda.meeting_minutes", MIN_MINUTES, MAX_MINUTES
        ),
        current=_whole_number(fields["current"], "agenda.current", 0, ITEM_COUNT),
        spent=times[0],
        added=times[1],
    )


def _session_from_document(value: object) -> Session:
    """Validate a current-version document completely and build the session from it."""
    top = _object(value, "", _TOP_FIELDS)
    if top["format"] != FORMAT_NAME:
        raise _ProblemError("not_amk_file", "the file is not an AMK session file", "format")
    version = top["schema_version"]
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise _ProblemError(
            "bad_version", f"expected format version {SCHEMA_VERSION}", "schema_version"
        )
    _text(top["app_version"], "app_version", MAX_VERSION_LENGTH)
    created = _timestamp(top["created"], "created")
    modified = _timestamp(top["modified"], "modified")
    details = _meeting(top["meeting"], "meeting")
    groups = _list(top["groups"], "groups", "groups", MAX_GROUPS)
    if not groups:
        raise _ProblemError(
            "no_groups", "the session has no group; it needs at least one", "groups"
        )
    answers = _exact_list(
        top["closing_answers"],
        "closing_answers",
        "closing answers (one per closing question)",
        CLOSING_QUESTION_COUNT,
    )
    agreements = _list(top["agreements"], "agreements", "agreements", MAX_AGREEMENTS)
    return Session(
        details=details,
        groups=_groups(groups),
        closing_answers=[_text(a, f"closing_answers[{i}]") for i, a in enumerate(answers)],
        agreements=[_agreement(a, f"agreements[{i}]") for i, a in enumerate(agreements)],
        agenda=_agenda(top["agenda"]),
        baseline=_baseline(top["baseline"], "baseline", 1),
        created=created,
        modified=modified,
    )


def _meeting(value: object, location: str) -> MeetingDetails:
    meeting = _object(value, location, _MEETING_FIELDS)
    return MeetingDetails(
        title=_text(meeting["title"], _join(location, "title")),
        workplace=_text(meeting["workplace"], _join(location, "workplace")),
        department=_text(meeting["department"], _join(location, "department")),
        date=_date(meeting["date"], _join(location, "date")),
        facilitator=_text(meeting["facilitator"], _join(location, "facilitator")),
        participants=_text(meeting["participants"], _join(location, "participants")),
    )


_BASELINE_FIELDS = ("file", "created", "modified", "meeting", "groups", "agreements", "baseline")
_BASELINE_GROUP_FIELDS = ("id", "name", "scores")


def _baseline(value: object, location: str, depth: int) -> Baseline | None:
    """The earlier meeting (null: none), checked as strictly as the session, and its chain."""
    if value is None:
        return None
    if depth > MAX_CHAIN:
        raise _ProblemError(
            "too_many", f"too many earlier meetings in a chain (at most {MAX_CHAIN})", location
        )
    fields = _object(value, location, _BASELINE_FIELDS)
    where = _join(location, "groups")
    values = _list(fields["groups"], where, "groups", MAX_GROUPS)
    if not values:
        raise _ProblemError("no_groups", "the earlier meeting has no group", where)
    groups = []
    for index, item in enumerate(values):
        at = f"{where}[{index}]"
        group = _object(item, at, _BASELINE_GROUP_FIELDS)
        groups.append(
            Group(
                name=_text(group["name"], _join(at, "name")),
                scores=_scores(group["scores"], _join(at, "scores")),
                id=_group_id(group["id"], _join(at, "id")),
            )
        )
    where = _join(location, "agreements")
    agreements = _list(fields["agreements"], where, "agreements", MAX_AGREEMENTS)
    return Baseline(
        file=_text(fields["file"], _join(location, "file")),
        created=_optional_timestamp(fields["created"], _join(location, "created")),
        modified=_optional_timestamp(fields["modified"], _join(location, "modified")),
        details=_meeting(fields["meeting"], _join(location, "meeting")),
        groups=groups,
        agreements=[_agreement(a, f"{where}[{i}]") for i, a in enumerate(agreements)],
        baseline=_baseline(fields["baseline"], _join(location, "baseline"), depth + 1),
    )
