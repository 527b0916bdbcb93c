"""Efter: the joint summary, the four closing questions with their answers, the agreements."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core import content
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agreements import AgreementsEditor
from amk_desktop.ui.widgets.appearance import set_font_role
from amk_desktop.ui.widgets.text_fields import PlainTextEdit, show_plain_text


class AfterPage(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_after")
        self._model = model

        self.heading = QLabel(self)
        set_font_role(self.heading, 1.5, bold=True)
        self.summary = QLabel(self)
        self.summary.setObjectName("after_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        # closing questions with answers
        self.closing_box = QGroupBox(self)
        closing_body = QWidget(self.closing_box)
        closing_layout = QVBoxLayout(closing_body)
        self.closing_labels: list[QLabel] = []
        self.closing_answers: list[QPlainTextEdit] = []
        for number in range(1, len(content.CLOSING_QUESTIONS) + 1):
            label = QLabel(closing_body)
            label.setObjectName(f"closing_question_{number}")
            label.setWordWrap(True)
            edit = PlainTextEdit(closing_body)
            edit.setObjectName(f"closing_answer_{number}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            label.setBuddy(edit)
            edit.textChanged.connect(lambda i=number - 1: self._on_answer_typed(i))
            closing_layout.addWidget(label)
            closing_layout.addWidget(edit, 1)
            self.closing_labels.append(label)
            self.closing_answers.append(edit)
        closing_scroll = QScrollArea(self.closing_box)
        closing_scroll.setWidgetResizable(True)
        closing_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        closing_scroll.setWidget(closing_body)
        box_layout = QVBoxLayout(self.closing_box)
        box_layout.addWidget(closing_scroll)

        # the action plan
        self.agreements_box = QGroupBox(self)
        self.agreements = AgreementsEditor(model, self.agreements_box)
        self.export_button = QPushButton(self.agreements_box)
        self.export_button.setObjectName("export_pdf_button")
        self.print_button = QPushButton(self.agreements_box)
        self.print_button.setObjectName("print_button")
        agreements_layout = QGridLayout(self.agreements_box)
        agreements_layout.addWidget(self.agreements, 0, 0, 1, 3)
        agreements_layout.addWidget(self.export_button, 1, 1)
        agreements_layout.addWidget(self.print_button, 1, 2)
        agreements_layout.setColumnStretch(0, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.closing_box)
        splitter.addWidget(self.agreements_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        self.credit = QLabel(self)
        self.credit.setObjectName("nfa_credit")
        self.credit.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.credit)

        model.closing_answer_changed.connect(self._show_answer)
        model.session_replaced.connect(self._show_all)
        self.retranslate()
        self._show_all()

    def _on_answer_typed(self, index: int) -> None:
        edit = self.closing_answers[index]
        if not edit.signalsBlocked() and not self._model.set_closing_answer(
            index, edit.toPlainText()
        ):
            self._show_answer(index, keep_cursor=True)  # refused: show the answer again

    def _show_answer(self, index: int, *, keep_cursor: bool = False) -> None:
        show_plain_text(
            self.closing_answers[index],
            self._model.session.closing_answers[index],
            keep_cursor=keep_cursor,
        )

    def _show_all(self) -> None:
        for index in range(len(self.closing_answers)):
            self._show_answer(index)

    def retranslate(self) -> None:
        self.heading.setText(tr_text(content.AFTER_HEADING))
        self.summary.setText(
            f"<p>{escape(tr_text(content.AFTER_SUMMARY))}</p>"
            f"<p><b>{escape(tr_text(content.AFTER_CLOSING))}</b></p>"
        )
        self.closing_box.setTitle(self.tr("Your answers"))
        for number, (label, edit, question) in enumerate(
            zip(self.closing_labels, self.closing_answers, content.CLOSING_QUESTIONS, strict=True),
            start=1,
        ):
            text = tr_text(question)
            label.setText(f"{number}. {text}")
            edit.setAccessibleName(fill(self.tr("Answer to closing question %1"), str(number)))
            edit.setAccessibleDescription(text)
        self.agreements_box.setTitle(self.tr("Agreements (action plan)"))
        self.export_button.setText(self.tr("Export agreements sheet (PDF)…"))
        self.print_button.setText(self.tr("Print…"))
        self.credit.setText(tr_text(content.CREDIT))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
