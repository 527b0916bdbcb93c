"""The scores as a table (`scores_grid`), shown instead of the chart on request: a row per group,
a column per factor, and an empty last row for a new group. It is the alternative to the chart
for screen readers and for anyone who prefers numbers, and the fast way to enter groups that
worked on paper: a digit 1-5 rates the cell and moves to the next factor (then to the next
row), so a paper sheet's six numbers take six keystrokes; typing in the last row adds a group.
Delete, Backspace or 0 marks a factor as not rated; F2 on a name renames the group."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from amk_desktop.core.factors import FACTORS, SCORE_MAX, SCORE_MIN
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.group_list import default_group_name, group_swatch
from amk_desktop.ui.widgets.text_fields import elide

AnyIndex = QModelIndex | QPersistentModelIndex
NAME = 0  # the first column; the factors follow in the chart's order
NAME_LENGTH = 60  # characters of a group's name in its cell (the tool tip has more)
HEADER_WRAP = 13  # characters per line of a factor's heading
_DIGITS = {str(value) for value in range(SCORE_MIN, SCORE_MAX + 1)}


class ScoresGridModel(QAbstractTableModel):
    """Groups × (name, six factors), and one more row that adds a group when typed into."""

    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        model.groups_changed.connect(self._reset)
        model.session_replaced.connect(self._reset)
        model.score_changed.connect(self._score_changed)
        model.group_renamed.connect(self._renamed)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _score_changed(self, row: int, key: str) -> None:
        column = 1 + [f.key for f in FACTORS].index(key)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def _renamed(self, row: int) -> None:
        index = self.index(row, NAME)
        self.dataChanged.emit(index, index)

    def is_new_row(self, row: int) -> bool:
        return row == len(self._model.groups)

    # -- QAbstractItemModel ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._model.groups) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(FACTORS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return "+" if self.is_new_row(section) else str(section + 1)
        if section == NAME:
            return self.tr("Group")
        label = tr_text(FACTORS[section - 1].label)
        # headings on a few short lines, so that six factors fit beside the names
        return label if role == Qt.ItemDataRole.ToolTipRole else textwrap.fill(label, HEADER_WRAP)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self.is_new_row(row):
            if role == Qt.ItemDataRole.DisplayRole and column == NAME:
                return self.tr("New group …")
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._placeholder_brush()
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Type a score to add a group")
            return None
        group = self._model.groups[row]
        if column == NAME:
            return self._name_data(row, group.name, role)
        score = group.scores[FACTORS[column - 1].key]
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if score is None else str(score)
        if role == Qt.ItemDataRole.EditRole:
            return "" if score is None else str(score)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("not rated") if score is None else str(score)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _name_data(row: int, name: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return elide(name, NAME_LENGTH)
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return elide(name)
        if role == Qt.ItemDataRole.DecorationRole:
            return group_swatch(row)
        return None

    def _placeholder_brush(self) -> Any:
        from PySide6.QtGui import QPalette  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        if column == NAME:
            if self.is_new_row(row):
                return bool(text) and self._model.add_group(text) >= 0
            return self._model.rename_group(row, str(value))
        if text in ("", "0", "-", "–"):
            score = None
        elif text in _DIGITS:
            score = int(text)
        else:
            return False  # not a score: the cell keeps its value
        if self.is_new_row(row) and (score is None or self.add_group() < 0):
            return False
        self._model.set_score(FACTORS[column - 1].key, score, row)
        return True

    def add_group(self) -> int:
        """A new group at the end, named as the Add group button names it."""
        return self._model.add_group(default_group_name(len(self._model.groups) + 1))


class ScoresGrid(QTableView):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scores_grid")
        self._model = model
        self.grid_model = ScoresGridModel(model, self)
        self.setModel(self.grid_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows and digits move inside
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)  # `_fit_names`
        header.setStretchLastSection(False)
        for column in range(1, self.grid_model.columnCount()):  # sized by `_fit_columns`
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_model.modelReset.connect(self._restore_cell)
        self._cell = (0, 1)  # (row, column) kept over a reset (a group added or removed)
        self.retranslate()

    def _restore_cell(self) -> None:
        row = min(self._cell[0], self.grid_model.rowCount() - 1)
        self._go(row, self._cell[1])

    def _go(self, row: int, column: int) -> None:
        self._cell = (row, column)
        self.selectionModel().setCurrentIndex(
            self.grid_model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self._cell = (current.row(), current.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        on_factor = index.isValid() and index.column() != NAME
        if on_factor and plain and self.state() != QAbstractItemView.State.EditingState:
            if text in _DIGITS:
                row = index.row()
                if self.grid_model.setData(index, text):
                    self._advance(row, index.column())
                return
            if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid_model.setData(index, "")
                return
            if text.isprintable() and text.strip():
                return  # not a score: no editor opens for it (F2 still edits)
        super().keyPressEvent(event)

    def _advance(self, row: int, column: int) -> None:
        """After a digit: the next factor of the row, or the next row's first factor."""
        if column < len(FACTORS):
            self._go(row, column + 1)
        else:
            self._go(min(row + 1, self.grid_model.rowCount() - 1), 1)

    def focus_group(self, row: int) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._go(row, 1)

    def focus_new_row(self) -> None:
        """The first factor of the empty last row: where a paper sheet's numbers go."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._go(self.grid_model.rowCount() - 1, 1)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Scores of all groups"))
        self.setAccessibleDescription(
            self.tr(
                "A row per group. A digit from 1 to 5 rates a factor and moves to the next; "
                "typing in the last row adds a group."
            )
        )
        self.grid_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.grid_model.columnCount() - 1
        )
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each factor's column as wide as its (wrapped) heading: computed from the texts,
        never by measuring the cells of 200 groups at each change."""
        header = self.horizontalHeader()
        for column in range(1, self.grid_model.columnCount()):
            header.resizeSection(column, header.sectionSizeHint(column))
        self._fit_names()

    def _fit_names(self) -> None:
        """The names take what the factors leave, and never less than a short name (in
        projector mode on a laptop the column shrank to "rupp"; the table then scrolls)."""
        header = self.horizontalHeader()
        factors = sum(header.sectionSize(c) for c in range(1, self.grid_model.columnCount()))
        least = self.fontMetrics().averageCharWidth() * 12 + 24  # (and its colour swatch)
        header.resizeSection(NAME, max(least, self.viewport().width() - factors))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.viewport().update()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)
