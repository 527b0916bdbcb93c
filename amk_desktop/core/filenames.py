"""File names suggested from user text (a meeting's title), safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
MAX_STEM = 80


def file_stem(title: str, fallback: str) -> str:
    """`title` as a file name without suffix: characters no file system accepts become "-",
    surrounding dots and spaces go, at most `MAX_STEM` characters; `fallback` when nothing is
    left (or the name is reserved on Windows)."""
    stem = _FORBIDDEN.sub("-", unicodedata.normalize("NFC", title))
    stem = re.sub(r"\s+", " ", stem).strip(" .-")[:MAX_STEM].rstrip(" .-")
    if not stem or stem.lower() in _RESERVED:
        return fallback
    return stem
