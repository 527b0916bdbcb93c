"""What can go wrong with a session file: `SessionFileError` with its stable codes, the internal
`_ProblemError`, and the words for operating-system errors and for values in messages.

The bottom of the package: every other module of it may import this one, and this one imports
none of them.
"""

from __future__ import annotations

import errno
import os

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
    "bad_group_id",
    "duplicate_group_id",
    "bad_agenda",
    # writing the file
    "disk_full",
    "read_only",
    "file_read_only",
    "protected_target",
    "write_failed",
    # a bug in this module (never expected; kept so that nothing else escapes)
    "internal_error",
)


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


# ----------------------------------------------------------------- values, in a message's words


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
