"""Showing a model value in an editor without echoing it back as a new edit."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def show_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Put `text` in `edit` (only if it differs, so the cursor stays put while typing) with the
    editor's signals blocked, so the model does not see it as the user's typing."""
    if edit.toPlainText() != text:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)
