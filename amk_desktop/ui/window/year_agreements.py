"""The agreements over the year (issue 12, `year_agreements`): every deadline and follow-up date
of this meeting's agreements and of the earlier meetings it follows up (its chain) that has
passed or comes within a month, soonest first, each with its meeting, and "overdue" in words
as well as in colour. Read only; it follows the meeting while it is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.annual import DUE_WITHIN_DAYS, agreements_due, year_meetings
from amk_desktop.core.baseline import meeting_name
from amk_desktop.core.palette import SUMMARY_LOWEST_HEX
from amk_desktop.core.text import fill
from amk_desktop.core.vocabulary import AGREEMENT_FIELD_LABELS, STATUS_LABELS
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agreements import format_date
from amk_desktop.ui.widgets.text_fields import elide

NAME_LENGTH = 80  # characters of an agreement's action or a meeting's title in the list


class YearAgreementsWindow(QMainWindow):
    def __init__(
        self,
        model: SessionModel,
        file_name: Callable[[], str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("year_agreements")
        self.setWindowFlag(Qt.WindowType.Window)
        self._model = model
        self._file_name = file_name
        self._today = today
        self.about = QLabel(self)
        self.about.setObjectName("year_agreements_about")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("year_agreements_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        for signal in (
            model.agreements_changed,
            model.baseline_changed,
            model.session_replaced,
        ):
            signal.connect(self.refresh)
        model.agreement_edited.connect(self.refresh)
        model.earlier_agreement_edited.connect(self.refresh)
        self.resize(1000, 520)
        self.retranslate()

    def refresh(self, *_args: object) -> None:
        today = self._today()
        # this meeting's agreements and those it reviews (the earlier meeting's): the ones
        # that can be acted on here; older ones were reviewed, or not, at their follow-up
        session = self._model.session
        meetings = year_meetings([(self._file_name(), session)])
        reviewable = {session.created, session.baseline.created if session.baseline else None}
        meetings = [m for m in meetings if not m.created or m.created in reviewable]
        due = agreements_due(meetings, today)
        self.table.setRowCount(len(due))
        statuses = {key: tr_text(label) for key, label in STATUS_LABELS.items()}
        kinds = {
            "deadline": tr_text(AGREEMENT_FIELD_LABELS["deadline"]),
            "follow_up": tr_text(AGREEMENT_FIELD_LABELS["follow_up"]),
        }
        overdue_colour = QBrush(QColor(SUMMARY_LOWEST_HEX))
        for row, item in enumerate(due):
            meeting = item.meeting
            title = meeting_name(meeting.details, meeting.source)
            when = format_date(meeting.details.date) if meeting.details.date else ""
            cells = (
                format_date(item.day),
                kinds[item.kind] + (" – " + self.tr("overdue") if item.overdue else ""),
                elide(" ".join(item.agreement.action.split()), NAME_LENGTH),
                elide(" ".join(item.agreement.responsible.split()), NAME_LENGTH),
                statuses.get(item.agreement.status, statuses["open"]),
                elide(f"{title} {when}".strip(), NAME_LENGTH),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.overdue:
                    cell.setBackground(overdue_colour)
                self.table.setItem(row, column, cell)
        overdue = sum(item.overdue for item in due)
        self.about.setText(
            fill(
                self.tr(
                    "Deadlines and follow-up dates of this meeting's agreements and of the "
                    "earlier meeting it follows up, that have passed or come within %1 days "
                    "(today: %2). Overdue: %3. Coming: %4. Done and dropped agreements have no "
                    "deadline to meet; dropped ones, and those whose outcome is noted, no "
                    "follow-up."
                ),
                DUE_WITHIN_DAYS,
                format_date(today.isoformat()),
                overdue,
                len(due) - overdue,
            )
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreements over the year – AMK Desktop"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("What"),
                tr_text(AGREEMENT_FIELD_LABELS["action"]),
                tr_text(AGREEMENT_FIELD_LABELS["responsible"]),
                tr_text(AGREEMENT_FIELD_LABELS["status"]),
                self.tr("Meeting"),
            ]
        )
        self.table.setAccessibleName(self.tr("Agreements due or overdue"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
