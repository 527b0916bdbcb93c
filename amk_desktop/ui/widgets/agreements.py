"""The agreements table (the action plan): a Qt table model over the session's agreements,
editors for factors, dates and status, and the buttons/shortcuts to add, remove and reorder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.factors import FACTORS, FACTORS_BY_KEY
from amk_desktop.core.text import Text
from amk_desktop.core.vocabulary import AGREEMENT_FIELD_LABELS, STATUS_LABELS
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.date_field import DateField
from amk_desktop.ui.widgets.text_fields import ELIDE_LENGTH, LINE_EDIT_MAX_LENGTH, elide

AnyIndex = QModelIndex | QPersistentModelIndex

# (field of core.session.Agreement, column heading): the words of the printed sheet too
COLUMNS: tuple[tuple[str, Text], ...] = tuple(AGREEMENT_FIELD_LABELS.items())
FIELDS = tuple(field for field, _ in COLUMNS)
DATE_FIELDS = ("deadline", "follow_up")
TOOLTIP_LENGTH = 1000  # characters of a cell's text in its tool tip
# A row is as high as its text, up to this many lines (a longer cell ends in "…"; its tool tip
# and its editor hold the rest). Only the rows on screen are measured (`AgreementsTable`).
ROW_LINES_MAX = 8
# Columns as wide as their content: dates and status as wide as the widest value they can show,
# the responsible as wide as the widest name, up to this many average characters (longer wrap).
CONTENT_FIELDS = ("responsible", "deadline", "follow_up", "status")
RESPONSIBLE_CHARS_MAX = 20  # longer names wrap at their spaces (a long word keeps its width)
# The free texts share the rest of the width in these proportions, each at least as wide as
# its heading ("Evalueringskriterium" was cut when Qt shared the width equally).
SHARED_WEIGHTS = {"action": 3, "factors": 2, "goal": 3, "evaluation": 3}
_SHOWN_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


def format_date(iso: str) -> str:
    """An ISO date in the chosen language's short format ("" stays "")."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    from PySide6.QtCore import QLocale  # noqa: PLC0415

    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


class AgreementsTableModel(QAbstractTableModel):
    def __init__(self, model: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        model.agreements_changed.connect(self._reset)
        model.session_replaced.connect(self._reset)
        model.agreement_edited.connect(self._edited)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _edited(self, row: int, field: str) -> None:
        index = self.index(row, FIELDS.index(field))
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._model.agreements)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_text(COLUMNS[section][1])
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for about ten roles per cell it draws or measures: answer the others at once
        if role not in _SHOWN_ROLES or not index.isValid():
            return None
        agreement = self._model.agreements[index.row()]
        field = FIELDS[index.column()]
        value = getattr(agreement, field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "factors":
                return ", ".join(tr_text(FACTORS_BY_KEY[k].label) for k in value)
            if field in DATE_FIELDS:
                return format_date(value)
            if field == "status":
                return tr_text(STATUS_LABELS.get(value, STATUS_LABELS["open"]))
            # the cell shows the text's beginning (the editor holds all of it): Qt never lays
            # out a huge text to draw or measure a cell
            if role == Qt.ItemDataRole.ToolTipRole:
                return elide(value, TOOLTIP_LENGTH)
            return elide(value, ELIDE_LENGTH)
        return None

    def distinct_texts(self, field: str) -> list[str]:
        """The different texts the cells of a text column show (as shown: cut, without "")."""
        values = {getattr(agreement, field) for agreement in self._model.agreements}
        values.discard("")
        return [elide(value, ELIDE_LENGTH) for value in values]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """False when the value would break a limit (the model says why) or is not an edit."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._model.set_agreement_field(index.row(), FIELDS[index.column()], value)


class _FactorsEditor(QListWidget):
    """The factors an agreement is about, ticked in a list: Space or a click on a row ticks or
    unticks it; Enter keeps what was chosen and closes the editor (the delegate commits)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_factors_editor")
        for factor in FACTORS:
            item = QListWidgetItem(tr_text(factor.label), self)
            item.setData(Qt.ItemDataRole.UserRole, factor.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # not an activation that ticks: the delegate commits and closes
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on a row ticks it, not only on its small box."""
        item = self.itemAt(event.position().toPoint())
        before = None if item is None else item.checkState()
        super().mouseReleaseEvent(event)
        if item is not None and item.checkState() == before:  # the box itself was not hit
            checked = before == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def keys(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_keys(self, keys: list[str]) -> None:
        for i in range(self.count()):
            key = self.item(i).data(Qt.ItemDataRole.UserRole)
            state = Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked
            self.item(i).setCheckState(state)


class AgreementDelegate(QStyledItemDelegate):
    """Editors by column: check list for factors, date picker for dates, list for status, a
    line of text otherwise. `fields` names each column's agreement field (a table of
    agreements with other columns, the earlier meeting's, shares it)."""

    def __init__(self, parent: QObject | None = None, fields: Sequence[str] = FIELDS) -> None:
        super().__init__(parent)
        self._fields = tuple(fields)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        field = self._fields[index.column()]
        if field == "factors":
            editor = _FactorsEditor(parent)
            editor.setMinimumHeight(editor.sizeHintForRow(0) * len(FACTORS) + 8)
            return editor
        if field in DATE_FIELDS:
            return DateField(parent)  # typed ("31012027") or from its calendar
        if field == "status":
            combo = QComboBox(parent)
            for key, label in STATUS_LABELS.items():
                combo.addItem(tr_text(label), key)
            return combo
        text_editor = super().createEditor(parent, option, index)
        if isinstance(text_editor, QLineEdit):  # Qt's default cuts a text at 32,767 characters
            text_editor.setMaxLength(LINE_EDIT_MAX_LENGTH)
        return text_editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, _FactorsEditor):
            editor.set_keys(list(value))
        elif isinstance(editor, DateField):
            editor.set_iso(str(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, _FactorsEditor):
            model.setData(index, editor.keys())
        elif isinstance(editor, DateField):
            # a text that is no date keeps the stored date (the field showed it in red)
            if editor.is_valid():
                editor.read_text()
                model.setData(index, editor.iso())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, _FactorsEditor):
            rect = rect.adjusted(0, 0, 0, max(0, editor.minimumHeight() - rect.height()))
            rect.setWidth(max(rect.width(), editor.sizeHintForColumn(0) + 40))
        editor.setGeometry(rect)


class _RowNumbers(QHeaderView):
    """The row numbers. Qt sizes a header from its first and last 100 sections (a few
    thousand calls into Python for each new size); the widest number is the last one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as QTableView's own vertical header
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        count = self.count()
        if count == 0:
            return super().sizeHint()
        return self.sectionSizeFromContents(count - 1).expandedTo(self.sectionSizeFromContents(0))


class AgreementsTable(QTableView):
    """The agreements as a table whose rows are as high as their text, measured lazily.

    Fitting every row to its text (`QHeaderView.ResizeToContents`) measured every cell of every
    row at each layout: with 1,000 agreements showing Efter stalled the window for a quarter of
    a second. Here a row is measured when it is about to be painted (`paintEvent`), scrolled
    to (`scrollTo`) or paged over (`moveCursor`), and again only after its text or the column
    widths change; the last rows, which decide how far the table scrolls, are measured just
    after a paint. The table scrolls by whole rows, so a row that grows below the top never
    moves what is on screen. A row not yet measured is one line high.

    The short columns (responsible, dates, status) get the width of the widest value they can
    show, computed from the texts rather than by measuring cells (`fit_columns`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: set[int] = set()  # rows whose height fits their text at these widths
        self._fixed_widths: dict[str, int] = {}  # of the date and status columns (`fit_columns`)
        self._max_row_height = 0
        self._fitting = False
        self._last_rows_timer = QTimer(self)
        self._last_rows_timer.setSingleShot(True)
        self._last_rows_timer.setInterval(0)
        self._last_rows_timer.timeout.connect(self._fit_last_rows)
        self.setVerticalHeader(_RowNumbers(self))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.horizontalHeader().sectionResized.connect(self._columns_resized)
        self._update_metrics()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.modelReset.disconnect(self._model_reset)
            old.dataChanged.disconnect(self._data_changed)
            for signal in (old.rowsInserted, old.rowsRemoved, old.rowsMoved, old.layoutChanged):
                signal.disconnect(self.refit_rows)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._model_reset)
            model.dataChanged.connect(self._data_changed)
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.layoutChanged,
            ):
                signal.connect(self.refit_rows)
        self._model_reset()

    # -- row heights ---------------------------------------------------------------------------
    def refit_rows(self) -> None:
        """Measure the rows again as they come into view (texts or widths changed)."""
        self._fitted.clear()
        self.viewport().update()

    def _model_reset(self) -> None:
        self.fit_columns()
        self.refit_rows()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._fitted.difference_update(range(top_left.row(), bottom_right.row() + 1))
        if top_left.column() <= FIELDS.index("responsible") <= bottom_right.column():
            self.fit_columns()

    def _columns_resized(self, _column: int, old: int, new: int) -> None:
        if old != new and self.wordWrap():
            self._fitted.clear()  # (the next paint measures the rows in view)

    def _fit_row(self, row: int) -> None:
        if row in self._fitted:
            return
        self._fitted.add(row)
        hint = self.sizeHintForRow(row)
        if hint <= 0:
            return
        height = min(hint, self._max_row_height)
        if height != self.rowHeight(row):
            self.verticalHeader().resizeSection(row, height)

    def _fit_rows_up_from(self, row: int) -> None:
        """Fit `row` and the rows above it, a view's height of them."""
        if self._fitting:
            return
        self._fitting = True
        try:
            filled, height = 0, self.viewport().height()
            while row >= 0 and filled < height:
                self._fit_row(row)
                filled += self.rowHeight(row)
                row -= 1
        finally:
            self._fitting = False

    def _fit_rows_down_from(self, row: int) -> None:
        """Fit `row` and the rows below it, a view's height of them."""
        model = self.model()
        if self._fitting or model is None:
            return
        self._fitting = True
        try:
            count, filled, height = model.rowCount(), 0, self.viewport().height()
            while 0 <= row < count and filled < height:
                self._fit_row(row)
                filled += self.rowHeight(row)
                row += 1
        finally:
            self._fitting = False

    def fit_rows_in_view(self) -> None:
        """Fit the rows on screen to their text, from the top row down (as rows grow, the ones
        below leave the view); the last rows follow just after (`_fit_last_rows`)."""
        model = self.model()
        count = 0 if model is None else model.rowCount()
        if count == 0 or self._fitting:
            return
        self._fitting = True
        try:
            height = self.viewport().height()
            header = self.verticalHeader()
            row = max(0, header.logicalIndexAt(0))
            while row < count and header.sectionViewportPosition(row) < height:
                self._fit_row(row)
                row += 1
        finally:
            self._fitting = False
        if count - 1 not in self._fitted:
            self._last_rows_timer.start()

    def _fit_last_rows(self) -> None:
        """The scroll range comes from the heights of the last rows: measure them (Qt then
        updates the scroll bar)."""
        model = self.model()
        if model is not None:
            self._fit_rows_up_from(model.rowCount() - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.fit_rows_in_view()
        super().paintEvent(event)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Page Up/Down go a view's height of rows further, by the heights of those rows:
        # measure them first, so that no row is skipped
        current = self.currentIndex()
        if current.isValid():
            if cursorAction == QAbstractItemView.CursorAction.MovePageDown:
                self._fit_rows_down_from(current.row())
            elif cursorAction == QAbstractItemView.CursorAction.MovePageUp:
                self._fit_rows_up_from(current.row())
        return super().moveCursor(cursorAction, modifiers)

    def scrollTo(
        self,
        index: AnyIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # Qt places the row using the heights of the rows above it: measure those first, so
        # that the row is wholly in view once they are painted at their height
        if index.isValid():
            self._fit_rows_up_from(index.row())
        super().scrollTo(index, hint)

    # -- sizes from the font -------------------------------------------------------------------
    @property
    def max_row_height(self) -> int:
        """The height of `ROW_LINES_MAX` lines: no row is higher."""
        return self._max_row_height

    def _text_size(self, text: str) -> QSize:
        """The size of a cell showing `text` on one line per paragraph, as the delegate sizes
        it (the style's margins included)."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.rect = QRect()
        option.font = self.font()
        option.fontMetrics = self.fontMetrics()
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        option.text = text
        style = self.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self)

    def _update_metrics(self) -> None:
        grid = 1 if self.showGrid() else 0
        line = self._text_size("Xg").height() + grid
        lines = "\u2028".join(["Xg"] * ROW_LINES_MAX)  # (the delegate shows "\n" as U+2028)
        self._max_row_height = self._text_size(lines).height() + grid
        self.verticalHeader().setDefaultSectionSize(line)

    def fit_columns(self, *, again: bool = False) -> None:
        """Give the short columns the width of the widest value they can show (and their
        heading). The dates and the status do not depend on the agreements: their widths are
        kept until the language or the font changes (`again`)."""
        model = self.model()
        if model is None:
            return
        if again:
            self._fixed_widths.clear()
        header = self.horizontalHeader()
        grid = 1 if self.showGrid() else 0
        for field in CONTENT_FIELDS:
            column = FIELDS.index(field)
            if field == "responsible":
                width = self._names_width(model, grid)
            else:
                width = self._fixed_widths.get(field, 0)
                if not width:
                    texts = (
                        [tr_text(label) for label in STATUS_LABELS.values()]
                        if field == "status"
                        else _widest_dates()
                    )
                    width = max(self._text_size(text).width() for text in texts) + grid
                    self._fixed_widths[field] = width
            width = max(width, header.sectionSizeHint(column), header.minimumSectionSize())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self.share_width()

    def share_width(self) -> None:
        """The free-text columns share what the short ones leave, by `SHARED_WEIGHTS`, none
        narrower than its heading (the table scrolls sideways when even that does not fit)."""
        header = self.horizontalHeader()
        fixed = sum(header.sectionSize(FIELDS.index(field)) for field in CONTENT_FIELDS)
        least = {field: header.sectionSizeHint(FIELDS.index(field)) for field in SHARED_WEIGHTS}
        widths = _share(self.viewport().width() - fixed, SHARED_WEIGHTS, least)
        for field, width in widths.items():
            column = FIELDS.index(field)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def _names_width(self, model: QAbstractItemModel, grid: int) -> int:
        """The width of the widest name, at most `RESPONSIBLE_CHARS_MAX` average characters."""
        metrics = self.fontMetrics()
        names = []
        if isinstance(model, AgreementsTableModel):
            names = model.distinct_texts("responsible")
        widest = max(names, key=metrics.horizontalAdvance, default="")
        longest_word = max(
            (word for name in names for word in name[:ELIDE_LENGTH].split()),
            key=metrics.horizontalAdvance,
            default="",
        )
        most = max(
            metrics.averageCharWidth() * RESPONSIBLE_CHARS_MAX,
            self._text_size(longest_word).width() + grid,  # a word is never cut
        )
        return min(self._text_size(widest).width() + grid, most)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_metrics()
            self.fit_columns(again=True)
            self.refit_rows()


def _share(available: int, weights: dict[str, int], least: dict[str, int]) -> dict[str, int]:
    """`available` pixels shared by `weights`, none below its `least`: a column whose share
    would be too small gets its least, and the others share the rest (the sum may exceed
    `available` when even the least widths do not fit; the table then scrolls)."""
    widths: dict[str, int] = {}
    open_fields = dict(weights)
    rest = max(0, available)
    while open_fields:
        total = sum(open_fields.values())
        short = [f for f, w in open_fields.items() if rest * w // total < least[f]]
        if not short:
            widths.update({f: rest * w // total for f, w in open_fields.items()})
            break
        for field in short:
            widths[field] = least[field]
            rest = max(0, rest - least[field])
            del open_fields[field]
    return widths


def _widest_dates() -> list[str]:
    """Dates whose shown form is as wide as any (two-digit days and months, every month in
    case the language's short format names it), in the language's short format."""
    return [format_date(f"2088-{month:02d}-28") for month in range(1, 13)]


class AgreementsEditor(QWidget):
    """The table with its buttons. Keyboard: Ctrl+Return adds a row, Ctrl+Delete removes the
    current one, Ctrl+Shift+Up/Down move it; F2 or typing edits a cell."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreements_editor")
        self._model = model
        self.table_model = AgreementsTableModel(model, self)
        self.table = AgreementsTable(self)
        self.table.setObjectName("agreements_table")
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(AgreementDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users can move on
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        # free text shares the width; short values keep a fixed column, so nothing scrolls
        for column, field in enumerate(FIELDS):
            if field in CONTENT_FIELDS:  # as wide as their content, whatever the font size
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            else:  # shared by `AgreementsTable.share_width`; the user may still drag them
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.fit_columns()

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_agreement_button")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_agreement_button")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("move_agreement_up_button")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("move_agreement_down_button")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        for keys, slot in (
            ("Ctrl+Return", self.add_row),
            ("Ctrl+Enter", self.add_row),
            ("Ctrl+Delete", self.remove_row),
            ("Ctrl+Shift+Up", lambda: self.move_row(-1)),
            ("Ctrl+Shift+Down", lambda: self.move_row(+1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.table_model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.table_model.rowCount():
            self.table.setCurrentIndex(self.table_model.index(row, column))

    def _commit_open_editor(self) -> None:
        """A shortcut (Ctrl+Return ...) fires before the cell editor sees the key: keep what was
        typed before the table changes under the editor."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def add_row(self) -> None:
        self._commit_open_editor()
        row = self.current_row()
        at = self._model.add_agreement(None if row < 0 else row + 1)
        if at < 0:  # the session holds as many agreements as a file can (the model said so)
            return
        self._select(at)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_row(self) -> None:
        self._commit_open_editor()
        row = self.current_row()
        if row < 0:
            return
        self._model.remove_agreement(row)
        self._select(min(row, self.table_model.rowCount() - 1))
        self.table.setFocus()

    def move_row(self, step: int) -> None:
        self._commit_open_editor()
        row = self.current_row()
        column = max(0, self.table.currentIndex().column())
        to = row + step
        if row < 0 or not 0 <= to < self.table_model.rowCount():
            return
        self._model.move_agreement(row, to)
        self._select(to, column)

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.table_model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        can_add = self._model.can_add_agreement()
        self.add_button.setEnabled(can_add)
        self.add_button.setToolTip(
            self.tr("Ctrl+Return") if can_add else self._model.limit_message("too_many_agreements")
        )
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add agreement"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Ctrl+Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Ctrl+Shift+Up"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Ctrl+Shift+Down"))
        self.table.setAccessibleName(self.tr("Agreements"))
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.table.fit_columns(again=True)  # headings, status names and dates have new widths
        self.table.refit_rows()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
