"""The Qt face of the core session: the one place that changes it and says what changed.

Widgets never edit the core `Session` directly; they call these methods, and every view (sliders,
chart, notes) follows the signals. A signal is emitted only on a real change, so a widget that
mirrors a value back cannot start a feedback loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from amk_desktop.core.session import Group, Score, Session


class SessionModel(QObject):
    score_changed = Signal(int, str)  # group index, factor key
    note_changed = Signal(int, int)  # group index, question index
    groups_changed = Signal()  # a group was added, removed or renamed
    current_group_changed = Signal(int)
    session_replaced = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not session.groups:
            raise ValueError("a session has at least one group")
        self._session = session
        self._current = 0

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

    def set_score(self, key: str, value: Score, group_index: int | None = None) -> None:
        index = self._current if group_index is None else group_index
        if self._session.groups[index].set_score(key, value):
            self.score_changed.emit(index, key)

    def set_note(self, question_index: int, text: str, group_index: int | None = None) -> None:
        index = self._current if group_index is None else group_index
        if self._session.groups[index].set_note(question_index, text):
            self.note_changed.emit(index, question_index)

    def add_group(self, name: str) -> int:
        self._session.groups.append(Group(name))
        self.groups_changed.emit()
        index = len(self._session.groups) - 1
        self.set_current_index(index)
        return index

    def rename_group(self, index: int, name: str) -> None:
        group = self._session.groups[index]
        if group.name != name:
            group.name = name
            self.groups_changed.emit()

    def replace_session(self, session: Session) -> None:
        if not session.groups:
            raise ValueError("a session has at least one group")
        self._session = session
        self._current = 0
        self.session_replaced.emit()
