"""The words the window and the printed sheets share, translated once (Linguist context
"Agreement"): the names of an agreement's fields and of its follow-up states. The agreements
table's headers and the sheet's columns are these texts, so the screen and the paper always
say the same."""

from __future__ import annotations

from amk_desktop.core.session import AGREEMENT_STATUSES
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

AGREEMENT_FIELD_LABELS: dict[str, Text] = {
    "action": QT_TRANSLATE_NOOP("Agreement", "Action"),
    "factors": QT_TRANSLATE_NOOP("Agreement", "Factors"),
    "goal": QT_TRANSLATE_NOOP("Agreement", "Goal"),
    "responsible": QT_TRANSLATE_NOOP("Agreement", "Responsible"),
    "deadline": QT_TRANSLATE_NOOP("Agreement", "Deadline"),
    "evaluation": QT_TRANSLATE_NOOP("Agreement", "Evaluation criterion"),
    "follow_up": QT_TRANSLATE_NOOP("Agreement", "Follow-up"),
    "status": QT_TRANSLATE_NOOP("Agreement", "Status"),
}

STATUS_LABELS: dict[str, Text] = {
    "open": QT_TRANSLATE_NOOP("Agreement", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Agreement", "In progress"),
    "done": QT_TRANSLATE_NOOP("Agreement", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Agreement", "Dropped"),
}
assert tuple(STATUS_LABELS) == AGREEMENT_STATUSES
