"""Dates as people type them in a meeting room: "31012027", "31.1.27", "31/01/2027",
"2027-01-31". Day first, as in Danish (and British) writing; ISO dates as they are. No Qt.

A date is stored as an ISO 8601 string ("" for no date) everywhere in the session; this module
only reads what a person typed.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SEPARATED = re.compile(r"^(\d{1,2})[.\-/ ]+(\d{1,2})(?:[.\-/ ]+(\d{2}|\d{4}))?\.?$")
_DIGITS = re.compile(r"^\d+$")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: str | None, today: date) -> int:
    if year is None:
        return today.year
    if len(year) == 2:
        return 2000 + int(year)
    return int(year)


def parse_typed_date(text: str, today: date) -> date | None:
    """The date `text` means, or None when it is not a date. An empty text is None too (the
    caller decides that it means "no date").

    - ISO: "2027-01-31";
    - day, month and an optional year with separators (. - / or space): "31.01.2027",
      "31/1/27", "31. 1." (the year of `today` when left out);
    - digits only: "31012027" (ddmmyyyy), "310127" (ddmmyy), "3101" (ddmm).
    """
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if match := _SEPARATED.match(text):
        return _make(_full_year(match[3], today), int(match[2]), int(match[1]))
    if _DIGITS.match(text) and len(text) in (4, 6, 8):
        year = text[4:] or None
        return _make(_full_year(year, today), int(text[2:4]), int(text[:2]))
    return None


_MONTHS: dict[str, tuple[str, ...]] = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_MONTHS_SHORT_EN = tuple(month[:3] for month in _MONTHS["en"])


def written_date(iso: str, locale: str, *, short: bool = False) -> str:
    """An ISO date as people write it in print (the sheets; the reports' date of making): da
    ``23. november 2026`` (short ``23.11.2026``), en ``23 November 2026`` (short
    ``23 Nov 2026``). Text that is not an ISO date is returned unchanged (stripped)."""
    value = iso.strip()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    if locale == "da":
        if short:
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.day}. {_MONTHS['da'][day.month - 1]} {day.year}"
    if short:
        return f"{day.day} {_MONTHS_SHORT_EN[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"
