"""The earlier meeting's agreements, reviewed at the start of a follow-up meeting (issue 12,
`earlier_agreements`): what was agreed, who and by when, as it was; and, to update in the
meeting, each agreement's status and how it went (its outcome). Edits are steps of the undo
history (`SessionModel.review_earlier_agreement`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from amk_desktop.core.session import Agreement
from amk_desktop.core.vocabulary import AGREEMENT_FIELD_LABELS, OUTCOME_LABEL, STATUS_LABELS
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agreements import AgreementDelegate, format_date
from amk_desktop.ui.widgets.text_fields import ELIDE_LENGTH, elide

AnyIndex = QModelIndex | QPersistentModelIndex
# the columns: as agreed (read only), then what the meeting updates
FIELDS = ("action", "goal", "responsible", "deadline", "status", "outcome")
EDITABLE = ("status", "outcome")


class EarlierAgreementsModel(QAbstractTableModel):
    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        model.baseline_changed.connect(self._reset)
        model.session_replaced.connect(self._reset)
        model.earlier_agreement_edited.connect(self._edited)

    def _agreements(self) -> list[Agreement]:
        baseline = self._model.baseline
        return baseline.agreements if baseline is not None else []

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _edited(self, row: int, field: str) -> None:
        index = self.index(row, FIELDS.index(field))
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._agreements())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        field = FIELDS[section]
        return tr_text(OUTCOME_LABEL if field == "outcome" else AGREEMENT_FIELD_LABELS[field])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if FIELDS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        agreement = self._agreements()[index.row()]
        field = FIELDS[index.column()]
        value = getattr(agreement, field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if field == "deadline":
            return format_date(value)
        if field == "status":
            return tr_text(STATUS_LABELS.get(value, STATUS_LABELS["open"]))
        return elide(value, ELIDE_LENGTH if role == Qt.ItemDataRole.DisplayRole else 1000)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = FIELDS[index.column()]
        if field not in EDITABLE:
            return False
        return self._model.review_earlier_agreement(index.row(), field, str(value))


class EarlierAgreementsTable(QTableView):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlier_agreements")
        self.source = EarlierAgreementsModel(model, self)
        self.setModel(self.source)
        self.setItemDelegate(AgreementDelegate(self, FIELDS))  # status from a list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, field in enumerate(FIELDS):
            if field in ("responsible", "deadline", "status"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Agreements from the earlier meeting"))
