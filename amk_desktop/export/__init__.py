"""Printable exports: the printed sheets as PDF, drawn with reportlab.

No Qt: fixed texts are translated by the `translate` function the caller passes in (the user
interface passes a Qt-based one, tests can pass ``lambda t: t.source`` for English). Importing
this package imports reportlab (about 0.1 s), so the user interface should import it only when
the user exports or prints.

Two documents:

* `build_agreements_sheet` – the meeting's agreements sheet: details, the groups' spider chart
  (same geometry as the window, from `amk_desktop.core.radar`), the scores, the agreements, the
  closing answers and the groups' notes.
* `build_blank_sheets` – NFA's paper pages for groups working on paper: the introduction and the
  six factors, then "Dialogue exercise" and "Dialogue questions" (repeated `copies` times).

Both raise `BuildCancelled` soon after the caller's `cancelled()` returns True. Whatever the
session holds:

* Every text is printed literally (``<b>``, ``&``, ``<img src=...>``), and nothing is ever
  fetched; a character the embedded font cannot show prints as ``□`` (`para_text`).
* Nothing is cut off: long words break at the column width, tall table rows break over pages,
  and a row taller than a page is printed as a block of fields.
* Time and memory grow in proportion to the text, whatever its shape (a session file may hold
  texts of 1,000,000 characters, 200 groups, 2,000 agreements, 20 MB in all).

The modules, each importing only those listed before it (details in their docstrings):

* `labels` – the fixed texts of the sheets (Linguist context "Sheet").
* `reportlab_setup` – the embedded fonts (fast), reportlab's process-wide settings.
* `theme` – colours, paper sizes and margins, paragraph styles.
* `text_layout` – plain text made printable (`printable`, `para_text`) and broken into the
  lines reportlab would make, in linear time (`_TextLines`).
* `tables` – reportlab's `Table` with our row-splitting rule; long tables a page at a time.
* `chart` – the spider chart as vector shapes.
* `document` – `_Sheet`, the page template, footer and page numbers, cancellation.
* `agreements_sheet`, `blank_sheets` – the two documents.
* `survey_report` – NFA's 8-item survey per department (issue 13), imported where it is used.
"""

from amk_desktop.export.agreements_sheet import build_agreements_sheet
from amk_desktop.export.blank_sheets import build_blank_sheets
from amk_desktop.export.document import BuildCancelled, Locale, Paper, Translate
from amk_desktop.export.text_layout import para_text

__all__ = [
    "BuildCancelled",
    "Locale",
    "Paper",
    "Translate",
    "build_agreements_sheet",
    "build_blank_sheets",
    "para_text",
]
