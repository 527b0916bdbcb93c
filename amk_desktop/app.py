"""The composition root: builds the application, settings, translations and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from amk_desktop import APP_ID, APP_NAME, __version__
from amk_desktop.i18n import Translations
from amk_desktop.resources import data_path
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.window.main_window import MainWindow

ORGANIZATION = "AMK Desktop"
ICON = data_path("icons", "amk-desktop.svg")

__all__ = ["MainWindow", "create_application", "remove_leftovers", "run"]


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


def program_folders(window: MainWindow, settings: Settings) -> list[Path]:
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


def _remove_leftovers_in_background(window: MainWindow, settings: Settings) -> None:
    import threading  # noqa: PLC0415

    folders = program_folders(window, settings)
    # a worker: a recent file's folder may be a slow network share
    threading.Thread(
        target=remove_leftovers, args=(folders,), name="remove-leftovers", daemon=True
    ).start()


def run(argv: Sequence[str], file: str | None = None) -> int:
    app = create_application(argv)
    settings = Settings(QSettings())
    translations = Translations(app)
    translations.apply(settings.language)
    window = MainWindow(settings, translations)
    window.show()
    # once the window is up (also while the recovery question waits for an answer)
    QTimer.singleShot(0, window, lambda: _remove_leftovers_in_background(window, settings))
    window.offer_recovery()
    if file is not None:
        window.open_session(file)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv))
