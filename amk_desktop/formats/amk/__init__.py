"""The session file (``.amk``): a published, versioned JSON format, read strictly and written
atomically.

The format is described in ``docs/file-format.md`` and, for schema version 1, by the JSON Schema
``resources/schema/amk-session-1.schema.json``. In short: UTF-8 JSON, one object whose first two
members are ``"format": "amk-session"`` and ``"schema_version"``. A schema version is frozen once
released; a change means a new version and a step in `MIGRATIONS`. Files of an older version are
migrated on load, files of a newer version are refused.

Session files are e-mailed and carried on USB sticks, so loading treats them as untrusted: any
file, however broken, either loads into a valid `Session` or raises `SessionFileError`, which
names the file and the problem and carries a stable `code` for the user interface. Nothing else
escapes, and nothing hangs: the size is capped before reading, nesting is checked before parsing,
and every list and text has a generous cap.

Saving writes a temporary file in the same folder, flushes it to disk and renames it over the
target, so a crash or power cut leaves either the old file or the new one, never a torn one; the
previous version is kept beside it as ``<name>.amk.bak``.

Nothing here imports Qt.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from amk_desktop import __version__
from amk_desktop.core import SESSION_FILE_SUFFIX
from amk_desktop.core.factors import FACTOR_KEYS, SCORE_MAX, SCORE_MIN
from amk_desktop.core.session import (
    AGREEMENT_STATUSES,
    CLOSING_QUESTION_COUNT,
    QUESTION_COUNT,
    Agreement,
    Group,
    MeetingDetails,
    Score,
    Session,
)

FORMAT_NAME = "amk-session"
SCHEMA_VERSION = 1
FILE_SUFFIX = SESSION_FILE_SUFFIX
BACKUP_SUFFIX = ".bak"
MEDIA_TYPE = "application/vnd.amk-session+json"

# Limits far above any real meeting; they stop hostile or broken files, and the window keeps
# every session within them (amk_desktop.core.limits owns the numbers).
from amk_desktop.core import limits  # noqa: E402 - here, beside the format's other numbers

MAX_FILE_SIZE = limits.MAX_FILE_SIZE  # bytes
MAX_GROUPS = limits.MAX_GROUPS
MAX_AGREEMENTS = limits.MAX_AGREEMENTS
MAX_TEXT_LENGTH = limits.MAX_TEXT_LENGTH  # characters in one text
MAX_DEPTH = 32  # nesting of lists and objects (a valid file nests 4 deep)
MAX_VERSION_LENGTH = 100  # characters in "app_version"

Document = dict[str, Any]
Migration = Callable[[Document], Document]

# Upgrade steps: MIGRATIONS[n] turns a document of schema version n into one of version n + 1.
# A step is a pure function without I/O; it changes the content, the ladder then sets
# "schema_version". The loader validates the result of the whole ladder against the current
# version. The oldest readable version is min(MIGRATIONS) (or SCHEMA_VERSION when empty).
MIGRATIONS: dict[int, Migration] = {}

# Stable error codes (`SessionFileError.code`), for the user interface to translate.
ERROR_CODES: tuple[str, ...] = (
    # reading the file
    "not_found",
    "permission_denied",
    "not_a_file",
    "unreadable",
    "too_large",
    # its bytes and JSON
    "empty",
    "not_utf8",
    "truncated",
    "not_json",
    "too_deep",
    "invalid_number",
    "duplicate_key",
    "invalid_text",
    # its kind and version
    "not_amk_file",
    "bad_version",
    "newer_version",
    "migration_failed",
    # its content
    "wrong_type",
    "missing_field",
    "unknown_field",
    "wrong_length",
    "too_many",
    "too_long",
    "no_groups",
    "bad_score",
    "unknown_factor",
    "duplicate_factor",
    "bad_status",
    "bad_date",
    "bad_timestamp",
    # writing the file
    "disk_full",
    "read_only",
    "file_read_only",
    "protected_target",
    "write_failed",
    # a bug in this module (never expected; kept so that nothing else escapes)
    "internal_error",
)

_RETRY_DELAYS = (0.01, 0.02, 0.04, 0.08, 0.16)  # seconds, for os.replace on PermissionError
STALE_TEMP_AGE = 60  # seconds after which a left-over temporary file of a save is removed


class SessionFileError(Exception):
    """A session file that cannot be read or written.

    ``str(error)`` names the file and the problem in plain (English) words; ``code`` is one of
    `ERROR_CODES`, stable for translation; ``location`` is where in the file, as a path like
    ``groups[1].scores.trust`` ("" when it concerns the whole file).
    """

    def __init__(
        self,
        path_or_name: str | os.PathLike[str],
        message: str,
        code: str = "internal_error",
        *,
        location: str = "",
    ) -> None:
        super().__init__(os.fspath(path_or_name), message)
        self.file = os.fspath(path_or_name)
        self.message = message
        self.code = code
        self.location = location

    def __str__(self) -> str:
        where = f" (at {self.location})" if self.location else ""
        return f"{self.file}: {self.message}{where}"


class _ProblemError(Exception):
    """Internal: what is wrong, before the file's name is known."""

    def __init__(self, code: str, message: str, location: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.location = location


# --------------------------------------------------------------------------- writing


def utc_timestamp() -> str:
    """The current time as files hold it: ISO 8601 UTC to the second (2025-03-14T09:30:00Z)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    """Text as it can be written in UTF-8: a lone surrogate (which Qt can hand over from pasted
    text) becomes U+FFFD instead of failing the save."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _document(session: Session, created: str, modified: str) -> Document:
    details = session.details
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "created": created,
        "modified": modified,
        "meeting": {
            "title": _clean(details.title),
            "workplace": _clean(details.workplace),
            "department": _clean(details.department),
            "date": details.date,
            "facilitator": _clean(details.facilitator),
            "participants": _clean(details.participants),
        },
        "groups": [
            {
                "name": _clean(group.name),
                # every factor, in the chart's order; unknown keys stay in and are refused below
                "scores": {**dict.fromkeys(FACTOR_KEYS), **group.scores},
                "notes": [_clean(note) for note in group.notes],
            }
            for group in session.groups
        ],
        "closing_answers": [_clean(answer) for answer in session.closing_answers],
        "agreements": [
            {
                "action": _clean(agreement.action),
                "factors": list(agreement.factors),
                "goal": _clean(agreement.goal),
                "responsible": _clean(agreement.responsible),
                "deadline": agreement.deadline,
                "evaluation": _clean(agreement.evaluation),
                "follow_up": agreement.follow_up,
                "status": agreement.status,
            }
            for agreement in session.agreements
        ],
    }


def session_to_dict(session: Session) -> Document:
    """The session as the JSON document a file holds (not validated; see `session_to_json`).

    Empty ``created``/``modified`` become the current time."""
    now = utc_timestamp()
    return _document(session, session.created or now, session.modified or now)


def _encode(document: Document, name: str, *, compact: bool = False) -> str:
    try:
        _session_from_document(document)  # never write what could not be read back
    except _ProblemError as problem:
        raise SessionFileError(
            name, f"cannot save: {problem.message}", problem.code, location=problem.location
        ) from None
    if compact:  # the same document on one line: C-speed encoding for autosave snapshots
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    else:
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=2) + "\n"
    # never write a file the loader would refuse as too large (a UTF-8 character is <= 4 bytes)
    if len(text) * 4 > MAX_FILE_SIZE and len(text.encode("utf-8")) > MAX_FILE_SIZE:
        raise SessionFileError(
            name,
            f"cannot save: the session is larger than {MAX_FILE_SIZE // (1024 * 1024)} MB",
            "too_large",
        )
    return text


def session_to_json(session: Session, *, name: str = "session", compact: bool = False) -> str:
    """The file's text. Raises `SessionFileError` (named `name`) if the session holds something
    the format cannot (a score of 7, an unknown factor, a text over the limit, no group ...).
    `compact` leaves out the indentation (same content, about three times faster)."""
    return _encode(session_to_dict(session), name, compact=compact)


def to_bytes(session: Session, *, name: str = "session", compact: bool = False) -> bytes:
    """The file's bytes: `session_to_json` in UTF-8 (without a BOM)."""
    return session_to_json(session, name=name, compact=compact).encode("utf-8")


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where `save_session` keeps the previous version: ``<name>.amk.bak`` beside the file."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def save_session(
    session: Session, path: str | os.PathLike[str], *, backup: bool = True
) -> Fingerprint:
    """Write the session to `path` atomically and durably.

    The new content goes to a temporary file in the same folder, which is flushed to disk and
    then renamed over the target (retrying briefly while another program, such as a virus
    scanner or a sync client, holds the file), so the file on disk is always either the old or
    the new version. With `backup`, the old file is first copied to ``<name>.amk.bak`` (best
    effort: a backup that cannot be written does not stop the save). A symbolic link is written
    through, and an existing file keeps its permissions.

    On success the session's ``modified`` is set to now (and ``created`` too if it was empty),
    and the written file's `Fingerprint` is returned (to notice later changes by others).
    Raises `SessionFileError` (codes such as ``permission_denied``, ``disk_full``,
    ``read_only``, ``file_read_only``, ``not_found``, ``write_failed``, or a content code) and
    leaves the file and the session as they were. A read-only file (mode 0444) is refused, not
    replaced.
    """
    now = utc_timestamp()
    created = session.created or now
    data = _encode(_document(session, created, now), os.fspath(path)).encode("utf-8")
    write_file_atomically(path, data, backup=backup)
    session.created = created
    session.modified = now
    try:
        info = os.stat(path)
    except OSError:  # gone again at once (a sync client): nothing to compare with later
        return Fingerprint(0, -1, "")
    return Fingerprint.of(info, data)


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


# ----------------------------------------------------------------- files changed elsewhere


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when this program last read or wrote it, to notice when another program
    (a second window, a laptop on a shared folder, a sync client) has changed it since."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, info: os.stat_result, data: bytes) -> Fingerprint:
        return cls(info.st_mtime_ns, info.st_size, hashlib.sha256(data).hexdigest())


def fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The file's fingerprint now, or None when it does not exist or cannot be read."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(path, flags), "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > 4 * MAX_FILE_SIZE:
                return Fingerprint(info.st_mtime_ns, info.st_size, "")
            data = file.read() or b""
    except (OSError, ValueError):
        return None
    return Fingerprint.of(info, data)


def changed_on_disk(path: str | os.PathLike[str], known: Fingerprint | None) -> bool:
    """Whether the file at `path` holds something else than `known` (what this program last read
    or wrote there). The content is compared (SHA-256), not only the time stamp and size: FAT
    keeps times to 2 s and sync clients may restore them. A file that was only touched (same
    content) has not changed; a file that is gone has not changed either (saving simply writes
    it again). Without `known` (a file this program never read), any existing file counts as
    changed."""
    now = fingerprint(path)
    if now is None:
        return False
    return known is None or now.sha256 != known.sha256 or not known.sha256


# --------------------------------------------------------------------------- output files


def sniff_session_file(path: str | os.PathLike[str]) -> bool:
    """Whether the existing file at `path` looks like an AMK session file, by name or by its
    first bytes, whatever its name (``.bak`` copies and renamed files too). Never raises."""
    name = os.fspath(path).lower()
    if name.endswith((FILE_SUFFIX, FILE_SUFFIX + BACKUP_SUFFIX)):
        return True
    try:
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(path, flags), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return False
            head = file.read(4096) or b""
    except (OSError, ValueError):
        return False
    return head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"{") and (
        b'"' + FORMAT_NAME.encode() + b'"' in head
    )


def check_output_target(
    path: str | os.PathLike[str], *, source: str | os.PathLike[str] | None = None
) -> None:
    """Refuse to write an output file (a PDF) where it would destroy a session: a name ending in
    ``.amk``, a symbolic link or hard link that leads to a session file, an existing file whose
    content is a session (whatever its name), or the `source` session itself.

    The link is resolved first, so ``out.pdf -> other.amk`` is refused like ``other.amk``.
    Raises `SessionFileError` with code ``protected_target``; returns None when writing is fine.
    """
    name = os.fspath(path)
    resolved = os.path.realpath(name)
    problem = ""
    if name.lower().endswith(FILE_SUFFIX) or resolved.lower().endswith(FILE_SUFFIX):
        problem = "will not write a PDF over a session file (use a name ending in .pdf)"
    elif source is not None and os.path.exists(resolved) and _same_file(resolved, source):
        problem = "this is the session file itself; choose another name for the PDF"
    elif os.path.lexists(name) and sniff_session_file(resolved):
        shown = "" if resolved == os.path.abspath(name) else f" ({resolved})"
        problem = f"will not write a PDF over a session file{shown}; choose another name"
    if problem:
        raise SessionFileError(name, problem, "protected_target")


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


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


def _os_problem(exc: OSError, *, writing: bool) -> tuple[str, str]:
    """The error code and message for an operating-system error while opening or saving."""
    verb = "cannot save" if writing else "cannot open the file"
    reason = exc.strerror or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        if not writing:
            what = "the file does not exist"
        elif exc.filename is not None and os.path.isdir(os.path.dirname(exc.filename) or "."):
            what = "no file can be created in this folder"  # /proc, some virtual folders
        else:
            what = "the folder does not exist"
        code = "not_found"
    elif isinstance(exc, IsADirectoryError) or (
        not writing and exc.filename is not None and os.path.isdir(exc.filename)
    ):  # Windows refuses to open a folder with "permission denied"
        code, what = "not_a_file", "the name belongs to a folder"
    elif isinstance(exc, PermissionError):
        hint = "; choose another folder" if writing else ""
        code, what = "permission_denied", f"permission denied ({reason}){hint}"
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        code, what = "disk_full", "the disk is full"
    elif exc.errno == errno.EROFS:
        code, what = "read_only", "the disk or folder is read-only; choose another folder"
    else:
        code, what = ("write_failed" if writing else "unreadable"), reason
    return code, f"{verb}: {what}"


# --------------------------------------------------------------------------- reading


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file. Raises `SessionFileError` and nothing else; never modifies the file.

    The size is checked before reading; a folder, a pipe or a device is refused without
    reading (and without blocking)."""
    return read_session(path)[0]


def read_session(path: str | os.PathLike[str]) -> tuple[Session, Fingerprint]:
    """`load_session`, also returning the `Fingerprint` of the bytes that were read (so that a
    later save can tell whether another program changed the file in between)."""
    name = os.fspath(path)
    try:
        data, info = _read_file(path)
    except _ProblemError as problem:
        raise SessionFileError(name, problem.message, problem.code) from None
    except OSError as exc:
        code, message = _os_problem(exc, writing=False)
        raise SessionFileError(name, message, code) from None
    except ValueError as exc:  # e.g. a NUL character in the name
        raise SessionFileError(name, f"cannot open the file: {exc}", "not_found") from None
    return load_session_bytes(data, name), Fingerprint.of(info, data)


def _read_file(path: str | os.PathLike[str]) -> tuple[bytes, os.stat_result]:
    # O_NONBLOCK: opening a named pipe must not wait for a writer
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    with open(os.open(path, flags), "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _ProblemError("not_a_file", "cannot open the file: it is a folder or a device")
        if info.st_size > MAX_FILE_SIZE:
            raise _too_large(info.st_size)
        data = file.read(MAX_FILE_SIZE + 1)  # the file may grow while it is read
        if data is None:  # a special file (such as /proc/kmsg) with nothing to read now
            raise _ProblemError(
                "unreadable",
                "cannot open the file: it is a special file of the system that gives no data",
            )
        return data, info


def load_session_bytes(data: bytes, name: str) -> Session:
    """Read a session from the bytes of a file called `name` (used in messages).

    Strict and total: returns a valid `Session` or raises `SessionFileError`, nothing else."""
    try:
        return _session_from_document(_migrate(_parse(data)))
    except _ProblemError as problem:
        raise SessionFileError(
            name, problem.message, problem.code, location=problem.location
        ) from None
    except Exception as exc:  # a bug here; the caller still only ever sees SessionFileError
        raise SessionFileError(
            name, f"the file could not be read ({type(exc).__name__}: {exc})", "internal_error"
        ) from exc


def _too_large(size: int) -> _ProblemError:
    mib = 1024 * 1024
    return _ProblemError(
        "too_large",
        f"the file is too large ({size / mib:.1f} MB; a session file is at most "
        f"{MAX_FILE_SIZE / mib:.0f} MB), so it is not an AMK session file",
    )


def _parse(data: bytes) -> Any:
    if len(data) > MAX_FILE_SIZE:
        raise _too_large(len(data))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if not data.strip(b" \t\r\n"):
        raise _ProblemError("empty", "the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _ProblemError(
            "not_utf8",
            f"the file is not UTF-8 text (unreadable byte at position {exc.start}), "
            "so it is not an AMK session file",
        ) from None
    _check_structure(data)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_pairs,
            parse_constant=_no_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except RecursionError:
        raise _too_deep() from None
    except json.JSONDecodeError as exc:
        if _cut_off(text, exc):
            raise _ProblemError(
                "truncated",
                "the file ends too early: it is incomplete, perhaps cut off while it was "
                "copied or saved",
            ) from None
        raise _ProblemError(
            "not_json",
            f"the file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}), "
            "so it is damaged or not an AMK session file",
        ) from None
    except ValueError as exc:  # not expected: the hooks above refuse what int() and float() would
        raise _ProblemError(
            "invalid_number", f"the file contains an invalid number ({exc})"
        ) from None


_PARTIAL_NUMBER = {"-", ".", "e", "E", "e-", "e+", "E-", "E+"}


def _cut_off(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether the JSON error is the end of the text: a file cut off in the middle."""
    tail = text[exc.pos :].rstrip()
    return (
        not tail
        or exc.msg.startswith("Unterminated string")
        or tail in _PARTIAL_NUMBER
        or any(word.startswith(tail) for word in ("null", "true", "false"))
    )


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _ProblemError(
                    "duplicate_key",
                    f"the field {_short(key)} appears twice in the same object, "
                    "so the file is ambiguous",
                )
            seen.add(key)
    return result


_MAX_NUMBER_LENGTH = 100  # characters; longer numbers would only cost time to convert


def _parse_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_LENGTH:
        raise _ProblemError("invalid_number", f"the file contains a number with {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > _MAX_NUMBER_LENGTH:
        raise _ProblemError("invalid_number", f"the file contains a number with {len(text)} digits")
    return float(text)


def _no_constant(name: str) -> NoReturn:
    raise _ProblemError("invalid_number", f"the file contains {name}, which is not a valid number")


def _too_deep() -> _ProblemError:
    return _ProblemError(
        "too_deep",
        f"the file nests lists or objects more than {MAX_DEPTH} levels deep, "
        "so it is not an AMK session file",
    )


_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def _too_many_values() -> NoReturn:
    raise _ProblemError(
        "too_many",
        "the file holds far more lists, objects and values than a session file can, "
        "so it is damaged or not an AMK session file",
    )


def _check_structure(data: bytes) -> None:
    """Refuse, before parsing, JSON that no session file can be: nested too deeply, or with
    far more values than the caps allow (parsing millions of tiny values takes seconds).

    Texts are removed, leaving the skeleton of brackets, commas and numbers. The depth check
    then removes every innermost pair of brackets in each pass, i.e. at least one level of
    nesting; brackets still pairing up after MAX_DEPTH passes are nested deeper than that.
    Brackets that do not pair up are left to the parser, which reports damaged JSON."""
    # A valid file has at most 6 brackets, 16 commas and 32 texts (keys included) per group or
    # agreement.
    items = MAX_GROUPS + MAX_AGREEMENTS
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    if unescaped.count(b'"') > 2 * (32 * items + 100):
        _too_many_values()
    skeleton = _STRING.sub(b"", unescaped)
    skeleton = skeleton.split(b'"', 1)[0]  # an unterminated text: the file was cut off
    brackets = skeleton.translate(None, _NOT_BRACKET)
    if len(brackets) > 6 * items + 100 or skeleton.count(b",") > 16 * items + 100:
        if re.search(rb"[\[{]{%d}" % (MAX_DEPTH + 1), brackets):
            raise _too_deep()
        _too_many_values()
    for _ in range(MAX_DEPTH + 1):
        if not brackets:
            return
        shorter = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if len(shorter) == len(brackets):
            return  # unbalanced: the parser explains
        brackets = shorter
    raise _too_deep()


# --------------------------------------------------------------------------- versions


def _migrate(document: Any) -> Document:
    """Check the kind and version of the document and bring it to SCHEMA_VERSION."""
    if not isinstance(document, dict) or "format" not in document:
        raise _ProblemError(
            "not_amk_file",
            f'the file holds JSON, but not an AMK session (it has no "format": "{FORMAT_NAME}")',
        )
    kind = document["format"]
    if kind != FORMAT_NAME:
        shown = _short(kind) if isinstance(kind, str) else _describe(kind)
        raise _ProblemError(
            "not_amk_file",
            f'the file is of another kind ("format" is {shown}), not an AMK session file',
        )
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _ProblemError(
            "bad_version",
            'the file has no valid "schema_version" (a whole number), so its format version '
            "is unknown",
            "schema_version",
        )
    if version > SCHEMA_VERSION:
        writer = document.get("app_version")
        by = f" (AMK Desktop {writer[:20]})" if isinstance(writer, str) and writer else ""
        raise _ProblemError(
            "newer_version",
            f"the file was saved by a newer program{by} in format version {version}; this "
            f"program reads up to version {SCHEMA_VERSION}. Update AMK Desktop to open it",
        )
    oldest = min(MIGRATIONS, default=SCHEMA_VERSION)
    if version < oldest:
        raise _ProblemError(
            "bad_version",
            f"format version {version} does not exist or is too old to read "
            f"(this program reads versions {oldest} to {SCHEMA_VERSION})",
            "schema_version",
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        try:
            if step is None:
                raise LookupError(f"no migration from version {version}")
            document = step(document)
            if not isinstance(document, dict):
                raise TypeError("the migration did not return an object")
        except Exception as exc:
            raise _ProblemError(
                "migration_failed",
                f"the file could not be upgraded from format version {version} to "
                f"{version + 1} ({type(exc).__name__}: {exc})",
            ) from None
        version += 1
        document["schema_version"] = version
    return document


# --------------------------------------------------------------------------- validation


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_JSON_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "true/false"),  # before int: a bool is an int in Python, never in the file
    (int, "a number"),
    (float, "a number"),
    (str, "text"),
    (list, "a list"),
    (dict, "an object"),
)


def _describe(value: object) -> str:
    """What kind of JSON value this is, in words."""
    if value is None:
        return "null"
    for kind, words in _JSON_KINDS:
        if isinstance(value, kind):
            return words
    return type(value).__name__


def _wrong_type(location: str, expected: str, value: object) -> NoReturn:
    raise _ProblemError("wrong_type", f"expected {expected}, found {_describe(value)}", location)


def _join(location: str, key: str) -> str:
    return f"{location}.{key}" if location else key


def _object(value: object, location: str, fields: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        _wrong_type(location or "the top level", "an object", value)
    for key in fields:
        if key not in value:
            raise _ProblemError(
                "missing_field", f'the field "{key}" is missing', _join(location, key)
            )
    for key in value:
        if key not in fields:
            raise _ProblemError(
                "unknown_field",
                f"unknown field {_short(key)} (this version of the format has no such field)",
                _join(location, key) if isinstance(key, str) else location,
            )
    return value


def _list(value: object, location: str, what: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        _wrong_type(location, f"a list of {what}", value)
    if len(value) > limit:
        raise _ProblemError(
            "too_many", f"too many {what} ({len(value)}; at most {limit})", location
        )
    return value


def _exact_list(value: object, location: str, what: str, count: int) -> list[Any]:
    if not isinstance(value, list):
        _wrong_type(location, f"a list of {count} {what}", value)
    if len(value) != count:
        raise _ProblemError(
            "wrong_length", f"expected {count} {what}, found {len(value)}", location
        )
    return value


def _text(value: object, location: str, limit: int = MAX_TEXT_LENGTH) -> str:
    if not isinstance(value, str):
        _wrong_type(location, "text", value)
    if len(value) > limit:
        raise _ProblemError(
            "too_long",
            f"the text is too long ({len(value)} characters; at most {limit})",
            location,
        )
    if _SURROGATE.search(value):
        raise _ProblemError(
            "invalid_text",
            "the text contains an invalid character (an unpaired UTF-16 surrogate)",
            location,
        )
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")


def _date(value: object, location: str) -> str:
    text = _text(value, location, 100)
    if text == "":
        return text
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise _ProblemError(
            "bad_date",
            f"expected a date written as YYYY-MM-DD (or empty), found {_short(text)}",
            location,
        ) from None
    return text


def _timestamp(value: object, location: str) -> str:
    text = _text(value, location, 100)
    try:
        if not _TIMESTAMP.fullmatch(text):
            raise ValueError(text)
        datetime.fromisoformat(text[:-1])
    except ValueError:
        raise _ProblemError(
            "bad_timestamp",
            f"expected a UTC time written as YYYY-MM-DDTHH:MM:SSZ, found {_short(text)}",
            location,
        ) from None
    return text


def _score(value: object, location: str) -> Score:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        shown = _short(value) if isinstance(value, float | str) else _describe(value)
        raise _ProblemError(
            "bad_score",
            f"a score must be a whole number from {SCORE_MIN} to {SCORE_MAX}, or null when not "
            f"rated; found {shown}",
            location,
        )
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise _ProblemError(
            "bad_score",
            f"a score must be from {SCORE_MIN} to {SCORE_MAX}, found {_short(value)}",
            location,
        )
    return value


def _unknown_factor(key: object, location: str) -> NoReturn:
    raise _ProblemError(
        "unknown_factor",
        f"unknown factor {_short(key)} (the factors are {', '.join(FACTOR_KEYS)})",
        location,
    )


def _scores(value: object, location: str) -> dict[str, Score]:
    if not isinstance(value, dict):
        _wrong_type(location, "an object with a score per factor", value)
    for key in value:
        if key not in FACTOR_KEYS:
            _unknown_factor(key, location)
    scores: dict[str, Score] = {}
    for key in FACTOR_KEYS:
        where = _join(location, key)
        if key not in value:
            raise _ProblemError("missing_field", f'the score for "{key}" is missing', where)
        scores[key] = _score(value[key], where)
    return scores


def _factor_list(value: object, location: str) -> list[str]:
    items = _list(value, location, "factors", len(FACTOR_KEYS))
    factors: list[str] = []
    for index, item in enumerate(items):
        where = f"{location}[{index}]"
        if not isinstance(item, str):
            _wrong_type(where, "a factor key (text)", item)
        if item not in FACTOR_KEYS:
            _unknown_factor(item, where)
        if item in factors:
            raise _ProblemError("duplicate_factor", f"the factor {item!r} is listed twice", where)
        factors.append(item)
    return factors


_TOP_FIELDS = (
    "format",
    "schema_version",
    "app_version",
    "created",
    "modified",
    "meeting",
    "groups",
    "closing_answers",
    "agreements",
)
_MEETING_FIELDS = ("title", "workplace", "department", "date", "facilitator", "participants")
_GROUP_FIELDS = ("name", "scores", "notes")
_AGREEMENT_FIELDS = (
    "action",
    "factors",
    "goal",
    "responsible",
    "deadline",
    "evaluation",
    "follow_up",
    "status",
)


def _group(value: object, location: str) -> Group:
    fields = _object(value, location, _GROUP_FIELDS)
    notes = _exact_list(
        fields["notes"],
        _join(location, "notes"),
        "notes (one per dialogue question)",
        QUESTION_COUNT,
    )
    return Group(
        name=_text(fields["name"], _join(location, "name")),
        scores=_scores(fields["scores"], _join(location, "scores")),
        notes=[_text(note, f"{location}.notes[{i}]") for i, note in enumerate(notes)],
    )


def _agreement(value: object, location: str) -> Agreement:
    fields = _object(value, location, _AGREEMENT_FIELDS)
    status = _text(fields["status"], _join(location, "status"), 100)
    if status not in AGREEMENT_STATUSES:
        raise _ProblemError(
            "bad_status",
            f"unknown status {_short(status)} (the statuses are {', '.join(AGREEMENT_STATUSES)})",
            _join(location, "status"),
        )
    return Agreement(
        action=_text(fields["action"], _join(location, "action")),
        factors=_factor_list(fields["factors"], _join(location, "factors")),
        goal=_text(fields["goal"], _join(location, "goal")),
        responsible=_text(fields["responsible"], _join(location, "responsible")),
        deadline=_date(fields["deadline"], _join(location, "deadline")),
        evaluation=_text(fields["evaluation"], _join(location, "evaluation")),
        follow_up=_date(fields["follow_up"], _join(location, "follow_up")),
        status=status,
    )


def _session_from_document(value: object) -> Session:
    """Validate a current-version document completely and build the session from it."""
    top = _object(value, "", _TOP_FIELDS)
    if top["format"] != FORMAT_NAME:
        raise _ProblemError("not_amk_file", "the file is not an AMK session file", "format")
    version = top["schema_version"]
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise _ProblemError(
            "bad_version", f"expected format version {SCHEMA_VERSION}", "schema_version"
        )
    _text(top["app_version"], "app_version", MAX_VERSION_LENGTH)
    meeting = _object(top["meeting"], "meeting", _MEETING_FIELDS)
    details = MeetingDetails(
        title=_text(meeting["title"], "meeting.title"),
        workplace=_text(meeting["workplace"], "meeting.workplace"),
        department=_text(meeting["department"], "meeting.department"),
        date=_date(meeting["date"], "meeting.date"),
        facilitator=_text(meeting["facilitator"], "meeting.facilitator"),
        participants=_text(meeting["participants"], "meeting.participants"),
    )
    groups = _list(top["groups"], "groups", "groups", MAX_GROUPS)
    if not groups:
        raise _ProblemError(
            "no_groups", "the session has no group; it needs at least one", "groups"
        )
    answers = _exact_list(
        top["closing_answers"],
        "closing_answers",
        "closing answers (one per closing question)",
        CLOSING_QUESTION_COUNT,
    )
    agreements = _list(top["agreements"], "agreements", "agreements", MAX_AGREEMENTS)
    return Session(
        details=details,
        groups=[_group(group, f"groups[{i}]") for i, group in enumerate(groups)],
        closing_answers=[_text(a, f"closing_answers[{i}]") for i, a in enumerate(answers)],
        agreements=[_agreement(a, f"agreements[{i}]") for i, a in enumerate(agreements)],
        created=_timestamp(top["created"], "created"),
        modified=_timestamp(top["modified"], "modified"),
    )
