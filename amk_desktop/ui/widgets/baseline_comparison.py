"""This meeting beside the earlier one it follows up (issue 12, `baseline_comparison`): each
factor's mean over the groups then and now, and the change with its sign, one decimal. Kept
up to date while the groups rate; an item view, so a screen reader reads it cell by cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from amk_desktop.core.baseline import FactorChange, compare_means
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.figures import one_decimal, signed
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel

AnyIndex = QModelIndex | QPersistentModelIndex


def mean_text(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(one_decimal(value), "f", 1)


def change_text(value: float | None) -> str:
    """+0,5 / −1,0 / 0,0; "–" when there is nothing to compare."""
    return "–" if value is None else signed(value, mean_text(abs(value)))


class BaselineComparisonModel(QAbstractTableModel):
    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._changes: tuple[FactorChange, ...] = ()
        self._stale = False
        for signal in (model.groups_changed, model.baseline_changed, model.session_replaced):
            signal.connect(self.refresh)
        model.score_changed.connect(self._score_changed)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        self.beginResetModel()
        self._stale = True
        self.endResetModel()

    def _score_changed(self, *_args: object) -> None:
        """On the slider's path: the means are computed again only when they are next read
        (the table is shown, or asked), not for every step of a slider."""
        if self._stale or not self._changes:
            return
        self._stale = True
        self.dataChanged.emit(self.index(0, 1), self.index(len(self._changes) - 1, 3))

    def _current(self) -> tuple[FactorChange, ...]:
        if self._stale:
            baseline = self._model.baseline
            self._changes = compare_means(self._model.groups, baseline.groups) if baseline else ()
            self._stale = False
        return self._changes

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._current())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Factor"),
            self.tr("Earlier (mean)"),
            self.tr("Now (mean)"),
            self.tr("Change"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._current()[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return tr_text(FACTORS[index.row()].label)
        if column == 1:
            return mean_text(change.earlier)
        if column == 2:
            return mean_text(change.now)
        return change_text(change.change)


class BaselineComparisonTable(QTableView):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("baseline_comparison")
        self.source = BaselineComparisonModel(model, self)
        self.setModel(self.source)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Comparison with the earlier meeting"))
