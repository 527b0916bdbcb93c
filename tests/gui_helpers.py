"""Small helpers for driving the real widgets."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QTextEdit,
    QWidget,
)


def slider_point(slider: QSlider, value: int) -> QPoint:
    """The pixel inside `slider` where the handle's centre sits for `value`."""
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    style = slider.style()
    groove = style.subControlRect(
        QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, slider
    )
    handle = style.subControlRect(
        QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, slider
    )
    span = groove.width() - handle.width()
    offset = QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(), value, span)
    return QPoint(groove.x() + handle.width() // 2 + offset, groove.center().y())


def send_mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    local = QPointF(pos)
    event = QMouseEvent(
        kind,
        local,
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def visible_texts(root: QWidget) -> str:
    """All text a person can read in `root`, whitespace-normalised, joined by ' | '."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.extend([widget.text(), widget.placeholderText()])
        elif isinstance(widget, QPlainTextEdit):
            parts.extend([widget.toPlainText(), widget.placeholderText()])
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
    return " | ".join(_plain(p) for p in parts if p)


def run_app(monkeypatch, *args):
    """`amk_desktop.app.run(*args)` without its event loop; returns (exit code, the window it
    made), not whichever main window another test left behind."""
    from PySide6.QtWidgets import QApplication

    import amk_desktop.app as app_module
    from amk_desktop.app import MainWindow

    created: list[MainWindow] = []

    def make_window(*window_args, **kwargs):
        created.append(MainWindow(*window_args, **kwargs))
        return created[-1]

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module, "MainWindow", make_window)
    code = app_module.run(*args)
    assert len(created) == 1
    return code, created[0]
