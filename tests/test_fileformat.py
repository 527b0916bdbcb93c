"""The session file format: round trips, a strict and total loader, migrations, the published
schema, and saves that survive being killed. No Qt."""

from __future__ import annotations

import copy
import json
import os
import random
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import amk_desktop
from amk_desktop.core.agenda import ITEM_COUNT, MIN_MINUTES, Agenda
from amk_desktop.core.baseline import MAX_CHAIN, Baseline
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import (
    AGREEMENT_STATUSES,
    Agreement,
    Group,
    MeetingDetails,
    Session,
)
from amk_desktop.formats import amk
from amk_desktop.formats.amk import (
    ERROR_CODES,
    MAX_AGREEMENTS,
    MAX_DEPTH,
    MAX_FILE_SIZE,
    MAX_GROUPS,
    MAX_TEXT_LENGTH,
    SessionFileError,
    atomic_write,
    backup_path,
    current_schema,
    load_session,
    load_session_bytes,
    migrations,
    save_session,
    session_to_json,
    to_bytes,
)
from amk_desktop.formats.amk.errors import _ProblemError

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_V1 = ROOT / "tests" / "data" / "golden" / "session-v1.amk"
EXAMPLE = ROOT / "resources" / "examples" / "eksempel-afdeling.amk"
SCHEMA_V1 = ROOT / "resources" / "schema" / "amk-session-1.schema.json"
SCHEMA_V2 = ROOT / "resources" / "schema" / "amk-session-2.schema.json"
SCHEMA_V3 = ROOT / "resources" / "schema" / "amk-session-3.schema.json"
SCHEMA = ROOT / "resources" / "schema" / "amk-session-4.schema.json"  # the current version
GOLDEN_V2 = ROOT / "tests" / "data" / "golden" / "session-v2.amk"
GOLDEN_V3 = ROOT / "tests" / "data" / "golden" / "session-v3.amk"
GOLDEN_V4 = ROOT / "tests" / "data" / "golden" / "session-v4.amk"
NAME = "møde.amk"

FAST = settings(deadline=None, max_examples=100)


# --------------------------------------------------------------------------- helpers


def load_or_error(data: bytes, name: str = NAME) -> Session | SessionFileError:
    """Load, and check that any failure is a proper SessionFileError (the totality property)."""
    try:
        return load_session_bytes(data, name)
    except SessionFileError as caught:
        error = caught
    assert error.code in ERROR_CODES
    assert error.code != "internal_error", error.__cause__
    assert str(error).startswith(f"{name}: ")
    assert error.message
    assert error.message in str(error)
    return error


def expect_error(data: bytes, code: str, *phrases: str, name: str = NAME) -> SessionFileError:
    result = load_or_error(data, name)
    assert isinstance(result, SessionFileError), f"loaded, but expected {code}"
    assert result.code == code, str(result)
    for phrase in phrases:
        assert phrase in str(result), str(result)
    return result


def golden_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(GOLDEN_V1.read_bytes())
    return doc


def dump(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def with_value(doc: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    parent: Any = changed
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return changed


def without(doc: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    parent: Any = changed
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return changed


def nodes(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, object]]:
    """Every value in a JSON document with its path (the root excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        yield (*path, key), child
        yield from nodes(child, (*path, key))


def location(path: tuple[str | int, ...]) -> str:
    """A path as SessionFileError.location writes it: groups[0].scores.trust."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return type(value).__name__
    return {type(None): "null", str: "str", list: "list", dict: "dict"}[type(value)]


def golden_session() -> Session:
    """What the frozen v1 golden file holds, written out by hand."""
    return Session(
        details=MeetingDetails(
            title="Golden file, format version 1",
            workplace="Æblegården <&\"'>",
            department="",
            date="2025-03-12",
            facilitator="Åse Ørum",
            participants="6 deltagere\nlinje 2\tmed tab",
        ),
        groups=[
            Group(
                "Gruppe 1",
                {
                    "trust": 1,
                    "innovation": 2,
                    "motivation": 3,
                    "resources": 4,
                    "systematics": 5,
                    "knowledge": None,
                },
                ["Hvorfor? 🙂", "", "Mere af: pauser", "", "Sammen"],
                # version 2 gave each group an identity derived from the file, and the file's
                # time of change (see migrations.py): frozen like the file itself
                id="d13f66d36d17e489bcacc3e8c53bbdcd",
                modified="2025-03-12T14:02:31Z",
            ),
            Group(
                "Gruppe 2", id="fb9bac5aa375290b95ca90924bc257ed", modified="2025-03-12T14:02:31Z"
            ),
        ],
        closing_answers=["Ja", "", "Videre i AMO", "Nej"],
        agreements=[
            Agreement(
                action="Handling A",
                factors=["trust"],
                goal="Mål A",
                responsible="Ansvarlig A",
                deadline="2025-04-01",
                evaluation="Evaluering A",
                follow_up="2025-06-01",
                status="open",
            ),
            Agreement(action="Handling B", status="in_progress"),
            Agreement(
                action="Handling C",
                factors=["knowledge", "systematics"],
                deadline="2025-05-01",
                status="done",
            ),
            Agreement(
                action="Handling D",
                factors=["innovation", "motivation", "resources"],
                status="dropped",
            ),
        ],
        created="2025-03-12T13:45:00Z",
        modified="2025-03-12T14:02:31Z",
    )


# --------------------------------------------------------------------------- strategies

texts = st.text(max_size=30) | st.sampled_from(
    [
        "",
        "<&\"'>",
        "æøå ÆØÅ",
        "🙂 👩‍👩‍👧 🇩🇰",
        "a\nb\tc\r\n",
        "\x00\x1f\x7f",
        "\u2028\ufeff",
        '\\"[',
        "[{" * 60,  # brackets in a text are not nesting
        "\\" * 3 + '"' + "]}" * 60,
        '", "x": [1, 2]',
        "NaN Infinity null true",
    ]
)
dates = st.just("") | st.dates().map(date.isoformat)
timestamps = st.builds(
    lambda moment, spec: moment.isoformat(timespec=spec) + "Z",
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["seconds", "milliseconds", "microseconds"]),
)
scores = st.fixed_dictionaries({key: st.none() | st.integers(1, 5) for key in FACTOR_KEYS})
groups = st.builds(
    Group,
    name=texts,
    scores=scores,
    notes=st.lists(texts, min_size=5, max_size=5),
    modified=st.just("") | timestamps,  # "" = not changed since it was added
)
agreements = st.builds(
    Agreement,
    action=texts,
    factors=st.lists(st.sampled_from(FACTOR_KEYS), unique=True),
    goal=texts,
    responsible=texts,
    deadline=dates,
    evaluation=texts,
    follow_up=dates,
    status=st.sampled_from(AGREEMENT_STATUSES),
    outcome=texts,
)
baseline_groups = st.builds(Group, name=texts, scores=scores)
baselines = st.recursive(
    st.none(),
    lambda earlier: st.builds(
        Baseline,
        file=texts,
        created=st.just("") | timestamps,
        modified=st.just("") | timestamps,
        details=st.builds(MeetingDetails, title=texts, date=dates),
        groups=st.lists(baseline_groups, min_size=1, max_size=3),
        agreements=st.lists(agreements, max_size=3),
        baseline=earlier,
    ),
    max_leaves=3,
)
sessions = st.builds(
    Session,
    details=st.builds(
        MeetingDetails,
        title=texts,
        workplace=texts,
        department=texts,
        date=dates,
        facilitator=texts,
        participants=texts,
    ),
    groups=st.lists(groups, min_size=1, max_size=4),
    closing_answers=st.lists(texts, min_size=4, max_size=4),
    agreements=st.lists(agreements, max_size=4),
    baseline=baselines,
    created=timestamps,
    modified=timestamps,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


# --------------------------------------------------------------------------- round trips


@FAST
@given(sessions)
def test_any_valid_session_survives_a_round_trip(session: Session) -> None:
    data = to_bytes(session)
    assert load_session_bytes(data, NAME) == session
    assert data.decode("utf-8") == session_to_json(session)
    assert list(json.loads(data))[:2] == ["format", "schema_version"]


def test_a_session_survives_save_and_load_and_save_stamps_the_times(tmp_path: Path) -> None:
    session = golden_session()
    session.created = ""
    path = tmp_path / NAME
    save_session(session, path)
    assert session.created and session.created == session.modified
    saved = datetime.fromisoformat(session.modified.replace("Z", "+00:00"))
    assert abs((datetime.now(UTC) - saved).total_seconds()) < 60
    assert load_session(path) == session
    created = session.created
    session.modified = "2000-01-01T00:00:00Z"
    save_session(session, str(path))
    assert session.created == created  # kept
    assert session.modified != "2000-01-01T00:00:00Z"
    assert load_session(path) == session


def test_the_file_starts_with_format_and_version_and_is_utf8_json() -> None:
    text = session_to_json(Session.new("Gruppe 1"))
    assert text.startswith('{\n  "format": "amk-session",\n  "schema_version": 4,\n')
    assert text.endswith("}\n")
    doc = json.loads(text)
    assert doc["app_version"] == amk_desktop.__version__
    assert doc["groups"][0]["scores"] == dict.fromkeys(FACTOR_KEYS)  # null = not rated
    assert "Æ" in session_to_json(Session.new("Æble"))  # not \u-escaped


def test_the_golden_v1_file_loads_to_the_expected_session() -> None:
    """Format compatibility: this file is frozen; if it stops loading, the format broke."""
    assert load_session(GOLDEN_V1) == golden_session()


def test_the_golden_v2_file_loads_to_the_expected_session() -> None:
    """Version 2, frozen the same way: the golden session with its groups' identities."""
    expected = golden_session()
    expected.details.title = "Golden file, format version 2"
    assert load_session(GOLDEN_V2) == expected
    doc = json.loads(GOLDEN_V2.read_bytes())
    assert [next(iter(group)) for group in doc["groups"]] == ["id", "id"]


# the agenda of the golden files from version 3 on: under way
GOLDEN_AGENDA = Agenda(
    meeting_minutes=45,
    current=2,
    spent=(130.0, 480.0, 300.0, 0.0, 0.0),
    added=(0.0, 0.0, 300.0, 0.0, 0.0),
)


def test_the_golden_v3_file_loads_to_the_expected_session() -> None:
    """Version 3, frozen the same way: the golden session with an agenda under way."""
    expected = golden_session()
    expected.details.title = "Golden file, format version 3"
    expected.agenda = GOLDEN_AGENDA
    assert load_session(GOLDEN_V3) == expected


def golden_v4_session() -> Session:
    """What the frozen v4 golden file holds: the v3 session with outcomes, following up an
    earlier meeting that itself followed one up (the chain)."""
    session = golden_session()
    session.details.title = "Golden file, format version 4"
    session.agenda = GOLDEN_AGENDA
    session.agreements[2].outcome = "Gik godt <&> 🙂"
    oldest = Baseline(
        file="møde-2024.amk",
        created="2024-03-01T09:00:00Z",
        modified="2024-03-01T11:00:00Z",
        details=MeetingDetails(title="Første møde", date="2024-03-01"),
        groups=[Group("Gruppe 1", {**dict.fromkeys(FACTOR_KEYS), "trust": 2}, id="a" * 32)],
        agreements=[Agreement(action="Tidligste aftale", status="done", outcome="Holdt")],
    )
    session.baseline = Baseline(
        file="møde-2025.amk",
        created="2025-01-10T09:00:00Z",
        modified="",
        details=MeetingDetails(title="Andet møde", workplace="Æblegården <&\"'>"),
        groups=[
            Group(
                "Gruppe 1", {**dict.fromkeys(FACTOR_KEYS), "trust": 3, "knowledge": 4}, id="b" * 32
            ),
            Group("gruppe 2 ", dict.fromkeys(FACTOR_KEYS), id="c" * 32),
        ],
        agreements=[
            Agreement(
                action="Aftale fra sidst",
                factors=["trust"],
                deadline="2025-02-01",
                follow_up="2025-03-01",
                status="in_progress",
                outcome="Halvvejs",
            )
        ],
        baseline=oldest,
    )
    return session


def test_the_golden_v4_file_loads_to_the_expected_session() -> None:
    """Version 4, frozen the same way: outcomes and a chain of two earlier meetings."""
    assert load_session(GOLDEN_V4) == golden_v4_session()
    assert json.loads(GOLDEN_V4.read_bytes())["baseline"]["baseline"]["baseline"] is None


def test_older_files_get_no_baseline_and_empty_outcomes() -> None:
    for path in (GOLDEN_V1, GOLDEN_V2, GOLDEN_V3):
        session = load_session(path)
        assert session.baseline is None
        assert [a.outcome for a in session.agreements] == [""] * 4


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        (("baseline", "groups"), [], "no_groups"),
        (("baseline", "groups", 0, "notes"), ["", "", "", "", ""], "unknown_field"),
        (("baseline", "groups", 0, "id"), "Gruppe 1", "bad_group_id"),
        (("baseline", "baseline", "agreements", 0, "status"), "later", "bad_status"),
        (("baseline", "baseline", "meeting", "date"), "2024-02-30", "bad_date"),
        (("baseline", "created"), "yesterday", "bad_timestamp"),
        (("baseline", "file"), None, "wrong_type"),
        (("agreements", 0, "outcome"), 5, "wrong_type"),
    ],
)
def test_a_bad_baseline_is_refused_with_its_place(path: tuple, value: object, code: str) -> None:
    doc = json.loads(GOLDEN_V4.read_bytes())
    error = expect_error(dump(with_value(doc, path, value)), code)
    assert error.location.startswith(".".join(str(p) for p in path[:1]))


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("status", "later", "bad_status"),
        ("status", ["done"], "wrong_type"),
        ("deadline", "2026-02-30", "bad_date"),
        ("follow_up", "1.3.2026", "bad_date"),
        ("deadline", 20260301, "wrong_type"),
        ("factors", ["trust", "trust"], "duplicate_factor"),
        ("factors", ["trivsel"], "unknown_factor"),
        ("factors", [3], "wrong_type"),
        ("factors", "trust", "wrong_type"),
        ("factors", [*FACTOR_KEYS, "trust"], "too_many"),
        ("action", "x" * (MAX_TEXT_LENGTH + 1), "too_long"),
        ("goal", "ok \ud800", "invalid_text"),
        ("outcome", None, "wrong_type"),
        ("responsible", {"name": "Lars"}, "wrong_type"),
    ],
)
def test_an_agreement_is_checked_field_by_field_whichever_way_it_is_read(
    field: str, value: object, code: str
) -> None:
    """Agreements that pass every check are built at once (a year's chain holds thousands);
    any other goes through the checks that name the field, with the same message as ever."""
    good = dict(json.loads(GOLDEN_V4.read_bytes())["agreements"][0])
    assert current_schema._ordinary_agreement(good)
    bad = {**good, field: value}
    assert not current_schema._ordinary_agreement(bad)
    with pytest.raises(_ProblemError) as raised:
        current_schema._agreement(bad, "agreements[0]")
    assert raised.value.code == code
    assert raised.value.location.startswith(f"agreements[0].{field}")


def test_an_ordinary_agreement_reads_as_the_field_by_field_checks_read_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at_once = load_session(GOLDEN_V4)
    monkeypatch.setattr(current_schema, "_ordinary_agreement", lambda fields: False)
    assert load_session(GOLDEN_V4) == at_once
    assert at_once.agreements and at_once.baseline is not None


def test_a_chain_longer_than_twelve_meetings_is_refused() -> None:
    doc = json.loads(GOLDEN_V4.read_bytes())
    oldest = json.dumps(doc["baseline"]["baseline"])  # a meeting with no baseline of its own
    link = doc["baseline"]["baseline"]
    for _ in range(MAX_CHAIN - 2):  # 12 in all: still read
        link["baseline"] = json.loads(oldest)
        link = link["baseline"]
    assert len(list(load_session_bytes(dump(doc), NAME).baseline.chain())) == MAX_CHAIN
    link["baseline"] = json.loads(oldest)  # 13
    error = expect_error(dump(doc), "too_many", "at most 12")
    assert error.location == ".".join(["baseline"] * 13)


def test_older_files_get_the_leaflets_agenda_not_started() -> None:
    for path in (GOLDEN_V1, GOLDEN_V2):
        agenda = load_session(path).agenda
        assert agenda == Agenda() and agenda.meeting_minutes == 60 and not agenda.started


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        (("agenda", "meeting_minutes"), 5, "bad_agenda"),
        (("agenda", "meeting_minutes"), 60.5, "wrong_type"),
        (("agenda", "current"), 6, "bad_agenda"),
        (("agenda", "current"), -1, "bad_agenda"),
        (("agenda", "spent"), [0, 0, 0, 0], "wrong_length"),
        (("agenda", "spent", 2), -5, "bad_agenda"),
        (("agenda", "added", 0), 10**9, "bad_agenda"),
        (("agenda", "added", 0), "5", "wrong_type"),
        (("agenda", "running"), True, "unknown_field"),
    ],
)
def test_a_bad_agenda_is_refused_with_its_place(path: tuple, value: object, code: str) -> None:
    doc = json.loads(GOLDEN_V3.read_bytes())
    error = expect_error(dump(with_value(doc, path, value)), code)
    assert error.location.startswith("agenda")


def test_a_version_1_file_gives_its_groups_the_same_identities_at_every_load() -> None:
    first, second = load_session(GOLDEN_V1), load_session(GOLDEN_V1)
    assert [g.id for g in first.groups] == [g.id for g in second.groups]
    assert len({g.id for g in first.groups}) == 2
    # another file (another creation time, or another group) gives other identities
    doc = golden_doc()
    doc["created"] = "2025-03-12T13:45:01Z"
    other = load_session_bytes(dump(doc), "other.amk")
    assert not {g.id for g in other.groups} & {g.id for g in first.groups}
    assert all(g.modified == "2025-03-12T14:02:31Z" for g in first.groups)


def test_group_identities_survive_a_save_and_a_new_group_gets_its_own(tmp_path: Path) -> None:
    session = load_session(GOLDEN_V1)
    session.groups.append(Group("Gruppe 3"))
    save_session(session, tmp_path / NAME)
    loaded = load_session(tmp_path / NAME)
    assert [g.id for g in loaded.groups] == [g.id for g in session.groups]
    assert len({g.id for g in loaded.groups}) == 3
    assert loaded.groups[2].modified == ""  # not changed since it was added


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "bad_group_id"),
        ("A" * 32, "bad_group_id"),
        ("0" * 31, "bad_group_id"),
        (7, "wrong_type"),
    ],
)
def test_a_group_identity_must_be_32_lowercase_hex_digits(value: object, code: str) -> None:
    doc = json.loads(GOLDEN_V2.read_bytes())
    doc["groups"][1]["id"] = value
    assert expect_error(dump(doc), code).location == "groups[1].id"


def test_two_groups_with_one_identity_are_refused() -> None:
    doc = json.loads(GOLDEN_V2.read_bytes())
    doc["groups"][1]["id"] = doc["groups"][0]["id"]
    error = expect_error(dump(doc), "duplicate_group_id", "groups 1 and 2")
    assert error.location == "groups[1].id"


def test_the_example_loads_and_is_exactly_what_save_writes() -> None:
    session = load_session(EXAMPLE)
    assert session.details.department == "Hjemmeplejen Nord"
    assert len(session.groups) == 3
    assert all(any(group.notes) for group in session.groups)
    assert len(session.agreements) >= 4
    assert all(a.factors and a.responsible and a.deadline for a in session.agreements)
    # canonical: re-saving gives the same bytes (regenerate it by loading and saving)
    assert to_bytes(session) == EXAMPLE.read_bytes()


def test_a_lone_surrogate_is_saved_as_a_replacement_character(tmp_path: Path) -> None:
    session = Session.new("Gruppe \ud800")
    session.groups[0].set_note(0, "a\udfffb")
    save_session(session, tmp_path / NAME)
    loaded = load_session(tmp_path / NAME)
    assert loaded.groups[0].name == "Gruppe \ufffd"
    assert loaded.groups[0].notes[0] == "a\ufffdb"


def test_brackets_and_quotes_in_texts_are_not_structure() -> None:
    session = golden_session()
    session.groups[0].name = "[" * 5000
    session.groups[0].notes = ["{" * 5000, '"' * 5000, "\\" * 5001, '\\"' * 3000, "]}" * 5000]
    assert load_session_bytes(to_bytes(session), NAME) == session


def test_the_largest_allowed_session_loads() -> None:
    session = Session.new("x" * MAX_TEXT_LENGTH)
    session.groups += [Group(f"Gruppe {i}") for i in range(MAX_GROUPS - 1)]
    session.agreements = [Agreement(factors=list(FACTOR_KEYS)) for _ in range(MAX_AGREEMENTS)]
    session.created = session.modified = "2025-01-01T00:00:00Z"
    assert load_session_bytes(to_bytes(session), NAME) == session


# --------------------------------------------------------------------------- totality


@FAST
@given(st.binary(max_size=2000))
@example(b"")
@example(b"[" * 100_000)
@example(b"{" * 100_000)
@example(b'{"a":' * 50_000)
@example(b'{"x": NaN}')
@example(b'"\\ud800"')
@example(b"\xef\xbb\xbf{}")
@example(b"\xef\xbb\xbf\xef\xbb\xbf{}")
@example(b"\xff\xfe{\x00}\x00")
@example(b"1" * 5000)
@example(b"1e999999")
@example(b"-")
@example(b"\x00")
def test_the_loader_never_raises_anything_else_on_random_bytes(data: bytes) -> None:
    load_or_error(data)


@FAST
@given(json_values)
def test_the_loader_never_raises_anything_else_on_random_json(value: object) -> None:
    load_or_error(json.dumps(value).encode())
    # also inside a valid envelope
    load_or_error(dump({"format": "amk-session", "schema_version": 1, "meeting": value}))


@FAST
@given(st.dictionaries(st.sampled_from(current_schema._TOP_FIELDS), json_values))
def test_the_loader_never_raises_anything_else_on_random_documents(doc: dict) -> None:
    doc = {**golden_doc(), **doc}
    load_or_error(dump(doc))


def test_every_truncation_of_a_valid_file_is_refused() -> None:
    data = GOLDEN_V1.read_bytes()
    complete = len(data.rstrip())
    for cut in range(len(data)):
        result = load_or_error(data[:cut])
        if cut < complete:
            assert isinstance(result, SessionFileError), cut
            assert result.code in {"empty", "truncated", "not_utf8"}, (cut, str(result))
        else:
            assert result == golden_session()  # only the final newline is missing


@settings(deadline=None, max_examples=300)
@given(st.data())
def test_random_byte_mutations_of_valid_files_load_or_are_refused(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from([GOLDEN_V1, EXAMPLE])).read_bytes()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        action = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = data.draw(st.integers(0, 255) | st.sampled_from(list(b'{}[]",:0-9nte\\')))
        if action == "replace":
            mutated[position] = byte
        elif action == "insert":
            mutated.insert(position, byte)
        else:
            del mutated[position]
    result = load_or_error(bytes(mutated))
    if isinstance(result, Session):
        assert load_session_bytes(to_bytes(result), NAME) == result


WRONG_VALUES: tuple[object, ...] = (None, True, 3, 1.5, "x", [], {}, -1, 10**30, "2025-01-01")


def wrong_type_cases(doc: dict[str, Any] | None = None) -> Iterator[tuple[tuple, object, bool]]:
    """(path, replacement, must fail) for every value of the golden file (`doc`, by default
    the version-1 one) and every JSON type."""
    for path, original in nodes(golden_doc() if doc is None else doc):
        for value in WRONG_VALUES:
            is_score = len(path) == 4 and path[2] == "scores"
            valid_score = value is None or (json_kind(value) == "int" and value in range(1, 6))
            if is_score and valid_score:
                continue  # valid
            must_fail = json_kind(value) != json_kind(original) or is_score
            yield path, value, must_fail


def test_a_wrong_type_anywhere_is_refused_with_its_location() -> None:
    doc = golden_doc()
    failures = 0
    for path, value, must_fail in wrong_type_cases():
        result = load_or_error(dump(with_value(doc, path, value)))
        if must_fail:
            assert isinstance(result, SessionFileError), (path, value)
            failures += 1
            if path[0] not in ("format", "schema_version"):
                assert result.location == location(path), (path, value, str(result))
                assert location(path) in str(result)
    assert failures > 500


def test_a_missing_or_an_extra_field_anywhere_is_refused() -> None:
    doc = golden_doc()
    for path, _ in nodes(doc):
        if isinstance(path[-1], str):
            expect_error(dump(without(doc, path)), *_missing_code(path))
    for path, value in [((), doc), *nodes(doc)]:
        if isinstance(value, dict):
            extra = with_value(doc, (*path, "extra"), 1) if path else {**doc, "extra": 1}
            code = "unknown_factor" if path[-1:] == ("scores",) else "unknown_field"
            expect_error(dump(extra), code, "'extra'")


def _missing_code(path: tuple) -> tuple[str, ...]:
    if path == ("format",):
        return ("not_amk_file",)
    if path == ("schema_version",):
        return ("bad_version",)
    return ("missing_field", f'"{path[-1]}"', location(path))


# --------------------------------------------------------------------------- each bad input


def golden_bytes_with(old: str, new: str) -> bytes:
    text = GOLDEN_V1.read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def golden_with(path: tuple, value: object) -> bytes:
    return dump(with_value(golden_doc(), path, value))


BAD_INPUTS: list[tuple[str, bytes, str, str]] = [
    ("empty", b"", "empty", "empty"),
    ("only whitespace", b" \r\n\t\n", "empty", "empty"),
    ("not json", "Referat fra mødet\n".encode(), "not_json", "not valid JSON"),
    ("json with trailing text", GOLDEN_V1.read_bytes() + b"x", "not_json", "not valid JSON"),
    ("truncated", GOLDEN_V1.read_bytes()[:700], "truncated", "ends too early"),
    (
        "truncated in a text",
        GOLDEN_V1.read_bytes().split(b"Golden")[0] + b"Gol",
        "truncated",
        "ends too early",
    ),
    (
        "latin-1",
        GOLDEN_V1.read_bytes().replace("Ø".encode(), "Ø".encode("latin-1")),
        "not_utf8",
        "not UTF-8",
    ),
    ("utf-16", GOLDEN_V1.read_text("utf-8").encode("utf-16"), "not_utf8", "not UTF-8"),
    ("binary", bytes(range(256)) * 4, "not_utf8", "not UTF-8"),
    ("NaN", golden_bytes_with('"trust": 1', '"trust": NaN'), "invalid_number", "NaN"),
    (
        "Infinity",
        golden_bytes_with('"trust": 1', '"trust": Infinity'),
        "invalid_number",
        "Infinity",
    ),
    (
        "-Infinity",
        golden_bytes_with('"trust": 1', '"trust": -Infinity'),
        "invalid_number",
        "-Infinity",
    ),
    (
        "huge integer",
        golden_bytes_with('"trust": 1', '"trust": 1' + "0" * 5000),
        "invalid_number",
        "5001 digits",
    ),
    (
        "duplicate key",
        golden_bytes_with('"title": ', '"title": "Andet",\n    "title": '),
        "duplicate_key",
        "'title' appears twice",
    ),
    (
        "deeply nested",
        golden_with(("groups", 0, "scores", "trust"), [[[[[[[[[[1]]]]]]]]]] * 4),
        "bad_score",
        "whole number",
    ),
    (
        "nested past the limit",
        golden_bytes_with('"trust": 1', '"trust": ' + "[" * 40 + "]" * 40),
        "too_deep",
        f"more than {MAX_DEPTH} levels",
    ),
    ("nested 100 000 deep", b"[" * 100_000 + b"]" * 100_000, "too_deep", "levels deep"),
    ("objects nested deep", b'{"a":' * 5000 + b"1" + b"}" * 5000, "too_deep", "levels deep"),
    ("too large", b" " * (MAX_FILE_SIZE + 1), "too_large", "too large"),
    ("millions of values", b"[" + b"0," * 1_000_000 + b"0]", "too_many", "far more"),
    ("millions of texts", b"[" + b'"",' * 1_000_000 + b'""]', "too_many", "far more"),
    ("a json array", b"[]", "not_amk_file", "not an AMK session"),
    (
        "a json object of another kind",
        b'{"type": "FeatureCollection"}',
        "not_amk_file",
        '"format": "amk-session"',
    ),
    (
        "another format",
        golden_with(("format",), "mpvqc-document"),
        "not_amk_file",
        "'mpvqc-document'",
    ),
    (
        "newer version",
        golden_with(("schema_version",), 5),
        "newer_version",
        "newer program (AMK Desktop 0.1.0) in format version 5",
    ),
    (
        "far newer version",
        golden_with(("schema_version",), 10**6),
        "newer_version",
        "version 1000000",
    ),
    ("version 0", golden_with(("schema_version",), 0), "bad_version", "version 0"),
    ("version as text", golden_with(("schema_version",), "1"), "bad_version", "whole number"),
    ("version true", golden_with(("schema_version",), True), "bad_version", "whole number"),
    ("version 1.0", golden_with(("schema_version",), 1.0), "bad_version", "whole number"),
    (
        "wrong type",
        golden_with(("meeting", "title"), 5),
        "wrong_type",
        "expected text, found a number (at meeting.title)",
    ),
    ("groups not a list", golden_with(("groups",), {}), "wrong_type", "a list of groups"),
    (
        "unknown factor key",
        golden_with(("groups", 0, "scores", "fun"), 3),
        "unknown_factor",
        "unknown factor 'fun'",
    ),
    (
        "factor key in another language",
        golden_bytes_with('"trust"', '"tillid"'),
        "unknown_factor",
        "'tillid'",
    ),
    (
        "unknown factor in an agreement",
        golden_with(("agreements", 0, "factors", 0), "Trust"),
        "unknown_factor",
        "agreements[0].factors[0]",
    ),
    (
        "factor listed twice",
        golden_with(("agreements", 2, "factors", 1), "knowledge"),
        "duplicate_factor",
        "listed twice",
    ),
    (
        "seven factors",
        golden_with(("agreements", 0, "factors"), [*FACTOR_KEYS, "trust"]),
        "too_many",
        "too many factors",
    ),
    (
        "score 0",
        golden_with(("groups", 0, "scores", "trust"), 0),
        "bad_score",
        "from 1 to 5, found 0 (at groups[0].scores.trust)",
    ),
    ("score 6", golden_with(("groups", 1, "scores", "knowledge"), 6), "bad_score", "found 6"),
    ("score -1", golden_with(("groups", 0, "scores", "trust"), -1), "bad_score", "found -1"),
    (
        "score true",
        golden_with(("groups", 0, "scores", "trust"), True),
        "bad_score",
        "found true/false",
    ),
    ("score 3.0", golden_with(("groups", 0, "scores", "trust"), 3.0), "bad_score", "found 3.0"),
    ("score 2.5", golden_with(("groups", 0, "scores", "trust"), 2.5), "bad_score", "found 2.5"),
    ("score as text", golden_with(("groups", 0, "scores", "trust"), "3"), "bad_score", "found '3'"),
    (
        "score missing",
        dump(without(golden_doc(), ("groups", 0, "scores", "knowledge"))),
        "missing_field",
        "groups[0].scores.knowledge",
    ),
    (
        "four notes",
        golden_with(("groups", 0, "notes"), ["a"] * 4),
        "wrong_length",
        "expected 5 notes",
    ),
    (
        "five closing answers",
        golden_with(("closing_answers",), [""] * 5),
        "wrong_length",
        "expected 4 closing answers",
    ),
    ("no groups", golden_with(("groups",), []), "no_groups", "no group"),
    (
        "too many groups",
        golden_with(("groups",), [golden_doc()["groups"][1]] * (MAX_GROUPS + 1)),
        "too_many",
        f"too many groups ({MAX_GROUPS + 1}; at most {MAX_GROUPS})",
    ),
    (
        "too many agreements",
        golden_with(("agreements",), [golden_doc()["agreements"][1]] * (MAX_AGREEMENTS + 1)),
        "too_many",
        f"too many agreements ({MAX_AGREEMENTS + 1}; at most {MAX_AGREEMENTS})",
    ),
    (
        "too long text",
        golden_with(("groups", 0, "notes", 2), "x" * (MAX_TEXT_LENGTH + 1)),
        "too_long",
        "too long (1000001 characters",
    ),
    (
        "lone surrogate",
        golden_bytes_with("Sammen", "Sammen \\ud800"),
        "invalid_text",
        "groups[0].notes[4]",
    ),
    ("impossible date", golden_with(("meeting", "date"), "2025-02-30"), "bad_date", "YYYY-MM-DD"),
    (
        "danish date",
        golden_with(("agreements", 0, "deadline"), "01-04-2025"),
        "bad_date",
        "'01-04-2025' (at agreements[0].deadline)",
    ),
    (
        "date with time",
        golden_with(("agreements", 0, "follow_up"), "2025-06-01T10:00"),
        "bad_date",
        "YYYY-MM-DD",
    ),
    ("local time", golden_with(("created",), "2025-03-12T14:45:00+01:00"), "bad_timestamp", "UTC"),
    ("timestamp in words", golden_with(("modified",), "i går"), "bad_timestamp", "'i går'"),
    (
        "unknown status",
        golden_with(("agreements", 0, "status"), "closed"),
        "bad_status",
        "'closed'",
    ),
    (
        "translated status",
        golden_with(("agreements", 0, "status"), "åben"),
        "bad_status",
        "open, in_progress, done, dropped",
    ),
    (
        "unknown top-level field",
        dump({**golden_doc(), "comments": []}),
        "unknown_field",
        "'comments'",
    ),
    (
        "missing top-level field",
        dump(without(golden_doc(), ("agreements",))),
        "missing_field",
        '"agreements" is missing',
    ),
    ("app version too long", golden_with(("app_version",), "9" * 101), "too_long", "at most 100"),
]


@pytest.mark.parametrize(
    ("data", "code", "phrase"),
    [pytest.param(data, code, phrase, id=name) for name, data, code, phrase in BAD_INPUTS],
)
def test_each_kind_of_bad_file_is_named_in_the_message(data: bytes, code: str, phrase: str) -> None:
    expect_error(data, code, phrase)
    error = expect_error(data, code, phrase, name="/home/mette/Skrivebord/arbejdsmiljø.amk")
    assert str(error).startswith("/home/mette/Skrivebord/arbejdsmiljø.amk: ")


def test_a_utf8_bom_is_accepted() -> None:
    assert load_session_bytes(b"\xef\xbb\xbf" + GOLDEN_V1.read_bytes(), NAME) == golden_session()


def test_the_files_on_disk_are_named_in_the_message(tmp_path: Path) -> None:
    missing = tmp_path / "findes-ikke.amk"
    with pytest.raises(SessionFileError, match="does not exist") as caught:
        load_session(missing)
    assert caught.value.code == "not_found"
    assert str(caught.value).startswith(str(missing))

    with pytest.raises(SessionFileError, match="folder") as caught:
        load_session(tmp_path)
    assert caught.value.code == "not_a_file"

    damaged = tmp_path / "halv.amk"
    damaged.write_bytes(GOLDEN_V1.read_bytes()[:100])
    with pytest.raises(SessionFileError, match="ends too early") as caught:
        load_session(damaged)
    assert str(caught.value).startswith(f"{damaged}: ")

    with pytest.raises(SessionFileError) as caught:
        load_session(str(tmp_path / "nul\0.amk"))
    assert caught.value.code == "not_found"


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.amk"
    with huge.open("wb") as file:
        file.truncate(64 * 1024**3)  # sparse: reading it would take minutes and 64 GB
    started = time.perf_counter()
    with pytest.raises(SessionFileError, match="too large") as caught:
        load_session(huge)
    assert caught.value.code == "too_large"
    assert time.perf_counter() - started < 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.amk"
    os.mkfifo(pipe)
    with pytest.raises(SessionFileError) as caught:
        load_session(pipe)
    assert caught.value.code == "not_a_file"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may read anything"
)
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(GOLDEN_V1.read_bytes())
    path.chmod(0)
    with pytest.raises(SessionFileError, match="permission denied") as caught:
        load_session(path)
    assert caught.value.code == "permission_denied"


def test_loading_never_changes_the_file_or_its_folder(tmp_path: Path) -> None:
    good = tmp_path / "god.amk"
    bad = tmp_path / "daarlig.amk"
    good.write_bytes(GOLDEN_V1.read_bytes())
    bad.write_bytes(GOLDEN_V1.read_bytes()[:-20])
    old = 1_600_000_000_000_000_000
    for path in (good, bad):
        os.utime(path, ns=(old, old))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in (good, bad)}
    load_session(good)
    with pytest.raises(SessionFileError):
        load_session(bad)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in (good, bad)}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daarlig.amk", "god.amk"]


# --------------------------------------------------------------------------- versions


def v0_document() -> dict[str, Any]:
    """A made-up pre-release version 0, where "meeting" was called "details"."""
    doc = golden_doc()
    doc["schema_version"] = 0
    doc["details"] = doc.pop("meeting")
    return doc


def v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    doc = dict(doc)
    doc["meeting"] = doc.pop("details")
    return doc


V1_TO_V2 = migrations.MIGRATIONS[1]  # the real step: groups get their identities
V2_TO_V3 = migrations.MIGRATIONS[2]  # the real step: the agenda, not started
V3_TO_V4 = migrations.MIGRATIONS[3]  # the real step: outcomes, no baseline


def test_an_older_version_is_migrated_and_then_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    expect_error(dump(v0_document()), "bad_version", "version 0")
    monkeypatch.setattr(
        migrations, "MIGRATIONS", {0: v0_to_v1, 1: V1_TO_V2, 2: V2_TO_V3, 3: V3_TO_V4}
    )
    assert load_session_bytes(dump(v0_document()), NAME) == golden_session()
    assert load_session(GOLDEN_V1) == golden_session()
    # version 2 files take only the steps from 2 on
    monkeypatch.setattr(
        migrations, "MIGRATIONS", {0: v0_to_v1, 1: lambda doc: 1 / 0, 2: V2_TO_V3, 3: V3_TO_V4}
    )
    assert load_session(GOLDEN_V2).groups[0].id == golden_session().groups[0].id


def test_the_ladder_runs_every_step_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []

    def step(version: int) -> amk.Migration:
        def migrate(doc: dict[str, Any]) -> dict[str, Any]:
            assert doc["schema_version"] == version
            steps.append(version)
            real = {0: v0_to_v1, 1: V1_TO_V2, 2: V2_TO_V3, 3: V3_TO_V4}
            return real[version](doc) if version in real else doc

        return migrate

    monkeypatch.setattr(
        migrations, "MIGRATIONS", {-1: step(-1), 0: step(0), 1: step(1), 2: step(2), 3: step(3)}
    )
    doc = v0_document()
    doc["schema_version"] = -1
    loaded = load_session_bytes(dump(doc), NAME)
    assert steps == [-1, 0, 1, 2, 3]
    assert loaded == golden_session()
    doc["schema_version"] = -2
    expect_error(dump(doc), "bad_version", "too old")


def test_a_failing_or_wrong_migration_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(doc: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("details")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", {0: broken, 1: V1_TO_V2, 2: V2_TO_V3, 3: V3_TO_V4}
    )
    expect_error(dump(v0_document()), "migration_failed", "from format version 0 to 1")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", {0: lambda doc: [doc], 1: V1_TO_V2, 2: V2_TO_V3, 3: V3_TO_V4}
    )
    expect_error(dump(v0_document()), "migration_failed", "did not return an object")

    monkeypatch.setattr(  # no rename
        migrations, "MIGRATIONS", {0: lambda doc: doc, 1: V1_TO_V2, 2: V2_TO_V3, 3: V3_TO_V4}
    )
    expect_error(dump(v0_document()), "missing_field", '"meeting" is missing')


# --------------------------------------------------------------------------- the schema


def test_the_schema_agrees_with_the_code() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    defs = schema["$defs"]
    top = schema["properties"]
    assert schema["required"] == list(current_schema._TOP_FIELDS)
    assert top["format"]["const"] == amk.FORMAT_NAME
    assert top["schema_version"]["const"] == amk.SCHEMA_VERSION == 4
    assert tuple(defs["factor"]["enum"]) == FACTOR_KEYS
    assert tuple(defs["agreement"]["properties"]["status"]["enum"]) == AGREEMENT_STATUSES
    assert defs["agreement"]["required"] == list(current_schema._AGREEMENT_FIELDS)
    assert defs["meeting"]["required"] == list(current_schema._MEETING_FIELDS)
    baseline = defs["baseline"]["oneOf"][1]
    assert baseline["required"] == list(current_schema._BASELINE_FIELDS)
    assert defs["baselineGroup"]["required"] == list(current_schema._BASELINE_GROUP_FIELDS)
    assert defs["group"]["required"] == list(current_schema._GROUP_FIELDS)
    assert (
        defs["group"]["properties"]["id"]["pattern"] == "^" + current_schema._GROUP_ID.pattern + "$"
    )
    assert defs["group"]["properties"]["scores"]["required"] == list(FACTOR_KEYS)
    assert top["groups"]["maxItems"] == MAX_GROUPS
    assert top["agreements"]["maxItems"] == MAX_AGREEMENTS
    assert defs["text"]["maxLength"] == MAX_TEXT_LENGTH
    agenda = top["agenda"]
    assert agenda["required"] == list(current_schema._AGENDA_FIELDS)
    assert agenda["properties"]["spent"]["minItems"] == ITEM_COUNT
    assert agenda["properties"]["meeting_minutes"]["minimum"] == MIN_MINUTES
    old = json.loads(SCHEMA_V1.read_text("utf-8"))  # version 1 stays as it was: frozen
    assert old["properties"]["schema_version"]["const"] == 1
    assert old["$defs"]["group"]["required"] == ["name", "scores", "notes"]
    v2 = json.loads(SCHEMA_V2.read_text("utf-8"))  # and so does version 2
    assert v2["properties"]["schema_version"]["const"] == 2
    assert "agenda" not in v2["properties"]
    v3 = json.loads(SCHEMA_V3.read_text("utf-8"))  # and version 3
    assert v3["properties"]["schema_version"]["const"] == 3
    assert "baseline" not in v3["properties"]


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_golden_v1_file_follows_the_version_1_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(GOLDEN_V1.read_bytes()), json.loads(SCHEMA_V1.read_text()))


def test_the_example_and_golden_files_follow_the_schema(validator: Any) -> None:
    for path in (EXAMPLE, GOLDEN_V4):
        validator.validate(json.loads(path.read_bytes()))


@settings(
    deadline=None, max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions)
def test_every_saved_session_follows_the_schema(validator: Any, session: Session) -> None:
    validator.validate(json.loads(to_bytes(session)))


def test_the_schema_refuses_what_the_loader_refuses(validator: Any) -> None:
    doc = json.loads(GOLDEN_V4.read_bytes())
    cases = [with_value(doc, path, value) for path, value, _ in wrong_type_cases(doc)]
    cases += [without(doc, path) for path, _ in nodes(doc) if isinstance(path[-1], str)]
    for case in cases:
        loads = isinstance(load_or_error(dump(case)), Session)
        assert loads == validator.is_valid(case), case


# --------------------------------------------------------------------------- saving


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def small_session(name: str) -> Session:
    session = Session.new(name)
    session.groups[0].set_score("trust", 4)
    return session


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / NAME
    save_session(small_session("første"), path)
    assert not backup_path(path).exists()
    save_session(small_session("anden"), path)
    assert backup_path(path) == tmp_path / f"{NAME}.bak"
    assert load_session(backup_path(path)).groups[0].name == "første"
    save_session(small_session("tredje"), path)
    assert load_session(path).groups[0].name == "tredje"
    assert load_session(backup_path(path)).groups[0].name == "anden"
    save_session(small_session("fjerde"), path, backup=False)
    assert load_session(backup_path(path)).groups[0].name == "anden"
    assert temp_files(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, f"{NAME}.bak"]


def test_save_removes_old_temporary_files_a_killed_save_left(tmp_path: Path) -> None:
    path = tmp_path / NAME
    old = tmp_path / f".{NAME}.0123abcd.tmp"
    fresh = tmp_path / f".{NAME}.89abcdef.tmp"  # perhaps another program saving right now
    other = tmp_path / ".andet.amk.0123abcd.tmp"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"{")
    long_ago = time.time() - amk.STALE_TEMP_AGE - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    save_session(small_session("a"), path)
    assert temp_files(tmp_path) == sorted([other.name, fresh.name])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / NAME
    save_session(small_session("a"), path)
    path.chmod(0o640)
    save_session(small_session("b"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE(backup_path(path).stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_save_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.amk"
    link = tmp_path / "link.amk"
    save_session(small_session("a"), real)
    link.symlink_to(real)
    save_session(small_session("b"), link)
    assert link.is_symlink()
    assert load_session(real).groups[0].name == "b"


def test_replace_is_retried_while_another_program_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / NAME
    save_session(small_session("gammel"), path)
    real_replace = os.replace
    calls: list[object] = []

    def busy_twice(source: Any, target: Any) -> None:
        calls.append(target)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", busy_twice)
    save_session(small_session("ny"), path, backup=False)
    assert len(calls) == 3
    assert load_session(path).groups[0].name == "ny"


def test_a_failed_save_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / NAME
    old = small_session("gammel")
    save_session(old, path)
    before = path.read_bytes()
    stamp = old.modified

    def always_busy(source: Any, target: Any) -> None:
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(atomic_write, "_RETRY_DELAYS", (0.001, 0.001))
    monkeypatch.setattr(os, "replace", always_busy)
    old.groups[0].name = "ny"
    with pytest.raises(SessionFileError, match="permission denied") as caught:
        save_session(old, path, backup=False)
    assert caught.value.code == "permission_denied"
    assert str(caught.value).startswith(str(path))
    assert path.read_bytes() == before
    assert old.modified == stamp  # not stamped: nothing was saved
    assert temp_files(tmp_path) == []


def test_a_full_disk_is_reported_and_cleaned_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / NAME
    save_session(small_session("gammel"), path)
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SessionFileError, match="disk is full") as caught:
        save_session(small_session("ny"), path)
    assert caught.value.code == "disk_full"
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []


def test_any_file_can_be_written_atomically(tmp_path: Path) -> None:
    pdf = tmp_path / "referat.pdf"
    amk.write_file_atomically(pdf, b"%PDF-1 first")
    amk.write_file_atomically(str(pdf), b"%PDF-1 second")
    assert pdf.read_bytes() == b"%PDF-1 second"
    assert not backup_path(pdf).exists()  # no backup unless asked for
    amk.write_file_atomically(pdf, b"%PDF-1 third", backup=True)
    assert backup_path(pdf).read_bytes() == b"%PDF-1 second"
    assert temp_files(tmp_path) == []
    with pytest.raises(SessionFileError, match="folder does not exist") as caught:
        amk.write_file_atomically(tmp_path / "mangler" / "x.pdf", b"")
    assert caught.value.code == "not_found"


def test_saving_where_it_cannot_be_saved_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="folder does not exist") as caught:
        save_session(small_session("a"), tmp_path / "mangler" / NAME)
    assert caught.value.code == "not_found"
    with pytest.raises(SessionFileError, match="folder") as caught:
        save_session(small_session("a"), tmp_path)
    assert caught.value.code == "not_a_file"


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (lambda s: s.groups[0].scores.__setitem__("trust", 7), "bad_score"),
        (lambda s: s.groups[0].scores.__setitem__("fun", 3), "unknown_factor"),
        (lambda s: s.groups.clear(), "no_groups"),
        (lambda s: s.groups[0].notes.pop(), "wrong_length"),
        (lambda s: s.agreements.append(Agreement(status="closed")), "bad_status"),
        (lambda s: s.agreements.append(Agreement(deadline="i morgen")), "bad_date"),
        (lambda s: setattr(s.details, "title", None), "wrong_type"),
        (lambda s: setattr(s, "created", "i går"), "bad_timestamp"),
    ],
)
def test_a_session_the_format_cannot_hold_is_not_saved(
    tmp_path: Path, spoil: Any, code: str
) -> None:
    path = tmp_path / NAME
    save_session(small_session("gammel"), path)
    before = path.read_bytes()
    session = small_session("ny")
    spoil(session)
    with pytest.raises(SessionFileError, match="cannot save") as caught:
        save_session(session, path)
    assert caught.value.code == code
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []


SAVER = """
import sys
from amk_desktop.formats.amk import save_session
from amk_desktop.core.session import Session

small = Session.new("lille")
big = Session.new("stor")
big.groups[0].notes = ["Vi aftaler at mødes hver uge. " * 20_000] * 5  # about 3 MB
save_session(small, sys.argv[1])
print("ready", flush=True)
count = 0
while True:
    save_session(big if count % 2 else small, sys.argv[1])
    count += 1
"""


def test_a_save_killed_at_any_moment_leaves_a_loadable_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    rng = random.Random(20251)
    deadline = time.monotonic() + 8
    kills = 0
    while kills < 12 and time.monotonic() < deadline:
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)],
            stdout=subprocess.PIPE,
            cwd=ROOT,
        )
        assert saver.stdout is not None
        assert saver.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0, 0.15))
        saver.kill()  # SIGKILL: no clean-up, no atexit
        saver.wait()
        saver.stdout.close()
        kills += 1
        assert load_session(path).groups[0].name in {"lille", "stor"}
        if backup_path(path).exists():
            assert load_session(backup_path(path)).groups[0].name in {"lille", "stor"}
    assert kills >= 5
