"""The survey's departments in one chart (`survey_chart`), as the talk's department figure shows
them: a bar each on the 0-100 scale, sorted by score, each with its number of respondents, and
the departments left out to protect small groups named at the end, never scored. With an
earlier survey, each department's earlier bar is drawn under this one in grey.

Drawn with QPainter (no pyqtgraph). A department is chosen by a click or the arrow keys;
Enter or a double-click asks to start a dialogue for it (`activated`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from amk_desktop.core.figures import one_decimal, signed
from amk_desktop.core.palette import SURVEY_CURRENT_HEX, SURVEY_EARLIER_HEX
from amk_desktop.core.survey import (
    DepartmentComparison,
    DepartmentResult,
    SurveyResult,
    by_score,
    compare_surveys,
)
from amk_desktop.core.text import fill
from amk_desktop.ui.widgets.text_fields import elide

NAME_LENGTH = 60  # characters of a department's name before it is cut (the table has it all)
TICKS = (0, 25, 50, 75, 100)


def chart_rows(
    current: SurveyResult | None, earlier: SurveyResult | None
) -> list[DepartmentComparison]:
    """The rows in the chart's order: by this survey's score, highest first (see
    `compare_surveys` with an earlier survey)."""
    if current is None:
        return []
    if earlier is None:
        return [DepartmentComparison(d.name, d, None) for d in by_score(current)]
    return list(compare_surveys(current, earlier))


def score_text(value: float) -> str:
    """A score with one decimal in the language's form (67,5 in Danish)."""
    return QLocale().toString(one_decimal(value), "f", 1)


def signed_text(value: float) -> str:
    """A change with its sign (+4,2, −3,8; 0,0 without)."""
    return signed(value, score_text(abs(value)))


class SurveyChart(QWidget):
    department_chosen = Signal(str)  # the department's name, as in this survey's file
    activated = Signal(str)  # Enter or a double-click: start a dialogue for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("survey_chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._current: SurveyResult | None = None
        self._earlier: SurveyResult | None = None
        self._names = ("", "")  # the two surveys' names for the legend (their files)
        self.rows: list[DepartmentComparison] = []
        self.chosen = -1
        self._describe()

    # -- data --------------------------------------------------------------------------------
    def set_surveys(
        self,
        current: SurveyResult | None,
        earlier: SurveyResult | None = None,
        names: tuple[str, str] = ("", ""),
    ) -> None:
        chosen = self.rows[self.chosen].name if 0 <= self.chosen < len(self.rows) else None
        self._current, self._earlier, self._names = current, earlier, names
        self.rows = chart_rows(current, earlier)
        self.chosen = next((i for i, r in enumerate(self.rows) if r.name == chosen), -1)
        self._describe()
        self.updateGeometry()
        self.setMinimumHeight(int(self._content_height()))
        self.update()

    def choose(self, name: str) -> None:
        """Mark the department called `name` (as the table chooses it)."""
        index = next((i for i, r in enumerate(self.rows) if r.name == name), -1)
        if index != self.chosen:
            self.chosen = index
            self.update()

    def _choose_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        self.chosen = index
        self.update()
        self.department_chosen.emit(self.rows[index].name)

    # -- geometry ----------------------------------------------------------------------------
    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _row_height(self) -> float:
        line = self._line()
        return line * (2.7 if self._earlier is not None else 1.7)

    def _top(self) -> float:
        """The scale's numbers, and the legend when two surveys are compared."""
        return self._line() * (2.6 if self._earlier is not None else 1.4)

    def _content_height(self) -> float:
        return self._top() + self._row_height() * len(self.rows) + self._line() * 0.6

    def sizeHint(self) -> QSize:
        return QSize(640, max(160, int(self._content_height())))

    def _row_at(self, y: float) -> int:
        index = int((y - self._top()) // self._row_height())
        return index if y >= self._top() and 0 <= index < len(self.rows) else -1

    # -- input -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._choose_row(self._row_at(event.position().y()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().y())
        if index >= 0:
            self.activated.emit(self.rows[index].name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            start = self.chosen if self.chosen >= 0 else (-1 if step > 0 else len(self.rows))
            self._choose_row(max(0, min(len(self.rows) - 1, start + step)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.chosen >= 0:
            self.activated.emit(self.rows[self.chosen].name)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- words -------------------------------------------------------------------------------
    def _n(self, department: DepartmentResult) -> str:
        return fill(self.tr("n = %1"), department.respondents)

    def _value(self, department: DepartmentResult | None) -> str:
        """A bar's words: the score and n, or why there is none."""
        if department is None:
            return self.tr("did not take part")
        if department.score is None:
            if department.secondary:
                return fill(
                    self.tr("hidden to protect a smaller department (%1)"), self._n(department)
                )
            if department.left_out:
                return fill(self.tr("not shown (%1)"), self._n(department))
            return self.tr("no one with a score")
        return f"{score_text(department.score)} ({self._n(department)})"

    def _describe(self) -> None:
        """What a screen reader says of the chart: each department in the chart's order."""
        parts = []
        for row in self.rows:
            part = f"{row.name}: {self._value(row.current)}"
            if self._earlier is not None:
                part += "; " + fill(self.tr("earlier %1"), self._value(row.earlier))
            parts.append(part)
        self.setAccessibleName(self.tr("Departments by score"))
        self.setAccessibleDescription(". ".join(parts) if parts else self.tr("No survey loaded"))

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        margin = line * 0.5
        width = float(self.width())
        compare = self._earlier is not None
        longest = max((metrics.horizontalAdvance(self._label(r)) for r in self.rows), default=0)
        label_width = min(width * 0.38, longest + margin)
        value_width = metrics.horizontalAdvance(f"100,0 ({self.tr('n = %1')}00)") + margin
        change_width = metrics.horizontalAdvance("+100,0") + margin if compare else 0.0
        left = margin + label_width + margin
        bar_space = max(40.0, width - left - value_width - change_width - margin)
        top = self._top()
        row_height = self._row_height()
        bottom = top + row_height * len(self.rows)

        def x_of(score: float) -> float:
            return left + bar_space * score / 100

        if compare:
            self._legend(painter, margin, line, metrics)
        # the scale: its numbers on top, light lines through the rows
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1.0))
        for tick in TICKS:
            painter.drawLine(int(x_of(tick)), int(top), int(x_of(tick)), int(bottom))
        painter.setPen(muted)
        for tick in TICKS:
            rect = QRectF(x_of(tick) - 30, top - line * 1.2, 60, line)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(tick))
        if compare:
            change_head = metrics.elidedText(
                self.tr("Change"), Qt.TextElideMode.ElideRight, change_width + margin
            )
            painter.drawText(
                QRectF(
                    width - change_width - 2 * margin, top - line * 1.2, change_width + margin, line
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                change_head,
            )

        for index, row in enumerate(self.rows):
            y = top + index * row_height
            chosen = index == self.chosen
            if chosen:  # a light band, so the bars keep their colours; a ring with the focus
                band = palette.color(QPalette.ColorRole.Highlight)
                band.setAlpha(60)
                painter.fillRect(QRectF(0, y, width, row_height), band)
                if self.hasFocus():
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(QRectF(1, y + 1, width - 2, row_height - 2))
            painter.setPen(text_colour)
            label = metrics.elidedText(self._label(row), Qt.TextElideMode.ElideMiddle, label_width)
            painter.drawText(
                QRectF(margin, y, label_width, row_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            bars = [(row.current, QColor(SURVEY_CURRENT_HEX))]
            if compare:
                bars.append((row.earlier, QColor(SURVEY_EARLIER_HEX)))
            bar_height = line * (0.95 if compare else 1.05)
            first_y = y + (row_height - bar_height * len(bars) - line * 0.15 * (len(bars) - 1)) / 2
            for number, (department, colour) in enumerate(bars):
                bar_y = first_y + number * (bar_height + line * 0.15)
                score = department.score if department is not None else None
                end = left
                if score is not None:
                    end = x_of(score)
                    painter.fillRect(QRectF(left, bar_y, end - left, bar_height), colour)
                painter.setPen(text_colour if score is not None else muted)
                value = self._value(department) if compare else self._bare_value(department)
                painter.drawText(
                    QRectF(end + margin * 0.5, bar_y - line, width, bar_height + 2 * line),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    value,
                )
            change = self._change(row)
            if change:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(width - change_width - margin, y, change_width, row_height),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    change,
                )
        if self.hasFocus() and self.chosen < 0 and self.rows:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(1, top, width - 2, row_height))
        painter.end()

    def _label(self, row: DepartmentComparison) -> str:
        """A row's name; with one survey, with its n as on the printed report."""
        name = elide(row.name, NAME_LENGTH)
        if self._earlier is None and row.current is not None:
            return f"{name} ({self._n(row.current)})"
        return name

    def _bare_value(self, department: DepartmentResult | None) -> str:
        """With one survey the n is in the label: the bar says the score, or why none."""
        if department is not None and department.score is not None:
            return score_text(department.score)
        if department is not None and department.left_out and not department.secondary:
            return self.tr("not shown")
        return self._value(department)

    @staticmethod
    def _change(row: DepartmentComparison) -> str:
        return "" if row.change is None else signed_text(row.change)

    def _legend(self, painter: QPainter, x: float, line: float, metrics: QFontMetricsF) -> None:
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        now, before = self._names
        for colour, text in (
            (SURVEY_CURRENT_HEX, fill(self.tr("This survey: %1"), now)),
            (SURVEY_EARLIER_HEX, fill(self.tr("Earlier survey: %1"), before)),
        ):
            painter.fillRect(QRectF(x, line * 0.3, line * 1.4, line * 0.8), QColor(colour))
            painter.setPen(text_colour)
            words = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, self.width() / 2.6)
            painter.drawText(QRectF(x + line * 1.8, 0, self.width(), line * 1.4), 0, words)
            x += line * 1.8 + metrics.horizontalAdvance(words) + line * 1.5

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._describe()
            self.setMinimumHeight(int(self._content_height()))
            self.update()
        super().changeEvent(event)
