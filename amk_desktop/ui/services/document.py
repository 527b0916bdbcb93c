"""The open document: which file the session belongs to, whether it has unsaved changes, and
the File menu's commands (new, open, save, save as, close) with their questions and errors.

All questions go through `Dialogs`; nothing here blocks a test.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from amk_desktop.core import SESSION_FILE_SUFFIX
from amk_desktop.core.filenames import file_stem
from amk_desktop.core.session import Session
from amk_desktop.core.text import fill
from amk_desktop.ui.services.autosave import Autosaver, RecoverableSession
from amk_desktop.ui.services.dialogs import ChangedOnDiskChoice, Dialogs, UnsavedChoice
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.session_model import SessionModel

if TYPE_CHECKING:
    from amk_desktop.formats.amk import Fingerprint
    from amk_desktop.formats.process_lock import ProcessLock

# The file format (and its json, shutil, secrets ...) is imported when a file is first opened
# or saved, not at start-up.


class SessionDocument(QObject):
    state_changed = Signal()  # file name or modified state changed

    def __init__(
        self,
        model: SessionModel,
        dialogs: Dialogs,
        settings: Settings,
        autosave_directory: Path,
        parent_widget: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._dialogs = dialogs
        self._settings = settings
        self._parent = parent_widget
        self.path: Path | None = None
        self.read_only = False  # the file's permissions forbid changes: Save offers Save As
        self._disk: Fingerprint | None = None  # the file as last read or written here
        self._file_lock: ProcessLock | None = None  # held while this window shows the file
        self._dirty = False  # changed outside the undo history (a recovered session)
        self.autosaver = Autosaver(model, autosave_directory, self)
        model.undo_stack.cleanChanged.connect(lambda _clean: self.state_changed.emit())
        # every change, also one merged into the last undo step (the stack's index stays)
        model.edited.connect(self.autosaver.schedule)
        model.changed_outside_history.connect(self._changed_outside_history)

    # -- state ---------------------------------------------------------------------------------
    def _changed_outside_history(self) -> None:
        if not self._dirty:
            self._dirty = True
            self.state_changed.emit()

    @property
    def is_modified(self) -> bool:
        return self._dirty or not self._model.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return (
            self.path.name
            if self.path is not None
            else QCoreApplication.translate("SessionDocument", "Untitled")
        )

    @property
    def title_name(self) -> str:
        """The name for the window title: the file's name, marked when it is read-only."""
        if not self.read_only:
            return self.display_name
        return fill(
            QCoreApplication.translate("SessionDocument", "%1 (read-only)"), self.display_name
        )

    def _set_path(self, path: Path | None) -> None:
        self._release_file_lock()
        self.path = path
        self.read_only = False
        self._disk = None
        self.autosaver.original = "" if path is None else str(path)
        if path is not None:
            self._settings.add_recent_file(str(path))
        self.state_changed.emit()

    def _mark_saved(self) -> None:
        self._dirty = False
        self._model.undo_stack.setClean()
        self.autosaver.discard()
        self.state_changed.emit()

    # -- commands ------------------------------------------------------------------------------
    def new(self, first_group_name: str) -> bool:
        if not self.maybe_save():
            return False
        self._model.replace_session(Session.new(first_group_name))
        self._set_path(None)
        self._mark_saved()
        return True

    def open(self, path: str | os.PathLike[str] | None = None) -> bool:
        if path is None:
            start = str(self.path.parent) if self.path is not None else self._settings.last_folder
            chosen = self._dialogs.ask_open_path(self._parent(), start)
            if chosen is None:
                return False
            path = chosen
        target = Path(path).absolute()
        if self.path is not None and target == self.path:
            return True
        if not self.maybe_save():
            return False
        loaded = self._read(target)
        if loaded is None:
            return False
        session, on_disk = loaded
        lock = self._lock_for(target)
        if lock is None:
            return False
        self._model.replace_session(session)
        self._set_path(target)
        self._note_disk_state(on_disk)
        self._hold_file_lock(lock)
        self._settings.last_folder = str(target.parent)
        self._mark_saved()
        return True

    def _note_disk_state(self, on_disk: Fingerprint | None) -> None:
        """Remember the file as this window last read or wrote it, and whether it is read-only."""
        from amk_desktop.formats import amk  # noqa: PLC0415

        self._disk = on_disk
        try:
            self.read_only = self.path is not None and amk.is_read_only(os.stat(self.path))
        except OSError:
            self.read_only = False
        self.state_changed.emit()

    def save(self) -> bool:
        """Save to the session's file. A read-only file is never replaced (the user is offered
        Save As), and a file that another program changed since this window read or wrote it is
        never overwritten without asking: keep both, overwrite (the other version stays as the
        .bak copy) or reload."""
        if self.path is None:
            return self.save_as()
        from amk_desktop.formats import amk  # noqa: PLC0415

        path = self.path
        self._note_disk_state(self._disk)
        if self.read_only:
            question = fill(
                QCoreApplication.translate(
                    "SessionDocument",
                    "“%1” is read-only: its permissions do not allow changes. Save your work as a "
                    "copy under another name?",
                ),
                path.name,
            )
            title = QCoreApplication.translate("SessionDocument", "Read-only file")
            if self._dialogs.confirm(self._parent(), title, question):
                return self.save_as(self._copy_name(path))
            return False
        if amk.changed_on_disk(path, self._disk):
            choice = self._dialogs.ask_changed_on_disk(self._parent(), path.name)
            if choice is ChangedOnDiskChoice.SAVE_COPY:
                return self.save_as(self._copy_name(path))
            if choice is ChangedOnDiskChoice.RELOAD:
                return self._reload(path)
            if choice is not ChangedOnDiskChoice.OVERWRITE:
                return False
        return self._save_to(path)

    @staticmethod
    def _copy_name(path: Path) -> str:
        """A free name beside `path` for a copy: "name (copy).amk", "name (copy 2).amk" …"""
        for number in range(1, 1000):
            if number == 1:
                stem = QCoreApplication.translate("SessionDocument", "%1 (copy)")
            else:
                stem = QCoreApplication.translate("SessionDocument", "%1 (copy %2)")
            stem = fill(stem, path.stem, str(number))
            candidate = path.with_name(stem + path.suffix)
            if not os.path.lexists(candidate):
                return str(candidate)
        return str(path)

    def _read(self, path: Path) -> tuple[Session, Fingerprint] | None:
        """The session in `path` and the file's fingerprint; None after saying why not."""
        from amk_desktop.formats import amk  # noqa: PLC0415
        from amk_desktop.ui.services.file_errors import describe  # noqa: PLC0415

        try:
            return amk.read_session(path)
        except amk.SessionFileError as error:
            self._dialogs.show_error(
                self._parent(),
                QCoreApplication.translate("SessionDocument", "Could not open"),
                describe(error, saving=False),
            )
            return None

    def read_others(self, paths: list[str]) -> list[tuple[str, Session]] | None:
        """Other session files, to collect their groups: (file name, session) each; None after
        saying why one of them cannot be read (then nothing is collected)."""
        others = []
        for path in paths:
            loaded = self._read(Path(path))
            if loaded is None:
                return None
            others.append((Path(path).name, loaded[0]))
        return others

    def _reload(self, path: Path) -> bool:
        """Show the file as it is on disk now; this window's unsaved changes are dropped."""
        loaded = self._read(path)
        if loaded is None:
            return False
        session, on_disk = loaded
        self._model.replace_session(session)
        self._note_disk_state(on_disk)
        self._mark_saved()
        return True

    def save_as(self, suggested_path: str | None = None) -> bool:
        if suggested_path is not None:
            suggested = suggested_path
        elif self.path is not None:
            suggested = str(self.path)
        else:
            stem = file_stem(
                self._model.session.details.title,
                QCoreApplication.translate("SessionDocument", "Dialogue meeting"),
            )
            suggested = str(Path(self._settings.last_folder) / f"{stem}{SESSION_FILE_SUFFIX}")
        chosen = self._dialogs.ask_save_path(self._parent(), suggested)
        if chosen is None:
            return False
        target = Path(chosen)
        if target.suffix.lower() != SESSION_FILE_SUFFIX:
            target = target.with_name(target.name + SESSION_FILE_SUFFIX)
        if not self._save_to(target.absolute()):
            return False
        self._settings.last_folder = str(target.parent)
        return True

    def _save_to(self, target: Path) -> bool:
        from amk_desktop.formats import amk  # noqa: PLC0415
        from amk_desktop.ui.services.file_errors import describe  # noqa: PLC0415

        try:
            on_disk = amk.save_session(self._model.session, target)
        except amk.SessionFileError as error:
            self._dialogs.show_error(
                self._parent(),
                QCoreApplication.translate("SessionDocument", "Could not save"),
                describe(error, saving=True),
            )
            return False
        moved = target != self.path
        if moved:
            self._set_path(target)
        self._note_disk_state(on_disk)
        self._mark_saved()  # saved, whatever happens to the lock below
        if moved:
            self._hold_file_lock(self._lock_for(target, ask=False))
        return True

    def new_from_copy(self) -> None:
        """The model now shows a copy (an example): untitled, nothing to save yet."""
        self._set_path(None)
        self._mark_saved()

    def close(self, first_group_name: str) -> bool:
        """Close the file: the window goes on with a new, empty session."""
        return self.new(first_group_name)

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True = go on."""
        if not self.is_modified:
            return True
        choice = self._dialogs.ask_unsaved_changes(self._parent(), self.display_name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def recover(self, item: RecoverableSession) -> bool:
        """Show a session from an autosave after a crash, marked as unsaved."""
        from amk_desktop.formats.amk import SessionFileError  # noqa: PLC0415
        from amk_desktop.ui.services.file_errors import describe  # noqa: PLC0415

        try:
            session = item.load()
        except SessionFileError as error:
            self._dialogs.show_error(
                self._parent(),
                QCoreApplication.translate("SessionDocument", "Could not recover"),
                describe(error, saving=False),
            )
            return False
        self._model.replace_session(session)
        original = Path(item.original) if item.original else None
        self._set_path(original if original is not None and original.exists() else None)
        if self.path is not None:  # changes by others from now on are noticed at Save
            from amk_desktop.formats.amk import fingerprint  # noqa: PLC0415

            self._note_disk_state(fingerprint(self.path))
        self._dirty = True
        self.autosaver.save_now()  # the recovered work now lives in this window's autosave
        item.discard()
        self.state_changed.emit()
        return True

    def shutdown(self) -> None:
        """The window closes for good: remove the autosave and release the locks."""
        self.autosaver.shutdown()
        self._release_file_lock()

    # -- one window per file -------------------------------------------------------------------
    def _lock_for(self, target: Path, *, ask: bool = True) -> ProcessLock | None:
        """A lock for `target` (the current file's lock is not touched). When another window
        holds it, ask whether to open the file here anyway; None = the user said no.

        Best effort: when no folder can hold the lock (the data folder is unusable), the file
        opens without one, and without a false "already open" warning."""
        import hashlib  # noqa: PLC0415 - only when a file is opened or saved

        from amk_desktop.formats.process_lock import LockStatus  # noqa: PLC0415

        digest = hashlib.sha256(os.fsencode(target)).hexdigest()[:24]
        lock, status = self.autosaver.lock_beside(f"open-{digest}.lock")
        if status is LockStatus.BUSY and ask:
            question = fill(
                QCoreApplication.translate(
                    "SessionDocument",
                    "“%1” is already open in another AMK Desktop window. If both windows save, "
                    "one will overwrite the other's changes. Open it here anyway?",
                ),
                target.name,
            )
            title = QCoreApplication.translate("SessionDocument", "File already open")
            if not self._dialogs.confirm(self._parent(), title, question):
                return None
        return lock

    def _hold_file_lock(self, lock: ProcessLock | None) -> None:
        if lock is not self._file_lock:
            self._release_file_lock()
        self._file_lock = lock

    def _release_file_lock(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
