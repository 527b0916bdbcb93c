"""Marking translatable text in the Qt-free core.

The core cannot import Qt, yet its texts (factor names, the leaflet's guidance) must reach Qt
Linguist. `QT_TRANSLATE_NOOP(context, text)` returns the English source text unchanged and is
found by `pyside6-lupdate`; the user interface translates at the point of use with
`QCoreApplication.translate(context, text)` (see `amk_desktop.i18n.tr_text`).
"""

import re
from typing import NamedTuple


class Text(NamedTuple):
    """A translatable text: the Linguist context and the English source."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    return Text(context, source)


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *args: object) -> str:
    """Qt-style ``%1`` … ``%9`` placeholders replaced in ONE pass, so that a ``%2`` inside a
    filled-in value (a file or group name the user typed) is never replaced in turn."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
