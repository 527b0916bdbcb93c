"""Files that are never lost: save, open, unsaved-changes prompt, undo, autosave, recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSlider

from amk_desktop.formats import amk
from amk_desktop.ui.services.dialogs import RecoveryChoice, UnsavedChoice
from tests.gui_helpers import run_app, send_mouse, slider_point

pytestmark = pytest.mark.gui


def rate(window, key: str, value: int, qtbot) -> None:
    s = window.findChild(QSlider, f"factor_slider_{key}")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, value))


def test_save_as_writes_a_file_that_loads_and_clears_the_modified_mark(
    window, dialogs, tmp_path, qtbot
) -> None:
    rate(window, "trust", 4, qtbot)
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Unavngivet[*]")
    dialogs.save_path = str(tmp_path / "møde")
    window.save_action.trigger()
    target = tmp_path / "møde.amk"
    assert amk.load_session(target).groups[0].scores["trust"] == 4
    assert not window.isWindowModified()
    assert window.windowTitle() == "møde.amk[*] — AMK Desktop"
    assert window._settings.recent_files == [str(target)]
    # Save again goes to the same file without asking, and keeps a backup of the old one
    rate(window, "trust", 2, qtbot)
    window.save_action.trigger()
    assert [kind for kind in dialogs.kinds() if kind == "save"] == ["save"]
    assert amk.load_session(target).groups[0].scores["trust"] == 2
    assert amk.load_session(amk.backup_path(target)).groups[0].scores["trust"] == 4


@pytest.mark.parametrize(
    ("choice", "closed"),
    [(UnsavedChoice.CANCEL, False), (UnsavedChoice.DISCARD, True), (UnsavedChoice.SAVE, True)],
)
def test_closing_with_unsaved_changes_asks(
    window, dialogs, tmp_path, qtbot, choice, closed
) -> None:
    rate(window, "innovation", 3, qtbot)
    dialogs.unsaved = choice
    dialogs.save_path = str(tmp_path / "gemt.amk")
    assert window.close() is closed
    assert dialogs.kinds()[0] == "unsaved"
    assert (tmp_path / "gemt.amk").exists() is (choice is UnsavedChoice.SAVE)
    if not closed:
        assert window.model.current_group.scores["innovation"] == 3


def test_closing_without_changes_does_not_ask(window, dialogs) -> None:
    assert window.close()
    assert dialogs.calls == []


def test_new_with_unsaved_changes_can_be_cancelled(window, dialogs, qtbot) -> None:
    rate(window, "motivation", 5, qtbot)
    dialogs.unsaved = UnsavedChoice.CANCEL
    window.new_action.trigger()
    assert window.model.current_group.scores["motivation"] == 5
    dialogs.unsaved = UnsavedChoice.DISCARD
    window.new_action.trigger()
    assert window.model.current_group.scores["motivation"] is None
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "tom"),
        (b"{not json", "JSON"),
        (b'{"format": "amk-session", "schema_version": 99}', "nyere version"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_is_never_touched(
    window, dialogs, tmp_path, qtbot, content, words
) -> None:
    rate(window, "trust", 3, qtbot)
    bad = tmp_path / "ødelagt.amk"
    bad.write_bytes(content)
    dialogs.unsaved = UnsavedChoice.DISCARD
    assert window.open_session(str(bad)) is False
    kind, message = dialogs.calls[-1]
    assert kind == "error"
    assert "ødelagt.amk" in message
    assert words in message
    assert "Filen er ikke blevet ændret." in message
    assert bad.read_bytes() == content
    assert window.model.current_group.scores["trust"] == 3  # nothing lost
    assert not amk.backup_path(bad).exists()


def test_open_shows_the_session_and_remembers_it(window, dialogs, tmp_path, qtbot) -> None:
    from amk_desktop.core.session import Session

    session = Session.new("Køkkenet")
    session.groups[0].set_score("resources", 2)
    session.groups[0].notes[0] = "Travlt <&> hele tiden"
    path = tmp_path / "køkken.amk"
    amk.save_session(session, path)
    dialogs.open_path = str(path)
    window.open_action.trigger()
    assert window.model.current_group.name == "Køkkenet"
    assert window.findChild(QPlainTextEdit, "question_notes_1").toPlainText() == (
        "Travlt <&> hele tiden"
    )
    assert window.during_page.chart.group_outline(0).markers
    assert window._settings.recent_files[0] == str(path)
    window._fill_recent_menu()
    assert "køkken.amk" in window.recent_menu.actions()[0].text()


def test_a_dropped_session_file_opens(window, tmp_path, qtbot) -> None:
    from amk_desktop.core.session import Session

    path = tmp_path / "droppet.amk"
    amk.save_session(Session.new("Droppet"), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.model.current_group.name == "Droppet"


def test_one_slider_drag_is_one_undo_step(window, qtbot) -> None:
    s = window.findChild(QSlider, "factor_slider_trust")
    send_mouse(s, QEvent.Type.MouseButtonPress, slider_point(s, 1), Qt.MouseButton.LeftButton)
    for value in (2, 3, 4):
        send_mouse(s, QEvent.Type.MouseMove, slider_point(s, value), Qt.MouseButton.LeftButton)
    send_mouse(s, QEvent.Type.MouseButtonRelease, slider_point(s, 4), Qt.MouseButton.NoButton)
    s.setFocus()
    qtbot.keyClick(s, Qt.Key.Key_Right)  # a separate step
    assert window.model.current_group.scores["trust"] == 5
    window.undo_action.trigger()
    assert window.model.current_group.scores["trust"] == 4
    window.undo_action.trigger()
    assert window.model.current_group.scores["trust"] is None
    assert s.value() == 1 and window.during_page.chart.group_outline(0).markers == ()
    window.redo_action.trigger()
    assert window.model.current_group.scores["trust"] == 4
    assert window.during_page.chart.group_outline(0).markers != ()


def test_typing_burst_is_one_undo_step_and_ctrl_z_in_a_note_undoes_it(window, qtbot) -> None:
    notes = window.findChild(QPlainTextEdit, "question_notes_2")
    notes.setFocus()
    qtbot.keyClicks(notes, "Mere tid")
    assert window.model.current_group.notes[1] == "Mere tid"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.current_group.notes[1] == ""
    assert notes.toPlainText() == ""
    qtbot.keyClick(notes, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == "Mere tid"


def test_adding_a_group_can_be_undone(window, qtbot) -> None:
    qtbot.mouseClick(window.findChild(QPushButton, "add_group_button"), Qt.MouseButton.LeftButton)
    assert len(window.model.groups) == 2
    window.undo_action.trigger()
    assert len(window.model.groups) == 1
    assert window.during_page.group_selector.count() == 1
    assert len(window.during_page.chart._groups) == 1


def test_every_change_is_autosaved_and_a_save_clears_it(window, dialogs, tmp_path, qtbot) -> None:
    autosaver = window.document.autosaver
    rate(window, "knowledge", 2, qtbot)
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        pass  # within AUTOSAVE_DELAY_MS
    autosaver.wait()
    assert amk.load_session(autosaver.path).groups[0].scores["knowledge"] == 2
    dialogs.save_path = str(tmp_path / "gemt.amk")
    window.save_action.trigger()
    assert not autosaver.path.exists()


CRASHING_WINDOW = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from amk_desktop.app import MainWindow
    from amk_desktop.ui.services.settings import Settings
    app = QApplication([])
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(settings, autosave_directory=__import__("pathlib").Path(sys.argv[1]))
    window.model.set_score("trust", 5)
    window.model.set_note(0, "Skrevet lige før strømmen gik ⚡")
    window.document.autosaver.save_now()
    window.document.autosaver.wait()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_work_is_recovered_after_a_killed_process(
    make_window, dialogs, autosave_dir, tmp_path, qtbot
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_WINDOW, str(autosave_dir), str(tmp_path / "s.ini")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == -9, result.stderr
    window = make_window()
    dialogs.recover = RecoveryChoice.RECOVER
    window.offer_recovery()
    assert dialogs.kinds() == ["recover"]
    assert window.model.current_group.scores["trust"] == 5
    assert window.model.current_group.notes[0] == "Skrevet lige før strømmen gik ⚡"
    assert window.isWindowModified()  # recovered work is not saved yet
    window.document.autosaver.wait()
    # the recovered work now lives in this window's autosave; the crashed one is gone
    leftovers = [p.name for p in autosave_dir.glob("*.amk")]
    assert leftovers == [window.document.autosaver.path.name]


def test_a_live_windows_autosave_is_not_offered_to_another(make_window, dialogs, qtbot) -> None:
    first = make_window()
    first.model.set_score("trust", 3)
    first.document.autosaver.save_now()
    first.document.autosaver.wait()
    second = make_window()
    second.offer_recovery()
    assert dialogs.calls == []


def test_later_keeps_the_autosave_for_the_next_start(
    make_window, dialogs, autosave_dir, tmp_path, qtbot
) -> None:
    subprocess.run(
        [sys.executable, "-c", CRASHING_WINDOW, str(autosave_dir), str(tmp_path / "s.ini")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=120,
    )
    window = make_window()
    dialogs.recover = RecoveryChoice.LATER
    window.offer_recovery()
    assert window.model.current_group.scores["trust"] is None
    dialogs.recover = RecoveryChoice.DISCARD
    window.offer_recovery()
    assert dialogs.kinds() == ["recover", "recover"]
    assert list(autosave_dir.glob("*.amk")) == []


def test_the_example_session_opens_from_the_help_menu_as_an_untitled_copy(window, qtbot) -> None:
    window.example_action.trigger()
    session = window.model.session
    assert len(session.groups) >= 2
    assert session.agreements
    assert window.document.path is None  # the shipped example is never overwritten
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Unavngivet")


def test_a_file_open_in_one_window_warns_in_another(make_window, dialogs, tmp_path) -> None:
    from amk_desktop.core.session import Session

    path = tmp_path / "delt.amk"
    amk.save_session(Session.new("Delt"), path)
    first, second = make_window(), make_window()
    assert first.open_session(str(path))
    assert "confirm" not in dialogs.kinds()
    dialogs.confirm_answer = False
    assert second.open_session(str(path)) is False
    assert dialogs.kinds()[-1] == "confirm"
    assert second.document.path is None


def test_undo_names_follow_the_language(window, qtbot) -> None:
    window.model.set_score("trust", 3)
    assert window.undo_action.text() == "&Fortryd ændring af score"
    window.findChild(type(window.undo_action), "language_action_en").trigger()
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Change score")
    window.findChild(type(window.undo_action), "language_action_da").trigger()
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Fortryd ændring af score")


def test_a_file_named_on_the_command_line_opens(qapp, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    import amk_desktop.app as app_module
    from amk_desktop.core.session import Session

    path = tmp_path / "fra-kommandolinjen.amk"
    amk.save_session(Session.new("Kommandolinjen"), path)
    monkeypatch.setattr(
        app_module,
        "QSettings",
        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    code, window = run_app(monkeypatch, ["amk-desktop"], str(path))
    assert code == 0
    try:
        assert window.model.current_group.name == "Kommandolinjen"
        assert window.document.path == path
    finally:
        window._translations.remove()  # run() installed the catalogues on the shared app
        window.model.undo_stack.setClean()
        window.close()
