"""Every change to a session as a named, immutable command, applied by the core.

A command says what changes and holds what it needs to be undone: `apply(session, command)`
makes the change and `inverse(command)` is the command that takes it back. Commands are plain
frozen dataclasses with no Qt, so the window's undo history (`amk_desktop.ui.session_model`,
a thin adapter over `QUndoStack`), tests and coming features (groups collected from other
laptops as one `ImportGroups` step) share one vocabulary of edits.

A text edit stores only the part of the text that changed (`TextChange`), not the whole old and
new text: typing 5,000 characters into a long note keeps 5,000 characters for undo, not 5,000
copies of the note. Consecutive edits of the same value combine into one (`merge`), in Python,
before anything reaches Qt (PySide6 6.11.3 keeps the Python object of every command that
`QUndoStack` itself merges alive).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from amk_desktop.core.baseline import Baseline
from amk_desktop.core.session import Agreement, Group, Score, Session
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

# Each command's `label` is the text of the Edit menu's "Undo …" / "Redo …", translated where
# it is shown (context "SessionModel", written out in each: pyside6-lupdate reads literals only).


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of `a` and `b`, by bisection over slice
    comparisons (each in C), so a long text costs O(n log n) byte comparisons, not a Python
    loop per character."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class TextChange:
    """One text turned into another, as the changed span only: at `start`, `removed` was
    replaced by `inserted`."""

    start: int
    removed: str
    inserted: str

    @classmethod
    def between(cls, old: str, new: str) -> TextChange:
        start = _common_prefix(old, new)
        rest = min(len(old), len(new)) - start
        end = _common_prefix(old[start:][::-1], new[start:][::-1]) if rest else 0
        return cls(start, old[start : len(old) - end], new[start : len(new) - end])

    def apply(self, text: str) -> str:
        """The new text, from the old one."""
        return text[: self.start] + self.inserted + text[self.start + len(self.removed) :]

    def revert(self, text: str) -> str:
        """The old text, from the new one."""
        return text[: self.start] + self.removed + text[self.start + len(self.inserted) :]

    def inverse(self) -> TextChange:
        return TextChange(self.start, self.inserted, self.removed)

    @property
    def is_empty(self) -> bool:
        return self.removed == self.inserted


# -- scores --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SetScore:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Change score")
    group: int
    key: str
    old: Score
    new: Score


# -- texts ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SetNote:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Type notes")
    group: int
    question: int
    change: TextChange


@dataclass(frozen=True)
class RenameGroup:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Rename group")
    group: int
    change: TextChange


@dataclass(frozen=True)
class SetDetail:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Edit meeting details")
    field: str  # a field of MeetingDetails
    change: TextChange


@dataclass(frozen=True)
class SetClosingAnswer:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Type closing answer")
    question: int
    change: TextChange


@dataclass(frozen=True)
class SetAgreementText:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Edit agreement")
    row: int
    field: str  # one of limits.AGREEMENT_TEXT_FIELDS
    change: TextChange
    earlier: bool = False  # an agreement of the earlier meeting, reviewed now (issue 12)


@dataclass(frozen=True)
class SetAgreementValue:
    """A field of an agreement that is not free text: factors, dates, status."""

    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Edit agreement")
    row: int
    field: str
    old: object
    new: object
    earlier: bool = False  # an agreement of the earlier meeting, reviewed now (issue 12)


@dataclass(frozen=True)
class SetBaseline:
    """The earlier meeting this one follows up (a copy, `core/baseline.py`), chosen, changed
    or taken away (None)."""

    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Choose the earlier meeting")
    old: Baseline | None
    new: Baseline | None


# -- structure -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class AddGroup:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Add group")
    index: int
    group: Group


@dataclass(frozen=True)
class RemoveGroup:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Remove group")
    index: int
    group: Group


@dataclass(frozen=True)
class MoveGroup:
    """A group moves from place `index` to place `to` (its colour follows its place)."""

    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Move group")
    index: int
    to: int


@dataclass(frozen=True)
class AddAgreement:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Add agreement")
    row: int
    agreement: Agreement


@dataclass(frozen=True)
class RemoveAgreement:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Remove agreement")
    row: int
    agreement: Agreement


@dataclass(frozen=True)
class MoveAgreement:
    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Move agreement")
    row: int
    to: int


@dataclass(frozen=True)
class ImportGroups:
    """Groups collected from other files (`core/collect.py`) as one step: `added` go in at
    `start` (the end of the list when collected), and each (index, old, new) of `replaced`
    takes the place of the old version; the other files' `agreements`, when chosen, go in at
    `agreement_start`, and each (row, old, new) of `reviews` is the earlier meeting's agreement
    as another file reviewed it. `reverse` takes the whole step back."""

    label: ClassVar[Text] = QT_TRANSLATE_NOOP("SessionModel", "Collect groups")
    start: int
    added: tuple[Group, ...]
    replaced: tuple[tuple[int, Group, Group], ...]
    reverse: bool = False
    agreement_start: int = 0
    agreements: tuple[Agreement, ...] = ()
    reviews: tuple[tuple[int, Agreement, Agreement], ...] = ()


TextCommand = SetNote | RenameGroup | SetDetail | SetClosingAnswer | SetAgreementText
_TEXT_COMMANDS = (SetNote, RenameGroup, SetDetail, SetClosingAnswer, SetAgreementText)
Command = (
    SetScore
    | TextCommand
    | SetAgreementValue
    | SetBaseline
    | AddGroup
    | RemoveGroup
    | MoveGroup
    | AddAgreement
    | RemoveAgreement
    | MoveAgreement
    | ImportGroups
)


# -- reading and writing the value a command changes ----------------------------------------------
def current_text(session: Session, command: TextCommand) -> str:
    """The text `command` edits, as it is in `session` now."""
    match command:
        case SetNote(group=group, question=question):
            return session.groups[group].notes[question]
        case RenameGroup(group=group):
            return session.groups[group].name
        case SetDetail(field=field):
            value: str = getattr(session.details, field)
            return value
        case SetClosingAnswer(question=question):
            return session.closing_answers[question]
        case SetAgreementText(row=row, field=field, earlier=earlier):
            text: str = getattr(_agreements(session, earlier)[row], field)
            return text


def _set_text(session: Session, command: TextCommand, text: str) -> None:
    match command:
        case SetNote(group=group, question=question):
            session.groups[group].set_note(question, text)
        case RenameGroup(group=group):
            session.groups[group].name = text
        case SetDetail(field=field):
            setattr(session.details, field, text)
        case SetClosingAnswer(question=question):
            session.closing_answers[question] = text
        case SetAgreementText(row=row, field=field, earlier=earlier):
            _replace_agreement(session, row, field, text, earlier)


def _agreements(session: Session, earlier: bool) -> list[Agreement]:
    """The session's agreements, or (`earlier`) those of the meeting it follows up."""
    if not earlier:
        return session.agreements
    if session.baseline is None:
        raise LookupError("the session follows up no earlier meeting")
    return session.baseline.agreements


def _replace_agreement(
    session: Session, row: int, field: str, value: Any, earlier: bool = False
) -> None:
    """A new `Agreement` in place of the old one, never a change inside it: a snapshot taken
    for autosave may still hold the old one."""
    changes: dict[str, Any] = {field: value}
    agreements = _agreements(session, earlier)
    agreements[row] = replace(agreements[row], **changes)


def apply(session: Session, command: Command) -> None:
    """Make the change `command` describes."""
    match command:
        case SetScore(group=group, key=key, new=new):
            session.groups[group].set_score(key, new)
        case SetNote() | RenameGroup() | SetDetail() | SetClosingAnswer() | SetAgreementText():
            _set_text(session, command, command.change.apply(current_text(session, command)))
        case SetAgreementValue(row=row, field=field, new=new, earlier=earlier):
            _replace_agreement(session, row, field, new, earlier)
        case SetBaseline(new=new):
            session.baseline = new
        case ImportGroups(start=start, added=added, replaced=replaced, reverse=False):
            for index, _old, new in replaced:
                session.groups[index] = new
            session.groups[start:start] = added
            at = command.agreement_start
            session.agreements[at:at] = command.agreements
            _review(session, [(row, new) for row, _old, new in command.reviews])
        case ImportGroups(start=start, added=added, replaced=replaced, reverse=True):
            del session.groups[start : start + len(added)]
            for index, old, _new in replaced:
                session.groups[index] = old
            at = command.agreement_start
            del session.agreements[at : at + len(command.agreements)]
            _review(session, [(row, old) for row, old, _new in command.reviews])
        case _:
            _apply_to_lists(session, command)


def _review(session: Session, reviewed: list[tuple[int, Agreement]]) -> None:
    """The earlier meeting's agreements at those rows replaced, as `_replace_agreement` does."""
    for row, agreement in reviewed:
        _agreements(session, earlier=True)[row] = agreement


def _apply_to_lists(session: Session, command: Command) -> None:
    """Groups and agreements added, removed or moved."""
    match command:
        case AddGroup(index=index, group=group):
            session.groups.insert(index, group)
        case RemoveGroup(index=index):
            del session.groups[index]
        case MoveGroup(index=index, to=to):
            session.groups.insert(to, session.groups.pop(index))
        case AddAgreement(row=row, agreement=agreement):
            session.agreements.insert(row, agreement)
        case RemoveAgreement(row=row):
            del session.agreements[row]
        case MoveAgreement(row=row, to=to):
            session.agreements.insert(to, session.agreements.pop(row))


def inverse(command: Command) -> Command:
    """The command that takes `command` back."""
    match command:
        case SetScore():
            return replace(command, old=command.new, new=command.old)
        case SetNote() | RenameGroup() | SetDetail() | SetClosingAnswer() | SetAgreementText():
            return replace(command, change=command.change.inverse())
        case SetAgreementValue():
            return replace(command, old=command.new, new=command.old)
        case SetBaseline(old=old, new=new):
            return SetBaseline(new, old)
        case AddGroup(index=index, group=group):
            return RemoveGroup(index, group)
        case RemoveGroup(index=index, group=group):
            return AddGroup(index, group)
        case MoveGroup(index=index, to=to):
            return MoveGroup(to, index)
        case AddAgreement(row=row, agreement=agreement):
            return RemoveAgreement(row, agreement)
        case RemoveAgreement(row=row, agreement=agreement):
            return AddAgreement(row, agreement)
        case MoveAgreement(row=row, to=to):
            return MoveAgreement(to, row)
        case ImportGroups():
            return replace(command, reverse=not command.reverse)


def is_empty(command: Command) -> bool:
    """Whether `command` changes nothing (an edit typed and taken back, a slider dragged back
    to where it started)."""
    match command:
        case SetScore() | SetAgreementValue():
            return command.old == command.new
        case SetBaseline():
            return command.old is command.new
        case SetNote() | RenameGroup() | SetDetail() | SetClosingAnswer() | SetAgreementText():
            return command.change.is_empty
        case MoveAgreement(row=row, to=to):
            return row == to
        case MoveGroup(index=index, to=to):
            return index == to
        case ImportGroups(added=added, replaced=replaced, agreements=agreements):
            return not added and not replaced and not agreements and not command.reviews
        case _:
            return False


def _same_value(earlier: Command, later: Command) -> bool:
    """Whether the two commands change the same value (the same score, the same text)."""
    if type(earlier) is not type(later) or isinstance(
        earlier,
        AddGroup
        | RemoveGroup
        | MoveGroup
        | AddAgreement
        | RemoveAgreement
        | MoveAgreement
        | ImportGroups
        | SetBaseline,
    ):
        return False
    keep = ("old", "new", "change")
    fields = earlier.__dataclass_fields__
    return all(getattr(earlier, f) == getattr(later, f) for f in fields if f not in keep)


def merge(earlier: Command, later: Command, session: Session) -> Command | None:
    """One command that does what `earlier` and then `later` do, when both change the same
    value; None otherwise. `session` is as `earlier` left it, before `later` is applied."""
    if not _same_value(earlier, later):
        return None
    if isinstance(earlier, SetScore) and isinstance(later, SetScore):
        return replace(earlier, new=later.new)
    if isinstance(earlier, SetAgreementValue) and isinstance(later, SetAgreementValue):
        return replace(earlier, new=later.new)
    if isinstance(earlier, _TEXT_COMMANDS) and isinstance(later, _TEXT_COMMANDS):
        now = current_text(session, earlier)
        before, after = earlier.change.revert(now), later.change.apply(now)
        return replace(earlier, change=TextChange.between(before, after))
    return None


def text_edit(command_type: type[TextCommand], old: str, new: str, **where: object) -> TextCommand:
    """A text command that changes `old` into `new`, e.g.
    ``text_edit(SetNote, old, new, group=0, question=2)``."""
    return command_type(change=TextChange.between(old, new), **where)  # type: ignore[arg-type]
