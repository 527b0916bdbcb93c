"""Files that other programs touch: changed on disk since opened, read-only, reached through a
symbolic link, special files, leftovers of killed saves, names that look like HTML."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from amk_desktop.core.session import Session
from amk_desktop.core.text import fill
from amk_desktop.formats import amk
from amk_desktop.ui.services.dialogs import ChangedOnDiskChoice

ROOT = Path(__file__).resolve().parent.parent


def _session(title: str = "Møde", note: str = "") -> Session:
    session = Session.new("Gruppe 1")
    session.details.title = title
    session.groups[0].notes[0] = note
    return session


def _other_program_saves(path: Path, note: str) -> None:
    """Another program (a second window, a laptop on a shared folder) saves the file."""
    amk.save_session(_session(note=note), path, backup=False)
    # make sure the change is visible even on file systems with coarse time stamps
    later = time.time() + 5
    os.utime(path, (later, later))


# --------------------------------------------------------------------------- core


def test_fill_replaces_every_placeholder_in_one_pass() -> None:
    assert fill("%1 har %2", "fil %2.amk", "ret") == "fil %2.amk har ret"
    assert fill("%1 %3", "a") == "a %3"
    assert fill("100%") == "100%"


def test_a_fingerprint_notices_content_changes_but_not_a_touch(tmp_path) -> None:
    path = tmp_path / "s.amk"
    known = amk.save_session(_session(), path)
    assert not amk.changed_on_disk(path, known)
    os.utime(path, (time.time() + 100, time.time() + 100))  # touched: same content
    assert not amk.changed_on_disk(path, known)
    _other_program_saves(path, "anden version")
    assert amk.changed_on_disk(path, known)
    # the same size and time stamp but other content is noticed too, by the hash
    data = path.read_bytes()
    info = path.stat()
    _, reread = amk.read_session(path)
    path.write_bytes(data.replace(b"anden version", b"tredje versio"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == reread.size
    assert amk.changed_on_disk(path, reread)
    # a file that is gone has not "changed": saving writes it again
    path.unlink()
    assert not amk.changed_on_disk(path, reread)


def test_a_read_only_session_file_is_never_replaced(tmp_path) -> None:
    path = tmp_path / "s.amk"
    amk.save_session(_session("gammel"), path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(amk.SessionFileError) as caught:
        amk.save_session(_session("ny"), path)
    assert caught.value.code == "file_read_only"
    assert path.read_bytes() == before
    assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert [p.name for p in tmp_path.iterdir()] == ["s.amk"]  # no temporary file left


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "renamed", "backup", "same"])
def test_an_output_file_never_replaces_a_session(tmp_path, kind) -> None:
    session_file = tmp_path / "other.amk"
    amk.save_session(_session(), session_file)
    out = tmp_path / "out.pdf"
    source = None
    if kind == "symlink":
        out.symlink_to(session_file)
    elif kind == "hardlink":
        os.link(session_file, out)
    elif kind == "renamed":  # a session file whose name does not say so
        out.write_bytes(session_file.read_bytes())
    elif kind == "backup":
        out = amk.backup_path(session_file)
        out.write_bytes(session_file.read_bytes())
    else:
        out.symlink_to(session_file)
        source = session_file
    with pytest.raises(amk.SessionFileError) as caught:
        amk.check_output_target(out, source=source)
    assert caught.value.code == "protected_target"


def test_an_ordinary_pdf_target_is_fine(tmp_path) -> None:
    out = tmp_path / "out.pdf"
    amk.check_output_target(out)  # does not exist yet
    out.write_bytes(b"%PDF-1.4\n")
    amk.check_output_target(out)  # an old PDF may be replaced
    (tmp_path / "link.pdf").symlink_to(out)
    amk.check_output_target(tmp_path / "link.pdf")


def test_a_special_file_with_no_data_is_refused_in_words(tmp_path) -> None:
    read, write = os.pipe()  # a FIFO behaves like /proc/kmsg: opened, but nothing to read
    try:
        fifo = tmp_path / "pipe.amk"
        os.mkfifo(fifo)
        with pytest.raises(amk.SessionFileError) as caught:
            amk.load_session(fifo)
        assert caught.value.code in {"not_a_file", "unreadable"}
        assert "NoneType" not in str(caught.value)
    finally:
        os.close(read)
        os.close(write)


@pytest.mark.skipif(not os.path.exists("/proc/kmsg"), reason="needs Linux /proc/kmsg")
def test_validate_through_a_link_to_proc_kmsg_says_what_is_wrong(tmp_path) -> None:
    link = tmp_path / "kmsg.amk"
    link.symlink_to("/proc/kmsg")
    result = subprocess.run(
        [sys.executable, "-m", "amk_desktop", "validate", str(link)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "TypeError" not in result.stderr and "NoneType" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_leftovers_of_killed_saves_are_removed_only_when_old(tmp_path) -> None:
    old = tmp_path / ".s.amk.0123abcd.tmp"
    young = tmp_path / ".s.amk.89abcdef.tmp"
    pdf = tmp_path / ".out.pdf.00aa00aa.tmp"
    mine_not = tmp_path / ".s.amk.notours.tmp"
    for path in (old, young, pdf, mine_not):
        path.write_bytes(b"x" * 100)
    long_ago = time.time() - amk.STALE_TEMP_AGE - 5
    for path in (old, pdf, mine_not):
        os.utime(path, (long_ago, long_ago))
    assert amk.remove_stale_temporary_files(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, mine_not.name])


# --------------------------------------------------------------------------- command line


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amk_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_export_through_a_symlink_never_destroys_a_session(tmp_path) -> None:
    source = tmp_path / "a.amk"
    other = tmp_path / "other.amk"
    amk.save_session(_session("a"), source)
    amk.save_session(_session("other"), other)
    before = other.read_bytes()
    (tmp_path / "out.pdf").symlink_to(other)
    result = _cli("export", str(source), "--pdf", str(tmp_path / "out.pdf"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "session file" in result.stderr
    assert other.read_bytes() == before
    assert not amk.backup_path(other).exists()


# --------------------------------------------------------------------------- the window


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "s.amk"
    amk.save_session(_session(note="min første"), path)
    assert window.open_session(str(path))
    return window, path


def _type_note(window, text: str) -> None:
    window.model.set_note(0, text)


@pytest.mark.gui
def test_saving_over_a_file_changed_elsewhere_asks_and_cancel_keeps_both(opened, dialogs) -> None:
    window, path = opened
    _type_note(window, "min version")
    _other_program_saves(path, "den andens version")
    other = path.read_bytes()
    dialogs.changed_on_disk = ChangedOnDiskChoice.CANCEL
    assert not window.document.save()
    assert not window.document.save()  # saving twice does not slip through either
    assert dialogs.kinds().count("changed_on_disk") == 2
    assert path.read_bytes() == other
    assert window.isWindowModified()
    assert window.model.session.groups[0].notes[0] == "min version"


@pytest.mark.gui
def test_keep_both_saves_this_version_as_a_copy(opened, dialogs, tmp_path) -> None:
    window, path = opened
    _type_note(window, "min version")
    _other_program_saves(path, "den andens version")
    other = path.read_bytes()
    dialogs.changed_on_disk = ChangedOnDiskChoice.SAVE_COPY
    dialogs.save_path = None  # the user accepts the suggested name: see below
    assert not window.document.save()  # cancelled in the save dialog: nothing written
    assert path.read_bytes() == other
    suggested = dict(dialogs.calls)["save"]
    assert Path(suggested).name == "s (kopi).amk"
    dialogs.save_path = suggested
    assert window.document.save()
    assert path.read_bytes() == other  # the other version untouched
    copy = amk.load_session(tmp_path / "s (kopi).amk")
    assert copy.groups[0].notes[0] == "min version"
    assert window.document.path == tmp_path / "s (kopi).amk"
    assert not window.isWindowModified()


@pytest.mark.gui
def test_overwrite_keeps_the_other_version_as_the_backup(opened, dialogs) -> None:
    window, path = opened
    _type_note(window, "min version")
    _other_program_saves(path, "den andens version")
    dialogs.changed_on_disk = ChangedOnDiskChoice.OVERWRITE
    assert window.document.save()
    assert amk.load_session(path).groups[0].notes[0] == "min version"
    backup = amk.load_session(amk.backup_path(path))
    assert backup.groups[0].notes[0] == "den andens version"
    # from now on this window's own save is the known state: no question
    _type_note(window, "min version 2")
    assert window.document.save()
    assert dialogs.kinds().count("changed_on_disk") == 1


@pytest.mark.gui
def test_reload_shows_the_other_version(opened, dialogs) -> None:
    window, path = opened
    _type_note(window, "min version")
    _other_program_saves(path, "den andens version")
    dialogs.changed_on_disk = ChangedOnDiskChoice.RELOAD
    assert window.document.save()
    assert window.model.session.groups[0].notes[0] == "den andens version"
    assert not window.isWindowModified()
    assert amk.load_session(path).groups[0].notes[0] == "den andens version"


@pytest.mark.gui
def test_an_untouched_file_saves_without_a_question(opened, dialogs) -> None:
    window, path = opened
    os.utime(path, (time.time() + 60, time.time() + 60))  # a backup program touched it
    _type_note(window, "min version")
    assert window.document.save()
    assert "changed_on_disk" not in dialogs.kinds()


@pytest.mark.gui
def test_two_windows_on_one_file_never_drop_a_version(make_window, dialogs, tmp_path) -> None:
    path = tmp_path / "delt.amk"
    amk.save_session(_session(), path)
    first, second = make_window(), make_window()
    assert first.open_session(str(path))
    dialogs.confirm_answer = True  # "open it here anyway"
    assert second.open_session(str(path))
    first.model.set_note(0, "fra første")
    assert first.document.save()
    second.model.set_note(0, "fra anden")
    dialogs.changed_on_disk = ChangedOnDiskChoice.OVERWRITE
    assert second.document.save()
    assert amk.load_session(path).groups[0].notes[0] == "fra anden"
    assert amk.load_session(amk.backup_path(path)).groups[0].notes[0] == ("fra første")


@pytest.mark.gui
def test_a_read_only_file_is_marked_and_save_offers_a_copy(window, dialogs, tmp_path) -> None:
    path = tmp_path / "låst.amk"
    amk.save_session(_session(), path)
    path.chmod(0o444)
    before = path.read_bytes()
    assert window.open_session(str(path))
    assert "skrivebeskyttet" in window.windowTitle()
    _type_note(window, "noter")
    dialogs.confirm_answer = False
    assert not window.document.save()
    assert path.read_bytes() == before
    dialogs.confirm_answer = True
    dialogs.save_path = str(tmp_path / "låst (kopi).amk")
    assert window.document.save()
    assert path.read_bytes() == before
    assert amk.load_session(tmp_path / "låst (kopi).amk").groups[0].notes[0] == "noter"
    assert "skrivebeskyttet" not in window.windowTitle()


@pytest.mark.gui
def test_a_file_made_read_only_after_opening_is_not_replaced(opened, dialogs) -> None:
    window, path = opened
    path.chmod(0o444)
    before = path.read_bytes()
    _type_note(window, "noter")
    dialogs.confirm_answer = False
    assert not window.document.save()
    assert path.read_bytes() == before
    assert window.isWindowModified()


@pytest.mark.gui
def test_message_boxes_show_names_as_plain_text(qapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    from amk_desktop.ui.services.dialogs import _message_box

    box = _message_box(
        None, QMessageBox.Icon.Warning, "t", "“<img src=logo.png>.amk” kunne ikke åbnes", "<b>x"
    )
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert {label.text() for label in labels} >= {"“<img src=logo.png>.amk” kunne ikke åbnes"}
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box.deleteLater()
