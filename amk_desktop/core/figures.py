"""Means and changes as they are shown: one decimal, rounded half up (2,25 is shown 2,3), the
same in the window, on paper and on the command line, and a change is always the difference
of the two figures shown (2,3 → 2,8 is +0,5, whatever the unrounded means). No Qt."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NOISE_DIGITS = 9  # a mean computed in floating point is first rounded to this many decimals


def one_decimal(value: float) -> float:
    """`value` rounded to one decimal, half up (Python's `round` and `format` round half to
    even, and binary fractions make 2,25 and 2,35 go different ways). The float's own noise
    goes first: a mean of person means that is 47,75 exactly may come out 47,749999999999993,
    and means of scores are never that close to a half without being one."""
    exact = Decimal(repr(round(value, NOISE_DIGITS)))
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def change(earlier: float | None, now: float | None) -> float | None:
    """`now` less `earlier` as they are shown (one decimal each); None if either is missing."""
    if earlier is None or now is None:
        return None
    return round(one_decimal(now) - one_decimal(earlier), 1)


def is_no_change(value: float) -> bool:
    """Whether a change shows as 0,0 (it has no sign)."""
    return one_decimal(abs(value)) == 0


def written(value: float, locale: str) -> str:
    """One decimal as people write it: 3,7 in Danish ("da"), 3.7 otherwise (paper, the command
    line; the window uses the language's own `QLocale`)."""
    text = f"{one_decimal(value):.1f}"
    return text.replace(".", ",") if locale == "da" else text


def signed(value: float, shown: str) -> str:
    """`shown`, the figure of the change `value` without its sign, with the sign: +0,5 and
    −1,0, but 0,0 without."""
    return shown if is_no_change(value) else ("+" if value > 0 else "−") + shown
