"""How the program looks: text sizes relative to the application font, and the projector mode
(large text, high contrast) that a facilitator switches on for the back of the room."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

PROJECTOR_SCALE = 1.5
_SCALE = "amk_font_scale"
_BOLD = "amk_font_bold"
DISABLED_TEXT = "#8a8a8a"  # clearly dimmed on white, still legible (3.4:1)


def set_font_role(widget: QWidget, scale: float = 1.0, *, bold: bool = False) -> None:
    """Give `widget` a font `scale` times the application font; it follows the application font
    when that changes (projector mode)."""
    widget.setProperty(_SCALE, scale)
    widget.setProperty(_BOLD, bold)
    _apply_role(widget)


def _apply_role(widget: QWidget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * float(widget.property(_SCALE)))
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def high_contrast_palette() -> QPalette:
    """Black on white with a dark accent: readable from the back of a bright meeting room."""
    palette = QPalette()
    white, black = QColor("#ffffff"), QColor("#000000")
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, white),
        (roles.WindowText, black),
        (roles.Base, white),
        (roles.AlternateBase, QColor("#eeeeee")),
        (roles.Text, black),
        (roles.Button, QColor("#e6e6e6")),
        (roles.ButtonText, black),
        (roles.Highlight, QColor("#003a8c")),
        (roles.HighlightedText, white),
        (roles.ToolTipBase, white),
        (roles.ToolTipText, black),
        (roles.PlaceholderText, QColor("#404040")),
        (roles.Mid, QColor("#5a5a5a")),
        (roles.Dark, QColor("#303030")),
        (roles.Light, white),
        (roles.Link, QColor("#003a8c")),
    ):
        palette.setColor(role, colour)
    # what cannot be used now must look so: grey text on a paler button (the colours above
    # were set for every state, so a disabled button looked enabled)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(disabled, roles.Button, QColor("#f4f4f4"))
    palette.setColor(disabled, roles.Highlight, QColor("#8a8a8a"))
    return palette


class Appearance:
    """Remembers the system's font and palette so projector mode can be switched off again."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._font = QFont(app.font())
        self._palette = QPalette(app.palette())
        self.projector = False

    def set_projector_mode(self, on: bool) -> None:
        if on == self.projector:
            return
        self.projector = on
        font = QFont(self._font)
        if on:
            font.setPointSizeF(self._font.pointSizeF() * PROJECTOR_SCALE)
        self._app.setFont(font)
        self._app.setPalette(high_contrast_palette() if on else self._palette)
        for widget in self._app.allWidgets():
            if widget.property(_SCALE) is not None:
                _apply_role(widget)
