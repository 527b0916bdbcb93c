"""Test set-up: Qt runs offscreen, settings go to a throwaway file, and every GUI test cleans up
its windows so nothing is left for interpreter shutdown."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from amk_desktop.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp) -> Iterator:
    from amk_desktop.ui.i18n import Translations

    translations = Translations(qapp)
    yield translations
    translations.remove()


@pytest.fixture
def danish(translations):
    translations.apply("da")
    return translations


@pytest.fixture
def window(qtbot, settings, danish):
    """The real main window in Danish at laptop size, on the Under step."""
    from amk_desktop.app import MainWindow

    win = MainWindow(settings, danish)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_step("during")
    return win


@pytest.fixture(autouse=True)
def _drain_qt_objects(request) -> Iterator[None]:
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
