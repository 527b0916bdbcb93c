"""The joint summary (fælles opsamling) as a table: the six factors down; each group's score,
then the mean, lowest, highest and spread over the groups that rated the factor, and a remark
in words ("Lowest rated", "Groups disagree") that the row's colour repeats. Computed by
`amk_desktop.core.summary`; an item view over a Qt model, so screen readers read it cell by
cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from amk_desktop.core.factors import FACTORS
from amk_desktop.core.figures import one_decimal
from amk_desktop.core.palette import SUMMARY_DISAGREE_HEX, SUMMARY_LOWEST_HEX
from amk_desktop.core.summary import DISAGREEMENT_SPREAD, Summary, summarize
from amk_desktop.core.text import fill
from amk_desktop.core.vocabulary import SUMMARY_FIGURES, SUMMARY_NOT_RATED, summary_remark
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.text_fields import elide

AnyIndex = QModelIndex | QPersistentModelIndex
HEADER_LENGTH = 24  # characters of a group's name in its column's heading (tool tip: all)
REMARK_COLUMN = 4  # the figures' last: what to talk about, in words
MAX_FITTED_HEIGHT = 480  # pixels: a table of taller rows scrolls
FITTED_GROUPS = 30  # up to this many groups, every column is fitted to its content

# row colours that repeat the remark (light enough for black text, also in projector mode)
LOWEST_COLOUR = QColor(SUMMARY_LOWEST_HEX)
DISAGREE_COLOUR = QColor(SUMMARY_DISAGREE_HEX)


class SummaryModel(QAbstractTableModel):
    """Factors × (groups, mean, lowest, highest, spread, remark), recomputed from the session
    by `refresh` (50 groups: well under a millisecond)."""

    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._summary: Summary = summarize(model.groups)
        self._names = self._group_names()

    @property
    def summary(self) -> Summary:
        return self._summary

    def _group_names(self) -> list[tuple[str, str]]:
        """Each group's name for its heading and its tool tip: bounded before anything else is
        done with it (a name may be 1,000,000 characters long)."""
        names = []
        for group in self._model.groups:
            shown = " ".join(elide(group.name).split())
            names.append((elide(shown, HEADER_LENGTH), shown))
        return names

    def refresh(self, *_args: object) -> None:
        self.beginResetModel()
        self._summary = summarize(self._model.groups)
        self._names = self._group_names()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FACTORS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._summary.group_count + len(SUMMARY_FIGURES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return tr_text(FACTORS[section].label)
            return None
        figures = len(SUMMARY_FIGURES)
        if section < figures:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return tr_text(SUMMARY_FIGURES[section])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[section - figures][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._names[section - figures][1]
        return None

    def text(self, row: int, column: int, *, spoken: bool = False) -> str:
        """The figures first (mean, lowest, highest, spread, the remark: always in sight),
        then each group's score (the part that scrolls when there are many groups)."""
        factor = self._summary.factors[row]
        none = tr_text(SUMMARY_NOT_RATED) if spoken else "–"
        figures = len(SUMMARY_FIGURES)
        if column >= figures:
            score = factor.scores[column - figures]
            return none if score is None else str(score)
        if column == 0:
            mean = factor.mean
            return none if mean is None else QLocale().toString(one_decimal(mean), "f", 1)  # 3,7
        if column in (1, 2, 3):
            value = (factor.lowest, factor.highest, factor.spread)[column - 1]
            return none if value is None else str(value)
        return summary_remark(self._summary, factor, tr_text)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(row, column, spoken=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column != REMARK_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            factor = self._summary.factors[row]
            if factor.key in self._summary.lowest_rated:
                return QBrush(LOWEST_COLOUR)
            if self._summary.disagree_most(factor):
                return QBrush(DISAGREE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            factor = self._summary.factors[row]
            if factor.key in self._summary.lowest_rated or self._summary.disagree_most(factor):
                return QBrush(QColor("black"))  # on the light row colour, in any palette
        return None


class SummaryTable(QTableView):
    """The joint summary on Efter (`summary_table`)."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_table")
        self.summary_model = SummaryModel(model, self)
        self.setModel(self.summary_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        # columns fitted to their content when the table is refreshed, not by Qt at every
        # change: a session may hold 200 groups (1,200 cells measured at each keystroke)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._stale = True
        for signal in (model.score_changed, model.groups_changed, model.group_renamed):
            signal.connect(self.refresh)
        model.session_replaced.connect(self.refresh)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self, *_args: object) -> None:
        """Recompute and fit the columns; while hidden (Efter not shown, or the other tab),
        only note that the table is out of date."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.summary_model.refresh()
        groups = self.summary_model.summary.group_count
        if groups <= FITTED_GROUPS:
            self.resizeColumnsToContents()
        else:  # many groups: their columns as wide as a score, only the figures fitted
            figures = len(SUMMARY_FIGURES)
            for column in range(figures):
                self.resizeColumnToContents(column)
            for column in range(figures, figures + groups):
                self.setColumnWidth(column, self.fontMetrics().horizontalAdvance("0") * 8)
        self.resizeRowsToContents()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the remarks wrap to the new width (a row is measured cell by cell: only for a table
        # whose columns are fitted anyway)
        if not self._stale and self.summary_model.summary.group_count <= FITTED_GROUPS:
            self.resizeRowsToContents()
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Tall enough for all six factors (the splitter beside the notes never hides one)."""
        rows = sum(self.rowHeight(row) for row in range(self.summary_model.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        scroll = self.horizontalScrollBar()
        if scroll.isVisible() or scroll.maximum() > 0:
            height += scroll.sizeHint().height()
        return QSize(super().minimumSizeHint().width(), min(height, MAX_FITTED_HEIGHT))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Joint summary of the groups' scores"))
        self.setAccessibleDescription(
            fill(
                self.tr(
                    "For each factor: every group's score, the mean, lowest and highest score "
                    "and the spread over the groups that rated it. Factors rated lowest and "
                    "factors on which the groups are %1 or more points apart are named in the "
                    "last column."
                ),
                DISAGREEMENT_SPREAD,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
