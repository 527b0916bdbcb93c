"""Marking translatable text in the Qt-free core.

The core cannot import Qt, yet its texts (factor names, the leaflet's guidance) must reach Qt
Linguist. `QT_TRANSLATE_NOOP(context, text)` returns the English source text unchanged and is
found by `pyside6-lupdate`; the user interface translates at the point of use with
`QCoreApplication.translate(context, text)` (see `amk_desktop.ui.i18n.tr_text`).
"""

from typing import NamedTuple


class Text(NamedTuple):
    """A translatable text: the Linguist context and the English source."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    return Text(context, source)
