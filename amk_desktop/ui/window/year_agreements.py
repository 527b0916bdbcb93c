"""The agreements over the year (issue 12, `year_agreements`): every deadline and follow-up date
of this meeting's agreements and of the earlier meetings it follows up (its chain, each
agreement as last reviewed) that has passed or comes within a month, soonest first, each with
its meeting, and "overdue" in words as well as in colour. Read only; it follows the meeting
while it is open."""

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
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the action
        for column in (3, 5):  # who, and the meeting: as wide as they need, up to a limit
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
            model.agreement_edited,  # (every key typed in an agreement's text too)
            model.earlier_agreement_edited,
        ):
            signal.connect(self._changed)
        self.resize(1000, 520)
        self.retranslate()

    def _changed(self, *_args: object) -> None:
        """The meeting changed: the list follows while it is shown (`show_year_agreements`
        refreshes it when it is shown again)."""
        if self.isVisible():
            self.refresh()

    def refresh(self, *_args: object) -> None:
        today = self._today()
        # this meeting's agreements and those of the earlier meetings it follows up, each as
        # last reviewed: an action still going two meetings later is still due
        meetings = year_meetings([(self._file_name(), self._model.session)])
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
                elide(" · ".join(part for part in (when, title) if part), NAME_LENGTH),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.overdue:
                    cell.setBackground(overdue_colour)
                self.table.setItem(row, column, cell)
        for column, widest in ((3, 200), (5, 240)):
            self.table.setColumnWidth(
                column,
                min(
                    widest,
                    max(
                        self.table.sizeHintForColumn(column),
                        self.table.horizontalHeader().sectionSizeHint(column),
                    ),
                ),
            )
        overdue = sum(item.overdue for item in due)
        self.about.setText(
            fill(
                self.tr(
                    "Deadlines and follow-up dates of this meeting's agreements and of the "
                    "earlier meetings it follows up, that have passed or come within %1 days "
                    "(today: %2). Overdue: %3. Coming: %4. An agreement that is done or "
                    "dropped is not listed for its deadline; one that is dropped, or whose "
                    "outcome is noted, not for its follow-up date."
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
