"""Under: the dialogue exercise. Sliders on the left, the live chart in the middle, the
dialogue questions with notes on the right."""

from __future__ import annotations

from collections.abc import Hashable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core import content
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.radar import CHART_MODES
from amk_desktop.core.text import Text
from amk_desktop.i18n import tr_text
from amk_desktop.ui.pages.guidance import during_html
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.chart_legend import earlier_label, legend_html
from amk_desktop.ui.widgets.factor_control import FactorControl
from amk_desktop.ui.widgets.group_list import GroupList, default_group_name, group_swatch
from amk_desktop.ui.widgets.questions_panel import QuestionsPanel
from amk_desktop.ui.widgets.scores_grid import ScoresGrid
from amk_desktop.ui.widgets.text_fields import LINE_EDIT_MAX_LENGTH, elide, show_line_text

if TYPE_CHECKING:
    from amk_desktop.ui.widgets.radar_chart import RadarChart


class _FittingScrollArea(QScrollArea):
    """Asks for the height of all it holds (the six factors), scrolling only when the window
    has less room; asks again when what it holds changes size (a status line shown or hidden)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + frame, hint.height() + frame)


class DuringPage(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_during")
        self._model = model
        self.chart: RadarChart | None = None
        self._label_emphasis = 1.0

        # instructions of the exercise, with the facilitator's guidance one click away
        self.instructions = QLabel(self)
        self.instructions.setObjectName("exercise_instructions")
        self.instructions.setWordWrap(True)
        self.guidance_button = QToolButton(self)
        self.guidance_button.setObjectName("guidance_button")
        self.guidance_button.setCheckable(True)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("during_guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setVisible(False)
        self.guidance_button.toggled.connect(self.guidance.setVisible)

        # which group is rating
        self.group_label = QLabel(self)
        self.group_selector = QComboBox(self)
        self.group_selector.setObjectName("group_selector")
        self.group_selector.setMinimumContentsLength(24)  # "Rengøring og vedligehold"
        self.group_selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_name_edit = QLineEdit(self)
        self.group_name_edit.setObjectName("group_name_edit")
        self.group_name_edit.setMaxLength(LINE_EDIT_MAX_LENGTH)
        self.add_group_button = QPushButton(self)
        self.add_group_button.setObjectName("add_group_button")
        self.remove_group_button = QPushButton(self)
        self.remove_group_button.setObjectName("remove_group_button")
        self.group_label.setBuddy(self.group_selector)

        # the six factors
        self.factor_controls: dict[str, FactorControl] = {}
        factors_box = QWidget(self)
        factors_layout = QVBoxLayout(factors_box)
        factors_layout.setContentsMargins(8, 0, 8, 0)
        for factor in FACTORS:
            control = FactorControl(factor, factors_box)
            control.score_requested.connect(self._on_score_requested)
            control.rated_by_key.connect(self._focus_next_factor)
            factors_layout.addWidget(control)
            self.factor_controls[factor.key] = control
        factors_layout.addStretch(1)
        factors_scroll = _FittingScrollArea(self)
        factors_scroll.setObjectName("factors_panel")
        factors_scroll.setWidgetResizable(True)
        factors_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        factors_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus
        factors_scroll.setWidget(factors_box)
        factors_box.installEventFilter(factors_scroll)

        # the groups at a glance, below the sliders of the current group
        groups_box = QWidget(self)
        groups_box.setObjectName("groups_panel")
        self.groups_heading = QLabel(groups_box)
        self.groups_heading.setObjectName("groups_heading")
        self.group_list = GroupList(model, groups_box)
        self.group_list.remove_requested.connect(model.remove_group)
        self.groups_heading.setBuddy(self.group_list)
        self.move_group_up_button = QPushButton(groups_box)
        self.move_group_up_button.setObjectName("move_group_up_button")
        self.move_group_down_button = QPushButton(groups_box)
        self.move_group_down_button.setObjectName("move_group_down_button")
        group_buttons = QHBoxLayout()
        group_buttons.setContentsMargins(0, 0, 0, 0)
        group_buttons.addWidget(self.move_group_up_button)
        group_buttons.addWidget(self.move_group_down_button)
        group_buttons.addStretch(1)
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(8, 6, 8, 0)
        groups_layout.addWidget(self.groups_heading)
        groups_layout.addWidget(self.group_list, 1)
        groups_layout.addLayout(group_buttons)

        left = QWidget(self)
        left.setObjectName("during_left")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(factors_scroll, 0)
        left_layout.addWidget(groups_box, 1)
        left.setMinimumWidth(300)
        left.setMaximumWidth(520)

        # the chart is built on first show: pyqtgraph is not imported before it is needed
        self.chart_box = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_mode_label = QLabel(self.chart_box)
        self.chart_mode = QComboBox(self.chart_box)
        self.chart_mode.setObjectName("chart_mode")
        self.chart_mode.addItems(["", "", ""])
        self.chart_mode.currentIndexChanged.connect(self._on_chart_mode)
        self.chart_mode_label.setBuddy(self.chart_mode)
        self.table_toggle = QToolButton(self.chart_box)
        self.table_toggle.setObjectName("show_as_table_button")
        self.table_toggle.setCheckable(True)
        self.table_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.table_toggle.toggled.connect(self._show_table)
        self.scores_grid = ScoresGrid(model, self.chart_box)
        self.scores_grid.setVisible(False)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(self.chart_mode_label)
        chart_bar.addWidget(self.chart_mode)
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.table_toggle)
        self.chart_layout.addLayout(chart_bar)
        self.chart_layout.addWidget(self.scores_grid, 1)
        self.legend = QLabel(self.chart_box)
        self.legend.setObjectName("chart_legend")
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setWordWrap(True)
        # long group names wrap in the legend; they never make the window wider
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart_layout.addStretch(1)
        self.chart_layout.addWidget(self.legend)

        self.questions = QuestionsPanel(model, self)
        self.questions.setMinimumWidth(280)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("during_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart_box)
        self.splitter.addWidget(self.questions)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self._splitter_placed = False

        top = QHBoxLayout()
        top.addWidget(self.instructions, 1)
        top.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignTop)
        groups = QHBoxLayout()
        groups.addWidget(self.group_label)
        groups.addWidget(self.group_selector)
        groups.addWidget(self.group_name_edit, 1)
        groups.addWidget(self.add_group_button)
        groups.addWidget(self.remove_group_button)
        groups.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addLayout(top)
        layout.addWidget(self.guidance)
        layout.addLayout(groups)
        layout.addWidget(self.splitter, 1)

        self.group_selector.currentIndexChanged.connect(model.set_current_index)
        self.group_name_edit.textEdited.connect(self._on_name_typed)
        # Enter after the name: on to rating the group (Ctrl+Shift+N, the name, Enter, digits)
        self.group_name_edit.returnPressed.connect(self.focus_first_factor)
        self.group_name_edit.editingFinished.connect(self._name_finished)
        self.add_group_button.clicked.connect(self.add_group)
        self.remove_group_button.clicked.connect(
            lambda: model.remove_group(model.current_index)  # undoable: Ctrl+Z brings it back
        )
        self.move_group_up_button.clicked.connect(lambda: self._move_current(-1))
        self.move_group_down_button.clicked.connect(lambda: self._move_current(1))
        model.score_changed.connect(self._on_score_changed)
        model.groups_changed.connect(self._refresh_groups)
        model.group_renamed.connect(self._on_group_renamed)
        model.current_group_changed.connect(self._show_current_group)
        model.current_group_changed.connect(self._update_move_buttons)
        model.session_replaced.connect(self._refresh_groups)
        model.baseline_changed.connect(self._update_legend)

        self.retranslate()
        self._fit_name_edit()
        self._refresh_groups()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            self.place_splitter()

    def place_splitter(self) -> None:
        """The chart gets the most room (again, e.g. after the text grew in projector mode);
        the user may move the splitters from here."""
        width = max(self.splitter.width(), 900)
        side = int(width * 0.27)
        self.splitter.setSizes([side, width - 2 * side, side])
        self._splitter_placed = True

    def set_label_emphasis(self, scale: float) -> None:
        """The chart's labels `scale` times larger (projector mode), now or when it is built."""
        self._label_emphasis = scale
        if self.chart is not None:
            self.chart.set_label_emphasis(scale)
        self.place_splitter()

    def ensure_chart(self) -> RadarChart:
        if self.chart is None:
            from amk_desktop.ui.widgets.radar_chart import RadarChart  # noqa: PLC0415 - lazy on purpose

            self.chart = RadarChart(self._model, self.chart_box)
            self.chart_layout.takeAt(2)  # the placeholder stretch
            self.chart_layout.insertWidget(2, self.chart, 1)
            self.chart.setVisible(not self.table_toggle.isChecked())
            self.chart.set_mode(self.chart_mode_name)
            self.chart.set_label_emphasis(self._label_emphasis)
        return self.chart

    @property
    def chart_mode_name(self) -> str:
        """What the chart shows ("all", "current" or "mean": `RadarChart.set_mode`)."""
        return CHART_MODES[max(self.chart_mode.currentIndex(), 0)]

    def _on_chart_mode(self, _index: int) -> None:
        if self.chart is not None:
            self.chart.set_mode(self.chart_mode_name)
        self._update_legend()

    def _show_table(self, on: bool) -> None:
        self.scores_grid.setVisible(on)
        if on:  # the keyboard goes where a paper sheet's numbers are typed
            self.scores_grid.focus_new_row()
        if self.chart is not None:
            self.chart.setVisible(not on)

    # -- groups ------------------------------------------------------------------------------
    def add_group(self) -> None:
        """A new group, its name ready to be typed over (then Ctrl+2 and six digits)."""
        number = len(self._model.groups) + 1
        if self._model.add_group(default_group_name(number)) >= 0:
            self.group_name_edit.setFocus()
            self.group_name_edit.selectAll()

    def _move_current(self, step: int) -> None:
        index = self._model.current_index
        self._model.move_group(index, index + step)
        self.group_list.setFocus()

    def _update_move_buttons(self) -> None:
        index, count = self._model.current_index, len(self._model.groups)
        self.move_group_up_button.setEnabled(index > 0)
        self.move_group_down_button.setEnabled(index < count - 1)

    def _name_finished(self) -> None:
        """A group keeps a name: one left empty becomes "Group N" again."""
        index = self._model.current_index
        if not self._model.groups[index].name.strip():
            self._model.rename_group(index, default_group_name(index + 1))

    def _on_name_typed(self, name: str) -> None:
        if not self._model.rename_group(self._model.current_index, name):
            show_line_text(self.group_name_edit, self._model.current_group.name, keep_cursor=True)

    def _refresh_groups(self) -> None:
        self.group_selector.blockSignals(True)
        self.group_selector.clear()
        for index, group in enumerate(self._model.groups):
            self.group_selector.addItem(group_swatch(index), elide(group.name))
        self.group_selector.setCurrentIndex(self._model.current_index)
        self.group_selector.blockSignals(False)
        self.remove_group_button.setEnabled(len(self._model.groups) > 1)
        self._update_add_button()
        self._update_move_buttons()
        self._update_legend()
        self._show_current_group()

    def _update_add_button(self) -> None:
        """At the limit the button rests, and its tool tip says why."""
        can_add = self._model.can_add_group()
        self.add_group_button.setEnabled(can_add)
        self.add_group_button.setToolTip(
            "" if can_add else self._model.limit_message("too_many_groups")
        )

    def _on_group_renamed(self, index: int) -> None:
        """One name changed (typing): touch only what shows names, not the chart."""
        self.group_selector.setItemText(index, elide(self._model.groups[index].name))
        self._update_legend()
        if index == self._model.current_index:
            self._show_current_group()

    def _update_legend(self) -> None:
        groups = self._model.groups
        mode = self.chart_mode_name
        earlier = earlier_label(self._model.baseline, self._model.current_group, mode)
        if len(groups) < 2 and earlier is None:
            self.legend.setText("")
            self.legend.setVisible(False)
            return
        self.legend.setText(legend_html(groups, mode, self._model.current_index, earlier))
        self.legend.setVisible(True)

    def _show_current_group(self) -> None:
        group = self._model.current_group
        if self.chart_mode_name == "current":
            self._update_legend()
        if self.group_selector.currentIndex() != self._model.current_index:
            self.group_selector.blockSignals(True)
            self.group_selector.setCurrentIndex(self._model.current_index)
            self.group_selector.blockSignals(False)
        show_line_text(self.group_name_edit, group.name)
        for key, control in self.factor_controls.items():
            control.show_score(group.scores[key])

    # -- scores ------------------------------------------------------------------------------
    def focus_first_factor(self) -> None:
        """The keyboard's way in: the current group's first factor (Ctrl+2), on its slider or,
        when the scores are shown as a table, in its row."""
        if self.scores_grid.isVisible():
            self.scores_grid.focus_group(self._model.current_index)
            return
        first = next(iter(self.factor_controls.values()))
        first.slider.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_next_factor(self, key: str) -> None:
        """A digit rated `key`: on to the next factor (the last one keeps the focus)."""
        keys = list(self.factor_controls)
        index = keys.index(key)
        if index + 1 < len(keys):
            self.factor_controls[keys[index + 1]].slider.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_score_requested(self, key: str, value: int | None, gesture: Hashable) -> None:
        self._model.set_score(key, value, gesture=gesture)

    def _on_score_changed(self, group_index: int, key: str) -> None:
        if group_index == self._model.current_index:
            self.factor_controls[key].show_score(self._model.current_group.scores[key])

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.instructions.setText(" ".join(tr_text(t) for t in content.EXERCISE_INSTRUCTIONS[:1]))
        self.guidance_button.setText(self.tr("How to run the exercise"))
        self.guidance.setText(
            during_html()
            + "<ul>"
            + "".join(f"<li>{escape(tr_text(t))}</li>" for t in self._instructions())
            + "</ul>"
        )
        self.group_label.setText(self.tr("&Group:"))
        self.group_selector.setAccessibleName(self.tr("Group"))
        self.group_name_edit.setAccessibleName(self.tr("Name of the group"))
        self.group_name_edit.setPlaceholderText(self.tr("Name of the group"))
        self.add_group_button.setText(self.tr("Add group"))
        self._update_add_button()
        self.remove_group_button.setText(self.tr("Remove group"))
        self.remove_group_button.setToolTip(self.tr("Remove the current group (Ctrl+Z undoes it)"))
        self.groups_heading.setText(self.tr("G&roups at a glance"))
        self.move_group_up_button.setText(self.tr("Move up"))
        self.move_group_up_button.setToolTip(self.tr("Move the current group up (Alt+Up)"))
        self.move_group_down_button.setText(self.tr("Move down"))
        self.move_group_down_button.setToolTip(self.tr("Move the current group down (Alt+Down)"))
        self.chart_mode_label.setText(self.tr("Char&t shows:"))
        for index, text in enumerate(
            (self.tr("All groups"), self.tr("The current group"), self.tr("The mean of the groups"))
        ):
            self.chart_mode.setItemText(index, text)
        self._update_legend()
        self.table_toggle.setText(self.tr("Show as table"))
        self.table_toggle.setToolTip(self.tr("Show the scores as a table instead of the chart"))

    @staticmethod
    def _instructions() -> tuple[Text, ...]:
        """The leaflet's instructions for the exercise, as they apply in the window: the chart
        draws the line (the printed sheet keeps "draw the line from the table below")."""
        first, _draw, *rest = content.EXERCISE_INSTRUCTIONS
        return (first, content.EXERCISE_CHART_NOTE, *rest)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_name_edit()
        super().changeEvent(event)

    def _fit_name_edit(self) -> None:
        """Room for a long group name, but not the whole width of the window."""
        self.group_name_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
