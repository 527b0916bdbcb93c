"""Reading a file's bytes as JSON, strictly: UTF-8 (a BOM is allowed), no duplicate keys, no
NaN or Infinity, no absurdly long numbers, and no nesting or number of values that no session
file can have (checked before parsing, so that a hostile file cannot make the parser recurse
or spend seconds). Any problem raises `_ProblemError`; what the JSON means is checked later
(`migrations`, `v1`).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, NoReturn

from amk_desktop.core.baseline import MAX_CHAIN
from amk_desktop.formats.amk.constants import MAX_AGREEMENTS, MAX_DEPTH, MAX_FILE_SIZE, MAX_GROUPS
from amk_desktop.formats.amk.errors import _ProblemError, _short


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
    # agreement, in the session and in each earlier meeting of its chain (schema 4).
    items = (MAX_GROUPS + MAX_AGREEMENTS) * (MAX_CHAIN + 1)
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
