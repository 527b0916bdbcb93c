"""Recovery after a crash, whatever state the recovery folder is in; process locks; an unusable
data folder; leftovers of killed saves.

A crashed window leaves ``<id>.amk`` (the autosave), ``<id>.json`` (original file, time) and
``<id>.lock`` in the autosave folder. Any of the latter two may be damaged (a disk error, a
sync tool, a user with an editor, a PID reused by another process): a valid autosave must still
be offered, and start-up must never stop.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from amk_desktop.core.session import Session
from amk_desktop.formats import amk
from amk_desktop.formats.process_lock import LockStatus, ProcessLock
from tests.gui_helpers import run_app

ROOT = Path(__file__).resolve().parent.parent
SAVED_AT = "2025-03-14T09:30:00Z"
ORIGINAL = "/no/such/folder/møde.amk"  # absolute, as the program writes it; does not exist
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file system features")


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch) -> Path:
    """The fallback autosave folder lies in the temporary folder: keep it in tmp_path."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def english(translations):
    translations.apply("en")
    return translations


@pytest.fixture
def make_en_window(qtbot, settings, english, dialogs, autosave_dir):
    """Main windows in English (the texts asserted here are not translated yet) with fake
    dialogs, on `autosave_dir` or the folder given."""
    from amk_desktop.app import MainWindow

    def make(directory: Path | None = None):
        win = MainWindow(
            settings, english, dialogs=dialogs, autosave_directory=directory or autosave_dir
        )
        qtbot.addWidget(win)
        return win

    return make


def crashed_autosave(folder: Path, *, trust: int = 4, original: str = ORIGINAL) -> Path:
    """What a killed window leaves: a valid autosave, its metadata and its lock file (the lock
    itself died with the process)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = os.urandom(16).hex()
    session = Session.new("Gendannet")
    session.groups[0].scores["trust"] = trust
    autosave = folder / f"{name}.amk"
    amk.write_file_atomically(autosave, amk.to_bytes(session, compact=True))
    meta = {"original": original, "saved_at": SAVED_AT}
    autosave.with_suffix(".json").write_text(json.dumps(meta), "utf-8")
    autosave.with_suffix(".lock").write_bytes(b"")
    return autosave


# ------------------------------------------------------------------ damaged recovery state


def _replace(path: Path, data: bytes) -> None:
    path.unlink(missing_ok=True)
    path.write_bytes(data)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def _folder(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.mkdir()
    (path / "inside").write_text("x")


def _link(target: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        path.unlink(missing_ok=True)
        path.symlink_to(target)

    return damage


def _fifo(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


def _unreadable(path: Path) -> None:
    path.chmod(0)


def _json(value: object) -> Callable[[Path], None]:
    return lambda path: _replace(path, json.dumps(value).encode())


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: _replace(path, data)


def _qt_lock_of_a_live_process(path: Path) -> None:
    """A QLockFile as the old program wrote it, naming a process that is alive (this one: its
    PID "reused"), with the right host and program name."""
    from PySide6.QtCore import QLockFile

    other = QLockFile(str(path.with_name("other.lock")))
    assert other.tryLock(0)
    content = path.with_name("other.lock").read_bytes()
    other.unlock()
    _replace(path, content)


SIDECAR_DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing": _remove,
    "empty": _bytes(b""),
    "whitespace": _bytes(b" \n\t\r\n"),
    "garbled": _bytes(b'{"original": "/x.amk", "saved_at": 2025-0'),
    "truncated": _bytes(b'{"original": "/x.amk", "saved_'),
    "100000 nested [": _bytes(b"[" * 100_000),
    "100000 nested { within the size cap": _bytes(b'{"a":' * 3000),
    "nested list in a field": _bytes(b'{"original": ' + b"[" * 2000 + b"]" * 2000 + b"}"),
    "huge (5 MB)": _bytes(b'{"original": "/' + b"a" * 5_000_000 + b'", "saved_at": "x"}'),
    "binary": _bytes(bytes(range(256)) * 8),
    "invalid UTF-8": _bytes(b'{"original": "/\xff\xfe.amk", "saved_at": "2025-03-14T09:30:00Z"}'),
    "NUL bytes": _bytes(b"\x00" * 1000),
    "top level list": _json(["/x.amk", SAVED_AT]),
    "top level string": _json("/x.amk"),
    "top level number": _bytes(b"1e999999"),
    "wrong types": _json({"original": 5, "saved_at": None}),
    "NaN": _bytes(b'{"original": NaN, "saved_at": Infinity}'),
    "time not a time": _json({"original": ORIGINAL, "saved_at": "yesterday"}),
    "time 30 February": _json({"original": ORIGINAL, "saved_at": "2025-02-30T10:00:00Z"}),
    "time not UTC": _json({"original": ORIGINAL, "saved_at": "2025-03-14T09:30:00+02:00"}),
    "relative original": _json({"original": "møde.amk", "saved_at": SAVED_AT}),
    "original with NUL": _json({"original": "/x\x00.amk", "saved_at": SAVED_AT}),
    "original too long": _json({"original": "/" + "a" * 5000, "saved_at": SAVED_AT}),
    "missing fields": _json({}),
    "folder": _folder,
    "symlink to /dev/zero": _link("/dev/zero"),
    "symlink to itself": _remove,  # made by damage(): a link needs its own name
    "dangling symlink": _link("/no/such/file.json"),
    "named pipe": _fifo,
    "unreadable": _unreadable,
}

LOCK_DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing": _remove,
    "empty": _bytes(b""),
    "garbled": _bytes(os.urandom(200)),
    "huge (5 MB)": _bytes(b"\xff" * 5_000_000),
    "PID 1 (alive), old format": _bytes(f"1\namk-desktop\n{socket.gethostname()}\n".encode()),
    "PID reused by a live process": _qt_lock_of_a_live_process,
    "folder": _folder,
    "symlink to /dev/zero": _link("/dev/zero"),
    "dangling symlink": _link("/no/such/file.lock"),
    "named pipe": _fifo,
    "unreadable": _unreadable,
}

BOTH_DAMAGED: dict[str, tuple[str, str]] = {
    "nested sidecar, live PID lock": ("100000 nested [", "PID reused by a live process"),
    "empty sidecar, empty lock": ("empty", "empty"),
    "folder sidecar, folder lock": ("folder", "folder"),
    "/dev/zero sidecar, /dev/zero lock": ("symlink to /dev/zero", "symlink to /dev/zero"),
}


def damage(autosave: Path, sidecar: str | None, lock: str | None) -> None:
    for kind, suffix, table in (
        (sidecar, ".json", SIDECAR_DAMAGE),
        (lock, ".lock", LOCK_DAMAGE),
    ):
        if kind is None:
            continue
        path = autosave.with_suffix(suffix)
        if kind == "symlink to itself":
            path.unlink()
            path.symlink_to(path.name)
        else:
            table[kind](path)


CASES: list[tuple[str, str | None, str | None]] = [
    *((f"sidecar {kind}", kind, None) for kind in SIDECAR_DAMAGE),
    *((f"lock {kind}", None, kind) for kind in LOCK_DAMAGE),
    *((name, sidecar, lock) for name, (sidecar, lock) in BOTH_DAMAGED.items()),
]
UNKNOWN = "A session whose file and time are unknown (its recovery information is damaged)."


@posix_only
@pytest.mark.gui
@pytest.mark.timeout(60)  # the old QLockFile read a lock linked to /dev/zero for ever
@pytest.mark.parametrize(("case", "sidecar", "lock"), CASES, ids=[c[0] for c in CASES])
def test_damaged_recovery_state_never_hides_a_valid_autosave(
    make_en_window, dialogs, autosave_dir, case, sidecar, lock
) -> None:
    from amk_desktop.ui.services.dialogs import RecoveryChoice

    autosave = crashed_autosave(autosave_dir, trust=4)
    damage(autosave, sidecar, lock)
    window = make_en_window()
    dialogs.recover = RecoveryChoice.LATER
    window.offer_recovery()  # must not raise (RecursionError, OSError ...) nor hang
    assert dialogs.kinds() == ["recover"], case
    description = dialogs.calls[0][1]
    if sidecar is None or (sidecar == "unreadable" and IS_ROOT):  # root reads it anyway
        assert description.startswith("“møde.amk”, last autosaved 14/03/2025"), description
    else:
        assert description == UNKNOWN
    # "decide later" kept it; now recover it
    dialogs.recover = RecoveryChoice.RECOVER
    window.offer_recovery()
    assert dialogs.kinds() == ["recover", "recover"]
    assert window.model.current_group.scores["trust"] == 4
    assert window.document.path is None  # the original is unknown or gone
    assert window.isWindowModified()
    assert not autosave.exists()  # the recovered work lives in this window's autosave now
    window.document.autosaver.wait()
    assert amk.load_session(window.document.autosaver.path).groups[0].scores["trust"] == 4


STARTUP = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from amk_desktop import app
    from amk_desktop.ui.services import autosave
    from amk_desktop.ui.services.dialogs import Dialogs, RecoveryChoice

    offered = []

    def ask_recover(self, parent, description):
        offered.append(description)
        return RecoveryChoice.LATER

    def show_error(self, parent, title, message):
        raise AssertionError(message)

    Dialogs.ask_recover = ask_recover
    Dialogs.show_error = show_error
    QApplication.exec = lambda self: 0
    code = app.run(["amk-desktop"])
    print("FOLDER", autosave.default_directory())
    print("OFFERED", len(offered))
    sys.exit(code)
    """
)


def start_up(home: Path) -> subprocess.CompletedProcess[str]:
    """The real start-up (`app.run`) in a child process with its own data folders."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "TMPDIR": str(home / "tmp"),
    }
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", STARTUP],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@posix_only
def test_start_up_offers_every_valid_autosave_whatever_the_damage(tmp_path) -> None:
    """All the damage above at once, in the real data folder of a real start-up: it exits
    normally and offers each autosave (before: exit 1 with a RecursionError, or a hang)."""
    from amk_desktop import APP_NAME
    from amk_desktop.app import ORGANIZATION

    folder = tmp_path / "data" / ORGANIZATION / APP_NAME / "autosave"
    for _name, sidecar, lock in CASES:
        damage(crashed_autosave(folder), sidecar, lock)
    (folder / "not-an-autosave.amk").mkdir()  # a folder with the suffix is no autosave
    result = start_up(tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"FOLDER {folder}" in result.stdout
    assert f"OFFERED {len(CASES)}" in result.stdout, result.stdout + result.stderr[-2000:]
    assert len(CASES) >= 40


@pytest.mark.gui
def test_the_autosave_time_is_shown_in_local_time_in_the_languages_format(
    make_window, dialogs, autosave_dir, monkeypatch, request
) -> None:
    monkeypatch.setenv("TZ", "Asia/Kathmandu")  # UTC+5:45, all year
    time.tzset()
    request.addfinalizer(time.tzset)  # after monkeypatch has put TZ back
    crashed_autosave(autosave_dir)
    make_window().offer_recovery()  # Danish
    description = dialogs.calls[0][1]
    assert "14.03.2025 15.15" in description, description
    assert "UTC" not in description and "09:30" not in description


@pytest.mark.gui
def test_a_live_windows_autosave_stays_hidden_even_when_its_lock_file_is_garbled(
    make_en_window, dialogs
) -> None:
    first = make_en_window()
    first.model.set_score("trust", 3)
    first.document.autosaver.save_now()
    first.document.autosaver.wait()
    lock = first.document.autosaver.path.with_suffix(".lock")
    with open(lock, "r+b") as file:  # the same file, other content
        file.write(b"\x00garbage\n999999999\n")
    second = make_en_window()
    second.offer_recovery()
    assert dialogs.calls == []


LOCK_HOLDER = textwrap.dedent(
    """
    import sys
    from amk_desktop.formats.process_lock import ProcessLock
    lock = ProcessLock(sys.argv[1])
    print(lock.acquire().value, flush=True)
    sys.stdin.read()
    """
)


def hold_in_another_process(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "acquired"
    return child


def end_holder(child: subprocess.Popen[str]) -> None:
    """Kill the lock holder; the kernel drops its lock with the process. (`communicate` reaps
    it and closes its pipes.)"""
    child.kill()
    child.communicate()


@pytest.mark.gui
def test_an_autosave_is_offered_once_the_process_holding_it_has_died(
    make_en_window, dialogs, autosave_dir
) -> None:
    autosave = crashed_autosave(autosave_dir)
    child = hold_in_another_process(autosave.with_suffix(".lock"))
    try:
        window = make_en_window()
        window.offer_recovery()
        assert dialogs.calls == []  # its window is alive
    finally:
        end_holder(child)
    window.offer_recovery()
    assert dialogs.kinds() == ["recover"]


# ------------------------------------------------------------------ the lock itself


def test_a_process_lock_excludes_other_lock_objects_and_processes(tmp_path) -> None:
    path = tmp_path / "a.lock"
    first, second = ProcessLock(path), ProcessLock(path)
    assert first.acquire() is LockStatus.ACQUIRED
    assert first.acquire() is LockStatus.ACQUIRED  # idempotent
    assert second.acquire() is LockStatus.BUSY  # two windows of one process
    assert not second.try_acquire()
    first.release()
    assert not path.exists()  # released locks leave nothing behind
    assert second.try_acquire()
    if os.name == "posix":  # (Windows refuses writes to a locked region)
        path.write_bytes(b"garbage the lock never reads")  # content is irrelevant
    assert ProcessLock(path).acquire() is LockStatus.BUSY
    second.release()
    second.release()  # idempotent
    child = hold_in_another_process(path)
    try:
        assert ProcessLock(path).acquire() is LockStatus.BUSY
    finally:
        end_holder(child)  # the kernel drops the lock with the process
    third = ProcessLock(path)
    assert third.acquire() is LockStatus.ACQUIRED
    third.release()


@posix_only
def test_a_lock_that_cannot_be_created_is_unavailable_not_busy(tmp_path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    (tmp_path / "folder.lock").mkdir()
    (tmp_path / "zero.lock").symlink_to("/dev/zero")
    for path in (a_file / "x.lock", tmp_path / "folder.lock", tmp_path / "zero.lock"):
        lock = ProcessLock(path)
        assert lock.acquire() is LockStatus.UNAVAILABLE, path
        assert isinstance(lock.error, OSError)
        lock.release()  # harmless
    assert os.path.islink(tmp_path / "zero.lock")  # not removed, not followed


@posix_only
@pytest.mark.skipif(IS_ROOT, reason="permissions are not enforced for root")
def test_a_lock_in_a_read_only_folder_is_unavailable(tmp_path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    try:
        lock = ProcessLock(folder / "x.lock")
        assert lock.acquire() is LockStatus.UNAVAILABLE
        assert isinstance(lock.error, PermissionError)
    finally:
        folder.chmod(0o700)


# ------------------------------------------------------------------ an unusable data folder


def rate(window, qtbot, value: int) -> None:
    window.model.set_score("trust", value)
    window.document.autosaver.save_now()
    window.document.autosaver.wait()
    qtbot.wait(10)  # the worker's report is queued to the window


def folder_blocked_by_a_file(tmp_path: Path) -> Path:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    return blocker / "autosave"


@pytest.mark.gui
@pytest.mark.parametrize("shape", ["file in its place", "file as its parent"])
def test_a_file_in_place_of_the_autosave_folder_is_reported_once_and_work_goes_on(
    make_en_window, dialogs, tmp_path, qtbot, shape
) -> None:
    if shape == "file in its place":
        directory = tmp_path / "autosave"
        directory.write_text("in the way")
    else:
        directory = folder_blocked_by_a_file(tmp_path)
    window = make_en_window(directory)
    for value in (2, 3, 4):  # three timer ticks
        rate(window, qtbot, value)
    qtbot.waitUntil(lambda: "error" in dialogs.kinds())
    qtbot.wait(50)
    assert dialogs.kinds() == ["error"]  # once
    message = dialogs.calls[0][1]
    fallback = window.document.autosaver.directories[1]
    assert str(directory) in message and str(fallback) in message
    assert "Your work continues" in message
    assert str(fallback) in window.statusBar().currentMessage()
    # the autosave is in the fallback folder, up to date, and offered after a crash
    autosave = window.document.autosaver.path
    assert autosave.parent == fallback
    assert amk.load_session(autosave).groups[0].scores["trust"] == 4
    assert stat_mode(fallback.parent) == 0o700
    # Open and Save As work (no NotADirectoryError from the file lock), with no false warning
    other = tmp_path / "andet.amk"
    amk.save_session(Session.new("Andet"), other)
    assert window.open_session(str(other))
    dialogs.save_path = str(tmp_path / "kopi.amk")
    assert window.document.save_as()
    assert amk.load_session(tmp_path / "kopi.amk").groups[0].name == "Andet"
    assert "confirm" not in dialogs.kinds()
    assert dialogs.kinds().count("error") == 1


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.gui
def test_start_up_recovers_from_the_fallback_folder_too(make_en_window, dialogs, tmp_path) -> None:
    from amk_desktop.ui.services.autosave import fallback_directory
    from amk_desktop.ui.services.dialogs import RecoveryChoice

    directory = folder_blocked_by_a_file(tmp_path)
    crashed_autosave(fallback_directory(directory), trust=5)
    window = make_en_window(directory)
    dialogs.recover = RecoveryChoice.RECOVER
    window.offer_recovery()
    assert dialogs.kinds() == ["recover"]
    assert window.model.current_group.scores["trust"] == 5


@pytest.mark.gui
def test_no_usable_folder_at_all_is_reported_once_and_files_still_open_and_save(
    make_en_window, dialogs, tmp_path, qtbot, private_temp
) -> None:
    directory = folder_blocked_by_a_file(tmp_path)
    user = os.getuid() if hasattr(os, "getuid") else "user"
    (private_temp / f"amk-desktop-{user}").write_text("in the way too")
    first, second = make_en_window(directory), make_en_window(directory)
    for value in (2, 3):
        rate(first, qtbot, value)
    qtbot.waitUntil(lambda: "error" in dialogs.kinds())
    qtbot.wait(50)
    assert dialogs.kinds() == ["error"]
    assert "not saved automatically" in dialogs.calls[0][1]
    assert "Automatic saving is off" in first.statusBar().currentMessage()
    # no lock folder = no lock: both windows open the file, without a false warning
    path = tmp_path / "delt.amk"
    amk.save_session(Session.new("Delt"), path)
    assert first.open_session(str(path))
    assert second.open_session(str(path))
    assert "confirm" not in dialogs.kinds()
    first.model.set_score("trust", 5)
    assert first.document.save()
    assert amk.load_session(path).groups[0].scores["trust"] == 5


@pytest.mark.gui
def test_file_locks_move_to_the_fallback_folder_and_still_warn(
    make_en_window, dialogs, tmp_path
) -> None:
    directory = folder_blocked_by_a_file(tmp_path)
    path = tmp_path / "delt.amk"
    amk.save_session(Session.new("Delt"), path)
    first, second = make_en_window(directory), make_en_window(directory)
    assert first.open_session(str(path))
    dialogs.confirm_answer = False
    assert second.open_session(str(path)) is False
    assert dialogs.kinds() == ["confirm"]  # a true warning: first has it open


@posix_only
@pytest.mark.gui
@pytest.mark.skipif(IS_ROOT, reason="permissions are not enforced for root")
def test_an_autosave_folder_left_read_only_by_sudo_is_reported_once(
    make_en_window, dialogs, tmp_path, qtbot
) -> None:
    directory = tmp_path / "autosave"
    directory.mkdir(mode=0o500)
    try:
        window = make_en_window(directory)
        for value in (2, 3):
            rate(window, qtbot, value)
        qtbot.waitUntil(lambda: "error" in dialogs.kinds())
        assert str(directory) in dialogs.calls[0][1]
        path = tmp_path / "fil.amk"
        amk.save_session(Session.new("Fil"), path)
        assert window.open_session(str(path))  # no PermissionError from the file lock
        assert window.document.autosaver.path.parent == window.document.autosaver.directories[1]
        assert dialogs.kinds().count("error") == 1
        assert "confirm" not in dialogs.kinds()  # no false "already open" warning
    finally:
        directory.chmod(0o700)


@pytest.mark.gui
def test_autosave_failures_are_reported_once_per_kind(
    make_en_window, dialogs, qtbot, monkeypatch
) -> None:
    code = {"now": "disk_full"}

    def failing_write(path, data, *, backup=False):
        raise amk.SessionFileError(path, f"cannot save: {code['now']}", code["now"])

    monkeypatch.setattr(amk, "write_file_atomically", failing_write)
    window = make_en_window()
    for value in (1, 2, 3, 4):
        rate(window, qtbot, value)
    code["now"] = "read_only"
    for value in (5, 4, 3):
        rate(window, qtbot, value)
    qtbot.waitUntil(lambda: dialogs.kinds().count("error") == 2)
    qtbot.wait(50)
    assert dialogs.kinds() == ["error", "error"]
    assert "The disk is full." in dialogs.calls[0][1]
    assert "read-only" in dialogs.calls[1][1]
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert window.model.current_group.scores["trust"] == 3  # the work went on


# ------------------------------------------------------------------ leftovers of killed saves


def leftover(folder: Path, target: str, *, age: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{target}.{os.urandom(4).hex()}.tmp"
    path.write_bytes(b"half a save" * 1000)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


@pytest.mark.gui
def test_start_up_removes_the_leftovers_of_killed_saves(qapp, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    import amk_desktop.app as app_module
    from amk_desktop.ui.services import autosave

    ini = tmp_path / "s.ini"
    documents = tmp_path / "Dokumenter"
    recent = documents / "møde.amk"
    documents.mkdir()
    amk.save_session(Session.new("Møde"), recent)
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("files/recent", [str(recent), "relative.amk", "/no/such/folder/x.amk"])
    store.sync()
    del store
    directory = tmp_path / "autosave"
    old = [
        leftover(documents, "møde.amk", age=3600),
        leftover(documents, "andet.amk", age=120),
        leftover(directory, "0123abcd.amk", age=3600),
        leftover(directory, "0123abcd.json", age=600),
        leftover(autosave.fallback_directory(directory), "fedcba98.amk", age=3600),
    ]
    young = leftover(documents, "møde.amk", age=0)  # perhaps a save in progress elsewhere
    others = [documents / ".notes.txt", documents / ".x.amk.zzzzzzzz.tmp"]
    for path in others:
        path.write_text("not ours")
        os.utime(path, (0, 0))
    monkeypatch.setattr(
        app_module, "QSettings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(autosave, "default_directory", lambda: directory)
    code, window = run_app(monkeypatch, ["amk-desktop"])
    assert code == 0
    try:
        qtbot.waitUntil(lambda: not any(path.exists() for path in old), timeout=5000)
        assert young.exists()
        assert all(path.exists() for path in others)
        assert recent.exists()
    finally:
        window._translations.remove()  # run() installed the catalogues on the shared app
        window.deleteLater()  # gone after the test: others look for "the" main window


def test_removing_leftovers_never_fails(tmp_path) -> None:
    from amk_desktop.app import remove_leftovers

    stale = leftover(tmp_path, "a.amk", age=3600)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    folders = [tmp_path / "missing", a_file, Path("/no\x00where"), tmp_path]
    assert remove_leftovers(folders) == 1
    assert not stale.exists()
