"""Før: the meeting's details (for the agreements sheet) beside the leaflet's guidance."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.agenda import LEAFLET_MINUTES, MAX_MINUTES, MIN_MINUTES
from amk_desktop.core.baseline import meeting_name
from amk_desktop.core.limits import PAPER_GROUPS_MAX
from amk_desktop.core.text import fill
from amk_desktop.ui.pages.guidance import GuidancePage, before_html
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agreements import format_date
from amk_desktop.ui.widgets.date_field import DateField
from amk_desktop.ui.widgets.earlier_agreements import EarlierAgreementsTable
from amk_desktop.ui.widgets.text_fields import (
    LINE_EDIT_MAX_LENGTH,
    PlainTextEdit,
    elide,
    show_line_text,
    show_plain_text,
)

TEXT_FIELDS = ("title", "workplace", "department", "facilitator")


class BeforePage(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_before")
        self._model = model

        self.details_box = QGroupBox(self)
        self.details_box.setObjectName("meeting_details")
        form = QFormLayout(self.details_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        for field in TEXT_FIELDS:
            edit = QLineEdit(self.details_box)
            edit.setObjectName(f"meeting_{field}")
            edit.setMaxLength(LINE_EDIT_MAX_LENGTH)
            edit.textEdited.connect(lambda text, f=field: self._on_field_typed(f, text))
            label = QLabel(self.details_box)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.labels[field] = label
            self.edits[field] = edit
        self.date_edit = DateField(self.details_box)
        self.date_edit.setObjectName("meeting_date")
        self.date_edit.date_edited.connect(lambda iso: self._model.set_detail("date", iso))
        self.today_button = QPushButton(self.details_box)
        self.today_button.setObjectName("meeting_date_today")
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.today_button)
        self.labels["date"] = QLabel(self.details_box)
        self.labels["date"].setBuddy(self.date_edit)
        form.insertRow(3, self.labels["date"], date_row)
        # the meeting's length: the agenda's times are fitted to it (at least 60 minutes in
        # the leaflet; a shorter meeting is allowed, with a word about it)
        self.length_spin = QSpinBox(self.details_box)
        self.length_spin.setObjectName("meeting_minutes_spin")
        self.length_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.length_spin.setSingleStep(5)
        self.length_spin.valueChanged.connect(self._on_length_changed)
        self.length_hint = QLabel(self.details_box)
        self.length_hint.setObjectName("meeting_minutes_hint")
        self.length_hint.setWordWrap(True)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length_spin)
        length_row.addWidget(self.length_hint, 1)
        self.labels["length"] = QLabel(self.details_box)
        self.labels["length"].setBuddy(self.length_spin)
        form.insertRow(4, self.labels["length"], length_row)
        self.participants = PlainTextEdit(self.details_box)
        self.participants.setObjectName("meeting_participants")
        self.participants.setTabChangesFocus(True)
        self.participants.setMaximumHeight(self.participants.fontMetrics().lineSpacing() * 6)
        self.participants.textChanged.connect(self._on_participants_typed)
        self.labels["participants"] = QLabel(self.details_box)
        self.labels["participants"].setBuddy(self.participants)
        form.addRow(self.labels["participants"], self.participants)

        self.sheets_button = QPushButton(self)
        self.sheets_button.setObjectName("blank_sheets_button")
        # how many groups work on paper: chosen here, not asked in a dialog mid-meeting
        self.paper_groups = QSpinBox(self)
        self.paper_groups.setObjectName("paper_groups_spin")
        self.paper_groups.setRange(1, PAPER_GROUPS_MAX)
        self.paper_groups_label = QLabel(self)
        self.paper_groups_label.setBuddy(self.paper_groups)
        self.sheets_hint = QLabel(self)
        self.sheets_hint.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.details_box)
        side.addSpacing(12)
        side.addWidget(self.sheets_hint)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_groups_label)
        paper_row.addWidget(self.paper_groups)
        paper_row.addWidget(self.sheets_button, 1)
        side.addLayout(paper_row)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(440)
        side_widget.setMinimumWidth(320)

        self.guidance = GuidancePage("before_guidance", before_html, self)
        # a follow-up meeting (issue 12): the earlier meeting's agreements, reviewed first
        self.review_box = QGroupBox(self)
        self.review_box.setObjectName("earlier_meeting")
        self.review_about = QLabel(self.review_box)
        self.review_about.setObjectName("earlier_meeting_about")
        self.review_about.setWordWrap(True)
        self.review_about.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier_agreements = EarlierAgreementsTable(model, self.review_box)
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.review_about)
        review.addWidget(self.earlier_agreements, 1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        # the review is the first task of a follow-up: it takes the larger part of the height
        right.addWidget(self.review_box, 3)
        right.addWidget(self.guidance, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 0, 0)
        layout.addWidget(side_widget)
        layout.addLayout(right, 1)

        # Tab follows the form as it reads, top to bottom
        chain = [
            self.edits["title"],
            self.edits["workplace"],
            self.edits["department"],
            self.date_edit,
            self.today_button,
            self.length_spin,
            self.edits["facilitator"],
            self.participants,
            self.paper_groups,
            self.sheets_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        model.details_changed.connect(self._show_field)
        model.session_replaced.connect(self._show_all)
        model.baseline_changed.connect(self._show_review)
        model.agenda_changed.connect(self._show_length)
        self.retranslate()
        self._show_all()

    def _on_field_typed(self, field: str, text: str) -> None:
        if not self._model.set_detail(field, text):
            self._show_field(field, keep_cursor=True)  # refused: show the value again

    def _on_participants_typed(self) -> None:
        if not self.participants.signalsBlocked() and not self._model.set_detail(
            "participants", self.participants.toPlainText()
        ):
            self._show_field("participants", keep_cursor=True)

    def _show_field(self, field: str, *, keep_cursor: bool = False) -> None:
        value = getattr(self._model.session.details, field)
        if field in self.edits:
            show_line_text(self.edits[field], value, keep_cursor=keep_cursor)
        elif field == "date":
            self.date_edit.set_iso(value)
        elif field == "participants":
            show_plain_text(self.participants, value, keep_cursor=keep_cursor)

    def _on_length_changed(self, minutes: int) -> None:
        if not self.length_spin.signalsBlocked():
            self._model.set_agenda(self._model.agenda.with_length(minutes))
        self._update_length_hint()

    def _show_length(self) -> None:
        self.length_spin.blockSignals(True)
        self.length_spin.setValue(self._model.agenda.meeting_minutes)
        self.length_spin.blockSignals(False)
        self._update_length_hint()

    def _update_length_hint(self) -> None:
        short = self.length_spin.value() < LEAFLET_MINUTES
        self.length_hint.setText(
            fill(self.tr("NFA advises at least %1 minutes"), str(LEAFLET_MINUTES)) if short else ""
        )

    def _show_all(self) -> None:
        for field in (*TEXT_FIELDS, "date", "participants"):
            self._show_field(field)
        self._show_length()
        self._show_review()

    def _show_review(self) -> None:
        """The earlier meeting's agreements, when this meeting follows one up."""
        baseline = self._model.baseline
        self.review_box.setVisible(baseline is not None)
        if baseline is None:
            return
        details = baseline.details
        name = elide(meeting_name(details, baseline.file), 80)
        meeting = (
            fill(self.tr("“%1” on %2"), name, format_date(details.date))
            if details.date
            else fill(self.tr("“%1”"), name)
        )
        words = (
            self.tr(
                "The agreements from %1 (%2). Go through each: where it stands, and how it went."
            )
            if baseline.agreements
            else self.tr("%1 (%2) made no agreements.")
        )
        self.review_about.setText(fill(words, meeting, baseline.file))
        self.earlier_agreements.setVisible(bool(baseline.agreements))

    def retranslate(self) -> None:
        self.details_box.setTitle(self.tr("The meeting"))
        self.review_box.setTitle(self.tr("Follow-up of the earlier meeting"))
        self._show_review()
        names = {
            "title": self.tr("&Title:"),
            "workplace": self.tr("&Workplace:"),
            "department": self.tr("&Department:"),
            "date": self.tr("D&ate:"),
            "facilitator": self.tr("&Facilitator:"),
            "participants": self.tr("&Participants:"),
        }
        for field, text in names.items():
            self.labels[field].setText(text)
        self.edits["title"].setPlaceholderText(
            self.tr("e.g. Dialogue on work-environment competence")
        )
        self.today_button.setText(self.tr("Today"))
        self.labels["length"].setText(self.tr("Meeting &length:"))
        self.length_spin.setSuffix(" " + self.tr("min"))
        self.length_spin.setAccessibleName(self.tr("Length of the meeting in minutes"))
        self._update_length_hint()
        self.sheets_hint.setText(
            self.tr(
                "Groups that work on paper need the pages ‘Dialogue exercise’ and "
                "‘Dialogue questions’."
            )
        )
        self.sheets_button.setText(self.tr("Print blank dialogue sheets…"))
        self.paper_groups_label.setText(self.tr("&Groups on paper:"))
        self.paper_groups.setToolTip(self.tr("The sheets are printed once for each group"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
