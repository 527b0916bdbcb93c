"""A date field that takes a date the way people type it ("31012027", "31.1.27", "2027-01-31",
see `core/dates.py`) or picks it from a calendar, and may be empty ("no date").

Qt's QDateEdit was not fit for this: typed into an empty field, "31012027" became a date that
depended on the month it started from, or nothing at all, and Tab never left an empty one.
This is a line edit: Tab and Enter behave as in every other field, the text is read when the
user leaves it, and a text that is not a date is marked (and never stored)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QWidget

from amk_desktop.core.dates import parse_typed_date

DISPLAY_FORMAT = "dd.MM.yyyy"  # day first, as typed; unambiguous in both languages
INVALID_COLOUR = "#B00020"


def _calendar_icon(colour: QColor, size: int = 16) -> QIcon:
    """A small calendar: a frame, its top bar and a grid of days."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 4), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, size - 3, 3), colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4 + column * 3.2, 7.5 + row * 3.2, 1.8, 1.8), colour)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """`iso()` is the date as ISO 8601 ("" when empty); `date_edited(iso)` is emitted when the
    user leaves the field with a new valid date (or empties it), or picks one."""

    date_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._iso = ""
        self._marked_invalid = False
        self._hint = ""
        self._calendar: QCalendarWidget | None = None
        self.calendar_action = QAction(self)
        self.calendar_action.setObjectName("date_calendar_action")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.read_text)
        self.textEdited.connect(self._mark)
        self.retranslate()

    # -- value ---------------------------------------------------------------------------------
    def iso(self) -> str:
        return self._iso

    def is_valid(self) -> bool:
        """Whether the text is a date or empty (what leaving the field would store)."""
        return self._typed() is not None

    def set_iso(self, iso: str) -> None:
        """Show `iso` (a stored date, or "") without emitting `date_edited`."""
        self._iso = iso
        shown = QDate.fromString(iso, Qt.DateFormat.ISODate)
        self.setText(shown.toString(DISPLAY_FORMAT) if shown.isValid() else "")
        self._mark()

    # the part of QDateEdit's interface the window used
    def date(self) -> QDate:
        return QDate.fromString(self._iso, Qt.DateFormat.ISODate)

    def setDate(self, value: QDate) -> None:
        """Set the date as the user would (emits `date_edited` when it changes)."""
        self._commit(value.toString(Qt.DateFormat.ISODate) if value.isValid() else "")

    def _typed(self) -> str | None:
        """The ISO date of the text, "" for an empty text, None for a text that is no date."""
        text = self.text().strip()
        if not text:
            return ""
        parsed = parse_typed_date(text, date.today())
        return None if parsed is None else parsed.isoformat()

    def read_text(self) -> None:
        """Store what the text means, when it is a date or empty (leaving the field does this)."""
        typed = self._typed()
        if typed is not None:
            self._commit(typed)
        elif self.isVisible():  # not stored: say so where the eyes are, without a dialog
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._hint, self)

    def _commit(self, iso: str) -> None:
        changed = iso != self._iso
        self.set_iso(iso)
        if changed:
            self.date_edited.emit(iso)

    def _mark(self, *_args: object) -> None:
        """A text that is not a date: a red frame and a tool tip saying how to write it (the
        date stored stays as it was)."""
        valid = self.is_valid()
        if valid == self._marked_invalid:  # only when it changes (a style sheet re-polishes)
            self._marked_invalid = not valid
            self.setStyleSheet("" if valid else f"border: 2px solid {INVALID_COLOUR};")
        self.setToolTip("" if valid else self._hint)
        self.setAccessibleDescription("" if valid else self._hint)

    # -- calendar ------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setObjectName("date_calendar")
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        current = self.date()
        self._calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()
        self.setDate(picked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._hint = self.tr("Write the date as dd.mm.yyyy, e.g. 31.01.2027")
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.calendar_action.setText(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self._update_icon()
        self._mark()

    def _update_icon(self) -> None:
        self.calendar_action.setIcon(
            _calendar_icon(self.palette().color(QPalette.ColorRole.WindowText))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icon()
        super().changeEvent(event)
