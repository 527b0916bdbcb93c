"""The Qt face of the core session: the one place that changes it and says what changed.

Widgets never edit the core `Session` directly; they call these methods, which make a named
core command (`amk_desktop.core.commands`: `SetScore`, `SetNote`, `AddGroup`, …), apply it
through the core as a step of the undo history, and every view (sliders, chart, notes) follows
the signals. A signal is emitted only on a real change, so a widget that mirrors a value back
cannot start a feedback loop. This class is the thin Qt adapter: the edits themselves, their
inverses and how two edits combine are the core's.

Undo granularity: one slider drag is one step (the control passes the same `gesture` for the
whole drag), one burst of typing in a text field is one step (edits to the same field less than
`TYPING_BURST_SECONDS` apart merge), everything else is a step of its own. Merging happens in
Python (`_execute`), never in `QUndoStack` (PySide6 6.11.3 keeps the Python object of every
command Qt merges alive); a text step holds only the changed span; the history is bounded
(`UNDO_LIMIT`).

Limits: the session never grows past what a file can hold (`amk_desktop.core.limits`: the
length of each text, the number of groups and agreements, the size of the whole file). An edit
that would break a limit is refused whole — the stored value stays as it was, nothing is cut —
and `limit_reached` says why; the editor then shows the model's value again. The file's size is
kept as a running total, so checking an edit costs as much as measuring the edited text, not
the session.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from amk_desktop.core import commands, limits
from amk_desktop.core.agenda import Agenda
from amk_desktop.core.baseline import Baseline
from amk_desktop.core.collect import CollectionPlan
from amk_desktop.core.session import Agreement, Group, Score, Session, utc_timestamp
from amk_desktop.core.text import fill

TYPING_BURST_SECONDS = 1.5
# dates are entered whole, never typed into the session character by character
DATE_DETAILS = ("date",)
DATE_AGREEMENT_FIELDS = ("deadline", "follow_up")
# Steps of undo kept: a three-hour meeting with a step every three seconds makes 3,600. A step
# holds only what changed (a text edit, the changed span), so the bound costs little memory.
UNDO_LIMIT = 5_000
# Why `SessionModel.limit_reached` refused an edit.
LIMIT_REASONS = ("text_too_long", "too_many_groups", "too_many_agreements", "file_too_large")


def _import_growth(
    added: Sequence[Group],
    replaced: Sequence[tuple[int, Group, Group]],
    agreements: Sequence[Agreement],
    reviews: Sequence[tuple[int, Agreement, Agreement]] = (),
) -> int:
    """How much collected groups (and agreements, and reviews) grow the session's file."""
    return (
        sum(limits.group_size(group) for group in added)
        + sum(limits.group_size(new) - limits.group_size(old) for _index, old, new in replaced)
        + sum(limits.agreement_size(agreement) for agreement in agreements)
        + sum(limits.agreement_size(new) - limits.agreement_size(old) for _r, old, new in reviews)
    )


class _UndoEntry(QUndoCommand):
    """One step of the undo history: a core command (`amk_desktop.core.commands`), applied
    through the model so that the views hear of it. Qt never merges entries (`id()` is -1):
    `SessionModel` merges commands in Python before they reach the stack."""

    def __init__(
        self,
        model: SessionModel,
        command: commands.Command,
        merge_key: Hashable | None,
        current_before: int,
    ) -> None:
        # The entry keeps the English source; the Edit menu translates it when shown, so the
        # undo history follows a language switch.
        super().__init__(command.label.source)
        self._model = model
        self.command = command
        self.merge_key = merge_key
        self.stamp = time.monotonic()
        self.current_before = current_before  # the group shown when the step was made

    def redo(self) -> None:
        self._model._apply(self.command)

    def undo(self) -> None:
        self._model._apply(commands.inverse(self.command))
        if isinstance(self.command, commands.AddGroup):  # back to the group shown before
            self._model.set_current_index(min(self.current_before, len(self._model.groups) - 1))


class SessionModel(QObject):
    score_changed = Signal(int, str)  # group index, factor key
    note_changed = Signal(int, int)  # group index, question index
    groups_changed = Signal()  # a group was added or removed
    group_renamed = Signal(int)  # group index
    current_group_changed = Signal(int)
    details_changed = Signal(str)  # field name of MeetingDetails
    closing_answer_changed = Signal(int)
    agreements_changed = Signal()  # rows added, removed or moved
    agreement_edited = Signal(int, str)  # row, field
    # issue 12: the earlier meeting followed up was chosen, changed or taken away; one of its
    # agreements was reviewed (row, field: "status" or "outcome")
    baseline_changed = Signal()
    earlier_agreement_edited = Signal(int, str)
    session_replaced = Signal()
    agenda_changed = Signal()  # the timed agenda: its length, its clock, its items
    # a change that is kept but not a step of the undo history (the agenda's clock): the
    # document counts the session as changed
    changed_outside_history = Signal()
    # Any change to the session, made, undone, redone or merged into the last step (for
    # autosave: a merged edit does not move the undo stack's index).
    edited = Signal()
    # An edit was refused because it would break a limit: the reason (one of LIMIT_REASONS)
    # and a calm, translated sentence saying why, for the status bar.
    limit_reached = Signal(str, str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not session.groups:
            raise ValueError("a session has at least one group")
        self._session = session
        self._current = 0
        self._sizes: list[tuple[str, int]] = []  # the last texts measured (identity cache)
        self._size = limits.session_size(session)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._last_entry: _UndoEntry | None = None  # the entry a new edit may merge into

    @property
    def session(self) -> Session:
        return self._session

    @property
    def groups(self) -> list[Group]:
        return self._session.groups

    @property
    def current_index(self) -> int:
        return self._current

    @property
    def current_group(self) -> Group:
        return self._session.groups[self._current]

    def set_current_index(self, index: int) -> None:
        if not 0 <= index < len(self._session.groups) or index == self._current:
            return
        self._current = index
        self.current_group_changed.emit(index)

    def replace_session(self, session: Session) -> None:
        """Show another session (New, Open, Recover). Clears the undo history."""
        if not session.groups:
            raise ValueError("a session has at least one group")
        self._session = session
        self._current = 0
        self._sizes = []
        self._size = limits.session_size(session)
        self._last_entry = None
        self.undo_stack.clear()
        self.session_replaced.emit()

    # -- limits --------------------------------------------------------------------------------
    @property
    def file_size(self) -> int:
        """The size in bytes of the file Save would write now (an upper bound, see limits)."""
        return self._size

    def can_add_group(self) -> bool:
        return len(self._session.groups) < limits.MAX_GROUPS

    def can_add_agreement(self) -> bool:
        return len(self._session.agreements) < limits.MAX_AGREEMENTS

    def limit_message(self, reason: str) -> str:
        """Why an edit was refused, in the user's language."""
        locale = QLocale()
        if reason == "text_too_long":
            return fill(
                self.tr(
                    "This text has reached the limit of %1 characters, so the change was not "
                    "made. Anything you pasted is still on the clipboard."
                ),
                locale.toString(limits.MAX_TEXT_LENGTH),
            )
        if reason == "too_many_groups":
            return fill(
                self.tr("A session can hold at most %1 groups."),
                locale.toString(limits.MAX_GROUPS),
            )
        if reason == "too_many_agreements":
            return fill(
                self.tr("A session can hold at most %1 agreements."),
                locale.toString(limits.MAX_AGREEMENTS),
            )
        return fill(
            self.tr(
                "The session has reached the largest size a file can hold (%1 MB), so the "
                "change was not made. Shorten or remove some text to make room."
            ),
            locale.toString(limits.MAX_FILE_SIZE // (1024 * 1024)),
        )

    def _refuse(self, reason: str) -> bool:
        self.limit_reached.emit(reason, self.limit_message(reason))
        return False

    def _text_size(self, text: str) -> int:
        """`limits.text_size`, remembered for the last few texts: one keystroke in a long note
        measures the old and the new text once, for the check and for the running total."""
        for known, size in self._sizes:
            if known is text:
                return size
        size = limits.text_size(text)
        self._sizes = [(text, size), *self._sizes[:3]]
        return size

    def _text_fits(self, old: str, new: str) -> bool:
        """Whether replacing the text `old` by `new` keeps the session within the limits (an
        edit that does not make things worse is always allowed); emits `limit_reached` if not."""
        if limits.too_long(new) and len(new) > len(old):
            return self._refuse("text_too_long")
        return self._size_fits(self._text_size(new) - self._text_size(old))

    def _size_fits(self, growth: int) -> bool:
        if growth > 0 and self._size + growth > limits.MAX_FILE_SIZE:
            return self._refuse("file_too_large")
        return True

    def _count_text(self, old: str, new: str) -> None:
        """A stored text changes from `old` to `new`: keep the running total."""
        self._size += self._text_size(new) - self._text_size(old)

    # -- applying commands ----------------------------------------------------------------------
    def _execute(
        self,
        command: commands.Command,
        merge_key: Hashable | None = None,
        window: float | None = None,
    ) -> None:
        """Apply `command` as a new step of the undo history, or as part of the last step
        when that step changed the same value (`merge_key`) less than `window` seconds ago
        (without limit when None). As Qt does, a step is never merged into the step the file
        was saved at (the file would stop being "modified")."""
        stack = self.undo_stack
        last = self._last_entry
        if (
            last is not None
            and merge_key is not None
            and last.merge_key == merge_key
            and stack.index() == stack.count()
            and stack.index() != stack.cleanIndex()
            and stack.count() > 0
            and stack.command(stack.index() - 1) is last
            and (window is None or time.monotonic() - last.stamp <= window)
        ):
            merged = commands.merge(last.command, command, self._session)
            if merged is not None:
                self._apply(command)
                last.command = merged
                last.stamp = time.monotonic()
                if commands.is_empty(merged):  # typed and taken back: no step at all
                    last.setObsolete(True)
                    self._last_entry = None
                    stack.undo()  # (applies the empty inverse; Qt then drops the entry)
                return
        entry = _UndoEntry(self, command, merge_key, self._current)
        self._last_entry = entry
        stack.push(entry)

    def _apply(self, command: commands.Command) -> None:
        """Change the session through the core, keep the running file size, tell the views."""
        session = self._session
        match command:
            case commands.SetScore(group=group, key=key):
                self.set_current_index(group)
                commands.apply(session, command)
                self._touch(group)
                self.score_changed.emit(group, key)
            case (
                commands.SetNote()
                | commands.RenameGroup()
                | commands.SetDetail()
                | commands.SetClosingAnswer()
                | commands.SetAgreementText()
            ):
                if isinstance(command, commands.SetNote):
                    self.set_current_index(command.group)
                old = commands.current_text(session, command)
                commands.apply(session, command)
                if isinstance(command, commands.SetNote | commands.RenameGroup):
                    self._touch(command.group)
                self._count_text(old, commands.current_text(session, command))
                self._text_edited(command)
            case commands.SetAgreementValue() | commands.SetBaseline():
                self._apply_value(command)
            case commands.AddGroup(index=index, group=group):
                commands.apply(session, command)
                self._size += limits.group_size(group)
                self.groups_changed.emit()
                self.set_current_index(index)
            case commands.RemoveGroup(index=index, group=group):
                commands.apply(session, command)
                self._size -= limits.group_size(group)
                # the same group stays current (its index moves down), or the next one takes over
                if self._current > index or self._current >= len(session.groups):
                    self._current -= 1
                self.groups_changed.emit()
                self.current_group_changed.emit(self._current)
            case commands.MoveGroup():
                current = self._session.groups[self._current]
                commands.apply(session, command)
                # the current group stays current wherever it now is
                self._current = next(i for i, g in enumerate(session.groups) if g is current)
                self.groups_changed.emit()
                self.current_group_changed.emit(self._current)
            case (
                commands.AddAgreement(agreement=agreement)
                | commands.RemoveAgreement(agreement=agreement)
            ):
                commands.apply(session, command)
                size = limits.agreement_size(agreement)
                self._size += size if isinstance(command, commands.AddAgreement) else -size
                self.agreements_changed.emit()
            case commands.MoveAgreement():
                commands.apply(session, command)
                self.agreements_changed.emit()
            case commands.ImportGroups():
                self._apply_import(command)
        self.edited.emit()

    def _apply_value(self, command: commands.SetAgreementValue | commands.SetBaseline) -> None:
        """An agreement's value (of this meeting or of the earlier one), or the earlier meeting."""
        commands.apply(self._session, command)
        match command:
            case commands.SetAgreementValue(row=row, field=field, earlier=True):
                self.earlier_agreement_edited.emit(row, field)
            case commands.SetAgreementValue(row=row, field=field):
                self.agreement_edited.emit(row, field)
            case commands.SetBaseline(old=old, new=new):
                self._size += limits.baseline_size(new) - limits.baseline_size(old)
                self.baseline_changed.emit()

    def _apply_import(self, command: commands.ImportGroups) -> None:
        session = self._session
        grown = _import_growth(command.added, command.replaced, command.agreements, command.reviews)
        commands.apply(session, command)
        self._size += -grown if command.reverse else grown
        self._current = min(self._current, len(session.groups) - 1)
        if command.agreements:
            self.agreements_changed.emit()
        for row, *_versions in command.reviews:
            self.earlier_agreement_edited.emit(row, "status")
            self.earlier_agreement_edited.emit(row, "outcome")
        self.groups_changed.emit()
        for index, _old, new in command.replaced:  # the views of those groups redraw
            for key in new.scores:
                self.score_changed.emit(index, key)
            for question in range(len(new.notes)):
                self.note_changed.emit(index, question)
            self.group_renamed.emit(index)
        self.current_group_changed.emit(self._current)

    def _touch(self, index: int) -> None:
        """The group changed now: its time of change (which tells the newer of two versions of
        the group apart when groups are collected from other laptops)."""
        group = self._session.groups[index]
        stamp = utc_timestamp()
        self._size += len(stamp) - len(group.modified)
        group.modified = stamp

    def _text_edited(self, command: commands.TextCommand) -> None:
        match command:
            case commands.SetNote(group=group, question=question):
                self.note_changed.emit(group, question)
            case commands.RenameGroup(group=group):
                self.group_renamed.emit(group)
            case commands.SetDetail(field=field):
                self.details_changed.emit(field)
            case commands.SetClosingAnswer(question=question):
                self.closing_answer_changed.emit(question)
            case commands.SetAgreementText(row=row, field=field, earlier=True):
                self.earlier_agreement_edited.emit(row, field)
            case commands.SetAgreementText(row=row, field=field):
                self.agreement_edited.emit(row, field)

    def _edit_text(
        self,
        command_type: type[commands.TextCommand],
        old: str,
        new: str,
        *,
        typed: bool = True,
        **where: Any,
    ) -> bool:
        """A text changes from `old` to `new` (one step per burst of typing; a value entered
        whole, `typed=False`, is a step of its own); False when it stays as it was because
        `new` would break a limit."""
        if old == new:
            return True
        if not self._text_fits(old, new):
            return False
        command = commands.text_edit(command_type, old, new, **where)
        merge_key = (command_type, *where.values()) if typed else None
        self._execute(command, merge_key, TYPING_BURST_SECONDS)
        return True

    # -- scores and notes ----------------------------------------------------------------------
    def set_score(
        self,
        key: str,
        value: Score,
        group_index: int | None = None,
        gesture: Hashable | None = None,
    ) -> None:
        """One slider drag is one step: the control passes the same `gesture` for all of it."""
        index = self._current if group_index is None else group_index
        old = self._session.groups[index].scores[key]
        if old == value:
            return
        merge = None if gesture is None else ("score", index, key, gesture)
        self._execute(commands.SetScore(index, key, old, value), merge)

    def set_note(self, question_index: int, text: str, group_index: int | None = None) -> bool:
        """Returns False when the note stays as it was because `text` would break a limit."""
        index = self._current if group_index is None else group_index
        old = self._session.groups[index].notes[question_index]
        return self._edit_text(commands.SetNote, old, text, group=index, question=question_index)

    # -- groups --------------------------------------------------------------------------------
    def add_group(self, name: str) -> int:
        """Adds a group at the end and makes it current; returns its index, or -1 when the
        session cannot hold another group (`limit_reached` says why)."""
        if not self.can_add_group():
            self._refuse("too_many_groups")
            return -1
        group = Group(name)
        if limits.too_long(name):
            self._refuse("text_too_long")
            return -1
        if not self._size_fits(limits.group_size(group)):
            return -1
        index = len(self._session.groups)
        self._execute(commands.AddGroup(index, group))
        return index

    def remove_group(self, index: int) -> None:
        if len(self._session.groups) <= 1:
            return
        self._execute(commands.RemoveGroup(index, self._session.groups[index]))

    def move_group(self, index: int, to: int) -> None:
        """Moves a group to another place in the list (one undo step); its colour follows the
        place, as on the printed sheet."""
        groups = self._session.groups
        if index == to or not (0 <= index < len(groups) and 0 <= to < len(groups)):
            return
        self._execute(commands.MoveGroup(index, to))

    def rename_group(self, index: int, name: str) -> bool:
        """Returns False when the name stays as it was because `name` would break a limit."""
        old = self._session.groups[index].name
        return self._edit_text(commands.RenameGroup, old, name, group=index)

    def collect_groups(self, plan: CollectionPlan) -> bool:
        """Apply a plan of groups collected from other files (`core/collect.py`) as one undo
        step; False when nothing changes or when the session cannot hold the groups
        (`limit_reached` says why)."""
        if not plan.changes_anything:
            return False
        groups, agreements = self._session.groups, self._session.agreements
        if len(groups) + len(plan.added) > limits.MAX_GROUPS:
            return self._refuse("too_many_groups")
        if len(agreements) + len(plan.agreements) > limits.MAX_AGREEMENTS:
            return self._refuse("too_many_agreements")
        replaced = tuple((index, groups[index], new) for index, new in plan.replaced)
        if any(limits.too_long(group.name) for group in plan.added):
            return self._refuse("text_too_long")
        baseline = self._session.baseline
        reviews = tuple(
            (
                review.row,
                baseline.agreements[review.row],
                replace(
                    baseline.agreements[review.row], status=review.status, outcome=review.outcome
                ),
            )
            for review in plan.reviews
            if baseline is not None and review.row < len(baseline.agreements)
        )
        if not self._size_fits(_import_growth(plan.added, replaced, plan.agreements, reviews)):
            return False
        command = commands.ImportGroups(
            len(groups), plan.added, replaced, False, len(agreements), plan.agreements, reviews
        )
        self._execute(command)
        return True

    # -- the timed agenda ----------------------------------------------------------------------
    @property
    def agenda(self) -> Agenda:
        return self._session.agenda

    def set_agenda(self, agenda: Agenda) -> None:
        """The agenda after a change of its clock or length (`core/agenda.py`: every change
        gives a new agenda). Not an undo step: time that has passed is not taken back."""
        old = self._session.agenda
        if agenda == old:
            return
        self._session.agenda = agenda
        self._size += limits.agenda_size(agenda) - limits.agenda_size(old)
        self.agenda_changed.emit()
        self.changed_outside_history.emit()
        self.edited.emit()

    def keep_agenda_time(self, agenda: Agenda) -> None:
        """The running clock's time written into the session (every second), quietly: no
        signal, no autosave, so that a save at any moment holds the time up to that second."""
        old = self._session.agenda
        self._session.agenda = agenda
        self._size += limits.agenda_size(agenda) - limits.agenda_size(old)

    # -- meeting details and closing answers ---------------------------------------------------
    def set_detail(self, field: str, text: str) -> bool:
        """Returns False when the field stays as it was because `text` would break a limit."""
        old = getattr(self._session.details, field)
        # a date is entered whole (`DateField`): each one its own undo step
        return self._edit_text(
            commands.SetDetail, old, text, typed=field not in DATE_DETAILS, field=field
        )

    def set_closing_answer(self, index: int, text: str) -> bool:
        """Returns False when the answer stays as it was because `text` would break a limit."""
        old = self._session.closing_answers[index]
        return self._edit_text(commands.SetClosingAnswer, old, text, question=index)

    # -- agreements ----------------------------------------------------------------------------
    @property
    def agreements(self) -> list[Agreement]:
        return self._session.agreements

    def add_agreement(self, row: int | None = None) -> int:
        """Inserts an empty agreement at `row` (default: at the end); returns its row, or -1
        when the session cannot hold another agreement (`limit_reached` says why)."""
        if not self.can_add_agreement():
            self._refuse("too_many_agreements")
            return -1
        agreement = Agreement()
        if not self._size_fits(limits.agreement_size(agreement)):
            return -1
        at = len(self._session.agreements) if row is None else row
        self._execute(commands.AddAgreement(at, agreement))
        return at

    def remove_agreement(self, row: int) -> None:
        self._execute(commands.RemoveAgreement(row, self._session.agreements[row]))

    def move_agreement(self, row: int, to: int) -> None:
        rows = self._session.agreements
        if row == to or not (0 <= row < len(rows) and 0 <= to < len(rows)):
            return
        self._execute(commands.MoveAgreement(row, to))

    # -- the earlier meeting followed up (issue 12) ---------------------------------------------
    @property
    def baseline(self) -> Baseline | None:
        return self._session.baseline

    def set_baseline(self, baseline: Baseline | None) -> bool:
        """Follow up `baseline` (None: no earlier meeting), one step; False when the file
        could not hold it (`limit_reached` says why)."""
        old = self._session.baseline
        if baseline is old:
            return True
        growth = limits.baseline_size(baseline) - limits.baseline_size(old)
        if not self._size_fits(growth):
            return False
        self._execute(commands.SetBaseline(old, baseline))
        return True

    def review_earlier_agreement(self, row: int, field: str, value: str) -> bool:
        """The earlier meeting's agreement `row` reviewed: its "status" or its "outcome" (how it
        went). False when the text would break a limit."""
        if self._session.baseline is None:
            return False
        old = getattr(self._session.baseline.agreements[row], field)
        if field == "outcome":
            return self._edit_text(
                commands.SetAgreementText, old, value, row=row, field=field, earlier=True
            )
        if old != value:
            self._execute(commands.SetAgreementValue(row, field, old, value, earlier=True))
        return True

    def set_agreement_field(self, row: int, field: str, value: Any) -> bool:
        """Returns False when the field stays as it was because `value` would break a limit."""
        old = getattr(self._session.agreements[row], field)
        if field in limits.AGREEMENT_TEXT_FIELDS:
            return self._edit_text(commands.SetAgreementText, old, value, row=row, field=field)
        if old != value:
            command = commands.SetAgreementValue(row, field, old, value)
            merge_key = None if field in DATE_AGREEMENT_FIELDS else ("agreement", row, field)
            self._execute(command, merge_key, TYPING_BURST_SECONDS)
        return True
