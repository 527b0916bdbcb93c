"""Edits as named core commands: applied and taken back exactly, combined in Python, and the
window's undo history built on them holds only what changed."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amk_desktop.core import commands
from amk_desktop.core.baseline import baseline_of
from amk_desktop.core.commands import TextChange
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, Session

texts = st.text(alphabet=st.sampled_from("ab æø<&\n😀"), max_size=40)


@given(texts, texts)
def test_a_text_change_turns_the_old_text_into_the_new_and_back(old: str, new: str) -> None:
    change = TextChange.between(old, new)
    assert change.apply(old) == new
    assert change.revert(new) == old
    assert change.inverse().apply(new) == old
    assert change.is_empty == (old == new)
    assert len(change.removed) <= len(old) and len(change.inserted) <= len(new)


def test_a_keystroke_in_a_long_text_stores_one_character() -> None:
    note = "arbejdsmiljø " * 50_000
    change = TextChange.between(note, note[:300_000] + "x" + note[300_000:])
    assert (change.start, change.removed, change.inserted) == (300_000, "", "x")


def session() -> Session:
    result = Session.new("Gruppe 1")
    result.groups.append(Group("Gruppe 2"))
    result.agreements = [Agreement(action="Tavlemøder"), Agreement(action="APV")]
    earlier = Session.new("Gruppe 1")
    earlier.agreements = [Agreement(action="Fra sidst")]
    result.baseline = baseline_of(earlier, "sidst.amk")
    return result


def every_kind_of_command(s: Session) -> list[commands.Command]:
    key = FACTOR_KEYS[2]
    return [
        commands.SetScore(1, key, None, 4),
        commands.text_edit(commands.SetNote, "", "Vi <taler> & åbent", group=0, question=3),
        commands.text_edit(commands.RenameGroup, "Gruppe 2", "Team B", group=1),
        commands.text_edit(commands.SetDetail, "", "Plejecenter", field="workplace"),
        commands.text_edit(commands.SetClosingAnswer, "", "Ja", question=1),
        commands.text_edit(commands.SetAgreementText, "APV", "APV i maj", row=1, field="action"),
        commands.SetAgreementValue(0, "status", "open", "done"),
        commands.AddGroup(1, Group("Ny")),
        commands.RemoveGroup(0, s.groups[0]),
        commands.AddAgreement(0, Agreement(goal="Mål")),
        commands.RemoveAgreement(1, s.agreements[1]),
        commands.MoveAgreement(0, 1),
        commands.MoveGroup(1, 0),
        # the earlier meeting's agreements reviewed, and the earlier meeting itself (issue 12)
        commands.SetAgreementValue(0, "status", "open", "in_progress", earlier=True),
        commands.text_edit(
            commands.SetAgreementText, "", "Gik godt", row=0, field="outcome", earlier=True
        ),
        commands.SetBaseline(s.baseline, None),
        commands.SetBaseline(s.baseline, baseline_of(Session.new("Andet"), "andet.amk")),
    ]


@pytest.mark.parametrize("index", range(17))
def test_each_command_is_taken_back_exactly_by_its_inverse(index: int) -> None:
    s = session()
    before = repr(s)
    command = every_kind_of_command(s)[index]
    commands.apply(s, command)
    assert repr(s) != before
    assert not commands.is_empty(command)
    commands.apply(s, commands.inverse(command))
    assert repr(s) == before
    assert commands.inverse(commands.inverse(command)) == command


def test_commands_are_frozen_and_named_for_the_undo_menu() -> None:
    command = commands.SetScore(0, FACTOR_KEYS[0], None, 3)
    with pytest.raises(AttributeError):
        command.new = 5  # type: ignore[misc]
    assert {type(c).label.source for c in every_kind_of_command(session())} >= {
        "Change score",
        "Type notes",
        "Add group",
        "Remove agreement",
    }


def test_edits_of_one_value_merge_into_one_command_that_does_both() -> None:
    s = session()
    first = commands.text_edit(commands.SetNote, "", "Vi tal", group=0, question=0)
    commands.apply(s, first)
    second = commands.text_edit(commands.SetNote, "Vi tal", "Vi taler", group=0, question=0)
    merged = commands.merge(first, second, s)
    assert merged is not None
    commands.apply(s, second)
    assert s.groups[0].notes[0] == "Vi taler"
    commands.apply(s, commands.inverse(merged))
    assert s.groups[0].notes[0] == ""
    other_question = commands.text_edit(commands.SetNote, "", "x", group=0, question=1)
    assert commands.merge(first, other_question, s) is None
    assert commands.merge(first, commands.SetScore(0, FACTOR_KEYS[0], None, 1), s) is None
    score = commands.SetScore(0, FACTOR_KEYS[0], None, 2)
    back = commands.merge(score, commands.SetScore(0, FACTOR_KEYS[0], 2, None), s)
    assert back is not None and commands.is_empty(back)


def test_the_core_commands_need_no_qt() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(commands.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(name.startswith(("PySide6", "pyqtgraph")) for name in imported)


# -- the window's undo history ------------------------------------------------------------------
@pytest.fixture
def model(qapp):
    from amk_desktop.ui.session_model import SessionModel

    return SessionModel(session())


def entries(model) -> list:
    from amk_desktop.ui.session_model import _UndoEntry

    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, _UndoEntry) and o._model is model]


def test_a_burst_of_typing_is_one_step_that_holds_only_the_typed_text(model) -> None:
    note = "Der er god stemning i teamet. " * 10_000  # 300,000 characters
    model.set_note(0, note)
    model.undo_stack.setClean()  # saved: the next keystroke starts a new step
    typed = note
    for char in "Vi mangler faste aftaler om opfølgning" * 20:
        typed += char
        model.set_note(0, typed)
    assert model.undo_stack.count() == 2
    assert model.undo_stack.undoText() == "Type notes"
    change = model._last_entry.command.change
    assert (change.start, change.removed) == (len(note), "")
    assert len(change.inserted) == len(typed) - len(note)
    model.undo_stack.undo()
    assert model.session.groups[0].notes[0] == note
    assert model.undo_stack.isClean()
    model.undo_stack.redo()
    assert model.session.groups[0].notes[0] == typed


def test_merging_leaves_no_python_command_objects_behind(model) -> None:
    """PySide6 6.11.3 keeps alive the Python object of every command QUndoStack merges:
    the model merges in Python, so 1,000 keystrokes leave one object, and none once cleared."""
    text = ""
    for number in range(1000):
        text += "abcdefghij"[number % 10]
        model.set_note(1, text)
    assert model.undo_stack.count() == 1
    assert len(entries(model)) == 1
    model.replace_session(session())  # New / Open: the history is cleared
    assert entries(model) == []


def test_a_change_taken_back_within_its_step_leaves_no_step(model) -> None:
    key = FACTOR_KEYS[0]
    for value in (3, 4, 5, None):  # one drag, back to "not rated"
        model.set_score(key, value, gesture="drag-1")
    assert model.undo_stack.count() == 0
    assert model.session.groups[0].scores[key] is None


def test_an_edit_after_saving_is_a_new_step_so_the_file_is_modified(model) -> None:
    model.set_note(0, "Vi")
    model.undo_stack.setClean()
    model.set_note(0, "Vi taler")
    assert not model.undo_stack.isClean()
    model.undo_stack.undo()
    assert model.session.groups[0].notes[0] == "Vi"
    assert model.undo_stack.isClean()


def test_the_history_is_bounded(model) -> None:
    from amk_desktop.ui.session_model import UNDO_LIMIT

    assert model.undo_stack.undoLimit() == UNDO_LIMIT >= 3_600
    for number in range(30):  # separate steps (different values)
        model.set_agreement_field(0, "status", ("done", "open")[number % 2])
        model._last_entry = None  # as after a pause longer than a burst
    assert model.undo_stack.count() == 30


def test_every_change_is_announced_for_autosave(model, qtbot) -> None:
    with qtbot.waitSignals([model.edited] * 1, timeout=1000):
        model.set_note(0, "a")
    with qtbot.waitSignal(model.edited, timeout=1000):
        model.set_note(0, "ab")  # merged into the last step: the stack's index stays
    assert model.undo_stack.count() == 1


def test_collected_groups_are_one_step_that_undo_takes_back(model) -> None:
    from dataclasses import replace

    from amk_desktop.core import limits
    from amk_desktop.core.collect import plan_collection

    first = model.session.groups[0]
    newer = replace(
        first, scores={**first.scores, FACTOR_KEYS[0]: 5}, modified="2099-01-01T00:00:00Z"
    )
    newer = replace(newer, notes=["Ny note", *first.notes[1:]])
    incoming = [newer, Group("Fra laptop 3"), Group("Gruppe 2")]  # the last: a clash of names
    plan = plan_collection(model.groups, [("laptop3.amk", incoming)])
    before = repr(model.session)
    size_before = model.file_size
    assert model.collect_groups(plan)
    assert model.undo_stack.count() == 1 and model.undo_stack.undoText() == "Collect groups"
    names = [g.name for g in model.groups]
    assert names == ["Gruppe 1", "Gruppe 2", "Fra laptop 3", "Gruppe 2 (2)"]
    assert model.groups[0].scores[FACTOR_KEYS[0]] == 5
    assert model.file_size == limits.session_size(model.session)  # the running total
    model.undo_stack.undo()
    assert repr(model.session) == before and model.file_size == size_before
    model.undo_stack.redo()
    assert [g.name for g in model.groups] == names
    assert not model.collect_groups(plan_collection(model.groups, [("laptop3.amk", incoming)]))
