"""Autosave and crash recovery.

Every change is written, within `AUTOSAVE_DELAY_MS`, to the per-user data folder — also for a
session that was never saved. The session is serialised on the GUI thread (a snapshot, a few
milliseconds even for a large meeting) and written to disk atomically on a worker thread, so the
window never waits for the disk. Each running window holds a lock (`QLockFile`) on its autosave;
after a crash or power cut the lock is stale, and the next start offers the file for recovery.
A normal save or a clean quit removes the autosave.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from amk_desktop.core import SESSION_FILE_SUFFIX
from amk_desktop.ui.session_model import SessionModel

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from amk_desktop.core.session import Session

# json, threads and the file format are imported on first use: start-up paints the first
# step without them.

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
META_SUFFIX = ".json"


def default_directory() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def _lock(directory: Path, name: str) -> QLockFile:
    lock = QLockFile(str(directory / f"{name}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however young
    return lock


@dataclass
class RecoverableSession:
    """An autosave whose window is gone (crash, power cut, killed process)."""

    autosave: Path
    original: str  # the file the session was saved to before, "" if never saved
    saved_at: str  # ISO 8601 UTC
    lock: QLockFile

    def load(self) -> Session:
        from amk_desktop.core import fileformat  # noqa: PLC0415

        return fileformat.load_session(self.autosave)

    def discard(self) -> None:
        for path in (self.autosave, self.autosave.with_suffix(META_SUFFIX)):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.unlock()

    def release(self) -> None:
        """Keep the files for a later start ("decide later")."""
        self.lock.unlock()


def find_recoverable(directory: Path) -> list[RecoverableSession]:
    found: list[RecoverableSession] = []
    if not directory.is_dir():
        return found
    import json  # noqa: PLC0415

    for autosave in sorted(directory.glob(f"*{SESSION_FILE_SUFFIX}")):
        lock = _lock(directory, autosave.stem)
        if not lock.tryLock(0):
            continue  # another running window owns it
        original, saved_at = "", ""
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            meta = json.loads(autosave.with_suffix(META_SUFFIX).read_text("utf-8"))
            original, saved_at = str(meta.get("original", "")), str(meta.get("saved_at", ""))
        found.append(RecoverableSession(autosave, original, saved_at, lock))
    return found


class Autosaver(QObject):
    saved = Signal()  # an autosave reached the disk (emitted from the worker thread)
    failed = Signal(str)

    def __init__(self, model: SessionModel, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._directory = directory
        self._name = os.urandom(16).hex()
        self._lock: QLockFile | None = None
        self.original = ""  # the session's own file, if it has one
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def path(self) -> Path:
        return self._directory / f"{self._name}{SESSION_FILE_SUFFIX}"

    def schedule(self) -> None:
        """A change happened: save within the delay (not postponed by further changes)."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self._lock is None:
            self._directory.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(self._directory, self._name)
            self._lock.tryLock(0)
        import json  # noqa: PLC0415
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        from amk_desktop.core import fileformat  # noqa: PLC0415

        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        try:
            data = fileformat.to_bytes(self._model.session, name=str(self.path), compact=True)
        except fileformat.SessionFileError as error:
            log.warning("autosave skipped: %s", error)
            self.failed.emit(str(error))
            return
        meta = json.dumps({"original": self.original, "saved_at": fileformat.utc_timestamp()})
        self._pending = self._executor.submit(self._write, data, meta)

    def _write(self, data: bytes, meta: str) -> None:
        from amk_desktop.core import fileformat  # noqa: PLC0415

        try:
            fileformat.write_file_atomically(self.path, data)
            fileformat.write_file_atomically(
                self.path.with_suffix(META_SUFFIX), meta.encode("utf-8")
            )
        except (OSError, fileformat.SessionFileError) as exc:
            log.warning("autosave failed: %s", exc)
            self.failed.emit(str(exc))
            return
        self.saved.emit()

    def wait(self) -> None:
        """Block until the last autosave is on disk (tests, shutdown)."""
        if self._pending is not None:
            self._pending.result()

    def discard(self) -> None:
        """The session is safe (saved, or closed on purpose): remove its autosave."""
        self._timer.stop()
        self.wait()
        for path in (self.path, self.path.with_suffix(META_SUFFIX)):
            with contextlib.suppress(OSError):
                path.unlink()

    def shutdown(self) -> None:
        self.discard()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        if self._lock is not None:
            self._lock.unlock()
            with contextlib.suppress(OSError):
                (self._directory / f"{self._name}.lock").unlink()
