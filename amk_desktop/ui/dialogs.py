"""Every dialog the program shows goes through `Dialogs`, so tests replace it with a fake and a
modal dialog never blocks a test or sits in the middle of business logic."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialog classes are looked up when a dialog is shown
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


def session_filter() -> str:
    return QCoreApplication.translate("Dialogs", "AMK sessions (*.amk);;All files (*)")


def _message_box(
    parent: QWidget | None,
    icon: QtWidgets.QMessageBox.Icon,
    title: str,
    text: str,
    details: str,
) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    return box


class Dialogs:
    """The real dialogs."""

    def ask_open_path(self, parent: QWidget | None, directory: str) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Open session"),
            directory,
            session_filter(),
        )
        return path or None

    def ask_save_path(
        self, parent: QWidget | None, suggested: str, name_filter: str | None = None
    ) -> str | None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Save as"),
            suggested,
            name_filter or session_filter(),
        )
        return path or None

    def ask_unsaved_changes(self, parent: QWidget | None, document: str) -> UnsavedChoice:
        box = _message_box(
            parent,
            QtWidgets.QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Unsaved changes"),
            QCoreApplication.translate(
                "Dialogs", "Do you want to save the changes to “%1”?"
            ).replace("%1", document),
            QCoreApplication.translate("Dialogs", "If you don't save, your changes will be lost."),
        )
        buttons = QtWidgets.QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return UnsavedChoice.SAVE
        if answer == buttons.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def ask_recover(self, parent: QWidget | None, description: str) -> RecoveryChoice:
        box = _message_box(
            parent,
            QtWidgets.QMessageBox.Icon.Question,
            QCoreApplication.translate("Dialogs", "Recover unsaved work"),
            QCoreApplication.translate(
                "Dialogs", "AMK Desktop was not closed normally. Recover the work?"
            ),
            description,
        )
        recover = box.addButton(
            QCoreApplication.translate("Dialogs", "Recover"),
            QtWidgets.QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("Dialogs", "Discard"),
            QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("Dialogs", "Decide later"),
            QtWidgets.QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(recover)
        box.exec()
        if box.clickedButton() is recover:
            return RecoveryChoice.RECOVER
        if box.clickedButton() is discard:
            return RecoveryChoice.DISCARD
        return RecoveryChoice.LATER

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            parent, title, text, buttons.Yes | buttons.No, buttons.No
        )
        return answer == buttons.Yes

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(parent, title, message)

    def ask_copies(self, parent: QWidget | None) -> int | None:
        copies, ok = QtWidgets.QInputDialog.getInt(
            parent,
            QCoreApplication.translate("Dialogs", "Dialogue sheets"),
            QCoreApplication.translate("Dialogs", "How many groups work on paper?"),
            1,
            1,
            100,
        )
        return copies if ok else None

    def print_document(self, parent: QWidget | None, render: Callable[[QPrinter], bool]) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
        return render(printer)

    def preview_document(self, parent: QWidget | None, render: Callable[[QPrinter], bool]) -> bool:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # noqa: PLC0415

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(render)
        return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
