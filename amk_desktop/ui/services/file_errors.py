"""Plain, translated words for a `SessionFileError`, for the error dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text, fill
from amk_desktop.formats.amk import SessionFileError
from amk_desktop.i18n import tr_text

_INVALID_CONTENT = QT_TRANSLATE_NOOP("FileErrors", "The content of the file is not valid.")

REASONS: dict[str, Text] = {
    "not_found": QT_TRANSLATE_NOOP("FileErrors", "The file or folder does not exist."),
    "permission_denied": QT_TRANSLATE_NOOP(
        "FileErrors", "You do not have permission to use the file or folder."
    ),
    "not_a_file": QT_TRANSLATE_NOOP(
        "FileErrors", "The name belongs to a folder or a device, not a file."
    ),
    "unreadable": QT_TRANSLATE_NOOP("FileErrors", "The file could not be read."),
    "too_large": QT_TRANSLATE_NOOP("FileErrors", "The file is too large to be a session file."),
    "empty": QT_TRANSLATE_NOOP("FileErrors", "The file is empty."),
    "not_utf8": QT_TRANSLATE_NOOP(
        "FileErrors", "The file is not an AMK Desktop session: it does not contain text."
    ),
    "truncated": QT_TRANSLATE_NOOP("FileErrors", "The file is incomplete: it has been cut off."),
    "not_json": QT_TRANSLATE_NOOP("FileErrors", "The file is damaged: it is not valid JSON."),
    "too_deep": QT_TRANSLATE_NOOP("FileErrors", "The file is damaged: it is nested too deeply."),
    "invalid_number": QT_TRANSLATE_NOOP(
        "FileErrors", "The file contains an invalid number (NaN or Infinity)."
    ),
    "duplicate_key": QT_TRANSLATE_NOOP("FileErrors", "The file contains the same field twice."),
    "invalid_text": QT_TRANSLATE_NOOP("FileErrors", "The file contains invalid characters."),
    "not_amk_file": QT_TRANSLATE_NOOP("FileErrors", "The file is not an AMK Desktop session."),
    "bad_version": QT_TRANSLATE_NOOP("FileErrors", "The file's format version is not valid."),
    "newer_version": QT_TRANSLATE_NOOP(
        "FileErrors",
        "The file was made by a newer version of AMK Desktop. Update the program to open it.",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "FileErrors", "The file is from an older version and could not be converted."
    ),
    "disk_full": QT_TRANSLATE_NOOP("FileErrors", "The disk is full."),
    "read_only": QT_TRANSLATE_NOOP(
        "FileErrors", "The disk or folder is read-only. Choose another folder with Save As."
    ),
    "file_read_only": QT_TRANSLATE_NOOP(
        "FileErrors",
        "The file is read-only: its permissions do not allow changes. Save a copy under another "
        "name with Save As.",
    ),
    "protected_target": QT_TRANSLATE_NOOP(
        "FileErrors",
        "That name belongs to a session file (directly or through a link). A PDF is never written "
        "over a session file; choose another name.",
    ),
    "write_failed": QT_TRANSLATE_NOOP("FileErrors", "The file could not be written."),
}


def describe(error: SessionFileError, *, saving: bool) -> str:
    """Names the file and the problem, says what happened to the data, and keeps the technical
    detail (in English) at the end for whoever helps."""
    name = Path(error.file).name or error.file
    if saving:
        headline = fill(QCoreApplication.translate("FileErrors", "“%1” could not be saved."), name)
        outcome = QCoreApplication.translate(
            "FileErrors", "Your work is still open in the window; try Save As."
        )
    else:
        headline = fill(QCoreApplication.translate("FileErrors", "“%1” could not be opened."), name)
        outcome = (
            ""
            if error.code == "not_found"
            else QCoreApplication.translate("FileErrors", "The file has not been changed.")
        )
    reason = tr_text(REASONS.get(error.code, _INVALID_CONTENT))
    detail = fill(QCoreApplication.translate("FileErrors", "Details: %1"), str(error))
    return f"{headline}\n\n{reason} {outcome}".rstrip() + f"\n\n{detail}"
