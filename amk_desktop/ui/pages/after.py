"""Efter: the joint summary, the four closing questions with their answers, the agreements."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core import content
from amk_desktop.core.baseline import meeting_name
from amk_desktop.core.palette import group_colour
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agreements import AgreementsEditor
from amk_desktop.ui.widgets.appearance import set_font_role
from amk_desktop.ui.widgets.baseline_comparison import BaselineComparisonTable
from amk_desktop.ui.widgets.chart_legend import legend_html
from amk_desktop.ui.widgets.summary_chart import SummaryChart
from amk_desktop.ui.widgets.summary_table import SummaryTable
from amk_desktop.ui.widgets.text_fields import GrowingTextEdit, elide, show_plain_text

NOTE_LENGTH = 5000  # characters of one note in the side-by-side view (the editor has it all)


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
            edit = GrowingTextEdit(closing_body, min_lines=2)
            edit.setObjectName(f"closing_answer_{number}")
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            edit.textChanged.connect(lambda i=number - 1: self._on_answer_typed(i))
            closing_layout.addWidget(label)
            closing_layout.addWidget(edit)
            self.closing_labels.append(label)
            self.closing_answers.append(edit)
        closing_scroll = QScrollArea(self.closing_box)
        closing_scroll.setWidgetResizable(True)
        closing_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        closing_layout.addStretch(1)
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
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)

        # the joint summary: the table across the whole width; below it every group's notes
        # side by side per question, and beside them the summary chart and the closing
        # questions to talk about next
        self.summary_box = QSplitter(Qt.Orientation.Vertical, self)
        self.summary_box.setObjectName("summary_splitter")
        self.summary_box.setChildrenCollapsible(False)
        self.summary_table = SummaryTable(model, self.summary_box)
        summary_lower = QSplitter(Qt.Orientation.Horizontal, self.summary_box)
        self._summary_lower = summary_lower
        summary_lower.setChildrenCollapsible(False)
        self.summary_notes = QTextBrowser(summary_lower)
        self.summary_notes.setObjectName("summary_notes")
        self.summary_notes.setOpenLinks(False)
        summary_side = QWidget(summary_lower)
        self.summary_chart = SummaryChart(model, summary_side)
        self.summary_legend = QLabel(summary_side)
        self.summary_legend.setObjectName("summary_chart_legend")
        self.summary_legend.setWordWrap(True)
        self.summary_legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closing_list = QLabel(summary_side)
        self.closing_list.setObjectName("summary_closing_questions")
        self.closing_list.setWordWrap(True)
        self.closing_list.setTextFormat(Qt.TextFormat.RichText)
        self.closing_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to_answers_button = QPushButton(summary_side)
        self.to_answers_button.setObjectName("to_answers_button")
        self.to_answers_button.clicked.connect(self._go_to_answers)
        side_layout = QGridLayout(summary_side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        side_layout.addWidget(self.summary_chart, 0, 0)
        side_layout.addWidget(self.summary_legend, 1, 0)
        side_layout.addWidget(self.closing_list, 0, 1, Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.to_answers_button, 1, 1, Qt.AlignmentFlag.AlignRight)
        side_layout.setColumnStretch(0, 3)
        side_layout.setColumnStretch(1, 2)
        side_layout.setRowStretch(0, 1)
        summary_lower.addWidget(self.summary_notes)
        summary_lower.addWidget(summary_side)
        summary_lower.setStretchFactor(0, 1)
        summary_lower.setStretchFactor(1, 1)
        self.summary_box.addWidget(self.summary_table)
        self.summary_box.addWidget(summary_lower)
        self.summary_box.setStretchFactor(0, 2)
        self.summary_box.setStretchFactor(1, 5)
        self._notes_stale = True
        for signal in (model.note_changed, model.groups_changed, model.group_renamed):
            signal.connect(self._notes_changed)
        model.groups_changed.connect(self._show_summary_legend)
        model.session_replaced.connect(self._show_summary_legend)
        model.session_replaced.connect(self._notes_changed)

        # Efter in two parts, in the leaflet's order: the joint summary, then answers and
        # agreements (a meeting of one group starts on the second)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("after_tabs")
        self.tabs.addTab(self.summary_box, "")
        self.tabs.addTab(splitter, "")
        # a follow-up meeting (issue 12): each factor then and now
        self.comparison_box = QWidget(self)
        self.comparison_about = QLabel(self.comparison_box)
        self.comparison_about.setObjectName("baseline_comparison_about")
        self.comparison_about.setWordWrap(True)
        self.comparison_about.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison = BaselineComparisonTable(model, self.comparison_box)
        comparison_layout = QVBoxLayout(self.comparison_box)
        comparison_layout.addWidget(self.comparison_about)
        comparison_layout.addWidget(self.comparison, 1)
        self.tabs.addTab(self.comparison_box, "")
        model.baseline_changed.connect(self._show_comparison)
        self.tabs.currentChanged.connect(lambda _index: self._show_notes())
        self.tabs.currentChanged.connect(lambda _index: self._show_intro())
        self._opened = False

        self.credit = QLabel(self)
        self.credit.setObjectName("nfa_credit")
        self.credit.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.credit)

        model.closing_answer_changed.connect(self._show_answer)
        model.session_replaced.connect(self._show_all)
        self.retranslate()
        self._show_all()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._opened:  # the first visit: the summary when there is more than one group
            self._opened = True
            self.tabs.setCurrentIndex(0 if len(self._model.groups) > 1 else 1)
            # the notes and the chart with the closing questions share the width (the user
            # may move the splitter from here)
            width = max(self.width(), 900)
            self._summary_lower.setSizes([int(width * 0.42), int(width * 0.58)])
        self._show_notes()
        super().showEvent(event)

    def _notes_changed(self, *_args: object) -> None:
        self._notes_stale = True
        self._show_notes()

    def _show_notes(self) -> None:
        """Every group's notes under each dialogue question, to read aloud (only while shown:
        typing a note on Under does not rebuild this)."""
        if not self._notes_stale or not self.summary_notes.isVisible():
            return
        self._notes_stale = False
        parts = []
        groups = self._model.groups
        nothing = self.tr("No notes yet.")
        for number, question in enumerate(content.DIALOGUE_QUESTIONS, start=1):
            parts.append(f"<h3>{number}. {escape(tr_text(question))}</h3>")
            rows = []
            for index, group in enumerate(groups):
                note = group.notes[number - 1].strip()
                if not note:
                    continue
                name = escape(elide(" ".join(elide(group.name, 200).split()), 80))
                text = escape(elide(note, NOTE_LENGTH)).replace("\n", "<br>")
                rows.append(
                    f'<p><b style="color:{group_colour(index)}">■</b> <b>{name}</b>: {text}</p>'
                )
            parts += rows or [f"<p><i>{escape(nothing)}</i></p>"]
        self.summary_notes.setHtml("".join(parts))

    def _show_summary_legend(self) -> None:
        # the same words as the chart's legend on Under and on the projector
        self.summary_legend.setText(legend_html(self._model.groups, "mean", 0))

    def _show_intro(self) -> None:
        """The leaflet's words for the part shown: the joint summary, or closing and
        agreements (the summary tab names the closing questions beside them itself)."""
        text = f"<p>{escape(tr_text(content.AFTER_SUMMARY))}</p>"
        if self.tabs.currentIndex() == 1:
            text += f"<p><b>{escape(tr_text(content.AFTER_CLOSING))}</b></p>"
        self.summary.setText(text)

    def focus_start(self) -> None:
        """Ctrl+3: on the summary, its way on to the answers; else the first answer."""
        if self.tabs.currentIndex() == 0:
            self.to_answers_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.closing_answers[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _go_to_answers(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.closing_answers[0].setFocus()

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
        self._show_comparison()

    def _show_comparison(self) -> None:
        """The third tab, only when this meeting follows up an earlier one."""
        baseline = self._model.baseline
        # only when it changes: Qt 6.11 lays the tabs out again with their old widths when a
        # hidden tab bar is told what it already has (English tabs kept the Danish widths)
        if self.tabs.isTabVisible(2) != (baseline is not None):
            self.tabs.setTabVisible(2, baseline is not None)
        if baseline is None:
            return
        name = meeting_name(baseline.details, baseline.file)
        self.comparison_about.setText(
            fill(
                self.tr(
                    "This meeting beside “%1” (%2): each factor's mean over the groups that "
                    "rated it, then and now, and the change."
                ),
                name[:120],
                baseline.file,
            )
        )

    def retranslate(self) -> None:
        self.heading.setText(tr_text(content.AFTER_HEADING))
        self._show_intro()
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
        self.tabs.setTabText(0, self.tr("Joint summary"))
        self.tabs.setTabText(1, self.tr("Answers and agreements"))
        self.tabs.setTabText(2, self.tr("Compared with the earlier meeting"))
        self._show_comparison()
        self.summary_notes.setAccessibleName(self.tr("The groups' notes, question by question"))
        self._show_summary_legend()
        then = tr_text(content.AFTER_CLOSING)  # the leaflet's next step
        self.closing_list.setText(
            f"<p><b>{escape(then)}</b></p><ol>"
            + "".join(f"<li>{escape(tr_text(q))}</li>" for q in content.CLOSING_QUESTIONS)
            + "</ol>"
        )
        self.to_answers_button.setText(self.tr("Write the answers and agreements →"))
        self._notes_stale = True
        self._show_notes()
        self.export_button.setText(self.tr("Export agreements sheet (PDF)…"))
        self.print_button.setText(self.tr("Print…"))
        self.credit.setText(tr_text(content.CREDIT))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
