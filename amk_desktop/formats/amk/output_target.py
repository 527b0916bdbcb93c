"""Output files: never write a PDF (or any other output) over a session file, whatever its name
or however a link leads to it.
"""

from __future__ import annotations

import codecs
import os
import stat

from amk_desktop.formats.amk.constants import BACKUP_SUFFIX, FILE_SUFFIX, FORMAT_NAME
from amk_desktop.formats.amk.errors import SessionFileError


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
