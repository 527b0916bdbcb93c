"""The composition root: builds the application, settings, translations and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from amk_desktop import APP_ID, APP_NAME, __version__
from amk_desktop.ui.i18n import Translations
from amk_desktop.ui.main_window import MainWindow
from amk_desktop.ui.settings import Settings

ORGANIZATION = "AMK Desktop"
ICON = Path(__file__).resolve().parent / "data" / "icons" / "amk-desktop.svg"

__all__ = ["MainWindow", "create_application", "run"]


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


def run(argv: Sequence[str], file: str | None = None) -> int:
    app = create_application(argv)
    settings = Settings(QSettings())
    translations = Translations(app)
    translations.apply(settings.language)
    window = MainWindow(settings, translations)
    window.show()
    window.offer_recovery()
    if file is not None:
        window.open_session(file)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv))
