"""A scripted stand-in for `amk_desktop.ui.services.dialogs.Dialogs`: never blocks, records
every call."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amk_desktop.ui.services.dialogs import ChangedOnDiskChoice, RecoveryChoice, UnsavedChoice


@dataclass
class FakeDialogs:
    open_path: str | None = None
    save_path: str | None = None
    unsaved: UnsavedChoice = UnsavedChoice.DISCARD
    recover: RecoveryChoice = RecoveryChoice.LATER
    changed_on_disk: ChangedOnDiskChoice = ChangedOnDiskChoice.CANCEL
    confirm_answer: bool = True
    printer_pdf: str | None = None  # where the fake print dialog sends the printer's output
    collect_paths: list[str] = field(default_factory=list)
    collect_choice: str | None = "keep_newer"  # or "keep_both", or None for Cancel
    collect_agreements: bool = False  # add the other files' agreements too
    collect_reviews: bool = False  # take their review of the earlier agreements too
    year_paths: list[str] = field(default_factory=list)  # [] = Cancel
    survey_path: str | None = None
    survey_columns: dict[str, str] | None = None  # None: the columns found by name
    survey_import: bool = True  # False: Cancel in the import dialog
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def ask_open_path(self, parent: Any, directory: str) -> str | None:
        self.calls.append(("open", directory))
        return self.open_path

    def ask_collect_paths(self, parent: Any, directory: str) -> list[str]:
        self.calls.append(("collect_paths", directory))
        return list(self.collect_paths)

    def ask_year_paths(self, parent: Any, directory: str) -> list[str]:
        self.calls.append(("year_paths", directory))
        return list(self.year_paths)

    def ask_survey_path(self, parent: Any, directory: str) -> str | None:
        self.calls.append(("survey_path", directory))
        return self.survey_path

    def import_survey(self, parent: Any, file_name: str, table: Any) -> Any:
        """What the real dialog returns when the facilitator presses Import at once (with
        `survey_columns` chosen), or None for Cancel."""
        from amk_desktop.formats.importers.survey_table import (
            SurveyFileError,
            responses_from_table,
        )

        self.calls.append(("import_survey", file_name))
        if not self.survey_import:
            return None
        try:
            return responses_from_table(table, self.survey_columns)
        except SurveyFileError:  # the real dialog's Import button is disabled
            return None

    def preview_collection(self, parent: Any, plan_for: Any) -> Any:
        from amk_desktop.core.collect import Conflict

        plan = plan_for(Conflict.KEEP_NEWER)
        self.calls.append(("collect", [(i.outcome.value, i.name) for i in plan.items]))
        if self.collect_choice is None:
            return None
        return plan_for(
            Conflict(self.collect_choice), self.collect_agreements, self.collect_reviews
        )

    def ask_save_path(self, parent: Any, suggested: str, name_filter: str | None = None):
        self.calls.append(("save", suggested))
        return self.save_path

    def ask_unsaved_changes(self, parent: Any, document: str) -> UnsavedChoice:
        self.calls.append(("unsaved", document))
        return self.unsaved

    def ask_recover(self, parent: Any, description: str) -> RecoveryChoice:
        self.calls.append(("recover", description))
        return self.recover

    def ask_changed_on_disk(self, parent: Any, document: str) -> ChangedOnDiskChoice:
        self.calls.append(("changed_on_disk", document))
        return self.changed_on_disk

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self.calls.append(("confirm", text))
        return self.confirm_answer

    def show_error(self, parent: Any, title: str, message: str) -> None:
        self.calls.append(("error", message))

    def show_about(self, parent: Any, title: str, rich_text: str) -> None:
        self.calls.append(("about", rich_text))

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.printer_pdf or "")
        printer.setResolution(72)
        return printer

    def print_document(self, parent: Any, render) -> bool:
        self.calls.append(("print", None))
        return render(self._printer())

    def preview_document(self, parent: Any, render) -> bool:
        self.calls.append(("preview", None))
        return render(self._printer())

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]

    # -- progress (Print, Print preview): see FakeProgress ------------------------------------
    progresses: list[FakeProgress] = field(default_factory=list)  # every progress() shown
    on_progress: Any = None  # called with each FakeProgress as it opens (a test cancels it)

    def progress(self, parent: Any, title: str, text: str) -> FakeProgress:
        self.calls.append(("progress", title))
        indication = FakeProgress(title, [text])
        self.progresses.append(indication)
        if self.on_progress is not None:
            self.on_progress(indication)
        return indication


@dataclass
class FakeProgress:
    """Stands in for `amk_desktop.ui.services.dialogs.ProgressIndication`: a test sets
    `cancelled` (as the Cancel button does) and reads `texts` and `closed`."""

    title: str
    texts: list[str]
    cancelled: bool = False
    closed: bool = False
    cancel_after: int | None = None  # Cancel is pressed once this many texts followed the first

    def set_text(self, text: str) -> None:
        self.texts.append(text)
        if self.cancel_after is not None and len(self.texts) > self.cancel_after:
            self.cancelled = True

    def close(self) -> None:
        self.closed = True
