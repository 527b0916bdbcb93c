"""Dates as typed in the meeting room (issue 10: "31012027" typed into an empty Frist cell was
lost)."""

from __future__ import annotations

from datetime import date

import pytest

from amk_desktop.core.dates import parse_typed_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31012027", date(2027, 1, 31)),
        ("310127", date(2027, 1, 31)),
        ("3101", date(2026, 1, 31)),
        ("31.01.2027", date(2027, 1, 31)),
        ("31.1.27", date(2027, 1, 31)),
        ("31/1/2027", date(2027, 1, 31)),
        ("31-01-2027", date(2027, 1, 31)),
        ("31. 1.", date(2026, 1, 31)),
        (" 1.2.2027 ", date(2027, 2, 1)),
        ("2027-01-31", date(2027, 1, 31)),
        ("29.02.2028", date(2028, 2, 29)),
    ],
)
def test_typed_dates_are_read_day_first(typed: str, meant: date) -> None:
    assert parse_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed", ["", "  ", "32.01.2027", "31.13.2027", "29.02.2027", "3101202", "i morgen", "1.2.3.4"]
)
def test_what_is_not_a_date_is_none(typed: str) -> None:
    assert parse_typed_date(typed, TODAY) is None
