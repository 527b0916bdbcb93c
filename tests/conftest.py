"""Test set-up: Qt runs offscreen, settings go to a throwaway file, and every GUI test cleans up
its windows so nothing is left for interpreter shutdown."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything creates a Qt platform


def pytest_configure(config) -> None:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)  # default folders go to ~/.qttest, never real data


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from amk_desktop.ui.services.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp) -> Iterator:
    from amk_desktop.i18n import Translations

    translations = Translations(qapp)
    yield translations
    translations.remove()


@pytest.fixture
def danish(translations):
    translations.apply("da")
    return translations


@pytest.fixture
def dialogs():
    from tests.fakes import FakeDialogs

    return FakeDialogs()


@pytest.fixture
def autosave_dir(tmp_path: Path) -> Path:
    return tmp_path / "autosave"


@pytest.fixture
def make_window(qtbot, settings, danish, dialogs, autosave_dir):
    """Builds real main windows in Danish with fake dialogs and a throwaway autosave folder."""
    from amk_desktop.app import MainWindow

    def make(**kwargs):
        win = MainWindow(
            settings, danish, dialogs=dialogs, autosave_directory=autosave_dir, **kwargs
        )
        qtbot.addWidget(win)
        return win

    return make


@pytest.fixture
def window(qtbot, make_window):
    """The real main window in Danish at laptop size, on the Under step."""
    win = make_window()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_step("during")
    return win


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch) -> None:
    """A real modal dialog would hang a headless test run: make it fail the test instead."""
    from amk_desktop.ui.services.dialogs import Dialogs

    def refuse(name: str):
        def fail(*_args, **_kwargs):
            raise AssertionError(f"a real dialog ({name}) was opened in a test")

        return fail

    for name in [
        n
        for n in vars(Dialogs)
        if n.startswith(("ask_", "confirm", "show_", "preview_", "import_"))
    ]:
        monkeypatch.setattr(Dialogs, name, refuse(name))


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
