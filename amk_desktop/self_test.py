"""`amk-desktop --self-test`: checks an installed program or a built bundle without a person
(issue 11). Offscreen, with its own settings and autosave folder in a temporary folder, it

1. starts Qt and creates the main window,
2. loads both languages (ours and Qt's own Danish catalogue),
3. opens the example session,
4. renders the live chart and checks that it drew something,
5. writes the agreements sheet as PDF to the temporary folder and checks it,
6. prints it as the Print command does (rendered by PDFium) to a PDF file, after asking the
   print system for its printers (CUPS on Linux: the machine's own client library),

and returns 0, or 1 with the one thing that failed on stderr. It touches nothing of the user's:
no settings, no autosave, no recent files."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from amk_desktop import APP_NAME, __version__

Step = tuple[str, Callable[[], str]]


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Each step in turn, a line for each; stops at the first that fails."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, and none is touched
    with tempfile.TemporaryDirectory(prefix="amk-self-test-") as folder:
        checks = _Checks(Path(folder))
        steps: list[Step] = [
            ("Qt and the main window", checks.window),
            ("Danish and English", checks.languages),
            ("the example session", checks.example),
            ("the live chart", checks.chart),
            ("a PDF", checks.pdf),
            ("printing", checks.printing),
        ]
        out(f"{APP_NAME} {__version__} self-test (Python {sys.version.split()[0]})")
        for name, step in steps:
            try:
                detail = step()
            except Exception as error:  # the point: report whatever broke, as one line
                print(f"self-test failed: {name}: {type(error).__name__}: {error}", file=sys.stderr)
                if os.environ.get("AMK_SELF_TEST_TRACE"):
                    traceback.print_exc()
                checks.close()
                return 1
            out(f"ok  {name}: {detail}")
        checks.close()
    out("self-test passed")
    return 0


class _Checks:
    """The steps, in order; each returns a few words of what it saw or raises."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def window(self) -> str:
        from PySide6.QtCore import QSettings, qVersion  # noqa: PLC0415

        from amk_desktop.app import MainWindow, create_application  # noqa: PLC0415
        from amk_desktop.i18n import Translations  # noqa: PLC0415
        from amk_desktop.ui.services.dialogs import Dialogs, UnsavedChoice  # noqa: PLC0415
        from amk_desktop.ui.services.settings import Settings  # noqa: PLC0415

        class NoQuestions(Dialogs):
            """Nobody is there to answer: the example's copy is never saved."""

            def ask_unsaved_changes(self, parent: object, document: str) -> UnsavedChoice:
                return UnsavedChoice.DISCARD

        self.app = create_application([sys.argv[0] if sys.argv else "amk-desktop"])
        settings = Settings(
            QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.translations = Translations(self.app)
        self.translations.apply("da")
        self.main = MainWindow(
            settings,
            self.translations,
            dialogs=NoQuestions(),
            autosave_directory=self.folder / "autosave",
        )
        self.main.resize(1366, 768)
        self.main.show()
        self.app.processEvents()
        return f"Qt {qVersion()}, {self.app.platformName()}"

    def languages(self) -> str:
        from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

        danish = QCoreApplication.translate("MainWindow", "&File")
        qt_context = "QPlatformTheme"  # Qt's catalogue, not ours (a variable: lupdate skips it)
        qt_danish = QCoreApplication.translate(qt_context, "Cancel")
        if danish != "&Filer":
            raise RuntimeError(f"our Danish catalogue is missing (File is {danish!r})")
        if qt_danish == "Cancel":
            raise RuntimeError("Qt's Danish catalogue (qtbase_da) is missing")
        self.translations.apply("en")
        english = QCoreApplication.translate("MainWindow", "&File")
        self.translations.apply("da")
        self.app.processEvents()
        if english != "&File":
            raise RuntimeError(f"English gives {english!r}")
        return f"Filer/File, Qt: {qt_danish}"

    def example(self) -> str:
        if not self.main.open_example():
            raise RuntimeError("the example session did not open")
        groups = self.main.model.groups
        if not groups or not any(group.rated_count for group in groups):
            raise RuntimeError("the example session has no rated group")
        return f"{len(groups)} groups"

    def chart(self) -> str:
        self.main.show_step("during")
        for _ in range(5):
            self.app.processEvents()
        chart = self.main.during_page.chart
        if chart is None:
            raise RuntimeError("the chart was not built")
        image = chart.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the chart painted nothing")
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        if len(colours) < 4:
            raise RuntimeError("the chart is blank")
        return f"{image.width()}x{image.height()} px, {len(colours)} colours"

    def pdf(self) -> str:
        from amk_desktop.export import build_agreements_sheet  # noqa: PLC0415
        from amk_desktop.i18n import catalogue_translator  # noqa: PLC0415

        data = build_agreements_sheet(self.main.model.session, catalogue_translator("da"))
        path = self.folder / "self-test.pdf"
        path.write_bytes(data)
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise RuntimeError("the PDF is not complete")
        self.sheet = data
        return f"{len(data) // 1024} KB"

    def printing(self) -> str:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # noqa: PLC0415

        from amk_desktop.ui.services.printing import page_count, render_pdf  # noqa: PLC0415

        printers = QPrinterInfo.availablePrinterNames()  # the print system's plugin loads
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / "printed.pdf"
        printer.setOutputFileName(str(path))
        if not render_pdf(printer, self.sheet, max_dpi=72):
            raise RuntimeError("the printer could not be opened")
        printed = path.read_bytes() if path.exists() else b""
        if not printed.startswith(b"%PDF-"):
            raise RuntimeError("nothing was printed")
        return f"{page_count(self.sheet)} pages printed; {len(printers)} printers known"

    def close(self) -> None:
        main = getattr(self, "main", None)
        if main is not None:
            main.close()
            main.deleteLater()
        translations = getattr(self, "translations", None)
        if translations is not None:
            translations.remove()  # the process may go on (a test): leave no catalogue behind
