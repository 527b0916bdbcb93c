"""The survey's departments as a table (`survey_departments`), beside the chart and in its
order: each department's respondents and score, and with an earlier survey its earlier figures
and the change. A left-out department says so in words. An item view over a Qt model, so a
screen reader reads it cell by cell; a click on a heading sorts by that column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from amk_desktop.core.survey import DepartmentComparison, DepartmentResult, SurveyResult
from amk_desktop.ui.widgets.survey_chart import chart_rows, score_text, signed_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class SurveyTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DepartmentComparison] = []
        self.comparing = False

    def set_surveys(self, current: SurveyResult | None, earlier: SurveyResult | None) -> None:
        self.beginResetModel()
        self.rows = chart_rows(current, earlier)
        self.comparing = earlier is not None
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (6 if self.comparing else 3)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The department's name, as in the file"),
                self.tr("Respondents: persons with a score"),
                self.tr("The score from 0 (lowest) to 100 (highest competence)"),
                self.tr("Respondents in the earlier survey"),
                self.tr("The score in the earlier survey"),
                self.tr("This survey's score less the earlier one"),
            )[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Department"),
            self.tr("n"),
            self.tr("Score"),
            self.tr("Earlier n"),
            self.tr("Earlier"),
            self.tr("Change"),
        )[section]

    def _score(self, department: DepartmentResult | None) -> str:
        if department is None:
            return self.tr("did not take part")
        if department.score is not None:
            return score_text(department.score)
        if department.secondary:
            return self.tr("hidden (protects a smaller one)")
        if department.left_out:
            return self.tr("not shown")
        return self.tr("no one with a score")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        department = row.current if column < 3 else row.earlier
        if role == NAME_ROLE:
            return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            if column == 0:
                return row.name.casefold()
            if column == 5:
                return -1000.0 if row.change is None else row.change
            if column in (1, 3):
                return -1 if department is None else department.respondents
            return -1.0 if department is None or department.score is None else department.score
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 5:
                return "" if row.change is None else signed_text(row.change)
            if column in (1, 3):
                return "" if department is None else str(department.respondents)
            return self._score(department)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name
        return None


class SurveyTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("survey_departments")
        self.source = SurveyTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)  # the chart's order until a heading is clicked
        self.horizontalHeader().setSectionsClickable(True)
        self.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("Departments"))

    def set_surveys(self, current: SurveyResult | None, earlier: SurveyResult | None) -> None:
        chosen = self.chosen_name()
        self.source.set_surveys(current, earlier)
        self.proxy.sort(-1)  # back to the chart's order
        self.horizontalHeader().setSortIndicatorShown(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.source.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if chosen:
            self.choose(chosen)

    def _sort_by(self, column: int) -> None:
        """Names A-Z and figures highest first on the first click; a second click turns it."""
        ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        if self.proxy.sortColumn() == column:
            order = descending if self.proxy.sortOrder() == ascending else ascending
        else:
            order = ascending if column == 0 else descending
        self.proxy.sort(column, order)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(column, order)

    def chosen_name(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return str(rows[0].data(NAME_ROLE)) if rows else None

    def choose(self, name: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(NAME_ROLE) == name:
                if self.chosen_name() != name:
                    self.selectRow(row)
                self.scrollTo(index)
                return
