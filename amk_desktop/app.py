"""The composition root: builds the application and the services (settings, translations,
dialogs, appearance, the autosave folder) once, and hands them to the main window.

`MainWindow()` here is the one-line way to a complete window: it builds whatever services it is
not given and the window (`amk_desktop.ui.window.main_window.MainWindow`, which only takes them).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from amk_desktop import APP_ID, APP_NAME, __version__
from amk_desktop.core.session import Session
from amk_desktop.i18n import Translations
from amk_desktop.resources import data_path
from amk_desktop.ui.services import WindowServices, autosave
from amk_desktop.ui.services.dialogs import Dialogs
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.widgets.appearance import Appearance
from amk_desktop.ui.window import main_window

ORGANIZATION = "AMK Desktop"
ICON = data_path("icons", "amk-desktop.svg")

__all__ = [
    "DocumentOpener",
    "MainWindow",
    "build_services",
    "create_application",
    "remove_leftovers",
    "run",
]


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QCoreApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def build_services(
    settings: Settings | None = None,
    translations: Translations | None = None,
    dialogs: Dialogs | None = None,
    autosave_directory: Path | None = None,
    appearance: Appearance | None = None,
    clock: Callable[[], float] | None = None,
    today: Callable[[], date] | None = None,
) -> WindowServices:
    """The services of a window: those given, and the program's own for the rest (the
    settings in QSettings' usual place, the catalogues, real dialogs, the autosave folder in
    the user's data folder). Needs a running QApplication."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("a main window needs a running QApplication (create_application)")
    return WindowServices(
        settings=settings if settings is not None else Settings(),
        translations=translations if translations is not None else Translations(app),
        dialogs=dialogs if dialogs is not None else Dialogs(),
        appearance=appearance if appearance is not None else Appearance(app),
        autosave_directory=autosave_directory or autosave.default_directory(),
        clock=clock if clock is not None else time.monotonic,
        today=today if today is not None else date.today,
    )


class MainWindow(main_window.MainWindow):
    """The complete main window in one line: `MainWindow()`, or with some services given
    (tests pass settings in a temporary file, scripted dialogs, an autosave folder)."""

    def __init__(
        self,
        settings: Settings | None = None,
        translations: Translations | None = None,
        session: Session | None = None,
        dialogs: Dialogs | None = None,
        autosave_directory: Path | None = None,
        appearance: Appearance | None = None,
        clock: Callable[[], float] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        services = build_services(
            settings, translations, dialogs, autosave_directory, appearance, clock, today
        )
        super().__init__(services, session)


def program_folders(window: main_window.MainWindow, settings: Settings) -> list[Path]:
    """The folders this program writes to: the autosave folders and those of the recent
    files (where saves killed half-way may have left temporary files)."""
    recent = [Path(path).parent for path in settings.recent_files if os.path.isabs(path)]
    return list(dict.fromkeys([*window.document.autosaver.directories, *recent]))


def remove_leftovers(folders: Iterable[Path]) -> int:
    """Remove what saves killed half-way left in `folders` (hidden ``.NAME.amk.XXXXXXXX.tmp``
    files older than a minute, see `amk.remove_stale_temporary_files`). Never raises;
    returns how many files were removed."""
    from amk_desktop.formats import amk  # noqa: PLC0415 - not needed to paint the window

    removed = 0
    for folder in folders:
        try:
            removed += amk.remove_stale_temporary_files(folder)
        except (OSError, ValueError):  # a NUL in a name from the settings, say
            continue
    return removed


def _remove_leftovers_in_background(window: main_window.MainWindow, settings: Settings) -> None:
    import threading  # noqa: PLC0415

    folders = program_folders(window, settings)
    # a worker: a recent file's folder may be a slow network share
    threading.Thread(
        target=remove_leftovers, args=(folders,), name="remove-leftovers", daemon=True
    ).start()


class DocumentOpener(QObject):
    """Files the system asks the program to open (macOS: a double-clicked .amk document comes
    as a QFileOpenEvent to the application, not in argv). Those that come before the window is
    there wait for it; `open_with` then opens them in order."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.waiting: list[str] = []
        self._open: Callable[[str], object] | None = None
        app.installEventFilter(self)

    def open_with(self, open_file: Callable[[str], object]) -> None:
        self._open = open_file
        waiting, self.waiting = self.waiting, []
        for path in waiting:
            open_file(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                if self._open is None:
                    self.waiting.append(path)
                else:
                    # after the event returns: the open may ask a question (a modal dialog)
                    open_file = self._open
                    QTimer.singleShot(0, self, lambda: open_file(path))
                return True
        return super().eventFilter(watched, event)


class _QuitAfterFirstPaint(QObject):
    """For benchmarks/bench_bundle.py (AMK_QUIT_AFTER_FIRST_PAINT=1): the program ends once
    the main window's first frame is painted, so a whole process's time is its cold start,
    measured the same way for the virtual environment and the built bundle."""

    def __init__(self, window: main_window.MainWindow) -> None:
        super().__init__(window)
        self._window = window
        QCoreApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def run(argv: Sequence[str], file: str | None = None) -> int:
    app = create_application(argv)
    opener = DocumentOpener(app)
    settings = Settings(QSettings())
    translations = Translations(app)
    translations.apply(settings.language)
    window = MainWindow(settings, translations)  # (the other services: the program's own)
    if os.environ.get("AMK_QUIT_AFTER_FIRST_PAINT"):
        _QuitAfterFirstPaint(window)
    window.show()
    # What start-up built lives as long as the program: out of the garbage collector's sight,
    # so its full collections (every ~20 autosaves) stop pausing the window 40-50 ms.
    gc.freeze()
    # once the window is up (also while the recovery question waits for an answer)
    QTimer.singleShot(0, window, lambda: _remove_leftovers_in_background(window, settings))
    window.offer_recovery()
    if file is not None:
        window.open_session(file)
    opener.open_with(window.open_session)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv))
