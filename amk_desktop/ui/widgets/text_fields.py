"""Showing a model value in an editor without echoing it back as a new edit, and keeping
editors and labels fast whatever the text (a valid file may hold 1,000,000 characters in one
note, name or answer).

- Editors hold the full text. A plain-text editor wraps at word boundaries, except when the
  text has a very long run without spaces: Qt's word wrapping costs time in proportion to the
  square of such a run (a 1,000,000-character word froze the window for minutes), so then it
  wraps anywhere.
- Everything else that shows a text (combo box items, legends, headers, table cells,
  placeholders, tool tips, accessible descriptions) gets a bounded prefix (`elide`), so Qt
  never measures or lays out a huge text outside an editor.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, QSize
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

# A run of this many characters without white space is wrapped anywhere (no real word is as
# long; the cost of word wrapping grows with the square of a run's length).
LONG_RUN = 500
_LONG_RUN = re.compile(rf"(?:^|\s)\S{{{LONG_RUN}}}")  # linear: tried only after white space
# Names and texts outside editors are cut to this many characters (with "…").
ELIDE_LENGTH = 200
# A line editor's maximum length: Qt's largest, so that Qt never cuts a text (its default,
# 32,767, cut longer texts; and cutting a paste down to the maximum took Qt 90 s for a million
# characters). The model refuses a text over MAX_TEXT_LENGTH whole.
LINE_EDIT_MAX_LENGTH = 2**31 - 1


def elide(text: str, limit: int = ELIDE_LENGTH) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when it was cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def has_long_run(text: str) -> bool:
    """Whether `text` has a run of `LONG_RUN` or more characters without white space."""
    return len(text) >= LONG_RUN and _LONG_RUN.search(text) is not None


def _wrap_mode(text: str) -> QTextOption.WrapMode:
    """Word wrap, or wrap anywhere when `text` has a very long run."""
    if has_long_run(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class PlainTextEdit(QPlainTextEdit):
    """A plain-text editor that stays responsive with any text a session may hold: a paste or
    drop with a very long run switches to wrapping anywhere before the text goes in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and has_long_run(source.text()):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        super().insertFromMimeData(source)


class GrowingTextEdit(PlainTextEdit):
    """A notes box as tall as its text: `min_lines` when (nearly) empty, growing line by line
    up to `max_lines`, then scrolling. Question after question fits on a laptop screen, and a
    box with a long answer takes the room the empty ones leave."""

    def __init__(
        self, parent: QWidget | None = None, *, min_lines: int = 2, max_lines: int = 12
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self._lines = min_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        # the plain-text layout measures its size in lines (wrapped lines included; blocks
        # not laid out yet count as one): cheap whatever the text
        # (one line more than the text: room to go on writing)
        lines = int(self.document().documentLayout().documentSize().height()) + 1
        lines = max(self._min_lines, min(self._max_lines, lines))
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        document_margin = 2 * self.document().documentMargin()
        height = self._lines * self.fontMetrics().lineSpacing() + document_margin + frame
        return QSize(super().sizeHint().width(), int(height) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a new width wraps the text into more or fewer lines

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()


def show_plain_text(edit: QPlainTextEdit, text: str, *, keep_cursor: bool = False) -> None:
    """Put `text` in `edit` (only if it differs, so the cursor stays put while typing) with the
    editor's signals blocked, so the model does not see it as the user's typing.

    `keep_cursor` (after a refused edit): the cursor goes back to where the refused text began
    and the view does not scroll, so the user sees the text as it was before."""
    current = edit.toPlainText()
    if current == text:
        return
    position = edit.textCursor().position() - (len(current) - len(text))
    scroll = edit.verticalScrollBar().value()
    # Never lay out a long run with word wrap: wrap anywhere before the text goes in, and wrap
    # at words again only once the text that needed it is out.
    mode = _wrap_mode(text)
    if mode == QTextOption.WrapMode.WrapAnywhere:
        edit.setWordWrapMode(mode)
    edit.blockSignals(True)
    edit.setPlainText(text)
    edit.setWordWrapMode(mode)
    if keep_cursor:
        cursor = edit.textCursor()
        cursor.setPosition(max(0, min(position, len(text))))
        edit.setTextCursor(cursor)
        edit.verticalScrollBar().setValue(scroll)
    edit.blockSignals(False)


def show_line_text(edit: QLineEdit, text: str, *, keep_cursor: bool = False) -> None:
    """`show_plain_text` for a one-line editor (its own signals are not blocked: the pages
    listen to `textEdited`, which only typing emits). A new value shows its beginning."""
    current = edit.text()
    if current == text:
        return
    position = edit.cursorPosition() - (len(current) - len(text))
    edit.setText(text)
    edit.setCursorPosition(max(0, min(position, len(text))) if keep_cursor else 0)
