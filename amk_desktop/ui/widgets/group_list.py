"""The groups at a glance (`group_list`): every group with its colour, how many of the six
factors it has rated and whether it has notes. Selecting a row makes that group current; the
name is renamed in place (F2 or a double click), Alt+Up / Alt+Down move a group, Delete removes
it. Every change goes through the session model as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.palette import group_colour, group_marker
from amk_desktop.core.session import Group
from amk_desktop.core.text import fill
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.text_fields import elide

NAME, RATED, NOTES = range(3)
_Index = QModelIndex | QPersistentModelIndex


def group_swatch(index: int, size: int = 14) -> QIcon:
    """The group's colour in its mark: a square for the first eight groups, then (the colours
    repeat) a diamond, a dot, a triangle, as in the legend (`palette.group_marker`)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(group_colour(index)))
    mark, s = group_marker(index), float(size)
    if mark == "◆":
        painter.drawPolygon(
            QPolygonF([QPointF(s / 2, 0), QPointF(s, s / 2), QPointF(s / 2, s), QPointF(0, s / 2)])
        )
    elif mark == "●":
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
    elif mark == "▲":
        painter.drawPolygon(
            QPolygonF([QPointF(s / 2, 0.5), QPointF(s - 0.5, s - 1), QPointF(0.5, s - 1)])
        )
    else:
        painter.drawRect(QRectF(0, 0, s, s))
    painter.end()
    return QIcon(pixmap)


def default_group_name(number: int) -> str:
    """ "Gruppe 3": the name a new group gets (the first is number 1), in the window's language."""
    return fill(QCoreApplication.translate("GroupList", "Group %1"), str(number))


def rated_count(group: Group) -> int:
    return sum(group.scores[key] is not None for key in FACTOR_KEYS)


def has_notes(group: Group) -> bool:
    # `isspace` stops at the first character that is not white space: cheap for a long note
    return any(note and not note.isspace() for note in group.notes)


class GroupListModel(QAbstractTableModel):
    """The session's groups as rows: name (with its colour), factors rated, notes."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._icons: dict[int, QIcon] = {}
        model.groups_changed.connect(self._reset)
        model.session_replaced.connect(self._reset)
        model.group_renamed.connect(lambda row: self._changed(row, NAME))
        model.score_changed.connect(lambda row, _key: self._changed(row, RATED))
        model.note_changed.connect(lambda row, _question: self._changed(row, NOTES))

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, row: int, column: int) -> None:
        if 0 <= row < self.rowCount():
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def _icon(self, row: int) -> QIcon:
        if row not in self._icons:
            self._icons[row] = group_swatch(row)
        return self._icons[row]

    # -- QAbstractItemModel ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._model.groups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Group"), self.tr("Rated"), self.tr("Notes"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._model.groups):
            return None
        group = self._model.groups[index.row()]
        column = index.column()
        if column == NAME:
            return self._name_data(index.row(), group, role)
        if column == RATED:
            count = rated_count(group)
            if role == Qt.ItemDataRole.DisplayRole:
                return fill(self.tr("%1 of %2"), str(count), str(len(FACTOR_KEYS)))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return fill(self.tr("%1 of %2 factors rated"), str(count), str(len(FACTOR_KEYS)))
        if column == NOTES:
            notes = has_notes(group)
            if role == Qt.ItemDataRole.DisplayRole:
                return "✓" if notes else "–"
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("Has notes") if notes else self.tr("No notes yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _name_data(self, row: int, group: Group, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return elide(group.name, 60)
        if role == Qt.ItemDataRole.EditRole:
            return group.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return elide(group.name)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        if not str(value).strip():  # a group keeps a name
            return False
        return self._model.rename_group(index.row(), str(value))


class GroupList(QTreeView):
    """The groups at a glance; the selected row is the current group."""

    remove_requested = Signal(int)  # Delete on a row: the page decides (undoable)

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_list")
        self._model = model
        self.list_model = GroupListModel(model, self)
        self.setModel(self.list_model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RATED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsMovable(False)
        self.selectionModel().currentRowChanged.connect(self._on_row_changed)
        model.current_group_changed.connect(self._select_current)
        self.list_model.modelReset.connect(self._select_current)
        self._select_current()
        self.retranslate()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._model.set_current_index(current.row())

    def _select_current(self) -> None:
        row = self._model.current_index
        if self.currentIndex().row() == row:
            return
        self.selectionModel().setCurrentIndex(
            self.list_model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._model.move_group(row, row - 1 if key == Qt.Key.Key_Up else row + 1)
                return
            if key == Qt.Key.Key_Delete:
                self.remove_requested.emit(row)
                return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Groups"))
        self.setAccessibleDescription(
            self.tr("F2 renames a group, Alt+Up and Alt+Down move it, Delete removes it")
        )
        self.list_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
