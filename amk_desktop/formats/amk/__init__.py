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

This module holds the public functions (saving, loading, reading bytes) and re-exports the
package's other public names; the rest is in its modules, each importing only those listed
after it:

- `v1`: schema version 1, the mapping between a `Session` and the document (writing and
  validation);
- `migrations`: the kind and version of a document, and `MIGRATIONS` up to the current one;
- `parsing`: bytes to JSON, strictly (encoding, duplicate keys, numbers, depth, size);
- `output_target`: never writing a PDF over a session file (`check_output_target`);
- `fingerprints`: noticing files changed by another program (`Fingerprint`);
- `atomic_write`: writing any file atomically and durably, ``.bak`` copies, stale temporary
  files;
- `errors`: `SessionFileError`, its codes, and the words for problems;
- `constants`: the format's names and limits.

Nothing here imports Qt.
"""

from __future__ import annotations

import json
import os
import stat

from amk_desktop.core.session import Session, utc_timestamp
from amk_desktop.formats.amk.atomic_write import (
    STALE_TEMP_AGE,
    backup_path,
    is_read_only,
    remove_stale_temporary_files,
    write_file_atomically,
)
from amk_desktop.formats.amk.constants import (
    BACKUP_SUFFIX,
    FILE_SUFFIX,
    FORMAT_NAME,
    MAX_AGREEMENTS,
    MAX_DEPTH,
    MAX_FILE_SIZE,
    MAX_GROUPS,
    MAX_TEXT_LENGTH,
    MAX_VERSION_LENGTH,
    MEDIA_TYPE,
    SCHEMA_VERSION,
    Document,
)
from amk_desktop.formats.amk.current_schema import _document, _session_from_document
from amk_desktop.formats.amk.errors import (
    ERROR_CODES,
    SessionFileError,
    _os_problem,
    _ProblemError,
)
from amk_desktop.formats.amk.fingerprints import Fingerprint, changed_on_disk, fingerprint
from amk_desktop.formats.amk.migrations import MIGRATIONS, Migration, _migrate
from amk_desktop.formats.amk.output_target import check_output_target, sniff_session_file
from amk_desktop.formats.amk.parsing import _parse, _too_large

__all__ = [
    "BACKUP_SUFFIX",
    "ERROR_CODES",
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "MAX_AGREEMENTS",
    "MAX_DEPTH",
    "MAX_FILE_SIZE",
    "MAX_GROUPS",
    "MAX_TEXT_LENGTH",
    "MAX_VERSION_LENGTH",
    "MEDIA_TYPE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "STALE_TEMP_AGE",
    "Document",
    "Fingerprint",
    "Migration",
    "SessionFileError",
    "backup_path",
    "changed_on_disk",
    "check_output_target",
    "fingerprint",
    "is_read_only",
    "load_session",
    "load_session_bytes",
    "read_session",
    "remove_stale_temporary_files",
    "save_session",
    "session_to_dict",
    "session_to_json",
    "sniff_session_file",
    "to_bytes",
    "utc_timestamp",
    "write_file_atomically",
]


# --------------------------------------------------------------------------- writing


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
