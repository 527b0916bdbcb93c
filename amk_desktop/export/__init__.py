"""Printable exports. Qt-free: the caller passes a `translate` function for the fixed texts.

Importing this package imports reportlab (about 0.1 s), so the user interface should import it
only when the user exports or prints.
"""

from amk_desktop.export.pdf import (
    BuildCancelled,
    Locale,
    Paper,
    Translate,
    build_agreements_sheet,
    build_blank_sheets,
    para_text,
)

__all__ = [
    "BuildCancelled",
    "Locale",
    "Paper",
    "Translate",
    "build_agreements_sheet",
    "build_blank_sheets",
    "para_text",
]
