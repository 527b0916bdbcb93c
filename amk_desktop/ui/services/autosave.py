"""Autosave and crash recovery.

Every change is written, within `AUTOSAVE_DELAY_MS`, to the per-user data folder — also for a
session that was never saved. The GUI thread only takes a snapshot of the session
(`snapshot_session`: new lists, dicts and dataclasses sharing the immutable texts, about 3 ms
for 1,000 agreements); a worker thread serialises the snapshot (the same bytes as
``amk.to_bytes(session, compact=True)`` at that moment) and writes it to disk atomically, so
the window neither waits for the disk nor for the encoding, and edits made meanwhile never
reach a snapshot already taken. Beside each autosave ``<id>.amk`` lie ``<id>.json`` (the file
the session belongs to, the time) and ``<id>.lock``, which the running window holds locked with
an operating-system lock (`ProcessLock`) for its whole life. The kernel drops that lock when the
process dies, so after a crash, a power cut or ``kill -9`` the next start offers the autosave.
A normal save or a clean quit removes it.

Nothing in the recovery folder is trusted: a damaged ``.json`` only makes the original file and
time "unknown", a damaged ``.lock`` is irrelevant (its content is never read), and neither ever
hides a valid autosave or stops start-up. When the data folder cannot be used (a file in its
place, a folder left owned by root after a ``sudo`` run, a full disk) autosaves go to a private
folder in the temporary folder instead (`fallback_directory`), which start-up searches too; each
kind of problem is reported once (`Autosaver.failed`).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import errno
import logging
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from amk_desktop.core import SESSION_FILE_SUFFIX
from amk_desktop.core.agenda import Agenda
from amk_desktop.ui.session_model import SessionModel

if TYPE_CHECKING:
    from collections.abc import Iterable
    from concurrent.futures import Future, ThreadPoolExecutor

    from amk_desktop.core.session import Session
    from amk_desktop.formats.process_lock import LockStatus, ProcessLock

# json, threads, the file format and the lock are imported on first use: start-up paints the
# first step without them.

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
META_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"
MAX_META_SIZE = 16 * 1024  # bytes; a few hundred for a usual path (written as ASCII JSON)
MAX_ORIGINAL_LENGTH = 4096  # characters of the original file's path


def default_directory() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def fallback_directory(primary: Path) -> Path:
    """Where autosaves go when `primary` cannot be used: a folder of this user's own in the
    temporary folder (one per primary folder, so that tests and portable set-ups never mix)."""
    import binascii  # noqa: PLC0415 - not hashlib: loading OpenSSL costs start-up 15 ms

    user = str(os.getuid()) if hasattr(os, "getuid") else _safe_name(os.environ.get("USERNAME"))
    digest = binascii.crc32(os.fsencode(os.path.abspath(primary)))  # only tells folders apart
    return Path(_temporary_folder()) / f"amk-desktop-{user}" / f"{digest:08x}"


def _temporary_folder() -> str:
    """The temporary folder, preferring one that survives a restart (an autosave is for after
    a power cut): /tmp is often a RAM disk cleared at boot, /var/tmp is kept. TMPDIR wins."""
    import tempfile  # noqa: PLC0415

    if (
        os.name == "posix"
        and tempfile.tempdir is None
        and not os.environ.get("TMPDIR")
        and os.path.isdir("/var/tmp")
    ):
        return "/var/tmp"
    return tempfile.gettempdir()


def _safe_name(name: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name or "user")[:64]


def _make_folder(directory: Path, *, private: bool) -> None:
    """Create `directory` (and its parents). For a `private` folder (the fallback, which lies in
    the shared temporary folder) its parent must be a real folder of this user's, mode 0700:
    another user could otherwise have made it beforehand to read our autosaves."""
    if not private:
        directory.mkdir(parents=True, exist_ok=True)
        return
    base = directory.parent
    with contextlib.suppress(FileExistsError):
        os.mkdir(base, 0o700)
    info = os.lstat(base)
    if not stat.S_ISDIR(info.st_mode):
        raise FileExistsError(errno.EEXIST, "not a folder", str(base))
    if hasattr(os, "getuid"):
        if info.st_uid != os.getuid():
            raise PermissionError(errno.EACCES, "the folder belongs to another user", str(base))
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(base, 0o700)
    with contextlib.suppress(FileExistsError):
        os.mkdir(directory, 0o700)
    if not directory.is_dir():
        raise FileExistsError(errno.EEXIST, "not a folder", str(directory))


def _hold_folder(directory: Path, name: str, *, private: bool) -> ProcessLock:
    """Make `directory` ready for the autosave `name` and lock it there; OSError if unusable."""
    from amk_desktop.formats.process_lock import LockStatus, ProcessLock  # noqa: PLC0415

    _make_folder(directory, private=private)
    lock = ProcessLock(directory / f"{name}{LOCK_SUFFIX}")
    status = lock.acquire()
    if status is LockStatus.ACQUIRED:
        return lock
    if lock.error is not None:
        raise lock.error
    raise OSError(errno.EBUSY, "the autosave's lock is held elsewhere", str(lock.path))


# ------------------------------------------------------------------------------- recovery


@dataclass(frozen=True)
class RecoveryMetadata:
    original: str  # the file the session was saved to before, "" if never saved
    saved_at: str  # ISO 8601 UTC, as written by `amk.utc_timestamp`


_JSON_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"')
_UTC_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")


def read_metadata(path: Path) -> RecoveryMetadata | None:
    """The ``.json`` beside an autosave, read as strictly as a session file: at most
    `MAX_META_SIZE` bytes of UTF-8, one flat object (no nesting, so no recursion however it is
    damaged) whose "original" is "" or an absolute path and whose "saved_at" is a valid UTC
    time. Anything else, or a file that cannot be read, is None ("unknown"). Never raises."""
    flags = (
        os.O_RDONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NONBLOCK", 0)  # a named pipe in its place must not block start-up
        | getattr(os, "O_NOFOLLOW", 0)  # we never write a link; a link is not ours
    )
    try:
        with open(os.open(path, flags), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return None  # a folder, a device (such as /dev/zero), a pipe
            data = file.read(MAX_META_SIZE + 1)
    except (OSError, ValueError):
        return None
    if data is None or len(data) > MAX_META_SIZE:
        return None
    try:
        return _parse_metadata(data.decode("utf-8"))
    except (ValueError, TypeError, RecursionError):  # RecursionError cannot happen: belt
        return None


def _parse_metadata(text: str) -> RecoveryMetadata | None:
    import json  # noqa: PLC0415

    skeleton = _JSON_STRING.sub('""', text)  # what is left outside the strings
    if "[" in skeleton or skeleton.count("{") != 1:
        return None
    meta = json.loads(text, parse_constant=_refuse)
    if not isinstance(meta, dict):
        return None
    original, saved_at = meta.get("original"), meta.get("saved_at")
    if not (isinstance(original, str) and isinstance(saved_at, str)):
        return None
    if len(original) > MAX_ORIGINAL_LENGTH or "\x00" in original:
        return None
    if original and not os.path.isabs(original):
        return None
    if not _UTC_TIME.fullmatch(saved_at):
        return None
    datetime.fromisoformat(saved_at[:-1])  # ValueError for 2025-02-30 and the like
    return RecoveryMetadata(original, saved_at)


def _refuse(name: str) -> None:
    raise ValueError(name)  # NaN, Infinity


@dataclass
class RecoverableSession:
    """An autosave whose window is gone (crash, power cut, killed process)."""

    autosave: Path
    original: str | None  # the file the session was saved to before, "" if never, None unknown
    saved_at: str | None  # ISO 8601 UTC; None = unknown (the metadata is damaged or missing)
    lock: ProcessLock

    def load(self) -> Session:
        from amk_desktop.formats import amk  # noqa: PLC0415

        return amk.load_session(self.autosave)

    def discard(self) -> None:
        for path in (self.autosave, self.autosave.with_suffix(META_SUFFIX)):
            with contextlib.suppress(OSError):
                path.unlink()
        self.lock.release()

    def release(self) -> None:
        """Keep the files for a later start ("decide later")."""
        self.lock.release()


def find_recoverable(directories: Path | Iterable[Path]) -> list[RecoverableSession]:
    """Every autosave in `directories` that no running window holds, with its metadata
    ("unknown" when damaged). Each returned item holds the autosave's lock until it is
    discarded or released, so two windows starting at once never both offer it."""
    from amk_desktop.formats.process_lock import LockStatus, ProcessLock  # noqa: PLC0415

    if isinstance(directories, Path):
        directories = [directories]
    found: list[RecoverableSession] = []
    seen: set[str] = set()
    for directory in directories:
        key = os.path.normcase(os.path.abspath(directory))
        if key in seen:
            continue
        seen.add(key)
        for autosave in _autosaves(directory):
            lock = ProcessLock(autosave.with_suffix(LOCK_SUFFIX))
            if lock.acquire() is LockStatus.BUSY:
                continue  # a running window owns it
            # (UNAVAILABLE: a lock that cannot even be opened cannot be held by anybody)
            if not _is_regular_file(autosave):
                lock.release()  # its window has just removed it
                continue
            meta = read_metadata(autosave.with_suffix(META_SUFFIX))
            found.append(
                RecoverableSession(
                    autosave,
                    None if meta is None else meta.original,
                    None if meta is None else meta.saved_at,
                    lock,
                )
            )
    return found


def _autosaves(directory: Path) -> list[Path]:
    """The autosaves in `directory`: regular files named ``*.amk``, not hidden. Never raises."""
    try:
        with os.scandir(directory) as entries:
            names = sorted(
                entry.name
                for entry in entries
                if entry.name.endswith(SESSION_FILE_SUFFIX)
                and not entry.name.startswith(".")
                and _entry_is_file(entry)
            )
    except (OSError, ValueError):
        return []
    return [directory / name for name in names]


def _entry_is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# ------------------------------------------------------------------------------- snapshot

# values a snapshot shares with the live session: they cannot change
# (the agenda is a frozen value of numbers: shared, as a text is)
_IMMUTABLE = frozenset({str, int, float, bool, bytes, type(None), Agenda})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def snapshot_session(session: Session, now: str) -> Session:
    """A copy of `session` that no later edit can reach: every list, dict and dataclass in it
    is new, the texts and numbers (immutable) are shared, so it costs little on the GUI thread.
    An empty ``created`` or ``modified`` becomes `now`, as `amk.to_bytes` would make it at
    that time, so that serialising the copy later gives the bytes of the session now."""
    copied: Session = _copied(session)
    copied.created = session.created or now
    copied.modified = session.modified or now
    return copied


def _copied(value: Any) -> Any:
    kind = type(value)
    if kind in _IMMUTABLE:
        return value
    if kind is list:
        return [item if type(item) in _IMMUTABLE else _copied(item) for item in value]
    if kind is dict:
        return {
            key: item if type(item) in _IMMUTABLE else _copied(item) for key, item in value.items()
        }
    if kind is tuple:
        return tuple(_copied(item) for item in value)
    if dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(field.name for field in dataclasses.fields(kind))
        result = object.__new__(kind)
        for name in names:
            item = getattr(value, name)
            object.__setattr__(result, name, item if type(item) in _IMMUTABLE else _copied(item))
        return result
    return copy.deepcopy(value)  # nothing else is in a session today; whatever comes, whole


# ------------------------------------------------------------------------------- autosave


@dataclass
class AutosaveProblem:
    """What went wrong with autosaving, for the window to report (once per `kind`)."""

    kind: str  # "folder": a folder was given up (see `now_in`); "no_folder": none is usable;
    # otherwise the SessionFileError code of a failed autosave
    code: str  # what is wrong: a SessionFileError code, or "not_a_folder"
    detail: str  # technical (English), for whoever helps
    folder: Path | None = None  # the folder that could not be used
    now_in: Path | None = None  # where autosaves go now (kind "folder")


def _code_of(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    if isinstance(code, str):  # a SessionFileError
        return code
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "not_a_folder"
    if isinstance(exc, FileNotFoundError):
        return "not_found"
    if isinstance(exc, PermissionError):
        return "permission_denied"
    if isinstance(exc, IsADirectoryError):
        return "not_a_file"
    number = getattr(exc, "errno", None)
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if number == errno.EROFS:
        return "read_only"
    return "write_failed"


# codes of a failed write that concern the folder rather than the session: try the fallback
_FOLDER_CODES = frozenset(
    {"not_found", "permission_denied", "not_a_file", "disk_full", "read_only", "write_failed"}
)


class Autosaver(QObject):
    saved = Signal()  # an autosave reached the disk (emitted from the worker thread)
    failed = Signal(object)  # an AutosaveProblem, once per kind (possibly from the worker)

    def __init__(
        self,
        model: SessionModel,
        directory: Path,
        parent: QObject | None = None,
        *,
        fallback: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._primary = directory
        self._fallback = fallback  # found on first use: start-up does not need it
        self._directory = directory  # where this window's autosave is (or goes first)
        self._name = os.urandom(16).hex()
        self._lock: ProcessLock | None = None
        self._first = 0  # folders before this one in `directories` have been given up
        self._left_behind: list[tuple[Path, ProcessLock]] = []  # older autosaves to remove
        self._reported: set[str] = set()
        self.original = ""  # the session's own file, if it has one
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def directories(self) -> list[Path]:
        """The folders autosaves go to, in order of preference (start-up searches them all)."""
        if self._fallback is None:
            self._fallback = fallback_directory(self._primary)
        return [self._primary, self._fallback]

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def path(self) -> Path:
        return self._directory / f"{self._name}{SESSION_FILE_SUFFIX}"

    def lock_beside(self, name: str) -> tuple[ProcessLock, LockStatus]:
        """A lock called `name` in the first usable of the autosave folders (used for the
        one-window-per-file locks). Best effort: UNAVAILABLE when no folder can hold it."""
        from amk_desktop.formats.process_lock import LockStatus, ProcessLock  # noqa: PLC0415

        first: ProcessLock | None = None
        for index in range(2):  # the fallback folder is only looked up when needed
            directory = self._primary if index == 0 else self.directories[1]
            lock = ProcessLock(directory / name)
            first = first or lock
            try:
                _make_folder(directory, private=index > 0)
            except OSError as exc:
                lock.error = exc
                continue
            status = lock.acquire()
            if status is not LockStatus.UNAVAILABLE:
                return lock, status
        assert first is not None
        return first, LockStatus.UNAVAILABLE

    def schedule(self) -> None:
        """A change happened: save within the delay (not postponed by further changes)."""
        if not self._timer.isActive():
            self._timer.start()

    def save_now(self) -> None:
        """Take a snapshot of the session now; a worker serialises and writes it."""
        self._timer.stop()
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        from amk_desktop.formats import amk  # noqa: PLC0415

        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        now = amk.utc_timestamp()
        session = snapshot_session(self._model.session, now)
        self._pending = self._executor.submit(
            self._serialise, session, str(self.path), self.original, now
        )

    def _serialise(self, session: Session, name: str, original: str, now: str) -> None:
        """On the worker: the snapshot's bytes (as a save would write them) and its sidecar."""
        import json  # noqa: PLC0415

        from amk_desktop.formats import amk  # noqa: PLC0415

        try:
            data = amk.to_bytes(session, name=name, compact=True)
        except amk.SessionFileError as error:
            log.warning("autosave skipped: %s", error)
            self._report(AutosaveProblem(error.code, error.code, str(error)))
            return
        except Exception:  # a bug: said on stderr, as it was when this ran on the GUI thread
            log.exception("autosave skipped")
            return
        meta = json.dumps({"original": original, "saved_at": now})
        self._write(data, meta.encode("utf-8"))

    def _write(self, data: bytes, meta: bytes) -> None:
        """On the worker: write the snapshot, moving to the next folder if this one fails."""
        from amk_desktop.formats import amk  # noqa: PLC0415

        given_up: AutosaveProblem | None = None  # the first folder that could not be used
        while True:
            if self._lock is None:
                problem = self._take_folder()
                given_up = given_up or problem
                if self._lock is None:
                    given_up = given_up or AutosaveProblem("", "write_failed", "no folder")
                    given_up.kind = "no_folder"
                    self._report(given_up)
                    return
            try:
                amk.write_file_atomically(self.path, data)
                amk.write_file_atomically(self.path.with_suffix(META_SUFFIX), meta)
            except amk.SessionFileError as error:
                log.warning("autosave failed: %s", error)
                if error.code in _FOLDER_CODES and self._give_up_folder():
                    given_up = given_up or AutosaveProblem(
                        "folder", error.code, str(error), self._left_behind[-1][0].parent
                    )
                    continue
                self._report(AutosaveProblem(error.code, error.code, str(error)))
                return
            break
        self._remove_left_behind()
        if given_up is not None:
            given_up.kind, given_up.now_in = "folder", self._directory
            self._report(given_up)
        self.saved.emit()

    def _take_folder(self) -> AutosaveProblem | None:
        """Lock this window's autosave in the first usable folder; the first unusable one is
        returned (to be reported)."""
        first_problem: AutosaveProblem | None = None
        for index, directory in enumerate(self.directories):
            if index < self._first:
                continue
            try:
                lock = _hold_folder(directory, self._name, private=index > 0)
            except OSError as exc:
                log.warning("autosave folder %s cannot be used: %s", directory, exc)
                if first_problem is None:
                    first_problem = AutosaveProblem("folder", _code_of(exc), str(exc), directory)
                continue
            self._lock, self._directory = lock, directory
            break
        return first_problem

    def _give_up_folder(self) -> bool:
        """Writing to the current folder failed: move on to the next one, if there is one. The
        older autosave stays (locked) until the next one is written."""
        folders = self.directories
        index = folders.index(self._directory) if self._directory in folders else len(folders)
        if index + 1 >= len(folders) or self._lock is None:
            return False
        self._left_behind.append((self.path, self._lock))
        self._lock = None
        self._first = index + 1
        return True

    def _remove_left_behind(self) -> None:
        while self._left_behind:
            old, lock = self._left_behind.pop()
            for path in (old, old.with_suffix(META_SUFFIX)):
                with contextlib.suppress(OSError):
                    path.unlink()
            lock.release()

    def _report(self, problem: AutosaveProblem) -> None:
        if problem.kind in self._reported:
            return
        self._reported.add(problem.kind)
        self.failed.emit(problem)

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
        self._remove_left_behind()

    def shutdown(self) -> None:
        self.discard()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        if self._lock is not None:
            self._lock.release()  # also removes the lock file
            self._lock = None
