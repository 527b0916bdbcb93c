"""The sheets leave the program: export to PDF, print and print preview. Questions go through
`Dialogs`.

The PDF is always built on a worker thread from a copy of the session taken when the command
starts, so the window stays live while the room watches, however long the session:

* Export writes the file on the worker and reports back with `exported` / `export_failed`.
  A name that is (or links to) a session file is refused before anything is written.
* Print and Print preview show a busy indication with a Cancel button (`Dialogs.progress`)
  while the worker builds; Cancel stops the build (`BuildCancelled`) and nothing is printed.
  Then the print (or preview) dialog opens with the finished PDF, which is painted onto the
  printer page by page on the GUI thread (`amk_desktop.ui.services.printing`); a long document shows
  its progress there too, with events processed between pages and Cancel honoured.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from amk_desktop.core.filenames import file_stem
from amk_desktop.core.text import fill
from amk_desktop.i18n import Translations, catalogue_translator
from amk_desktop.ui.services.dialogs import Dialogs
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.session_model import SessionModel

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from PySide6.QtPrintSupport import QPrinter

    from amk_desktop.core.session import Session
    from amk_desktop.core.survey import SurveyResult

# reportlab, threads, printing and the file writer are imported on first use, not at start-up.

# build(cancelled=None) -> the file's bytes (a PDF, or the survey's template); safe on any thread
Builder = Callable[..., bytes]

PROGRESS_PAGES = 20  # a document of more pages shows its printing progress page by page
PREVIEW_DPI = 150  # the preview of a document of more than PROGRESS_PAGES pages
DOC_NAME_LIMIT = 200  # characters of the title given to the print system as the job's name


class Progress(Protocol):
    """What `Dialogs.progress` returns."""

    cancelled: bool

    def set_text(self, text: str) -> None: ...

    def close(self) -> None: ...


class _PrintJob:
    """One Print or Print preview: the busy indication, and the build on the worker."""

    def __init__(self, preview: bool, progress: Progress, doc_name: str) -> None:
        self.preview = preview
        self.progress = progress
        self.doc_name = doc_name
        self.abandoned = False  # the window is closing
        self.future: Future[None] | None = None

    def cancelled(self) -> bool:
        """Asked by the worker while it builds (a plain attribute read: thread-safe)."""
        return self.abandoned or self.progress.cancelled


class SheetOutput(QObject):
    exported = Signal(str)  # path (emitted from the worker thread; queued to the GUI)
    export_failed = Signal(str)  # message
    printed = Signal(bool)  # a print (False) or preview (True) went to its dialog
    print_cancelled = Signal()  # Cancel was pressed while the sheet was being prepared
    _built = Signal(object, object)  # job, PDF bytes | exception | None (cancelled); queued

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
        self.print_job: _PrintJob | None = None
        self.export_failed.connect(self._show_failure)
        self._built.connect(self._on_built)

    @property
    def _locale(self) -> Literal["da", "en"]:
        return "da" if self._translations.language == "da" else "en"

    def _worker(self) -> ThreadPoolExecutor:
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf")
        return self._executor

    # -- building --------------------------------------------------------------------------
    def agreements_builder(self) -> Builder:
        """A function that builds the sheet from a snapshot taken now (safe on any thread);
        it takes an optional `cancelled` callable (see `build_agreements_sheet`)."""
        session = copy.deepcopy(self._model.session)
        locale = self._locale
        paper = self._settings.paper
        translate = catalogue_translator(locale)

        def build(cancelled: Callable[[], bool] | None = None) -> bytes:
            from amk_desktop.export import build_agreements_sheet  # noqa: PLC0415

            return build_agreements_sheet(
                session, translate, paper=paper, locale=locale, cancelled=cancelled
            )

        return build

    def blank_sheets_builder(self, copies: int) -> Builder:
        locale = self._locale
        paper = self._settings.paper
        translate = catalogue_translator(locale)

        def build(cancelled: Callable[[], bool] | None = None) -> bytes:
            from amk_desktop.export import build_blank_sheets  # noqa: PLC0415

            return build_blank_sheets(
                translate, paper=paper, copies=copies, locale=locale, cancelled=cancelled
            )

        return build

    # -- export ------------------------------------------------------------------------------
    def export_agreements(self) -> bool:
        name = file_stem(
            self._model.session.details.title,
            QCoreApplication.translate("SheetOutput", "agreements"),
        )
        return self._export(self.agreements_builder(), name)

    def export_blank_sheets(self, copies: int) -> bool:
        """The blank dialogue sheets for `copies` groups on paper (chosen beside the button on
        Før, never asked in a dialog mid-meeting)."""
        name = QCoreApplication.translate("SheetOutput", "dialogue-sheets")
        return self._export(self.blank_sheets_builder(copies), name)

    # -- the survey (issue 13) and the year (issue 12) -------------------------------------------
    def _builder(self, module: str, function: str, *first: object, **keywords: object) -> Builder:
        """A builder of `amk_desktop.export.<module>.<function>(*first, translate, paper=,
        locale=, cancelled=, **keywords)` in the language and on the paper chosen now (the
        module is imported on the worker, like the other sheets')."""
        locale = self._locale
        paper = self._settings.paper
        translate = catalogue_translator(locale)

        def build(cancelled: Callable[[], bool] | None = None) -> bytes:
            import importlib  # noqa: PLC0415

            build_sheet = getattr(importlib.import_module(f"amk_desktop.export.{module}"), function)
            data: bytes = build_sheet(
                *first, translate, paper=paper, locale=locale, cancelled=cancelled, **keywords
            )
            return data

        return build

    def _today(self) -> str:
        """Today as the printed sheets write dates (the date a report is made)."""
        from amk_desktop.core.dates import written_date  # noqa: PLC0415

        return written_date(QDate.currentDate().toString(Qt.DateFormat.ISODate), self._locale)

    def export_survey_report(self, result: SurveyResult, source: str, answers: int) -> bool:
        """The survey report of `result` (read from the file called `source`, `answers`
        answers), made today."""
        build = self._builder(
            "survey_report",
            "build_survey_report",
            result,
            source=source,
            answers=answers,
            made=self._today(),
        )
        return self._export(build, QCoreApplication.translate("SheetOutput", "survey-report"))

    def export_annual_record(self, sessions: list[tuple[str, Session]]) -> bool:
        """The annual work-environment discussion record (issue 12) from `sessions` (name,
        session; the chains they carry come along), made today."""
        from amk_desktop.core.annual import chain_is_full, year_meetings  # noqa: PLC0415

        build = self._builder(
            "annual_record",
            "build_annual_record",
            year_meetings(copy.deepcopy(sessions)),
            sources=", ".join(name for name, _session in sessions),
            made=self._today(),
            chain_full=chain_is_full(sessions),
        )
        return self._export(build, QCoreApplication.translate("SheetOutput", "annual-discussion"))

    def export_questionnaire(self) -> bool:
        """NFA's eight statements to tick, for a survey on paper."""
        build = self._builder("survey_report", "build_survey_questionnaire")
        return self._export(build, QCoreApplication.translate("SheetOutput", "questionnaire"))

    def export_survey_template(self) -> bool:
        """The blank answers file: an Excel workbook, or CSV when the facilitator names a
        .csv file."""
        translate = catalogue_translator(self._locale)

        def build(cancelled: Callable[[], bool] | None = None) -> bytes:
            from amk_desktop.export.survey_report import survey_template_xlsx  # noqa: PLC0415

            return survey_template_xlsx(translate)

        def build_csv(cancelled: Callable[[], bool] | None = None) -> bytes:
            from amk_desktop.export.survey_report import survey_template_csv  # noqa: PLC0415

            return survey_template_csv()

        return self._export(
            build,
            QCoreApplication.translate("SheetOutput", "survey-answers"),
            ".xlsx",
            QCoreApplication.translate(
                "SheetOutput", "Excel workbooks (*.xlsx);;CSV files (*.csv)"
            ),
            {".csv": build_csv},
        )

    def _export(
        self,
        build: Builder,
        name: str,
        suffix: str = ".pdf",
        name_filter: str | None = None,
        other_kinds: dict[str, Builder] | None = None,
    ) -> bool:
        """Ask where, then write what `build` makes on the worker. A name ending in one of
        `other_kinds`' suffixes is written by that builder instead."""
        from amk_desktop.formats.amk import SessionFileError, check_output_target  # noqa: PLC0415
        from amk_desktop.ui.services.file_errors import describe  # noqa: PLC0415

        suggested = str(Path(self._settings.last_folder) / f"{name}{suffix}")
        path = self._dialogs.ask_save_path(
            self._parent(),
            suggested,
            name_filter or QCoreApplication.translate("SheetOutput", "PDF documents (*.pdf)"),
        )
        if path is None:
            return False
        for other, other_build in (other_kinds or {}).items():
            if path.lower().endswith(other):
                build, suffix = other_build, other
        if not path.lower().endswith(suffix):
            path += suffix
        try:  # never a PDF over a session file, nor through a link to one
            check_output_target(path)
        except SessionFileError as error:
            self._show_failure(describe(error, saving=True))
            return False
        self.pending = self._worker().submit(self._write, build, path)
        return True

    def _write(self, build: Builder, path: str) -> None:
        from amk_desktop.formats.amk import (  # noqa: PLC0415
            SessionFileError,
            check_output_target,
            write_file_atomically,
        )
        from amk_desktop.ui.services.file_errors import describe  # noqa: PLC0415

        try:
            data = build()
            check_output_target(path)  # again: the name may have changed while building
            write_file_atomically(path, data)
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

    # -- print and preview -------------------------------------------------------------------
    def print_agreements(self) -> bool:
        """Build the sheet on the worker (busy indication, Cancel), then print it. True when
        the build started."""
        return self._start_print(preview=False)

    def preview_agreements(self) -> bool:
        return self._start_print(preview=True)

    def _start_print(self, *, preview: bool) -> bool:
        if self.print_job is not None:  # one at a time: the indication is window-modal
            return False
        build = self.agreements_builder()
        title = self._model.session.details.title.strip() or "AMK Desktop"
        progress = self._dialogs.progress(
            self._parent(),
            QCoreApplication.translate("SheetOutput", "Print agreements sheet"),
            QCoreApplication.translate("SheetOutput", "Preparing the agreements sheet…"),
        )
        job = _PrintJob(preview, progress, title[:DOC_NAME_LIMIT])
        self.print_job = job
        job.future = self._worker().submit(self._build_for_print, job, build)
        return True

    def _build_for_print(self, job: _PrintJob, build: Builder) -> None:
        """On the worker thread: the PDF, None when cancelled, or the exception."""
        from amk_desktop.export import BuildCancelled  # noqa: PLC0415

        result: Any
        try:
            result = build(cancelled=job.cancelled)
        except BuildCancelled:
            result = None
        except Exception as error:
            result = error
        self._built.emit(job, result)

    def _on_built(self, job: _PrintJob, result: object) -> None:
        """Back on the GUI thread: open the print or preview dialog with the finished PDF."""
        if job is not self.print_job:
            return
        self.print_job = None
        job.progress.close()
        if result is None or job.cancelled():
            self.print_cancelled.emit()
            return  # cancelled: nothing is printed
        if not isinstance(result, bytes):
            self._print_failure(str(result))
            return
        render = self._renderer(result, job.doc_name, job.preview)
        if job.preview:
            self._dialogs.preview_document(self._parent(), render)
        else:
            self._dialogs.print_document(self._parent(), render)
        self.printed.emit(job.preview)

    def _renderer(self, pdf: bytes, doc_name: str, preview: bool) -> Callable[[QPrinter], bool]:
        """Paints the built PDF onto a printer (called by the print dialog, or by the preview
        dialog each time it needs its pages). A long document shows its progress page by page
        and can be cancelled there."""
        from amk_desktop.ui.services.printing import MAX_DPI, page_count, render_pdf  # noqa: PLC0415

        pages = page_count(pdf)

        def render(printer: QPrinter) -> bool:
            printer.setDocName(doc_name)
            progress: Progress | None = None
            if pages > PROGRESS_PAGES:
                parent = QApplication.activeModalWidget() or self._parent()
                progress = self._dialogs.progress(
                    parent,
                    QCoreApplication.translate("SheetOutput", "Print agreements sheet"),
                    QCoreApplication.translate("SheetOutput", "Preparing the agreements sheet…"),
                )
            template = QCoreApplication.translate("SheetOutput", "Page %1 of %2…")

            def step(done: int, total: int) -> bool:
                assert progress is not None
                progress.set_text(fill(template, done, total))
                QCoreApplication.processEvents()
                return not progress.cancelled

            try:
                dpi = PREVIEW_DPI if preview and progress is not None else MAX_DPI
                painted = render_pdf(printer, pdf, progress=step if progress else None, max_dpi=dpi)
            finally:
                if progress is not None:
                    progress.close()
            if painted:
                return True
            self._print_failure(
                QCoreApplication.translate(
                    "SheetOutput",
                    "The printer could not be opened. Check that a printer is installed, or "
                    "export the sheet as PDF instead.",
                )
            )
            return False

        return render

    def _print_failure(self, message: str) -> None:
        self._dialogs.show_error(
            self._parent(), QCoreApplication.translate("SheetOutput", "Printing failed"), message
        )

    def shutdown(self) -> None:
        """Stop a print that is being prepared (it is not needed any more) and wait for the
        worker: an export being written is finished."""
        if self.print_job is not None:
            self.print_job.abandoned = True
            self.print_job.progress.close()
            self.print_job = None
        if self._executor is not None:
            self._executor.shutdown(wait=True)
