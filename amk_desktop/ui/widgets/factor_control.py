"""One factor's rating control: its name, a 1-5 slider, the value, and the help text at hand."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QGridLayout,
    QLabel,
    QProxyStyle,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QToolButton,
    QWidget,
)

from amk_desktop.core.factors import SCORE_MAX, SCORE_MIN, Factor
from amk_desktop.core.session import Score
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.widgets.appearance import set_font_role

FOCUS_RING_WIDTH = 2.0


class _ClickToValueStyle(QProxyStyle):
    """A left click on the groove jumps straight to that value instead of stepping towards it:
    a facilitator clicks on "4" and gets 4."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return int(Qt.MouseButton.LeftButton.value)
        return super().styleHint(hint, option, widget, returnData)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """The slider as the style draws it, and a clear focus ring when it has the keyboard
        (Fusion's is a faint line): 2 px in the palette's highlight colour, which the high
        contrast colours of projector mode set too."""
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_Slider and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_RING_WIDTH / 2
            painter.drawRoundedRect(
                QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3
            )
            painter.restore()


class FactorControl(QWidget):
    """Emits `score_requested(key, value)` when the user rates; `show_score` mirrors the model.

    A slider cannot show "nothing", so until the group rates the factor the handle rests at 1,
    the value reads "–" with the words "not rated", and the first touch of the slider (click,
    drag, arrow key, Home/End) rates it, even when the handle does not move.
    """

    # key, int or None, gesture: the same object for every step of one drag (one undo step)
    score_requested = Signal(str, object, object)
    # a digit rated the factor from the keyboard: the page moves on to the next factor
    rated_by_key = Signal(str)

    def __init__(self, factor: Factor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factor = factor
        self._score: Score = None
        self._drags = 0
        self._gesture: int | None = None
        self.setObjectName(f"factor_control_{factor.key}")

        self.name_label = QLabel(self)
        self.name_label.setObjectName(f"factor_label_{factor.key}")
        self.name_label.setWordWrap(True)
        set_font_role(self.name_label, bold=True)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.help_button = QToolButton(self)
        self.help_button.setObjectName(f"factor_help_button_{factor.key}")
        self.help_button.setText("?")
        self.help_button.setCheckable(True)
        self.help_button.setAutoRaise(True)
        # not a tab stop: "?" or F1 on the slider shows the help (Tab goes slider to slider)
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.value_label = QLabel(self)
        self.value_label.setObjectName(f"factor_value_{factor.key}")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("8") * 3)
        set_font_role(self.value_label, 1.6, bold=True)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName(f"factor_slider_{factor.key}")
        self.slider.setRange(SCORE_MIN, SCORE_MAX)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setTracking(True)
        # based on the application's style by name (Fusion), not the desktop's default
        self._style = _ClickToValueStyle(QApplication.style().name())
        self._style.setParent(self)
        self.slider.setStyle(self._style)

        self.low_label = QLabel(self)
        self.high_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName(f"factor_status_{factor.key}")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName(f"factor_clear_{factor.key}")
        self.clear_button.setAutoRaise(True)
        # not a tab stop: Delete, Backspace or 0 on the slider does the same
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.help_label = QLabel(self)
        self.help_label.setObjectName(f"factor_help_{factor.key}")
        self.help_label.setWordWrap(True)
        self.help_label.setVisible(False)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.name_label, 0, 0, 1, 3)
        layout.addWidget(self.help_button, 0, 3)
        layout.addWidget(self.value_label, 0, 4, 2, 1)
        layout.addWidget(self.low_label, 1, 0)
        layout.addWidget(self.slider, 1, 1)
        layout.addWidget(self.high_label, 1, 2)
        layout.addWidget(self.clear_button, 1, 3)
        layout.addWidget(self.status_label, 2, 1, 1, 3)
        layout.addWidget(self.help_label, 3, 0, 1, 5)
        layout.setColumnStretch(1, 1)

        self.slider.valueChanged.connect(self._on_value_changed)
        self.slider.actionTriggered.connect(self._on_action)
        self.slider.installEventFilter(self)
        self.slider.sliderPressed.connect(self._on_pressed)
        self.slider.sliderReleased.connect(self._on_released)
        self.clear_button.clicked.connect(
            lambda: self.score_requested.emit(self.factor.key, None, None)
        )
        self.help_button.toggled.connect(self.help_label.setVisible)

        self.retranslate()
        self.show_score(None)

    # -- user input -> request ---------------------------------------------------------------
    def _on_value_changed(self, value: int) -> None:
        if not self.slider.signalsBlocked():
            self.score_requested.emit(self.factor.key, value, self._gesture)

    def _on_action(self, action: int) -> None:
        # Emitted before the value moves; sliderPosition() already holds the new value. This is
        # what rates a factor when the handle stays put (e.g. Left arrow while it rests on 1).
        if action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self.score_requested.emit(self.factor.key, self.slider.sliderPosition(), self._gesture)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A press starts a gesture before the slider reacts to it (a click on the groove moves
        # the handle before sliderPressed is emitted), so the whole drag merges into one step.
        if watched is self.slider and event.type() == QEvent.Type.MouseButtonPress:
            self._drags += 1
            self._gesture = self._drags
        if watched is self.slider and event.type() == QEvent.Type.KeyPress:
            return self._on_key(event)  # type: ignore[arg-type]
        return False

    def _on_key(self, event: QKeyEvent) -> bool:
        """Keys of the slider besides its arrows: a digit 1-5 rates and moves on; Delete,
        Backspace or 0 marks the factor as not rated; "?" or F1 shows or hides the help."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl/Alt combinations are shortcuts, not ratings
        if text in {str(v) for v in range(SCORE_MIN, SCORE_MAX + 1)}:
            self.score_requested.emit(self.factor.key, int(text), None)
            self.rated_by_key.emit(self.factor.key)
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
            self.score_requested.emit(self.factor.key, None, None)
            return True
        if text == "?" or event.key() == Qt.Key.Key_F1:
            self.help_button.toggle()
            return True
        return False

    def _on_pressed(self) -> None:
        self.score_requested.emit(self.factor.key, self.slider.sliderPosition(), self._gesture)

    def _on_released(self) -> None:
        self._gesture = None

    # -- model -> view ---------------------------------------------------------------------------
    @property
    def score(self) -> Score:
        return self._score

    def show_score(self, score: Score) -> None:
        self._score = score
        self.slider.blockSignals(True)
        self.slider.setValue(SCORE_MIN if score is None else score)
        self.slider.blockSignals(False)
        self.clear_button.setEnabled(score is not None)
        self._update_value_texts()

    def _update_value_texts(self) -> None:
        name = tr_text(self.factor.label)
        if self._score is None:
            self.value_label.setText("–")
            self.status_label.setText(self.tr("Not rated yet"))
            value_text = self.tr("not rated")
        else:
            self.value_label.setText(str(self._score))
            self.status_label.setText("")
            value_text = str(self._score)
        self.value_label.setEnabled(self._score is not None)
        self.status_label.setVisible(self._score is None)
        # A slider cannot be empty: its value reads 1 while the factor is not rated, so its
        # name says so (Qt's bridges give a slider's value only as a number, and a Python
        # accessible interface for it crashed the program under AT-SPI: docs/decisions.md)
        if self._score is None:
            self.slider.setAccessibleName(fill(self.tr("%1, not rated, score 1 to 5"), name))
        else:
            self.slider.setAccessibleName(fill(self.tr("%1, score 1 to 5"), name))
        self.slider.setAccessibleDescription(
            fill(
                self.tr("%1. Current score: %2"), tr_text(self.factor.help).rstrip(" ."), value_text
            )
        )

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        name = tr_text(self.factor.label)
        help_text = tr_text(self.factor.help)
        self.name_label.setText(name)
        self.help_label.setText(help_text)
        self.slider.setToolTip(help_text)
        self.name_label.setToolTip(help_text)
        self.help_button.setToolTip(self.tr("Show what the factor means"))
        self.help_button.setAccessibleName(fill(self.tr("Help for %1"), name))
        self.low_label.setText(self.tr("1 low"))
        self.high_label.setText(self.tr("5 high"))
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Mark as not rated"))
        self.clear_button.setAccessibleName(fill(self.tr("Mark %1 as not rated"), name))
        self._update_value_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
