"""An exclusive lock that lives exactly as long as its holder: an operating-system advisory lock
on an open file (``flock`` on POSIX, ``msvcrt.locking`` on Windows).

The kernel drops the lock when the descriptor is closed, so when the holding process dies
(crash, power cut, ``kill -9``) nobody else ever has to guess whether it is still alive: there
is no PID to be reused and nothing in the file to be garbled. The lock file's content is never
read. Two locks in the same process exclude each other too (the lock belongs to the open file,
not to the process), so two windows of one program can use it.

A lock file that cannot be created or opened (no permission, a folder or a device in its place,
a file where its folder should be) cannot be held by anybody: `acquire` says so with
`LockStatus.UNAVAILABLE`, distinct from `LockStatus.BUSY` (held by another window or process).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import threading
from enum import Enum
from pathlib import Path

__all__ = ["LockStatus", "ProcessLock"]


class LockStatus(Enum):
    ACQUIRED = "acquired"  # this object holds the lock now
    BUSY = "busy"  # another process, or another lock object in this process, holds it
    UNAVAILABLE = "unavailable"  # the lock file cannot be created or locked (see `error`)


_OPEN_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)  # a link in the lock's place is not followed
    | getattr(os, "O_NONBLOCK", 0)  # a named pipe in the lock's place does not block the open
    | getattr(os, "O_CLOEXEC", 0)
)
_BUSY_ERRNOS = frozenset(
    {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}
)
_POSIX = os.name == "posix"
_ATTEMPTS = 5  # when the file is replaced under us by its previous holder, try again

# Files locked by this process, by identity: on file systems where flock() is emulated with
# per-process record locks (NFS), two lock objects of one process would not exclude each other.
_held_here: set[tuple[int, int]] = set()
_held_here_guard = threading.Lock()


class ProcessLock:
    """An exclusive, non-blocking lock on the file `path` (created if needed, mode 0600).

    ``try_acquire()`` returns whether this object now holds it; ``acquire()`` also tells why
    not; ``release()`` lets it go and removes the lock file. Never raises ``OSError``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.error: OSError | None = None  # why the last acquire() found the lock UNAVAILABLE
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return f"ProcessLock({str(self.path)!r}, held={self.held})"

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        return self.acquire() is LockStatus.ACQUIRED

    def acquire(self) -> LockStatus:
        if self._fd is not None:
            return LockStatus.ACQUIRED
        self.error = None
        for _ in range(_ATTEMPTS):
            try:
                fd = os.open(self.path, _OPEN_FLAGS, 0o600)
            except OSError as exc:
                return self._unavailable(exc)
            except ValueError as exc:  # a NUL character in the name
                return self._unavailable(OSError(errno.EINVAL, str(exc), str(self.path)))
            status = self._lock_open_file(fd)
            if status is not None:
                return status
        return LockStatus.BUSY  # the file keeps being replaced: someone is using it

    def _lock_open_file(self, fd: int) -> LockStatus | None:
        """Lock the just opened `fd`; None = the file was replaced meanwhile, try again."""
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(self.path))
            identity = (info.st_dev, info.st_ino)
            with _held_here_guard:
                if _POSIX and identity in _held_here:  # another lock object of ours
                    raise OSError(errno.EWOULDBLOCK, "locked in this process", str(self.path))
                _lock(fd)
                if _POSIX:
                    _held_here.add(identity)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY_ERRNOS:
                return LockStatus.BUSY
            return self._unavailable(exc)
        if _POSIX:
            # The previous holder removes the file on release (while still holding it): if
            # that happened between our open and our lock, we hold a file nobody else sees.
            try:
                same = _identity_of(self.path) == identity
            except OSError:
                same = False
            if not same:
                self._fd, self._identity = fd, identity
                self._let_go(remove=False)
                return None
        self._fd, self._identity = fd, identity
        return LockStatus.ACQUIRED

    def _unavailable(self, exc: OSError) -> LockStatus:
        self.error = exc
        return LockStatus.UNAVAILABLE

    def release(self) -> None:
        """Let the lock go and remove its file (idempotent; nothing happens if not held)."""
        self._let_go(remove=True)

    def _let_go(self, *, remove: bool) -> None:
        fd, identity = self._fd, self._identity
        if fd is None or identity is None:
            return
        self._fd = self._identity = None
        if remove and _POSIX:
            # remove the file while it is still locked, and only if it is still ours
            with contextlib.suppress(OSError):
                if _identity_of(self.path) == identity:
                    os.unlink(self.path)
        with _held_here_guard:
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
            _held_here.discard(identity)
        if remove and not _POSIX:
            # Windows cannot remove an open file: removed after closing, unless another
            # window has opened it meanwhile (then the removal fails, which is right)
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __del__(self) -> None:  # a lock object that is dropped lets its lock go
        with contextlib.suppress(Exception):
            self.release()


def _identity_of(path: Path) -> tuple[int, int]:
    info = os.stat(path, follow_symlinks=False)
    return (info.st_dev, info.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
