"""The sheets leave the program: export to PDF (on a worker thread, so the window stays live
while the room watches), print and print preview. Questions go through `Dialogs`."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from amk_desktop.core.filenames import file_stem
from amk_desktop.ui.dialogs import Dialogs
from amk_desktop.ui.i18n import Translations, catalogue_translator
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from PySide6.QtPrintSupport import QPrinter

# reportlab, threads, printing and the file writer are imported on first use, not at start-up.


class SheetOutput(QObject):
    exported = Signal(str)  # path (emitted from the worker thread; queued to the GUI)
    export_failed = Signal(str)  # message

    def __init__(
        self,
        model: SessionModel,
        translations: Translations,
        dialogs: Dialogs,
        settings: Settings,
        parent_widget: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._translations = translations
        self._dialogs = dialogs
        self._settings = settings
        self._parent = parent_widget
        self._executor: ThreadPoolExecutor | None = None
        self.pending: Future[None] | None = None
        self.export_failed.connect(self._show_failure)

    @property
    def _locale(self) -> Literal["da", "en"]:
        return "da" if self._translations.language == "da" else "en"

    # -- building --------------------------------------------------------------------------
    def agreements_builder(self) -> Callable[[], bytes]:
        """A function that builds the sheet from a snapshot taken now (safe on any thread)."""
        session = copy.deepcopy(self._model.session)
        locale = self._locale
        paper = self._settings.paper
        translate = catalogue_translator(locale)

        def build() -> bytes:
            from amk_desktop.export.pdf import build_agreements_sheet  # noqa: PLC0415

            return build_agreements_sheet(session, translate, paper=paper, locale=locale)

        return build

    def blank_sheets_builder(self, copies: int) -> Callable[[], bytes]:
        locale = self._locale
        paper = self._settings.paper
        translate = catalogue_translator(locale)

        def build() -> bytes:
            from amk_desktop.export.pdf import build_blank_sheets  # noqa: PLC0415

            return build_blank_sheets(translate, paper=paper, copies=copies, locale=locale)

        return build

    # -- commands ----------------------------------------------------------------------------
    def export_agreements(self) -> bool:
        name = file_stem(
            self._model.session.details.title,
            QCoreApplication.translate("SheetOutput", "agreements"),
        )
        return self._export(self.agreements_builder(), name)

    def export_blank_sheets(self) -> bool:
        copies = self._dialogs.ask_copies(self._parent())
        if copies is None:
            return False
        name = QCoreApplication.translate("SheetOutput", "dialogue-sheets")
        return self._export(self.blank_sheets_builder(copies), name)

    def _export(self, build: Callable[[], bytes], name: str) -> bool:
        suggested = str(Path(self._settings.last_folder) / f"{name}.pdf")
        path = self._dialogs.ask_save_path(
            self._parent(),
            suggested,
            QCoreApplication.translate("SheetOutput", "PDF documents (*.pdf)"),
        )
        if path is None:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf")
        self.pending = self._executor.submit(self._write, build, path)
        return True

    def _write(self, build: Callable[[], bytes], path: str) -> None:
        from amk_desktop.core.fileformat import SessionFileError, write_file_atomically  # noqa: PLC0415
        from amk_desktop.ui.file_errors import describe  # noqa: PLC0415

        try:
            write_file_atomically(path, build())
        except SessionFileError as error:
            self.export_failed.emit(describe(error, saving=True))
            return
        except Exception as error:
            self.export_failed.emit(f"{path}: {error}")
            return
        self.exported.emit(path)

    def wait(self) -> None:
        if self.pending is not None:
            self.pending.result()

    def _show_failure(self, message: str) -> None:
        self._dialogs.show_error(
            self._parent(), QCoreApplication.translate("SheetOutput", "Export failed"), message
        )

    def print_agreements(self) -> bool:
        return self._dialogs.print_document(self._parent(), self._renderer())

    def preview_agreements(self) -> bool:
        return self._dialogs.preview_document(self._parent(), self._renderer())

    def _renderer(self) -> Callable[[QPrinter], bool]:
        build = self.agreements_builder()

        def render(printer: QPrinter) -> bool:
            from amk_desktop.ui.printing import render_pdf  # noqa: PLC0415

            printer.setDocName(self._model.session.details.title or "AMK Desktop")
            if render_pdf(printer, build()):
                return True
            self._dialogs.show_error(
                self._parent(),
                QCoreApplication.translate("SheetOutput", "Printing failed"),
                QCoreApplication.translate(
                    "SheetOutput",
                    "The printer could not be opened. Check that a printer is installed, or "
                    "export the sheet as PDF instead.",
                ),
            )
            return False

        return render

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
