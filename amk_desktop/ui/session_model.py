"""The Qt face of the core session: the one place that changes it and says what changed.

Widgets never edit the core `Session` directly; they call these methods, which push an undo
command, and every view (sliders, chart, notes) follows the signals. A signal is emitted only
on a real change, so a widget that mirrors a value back cannot start a feedback loop.

Undo granularity: one slider drag is one step (the control passes the same `gesture` for the
whole drag), one burst of typing in a text field is one step (edits to the same field less than
`TYPING_BURST_SECONDS` apart merge), everything else is a step of its own.

Limits: the session never grows past what a file can hold (`amk_desktop.core.limits`: the
length of each text, the number of groups and agreements, the size of the whole file). An edit
that would break a limit is refused whole — the stored value stays as it was, nothing is cut —
and `limit_reached` says why; the editor then shows the model's value again. The file's size is
kept as a running total, so checking an edit costs as much as measuring the edited text, not
the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from amk_desktop.core import limits
from amk_desktop.core.session import Agreement, Group, Score, Session
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text, fill

TYPING_BURST_SECONDS = 1.5
# Why `SessionModel.limit_reached` refused an edit.
LIMIT_REASONS = ("text_too_long", "too_many_groups", "too_many_agreements", "file_too_large")
_MERGEABLE_ID = 1


class _ValueCommand(QUndoCommand):
    """Sets one value through `apply`; consecutive commands with the same merge key merge
    (within `window` seconds of each other, or without limit when window is None)."""

    def __init__(
        self,
        text: Text,
        apply: Callable[[Any], None],
        old: Any,
        new: Any,
        merge_key: Hashable | None = None,
        window: float | None = None,
    ) -> None:
        # The command keeps the English source; the Edit menu translates it when shown, so
        # the undo history follows a language switch.
        super().__init__(text.source)
        self._apply = apply
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.window = window
        self.stamp = time.monotonic()

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ValueCommand) or other.merge_key != self.merge_key:
            return False
        if self.window is not None and other.stamp - self.stamp > self.window:
            return False
        self.new = other.new
        self.stamp = other.stamp
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class _CallCommand(QUndoCommand):
    """A structural change given as a pair of functions (add/remove a group or agreement)."""

    def __init__(self, text: Text, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text.source)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


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
    session_replaced = Signal()
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

    # -- scores and notes ----------------------------------------------------------------------
    def set_score(
        self,
        key: str,
        value: Score,
        group_index: int | None = None,
        gesture: Hashable | None = None,
    ) -> None:
        index = self._current if group_index is None else group_index
        old = self._session.groups[index].scores[key]
        if old == value:
            return

        def apply(v: Score) -> None:
            self.set_current_index(index)
            if self._session.groups[index].set_score(key, v):
                self.score_changed.emit(index, key)

        merge = None if gesture is None else ("score", index, key, gesture)
        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Change score"), apply, old, value, merge
            )
        )

    def set_note(self, question_index: int, text: str, group_index: int | None = None) -> bool:
        """Returns False when the note stays as it was because `text` would break a limit."""
        index = self._current if group_index is None else group_index
        old = self._session.groups[index].notes[question_index]
        if old == text:
            return True
        if not self._text_fits(old, text):
            return False

        def apply(v: str) -> None:
            self.set_current_index(index)
            group = self._session.groups[index]
            self._count_text(group.notes[question_index], v)
            if group.set_note(question_index, v):
                self.note_changed.emit(index, question_index)

        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Type notes"),
                apply,
                old,
                text,
                ("note", index, question_index),
                TYPING_BURST_SECONDS,
            )
        )
        return True

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
        size = limits.group_size(group)
        if not self._size_fits(size):
            return -1
        index = len(self._session.groups)
        previous = self._current

        def do() -> None:
            self._session.groups.insert(index, group)
            self._size += size
            self.groups_changed.emit()
            self.set_current_index(index)

        def undo() -> None:
            del self._session.groups[index]
            self._size -= size
            self._current = min(previous, len(self._session.groups) - 1)
            self.groups_changed.emit()
            self.current_group_changed.emit(self._current)

        self.undo_stack.push(_CallCommand(QT_TRANSLATE_NOOP("SessionModel", "Add group"), do, undo))
        return index

    def remove_group(self, index: int) -> None:
        if len(self._session.groups) <= 1:
            return
        removed = self._session.groups[index]

        def do() -> None:
            del self._session.groups[index]
            self._size -= limits.group_size(removed)
            # the same group stays current (its index moves down), or the next one takes over
            if self._current > index or self._current >= len(self._session.groups):
                self._current -= 1
            self.groups_changed.emit()
            self.current_group_changed.emit(self._current)

        def undo() -> None:
            self._session.groups.insert(index, removed)
            self._size += limits.group_size(removed)
            self.groups_changed.emit()
            self.set_current_index(index)

        self.undo_stack.push(
            _CallCommand(QT_TRANSLATE_NOOP("SessionModel", "Remove group"), do, undo)
        )

    def rename_group(self, index: int, name: str) -> bool:
        """Returns False when the name stays as it was because `name` would break a limit."""
        old = self._session.groups[index].name
        if old == name:
            return True
        if not self._text_fits(old, name):
            return False

        def apply(v: str) -> None:
            group = self._session.groups[index]
            self._count_text(group.name, v)
            group.name = v
            self.group_renamed.emit(index)

        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Rename group"),
                apply,
                old,
                name,
                ("group", index),
                TYPING_BURST_SECONDS,
            )
        )
        return True

    # -- meeting details and closing answers ---------------------------------------------------
    def set_detail(self, field: str, text: str) -> bool:
        """Returns False when the field stays as it was because `text` would break a limit."""
        details = self._session.details
        old = getattr(details, field)
        if old == text:
            return True
        if not self._text_fits(old, text):
            return False

        def apply(v: str) -> None:
            self._count_text(getattr(self._session.details, field), v)
            setattr(self._session.details, field, v)
            self.details_changed.emit(field)

        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Edit meeting details"),
                apply,
                old,
                text,
                ("detail", field),
                TYPING_BURST_SECONDS,
            )
        )
        return True

    def set_closing_answer(self, index: int, text: str) -> bool:
        """Returns False when the answer stays as it was because `text` would break a limit."""
        old = self._session.closing_answers[index]
        if old == text:
            return True
        if not self._text_fits(old, text):
            return False

        def apply(v: str) -> None:
            answers = self._session.closing_answers
            self._count_text(answers[index], v)
            answers[index] = v
            self.closing_answer_changed.emit(index)

        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Type closing answer"),
                apply,
                old,
                text,
                ("closing", index),
                TYPING_BURST_SECONDS,
            )
        )
        return True

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
        size = limits.agreement_size(agreement)
        if not self._size_fits(size):
            return -1
        at = len(self._session.agreements) if row is None else row

        def do() -> None:
            self._session.agreements.insert(at, agreement)
            self._size += size
            self.agreements_changed.emit()

        def undo() -> None:
            del self._session.agreements[at]
            self._size -= size
            self.agreements_changed.emit()

        self.undo_stack.push(
            _CallCommand(QT_TRANSLATE_NOOP("SessionModel", "Add agreement"), do, undo)
        )
        return at

    def remove_agreement(self, row: int) -> None:
        removed = self._session.agreements[row]

        def do() -> None:
            del self._session.agreements[row]
            self._size -= limits.agreement_size(removed)
            self.agreements_changed.emit()

        def undo() -> None:
            self._session.agreements.insert(row, removed)
            self._size += limits.agreement_size(removed)
            self.agreements_changed.emit()

        self.undo_stack.push(
            _CallCommand(QT_TRANSLATE_NOOP("SessionModel", "Remove agreement"), do, undo)
        )

    def move_agreement(self, row: int, to: int) -> None:
        rows = self._session.agreements
        if row == to or not (0 <= row < len(rows) and 0 <= to < len(rows)):
            return

        def move(a: int, b: int) -> Callable[[], None]:
            def run() -> None:
                rows.insert(b, rows.pop(a))
                self.agreements_changed.emit()

            return run

        self.undo_stack.push(
            _CallCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Move agreement"),
                move(row, to),
                move(to, row),
            )
        )

    def set_agreement_field(self, row: int, field: str, value: Any) -> bool:
        """Returns False when the field stays as it was because `value` would break a limit."""
        old = getattr(self._session.agreements[row], field)
        if old == value:
            return True
        is_text = field in limits.AGREEMENT_TEXT_FIELDS
        if is_text and not self._text_fits(old, value):
            return False

        def apply(v: Any) -> None:
            rows = self._session.agreements
            if is_text:
                self._count_text(getattr(rows[row], field), v)
            rows[row] = replace(rows[row], **{field: v})
            self.agreement_edited.emit(row, field)

        self.undo_stack.push(
            _ValueCommand(
                QT_TRANSLATE_NOOP("SessionModel", "Edit agreement"),
                apply,
                old,
                value,
                ("agreement", row, field),
                TYPING_BURST_SECONDS,
            )
        )
        return True
