"""Writing a file atomically and durably: a temporary file in the same folder, flushed to disk
and renamed over the target, so a crash or power cut leaves either the old file or the new one,
never a torn one. Used for session files and for any other file the program writes (autosaves,
PDFs); also the clean-up of temporary files that killed saves left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from amk_desktop.formats.amk.constants import BACKUP_SUFFIX, MAX_FILE_SIZE
from amk_desktop.formats.amk.errors import SessionFileError, _os_problem, _ProblemError

_RETRY_DELAYS = (0.01, 0.02, 0.04, 0.08, 0.16)  # seconds, for os.replace on PermissionError
STALE_TEMP_AGE = 60  # seconds after which a left-over temporary file of a save is removed


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where `save_session` keeps the previous version: ``<name>.amk.bak`` beside the file."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_file_atomically(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = False
) -> None:
    """Replace the file at `path` with `data` atomically and durably (any file: a session, an
    autosave, a PDF): temporary file in the same folder, fsync, rename with a short retry,
    fsync of the folder. With `backup`, the old file is first copied to ``<name>.bak``.

    Raises `SessionFileError` with an operating-system code (``not_found``,
    ``permission_denied``, ``not_a_file``, ``disk_full``, ``read_only``, ``write_failed``);
    then the old file is unchanged and no temporary file is left behind."""
    name = os.fspath(path)
    try:
        _atomic_write(Path(path), data, backup=backup)
    except _ProblemError as problem:
        raise SessionFileError(name, problem.message, problem.code) from None
    except OSError as exc:
        code, message = _os_problem(exc, writing=True)
        raise SessionFileError(name, message, code) from exc


def _atomic_write(path: Path, data: bytes, *, backup: bool) -> None:
    target = Path(os.path.realpath(path))  # write through a symbolic link, keep the link
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise _ProblemError("not_a_file", "cannot save: the name belongs to a folder or a device")
    if old is not None and is_read_only(old):
        raise _ProblemError(
            "file_read_only",
            "cannot save: the file is read-only (its permissions do not allow changes)",
        )
    temp = _write_temp(target, data, None if old is None else stat.S_IMODE(old.st_mode))
    try:
        if backup and old is not None and old.st_size <= MAX_FILE_SIZE:
            with contextlib.suppress(OSError):
                _write_backup(target)
        _replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_directory(target.parent)
    _remove_stale_temps(target)


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _remove_stale_temps(target: Path) -> None:
    remove_stale_temporary_files(target.parent, only_for=target.name)


_TEMP_NAME = re.compile(r"\.(.+)\.[0-9a-f]{8}\.tmp")


def remove_stale_temporary_files(
    directory: str | os.PathLike[str],
    *,
    only_for: str | None = None,
    older_than: float = STALE_TEMP_AGE,
) -> int:
    """Remove the temporary files that saves killed half-way (power cut, crash, kill -9) left in
    `directory`: only files named as this module names them (``.NAME.<8 hex>.tmp``, for NAME
    `only_for` if given) and only those older than `older_than` seconds, so that a save in
    progress in another window is never disturbed. Never follows links, never raises; returns
    how many were removed. Called after every save and, for the program's folders, at start-up.
    """
    cutoff = time.time() - older_than
    removed = 0
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            match = _TEMP_NAME.fullmatch(entry.name)
            if match is None or (only_for is not None and match.group(1) != only_for):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def is_read_only(info: os.stat_result) -> bool:
    """Whether a file's permissions forbid changing it (mode 0444, or the Windows read-only
    attribute). Also true for root, who could write it anyway: the owner meant it."""
    return not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _open_temp(target: Path, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = _temp_name(target)
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target.parent))


def _write_temp(target: Path, data: bytes, mode: int | None) -> Path:
    """A flushed and synced temporary file beside `target` holding `data`."""
    fd, temp = _open_temp(target, 0o666 if mode is None else 0o600)
    try:
        with open(fd, "wb") as file:
            file.write(data)
            file.flush()
            _fsync(file.fileno())
        if mode is not None:
            with contextlib.suppress(OSError):  # some file systems (FAT, shares) refuse chmod
                os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _write_backup(target: Path) -> None:
    """Copy `target` to its ``.bak`` atomically (temporary copy, sync, rename)."""
    fd, temp = _open_temp(target, 0o600)
    try:
        with open(target, "rb") as source, open(fd, "wb") as copy:
            shutil.copyfileobj(source, copy)
            copy.flush()
            _fsync(copy.fileno())
        with contextlib.suppress(OSError):
            shutil.copymode(target, temp)
        _replace(temp, backup_path(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _fsync(fd: int) -> None:
    """Flush to the disk; a file system that cannot (some network shares) is not an error."""
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise


def _replace(source: Path, target: Path) -> None:
    """os.replace, retried briefly on PermissionError: on Windows a virus scanner, the search
    indexer or a sync client (OneDrive, Dropbox) may hold the target for tens of milliseconds."""
    for delay in (*_RETRY_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, and not needed, on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
