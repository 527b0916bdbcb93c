"""Every dialog the program shows goes through here, so tests can replace them (never a modal
dialog blocking a test)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "", message, QMessageBox.StandardButton.Ok, parent)
    box.setWindowTitle(parent.windowTitle() if parent is not None else "")
    box.open()
