"""How much a session may hold, so that it can always be saved: the numbers of the file format
and a cheap, exact-enough measure of the file a session makes.

The file format (`amk_desktop.formats.amk`) refuses to read or write a file beyond these
limits, so the window must never let a session grow past them: `SessionModel` keeps the size
of the session's file as a running total (`session_size` once when a session is shown, then
`text_size` differences per edit) and refuses an edit that would break a limit.

The size is that of the file as Save writes it (indented UTF-8 JSON, the larger of the two
forms; autosave writes the same content on one line). Texts are counted exactly, as JSON
escapes them; the rest is counted at its largest (every score ``null``, every agreement with
all six factors), so `session_size` is never below the real size and at most a few bytes per
group above it.

Nothing here imports Qt (nor json: this module is loaded at start-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields

from amk_desktop import __version__
from amk_desktop.core import MAX_TEXT_LENGTH as _MAX_TEXT_LENGTH
from amk_desktop.core.agenda import Agenda
from amk_desktop.core.baseline import Baseline
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session

# The file format's limits, far above any real meeting.
# characters in one text (a note, a name, an answer ...): defined in the package, which the
# window reads at start-up without this module
MAX_TEXT_LENGTH = _MAX_TEXT_LENGTH
MAX_GROUPS = 200
MAX_AGREEMENTS = 2000
MAX_FILE_SIZE = 20 * 1024 * 1024  # bytes of UTF-8 JSON

# Bytes of the indented file around its texts (a test recomputes them from the file format):
# the top level with empty texts, no group and no agreement; and what each group and each
# agreement adds with empty texts. The first group or agreement adds 2 bytes more than the
# next ones (the list opens onto lines of its own); FILE_OVERHEAD counts those 2 + 2 bytes,
# and the agenda of a meeting that has not started (`agenda_size` adds the longer numbers).
FILE_OVERHEAD = 605  # with "baseline": null
GROUP_OVERHEAD = 373  # scores counted as null (4 bytes; a score is 1); "modified" empty
AGREEMENT_OVERHEAD = 338  # all six factors listed; dates, status, outcome counted as texts
# The earlier meeting followed up (issue 12) and its chain: each meeting of the chain at depth
# k (1: this session's baseline) adds its own overhead, its groups' and its agreements', each
# indented 2 spaces more per level (upper bounds: the first agreement's extra lines included).
BASELINE_OVERHEAD = 283  # replacing "null": empty texts, no group, no agreement
BASELINE_OVERHEAD_STEP = 34
BASELINE_GROUP_OVERHEAD = 290  # scores counted as null, no notes
BASELINE_GROUP_STEP = 24
BASELINE_AGREEMENT_OVERHEAD = 374
BASELINE_AGREEMENT_STEP = 36

# What JSON escapes: '"' and '\' and the control characters. \b \f \n \r \t take 2 bytes, the
# other control characters 6 (\u001f), instead of 1.
_ESCAPED = re.compile('["\\\\\x00-\x1f]')
_SHORT_ESCAPES = '"\\\b\f\n\r\t'
_LONG_ESCAPES = re.compile("[\x00-\x07\x0b\x0e-\x1f]")


def text_size(text: str) -> int:
    """The bytes `text` adds to the file beyond an empty text: its UTF-8 length with JSON's
    escapes (a lone surrogate is saved as U+FFFD, 3 bytes, as 'surrogatepass' counts it).
    Linear in the text's length, at C speed (about a millisecond for a million characters)."""
    size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    if _ESCAPED.search(text) is not None:
        size += sum(text.count(character) for character in _SHORT_ESCAPES)
        size += 5 * _LONG_ESCAPES.subn("", text)[1]
    return size


def texts_size(texts: Iterable[str]) -> int:
    return sum(text_size(text) for text in texts)


def group_size(group: Group) -> int:
    """The bytes one group adds to the file (an upper bound: scores counted as null)."""
    return GROUP_OVERHEAD + len(group.modified) + text_size(group.name) + texts_size(group.notes)


# the agreement's texts: every field but the list of factors (counted in AGREEMENT_OVERHEAD)
AGREEMENT_TEXT_FIELDS = tuple(f.name for f in fields(Agreement) if f.name != "factors")


def agreement_size(agreement: Agreement) -> int:
    """The bytes one agreement adds to the file (an upper bound: six factors counted)."""
    return AGREEMENT_OVERHEAD + texts_size(
        getattr(agreement, field) for field in AGREEMENT_TEXT_FIELDS
    )


DETAIL_FIELDS = tuple(f.name for f in fields(MeetingDetails))


def agenda_size(agenda: Agenda) -> int:
    """The bytes the agenda's numbers add beyond those of an agenda not started (each number
    is written in whole units: one digit when not started, two for the minutes)."""
    numbers = (*agenda.spent, *agenda.added)
    return (
        sum(len(str(round(value))) - 1 for value in numbers)
        + len(str(agenda.meeting_minutes))
        - 2
        + len(str(agenda.current))
        - 1
    )


def baseline_size(baseline: Baseline | None) -> int:
    """The bytes the earlier meeting and its chain add to the file (an upper bound)."""
    size = 0
    for depth, link in enumerate(baseline.chain() if baseline else (), start=0):
        size += (
            BASELINE_OVERHEAD
            + BASELINE_OVERHEAD_STEP * depth
            + texts_size((link.file, link.created, link.modified))
            + texts_size(getattr(link.details, field) for field in DETAIL_FIELDS)
            + len(link.groups) * (BASELINE_GROUP_OVERHEAD + BASELINE_GROUP_STEP * depth)
            + texts_size(group.name for group in link.groups)
            + sum(
                agreement_size(agreement)
                - AGREEMENT_OVERHEAD
                + BASELINE_AGREEMENT_OVERHEAD
                + BASELINE_AGREEMENT_STEP * depth
                for agreement in link.agreements
            )
        )
    return size


def session_size(session: Session) -> int:
    """The size in bytes of the file Save would write for `session`, never less (see above).
    Linear in the session's size; `SessionModel` calls it only when a session is shown."""
    details = session.details
    return (
        FILE_OVERHEAD
        + text_size(__version__)
        + texts_size(getattr(details, field) for field in DETAIL_FIELDS)
        + sum(group_size(group) for group in session.groups)
        + texts_size(session.closing_answers)
        + sum(agreement_size(agreement) for agreement in session.agreements)
        + agenda_size(session.agenda)
        + baseline_size(session.baseline)
    )


def fit_chain(session: Session) -> int | None:
    """Cut the oldest earlier meetings off `session`'s chain until its file fits in
    `MAX_FILE_SIZE` (a follow-up keeps the earlier file's agreements and chain one level
    deeper, so it can outgrow a file that was just under the limit): how many were cut, or
    None when it does not fit even with nothing behind the meeting it follows up."""
    cut = 0
    while session_size(session) > MAX_FILE_SIZE:
        links = list(session.baseline.chain()) if session.baseline else []
        if len(links) < 2:
            return None
        links[-2].baseline = None
        cut += 1
    return cut


def too_long(text: str) -> bool:
    return len(text) > MAX_TEXT_LENGTH


# blank dialogue sheets are printed for at most this many groups at once
PAPER_GROUPS_MAX = 100
