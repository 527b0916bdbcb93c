"""Every dialog the program shows goes through `Dialogs`, so tests replace it with a fake and a
modal dialog never blocks a test or sits in the middle of business logic."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialog classes are looked up when a dialog is shown
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from amk_desktop.core.text import fill

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from amk_desktop.core.collect import CollectionPlan, Conflict
    from amk_desktop.formats.importers.survey_table import SurveyImport, SurveyTable


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class ChangedOnDiskChoice(Enum):
    """What to do when the file was changed by another program since it was opened or saved."""

    SAVE_COPY = "save_copy"  # keep both: this window's version goes to a new file
    OVERWRITE = "overwrite"  # this window's version replaces it (the other is kept as .bak)
    RELOAD = "reload"  # show the other version; this window's changes are dropped
    CANCEL = "cancel"


def session_filter() -> str:
    return QCoreApplication.translate("Dialogs", "AMK sessions (*.amk);;All files (*)")


def _message_box(
    parent: QWidget | None,
    icon: QtWidgets.QMessageBox.Icon,
    title: str,
    text: str,
    details: str,
) -> QtWidgets.QMessageBox:
    """A message box that shows its texts as plain text: file and group names are user text,
    and a name such as ``<img src=logo.png>.amk`` must never be rendered as HTML."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    for label in box.findChildren(QtWidgets.QLabel):  # the informative text too
        label.setTextFormat(Qt.TextFormat.PlainText)
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

    @staticmethod
    def _ask_session_paths(parent: QWidget | None, directory: str, title: str) -> list[str]:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(
            parent, title, directory, session_filter()
        )
        return list(paths)

    def ask_collect_paths(self, parent: QWidget | None, directory: str) -> list[str]:
        title = QCoreApplication.translate("Dialogs", "Collect groups from other session files")
        return self._ask_session_paths(parent, directory, title)

    def ask_year_paths(self, parent: QWidget | None, directory: str) -> list[str]:
        """The session files of the year's meetings, for the annual record ([]: cancelled)."""
        title = QCoreApplication.translate("Dialogs", "The year's meetings (session files)")
        return self._ask_session_paths(parent, directory, title)

    def ask_survey_path(self, parent: QWidget | None, directory: str) -> str | None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Import survey answers"),
            directory,
            QCoreApplication.translate(
                "Dialogs",
                "Survey answers (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)",
            ),
        )
        return path or None

    def import_survey(
        self, parent: QWidget | None, file_name: str, table: SurveyTable
    ) -> SurveyImport | None:
        """Which columns hold what, and what the import does (every skipped row and why),
        before anything is imported; the answers the facilitator imports, or None for Cancel."""
        from amk_desktop.ui.services.survey_import import SurveyImportDialog  # noqa: PLC0415

        dialog = SurveyImportDialog(parent, file_name, table)
        accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        return dialog.imported if accepted else None

    def preview_collection(
        self, parent: QWidget | None, plan_for: Callable[[Conflict, bool, bool], CollectionPlan]
    ) -> CollectionPlan | None:
        """What collecting would do, before anything changes; the plan the facilitator chose
        (keep the newer version or both; add the other files' agreements or not; take their
        review of the earlier meeting's agreements or not), or None for Cancel."""
        from amk_desktop.ui.services.collect_preview import CollectPreview  # noqa: PLC0415

        dialog = CollectPreview(parent, plan_for)
        accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        return dialog.plan if accepted else None

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
            fill(
                QCoreApplication.translate("Dialogs", "Do you want to save the changes to “%1”?"),
                document,
            ),
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

    def ask_changed_on_disk(self, parent: QWidget | None, document: str) -> ChangedOnDiskChoice:
        box = _message_box(
            parent,
            QtWidgets.QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "File changed by another program"),
            fill(
                QCoreApplication.translate(
                    "Dialogs",
                    "“%1” has been changed by another program or window since you opened it.",
                ),
                document,
            ),
            QCoreApplication.translate(
                "Dialogs",
                "Keep both: save your version as a new file and leave the other one as it is.\n"
                "Overwrite: save your version; the other version is kept as a .bak copy.\n"
                "Reload: show the other version; your changes in this window are discarded.",
            ),
        )
        role = QtWidgets.QMessageBox.ButtonRole
        keep = box.addButton(QCoreApplication.translate("Dialogs", "Keep both…"), role.AcceptRole)
        overwrite = box.addButton(
            QCoreApplication.translate("Dialogs", "Overwrite"), role.DestructiveRole
        )
        reload = box.addButton(QCoreApplication.translate("Dialogs", "Reload"), role.ResetRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return ChangedOnDiskChoice.SAVE_COPY
        if clicked is overwrite:
            return ChangedOnDiskChoice.OVERWRITE
        if clicked is reload:
            return ChangedOnDiskChoice.RELOAD
        return ChangedOnDiskChoice.CANCEL

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = _message_box(parent, QtWidgets.QMessageBox.Icon.Question, title, text, "")
        buttons = QtWidgets.QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No)
        box.setDefaultButton(buttons.No)
        return box.exec() == buttons.Yes

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        box = _message_box(parent, QtWidgets.QMessageBox.Icon.Warning, title, message, "")
        box.exec()

    def show_about(self, parent: QWidget | None, title: str, rich_text: str) -> None:
        """The About box: `rich_text` is the program's own text (no user text in it)."""
        QtWidgets.QMessageBox.about(parent, title, rich_text)

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

    def progress(self, parent: QWidget | None, title: str, text: str) -> ProgressIndication:
        """A busy indication with a Cancel button for work running elsewhere (a worker
        thread): window-modal, so the window repaints but takes no input; shown only when the
        work takes longer than a moment. The caller reads `.cancelled` and calls `.close()`."""
        return ProgressIndication(parent, title, text)


class ProgressIndication:
    """A busy `QProgressDialog` (no percentage) with Qt's own Cancel button. `cancelled` is a
    plain attribute, so a worker thread may read it; it turns True when the user presses
    Cancel (or Escape, or closes the dialog)."""

    SHOW_AFTER_MS = 400

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        self.cancelled = False
        self._closed = False
        dialog = QtWidgets.QProgressDialog(parent)
        dialog.setObjectName("progress_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setRange(0, 0)  # busy: how long it takes is not known
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self._on_cancel)
        self._dialog = dialog
        # shown only if the work takes longer than a moment (a busy dialog never shows itself)
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self._timer = QTimer(dialog)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(self.SHOW_AFTER_MS)

    def _show(self) -> None:
        if not self._closed:
            self._dialog.show()

    def _on_cancel(self) -> None:
        if not self._closed:
            self.cancelled = True

    def set_text(self, text: str) -> None:
        if not self._closed:
            self._dialog.setLabelText(text)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._dialog.canceled.disconnect(self._on_cancel)
        self._dialog.reset()
        self._dialog.close()
        self._dialog.deleteLater()
