"""The chart as a table: factors down, groups across. The alternative to the spider chart for
screen readers and for anyone who prefers numbers; shown instead of the chart on request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from amk_desktop.core.factors import FACTORS
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.text_fields import elide

HEADER_LENGTH = 40  # characters of a group's name in its column's heading


class ScoresTable(QTableWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scores_table")
        self._model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        # a column per group, headed by the beginning of its name (the tool tip has more); the
        # table scrolls sideways when there are many
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        model.score_changed.connect(self._on_score_changed)
        model.groups_changed.connect(self.refresh)
        model.group_renamed.connect(self._on_group_renamed)
        model.session_replaced.connect(self.refresh)
        self._stale = True
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_group_renamed(self, index: int) -> None:
        if self._stale:
            return
        self.setHorizontalHeaderItem(index, self._header(self._model.groups[index].name))

    @staticmethod
    def _header(name: str) -> QTableWidgetItem:
        item = QTableWidgetItem(elide(name, HEADER_LENGTH))
        if len(name) > HEADER_LENGTH:
            item.setToolTip(elide(name))
        return item

    def _text(self, value: int | None) -> str:
        return "–" if value is None else str(value)

    def _on_score_changed(self, group_index: int, key: str) -> None:
        if self._stale:
            return
        row = [f.key for f in FACTORS].index(key)
        item = self.item(row, group_index)
        if item is not None:
            value = self._model.groups[group_index].scores[key]
            item.setText(self._text(value))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(value))

    def _spoken(self, value: int | None) -> str:
        return self.tr("not rated") if value is None else str(value)

    def refresh(self) -> None:
        """Rebuild the table; while it is hidden (as it mostly is: the chart is shown), only
        note that it is out of date, so adding a 200th group does not rebuild 1,200 cells."""
        self.setAccessibleName(self.tr("Scores of all groups"))
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        groups = self._model.groups
        self.setRowCount(len(FACTORS))
        self.setColumnCount(len(groups))
        for column, group in enumerate(groups):
            self.setHorizontalHeaderItem(column, self._header(group.name))
        self.setVerticalHeaderLabels([tr_text(f.label) for f in FACTORS])
        for column, group in enumerate(groups):
            for row, factor in enumerate(FACTORS):
                value = group.scores[factor.key]
                item = QTableWidgetItem(self._text(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(value))
                self.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
