"""The five dialogue questions of the leaflet, each with the current group's notes beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from amk_desktop.core.content import DIALOGUE_QUESTIONS, QUESTIONS_HEADING
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.appearance import set_font_role
from amk_desktop.ui.widgets.text_fields import GrowingTextEdit, elide, show_plain_text


class QuestionsPanel(QScrollArea):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questions_panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the notes fields take focus
        self._model = model

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 4, 0)
        self.heading = QLabel(body)
        set_font_role(self.heading, 1.3, bold=True)
        layout.addWidget(self.heading)

        self.question_labels: list[QLabel] = []
        self.notes: list[QPlainTextEdit] = []
        for number in range(1, len(DIALOGUE_QUESTIONS) + 1):
            label = QLabel(body)
            label.setObjectName(f"question_label_{number}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit = GrowingTextEdit(body, min_lines=2)
            edit.setObjectName(f"question_notes_{number}")
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.question_labels.append(label)
            self.notes.append(edit)
            edit.textChanged.connect(lambda i=number - 1: self._on_text_changed(i))
        layout.addStretch(1)
        self.setWidget(body)

        model.note_changed.connect(self._on_note_changed)
        model.current_group_changed.connect(self._show_group)
        model.session_replaced.connect(self._show_group)
        model.group_renamed.connect(self._update_placeholders)
        self.retranslate()
        self._show_group()

    def _on_text_changed(self, question_index: int) -> None:
        edit = self.notes[question_index]
        if not edit.signalsBlocked() and not self._model.set_note(
            question_index, edit.toPlainText()
        ):
            self._show_note(question_index, keep_cursor=True)  # refused: show the note again

    def _on_note_changed(self, group_index: int, question_index: int) -> None:
        if group_index == self._model.current_index:
            self._show_note(question_index)

    def _show_note(self, question_index: int, *, keep_cursor: bool = False) -> None:
        show_plain_text(
            self.notes[question_index],
            self._model.current_group.notes[question_index],
            keep_cursor=keep_cursor,
        )

    def _show_group(self) -> None:
        for index in range(len(self.notes)):
            self._show_note(index)
        self._update_placeholders()

    def _update_placeholders(self) -> None:
        text = fill(self.tr("Notes from %1 …"), elide(self._model.current_group.name, 60))
        for edit in self.notes:
            edit.setPlaceholderText(text)

    def retranslate(self) -> None:
        self.heading.setText(tr_text(QUESTIONS_HEADING))
        for number, (label, edit, question) in enumerate(
            zip(self.question_labels, self.notes, DIALOGUE_QUESTIONS, strict=True), start=1
        ):
            text = tr_text(question)
            label.setText(f"{number}. {text}")
            edit.setAccessibleName(fill(self.tr("Notes for question %1"), str(number)))
            edit.setAccessibleDescription(text)
        self._update_placeholders()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
