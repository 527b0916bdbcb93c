"""Files changed elsewhere: a `Fingerprint` of what this program last read or wrote, to notice
when another program (a second window, a laptop on a shared folder, a sync client) has changed
the file since.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

from amk_desktop.formats.amk.constants import MAX_FILE_SIZE


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
