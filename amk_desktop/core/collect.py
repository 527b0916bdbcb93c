"""Collecting groups from other laptops' session files into this meeting (issue 9).

A group is recognised by its identity (`Group.id`), not its name. Each incoming group is one of:

- **added**: no group here has its identity; it is added as it is.
- **renamed**: added as well, but a group here already has its name (a different group that is
  also called "Gruppe 1"): it is kept apart under a free name, "Gruppe 1 (2)".
- **unchanged**: the same group is here with the same name, scores and notes, or with an older
  or equal time of change than ours (ours is the newer: nothing to do).
- **updated**: the same group changed elsewhere after it changed here: by default the newer
  version replaces ours (`Conflict.KEEP_NEWER`); with `Conflict.KEEP_BOTH` the other version is
  added beside ours as a copy (a new identity, a free name) and ours stays.

Collecting the same file twice adds nothing the second time. The plan is computed without
changing anything (the window shows it as a preview); `ImportGroups` in `core/commands.py`
applies it as one undo step. Meeting details and closing answers of the other files are never
merged. Their agreements are only offered (`offered_agreements`: those not already here, equal
field by field, since an agreement has no identity of its own) and added when the facilitator
chooses to (`with_agreements`). So is their review of the earlier meeting's agreements, when
they follow up the same earlier meeting as this one (issue 12: `offered_reviews`, taken with
`with_reviews`). No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from enum import Enum

from amk_desktop.core.baseline import Baseline, same_meeting
from amk_desktop.core.session import Agreement, Group, new_group_id


class Outcome(Enum):
    ADDED = "added"
    RENAMED = "renamed"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


class Conflict(Enum):
    """What to do with a group that changed both here and elsewhere."""

    KEEP_NEWER = "keep_newer"  # the version with the later time of change
    KEEP_BOTH = "keep_both"  # ours stays; the other is added as a copy


@dataclass(frozen=True)
class CollectedGroup:
    """One incoming group and what collecting does with it (for the preview and the command
    line: one line each)."""

    outcome: Outcome
    source: str  # the file it came from
    incoming: Group  # as the other file holds it
    name: str  # the name it has here afterwards
    ours: Group | None = None  # our version of the same group, if there is one


@dataclass(frozen=True)
class Review:
    """An earlier agreement as another file reviewed it: its status and how it went."""

    row: int  # in the earlier meeting's agreements
    status: str
    outcome: str
    action: str  # the agreement's action (to name it)
    source: str  # that file


@dataclass(frozen=True)
class CollectionPlan:
    items: tuple[CollectedGroup, ...]
    added: tuple[Group, ...]  # added at the end, in order
    replaced: tuple[tuple[int, Group], ...]  # (index here, its new version)
    offered_agreements: tuple[Agreement, ...] = ()  # the other files' agreements not here
    agreements: tuple[Agreement, ...] = ()  # those added at the end of ours (when chosen)
    offered_reviews: tuple[Review, ...] = ()  # earlier agreements the other files reviewed
    reviews: tuple[Review, ...] = ()  # those that replace ours (when chosen)

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.replaced or self.agreements or self.reviews)

    def with_agreements(self, chosen: bool) -> CollectionPlan:
        """The same plan, adding the offered agreements or not."""
        return replace(self, agreements=self.offered_agreements if chosen else ())

    def with_reviews(self, chosen: bool) -> CollectionPlan:
        """The same plan, taking the other files' review of the earlier agreements or not."""
        return replace(self, reviews=self.offered_reviews if chosen else ())

    def count(self, outcome: Outcome) -> int:
        return sum(item.outcome is outcome for item in self.items)


def _same_content(a: Group, b: Group) -> bool:
    return a.name == b.name and a.scores == b.scores and a.notes == b.notes


_NUMBERED = re.compile(r"^(.*) \((\d+)\)$")


def free_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or "name (2)", "name (3)" … : the first that no group in `taken` has."""
    used = set(taken)
    if name not in used:
        return name
    match = _NUMBERED.match(name)
    stem, number = (match.group(1), int(match.group(2))) if match else (name, 1)
    while True:
        number += 1
        candidate = f"{stem} ({number})"
        if candidate not in used:
            return candidate


def _copy(group: Group) -> Group:
    """An independent copy (the plan never shares lists with the files it read)."""
    return replace(group, scores=dict(group.scores), notes=list(group.notes))


def offered_agreements(
    current: Sequence[Agreement], incoming: Iterable[Sequence[Agreement]]
) -> tuple[Agreement, ...]:
    """The agreements of the other files that are not here yet, in order, each once."""

    def key(agreement: Agreement) -> tuple[object, ...]:
        return tuple(
            tuple(value) if isinstance(value, list) else value
            for value in (getattr(agreement, f.name) for f in fields(agreement))
        )

    seen = {key(agreement) for agreement in current}
    offered: list[Agreement] = []
    for agreements in incoming:
        for agreement in agreements:
            if key(agreement) not in seen:
                seen.add(key(agreement))
                offered.append(replace(agreement, factors=list(agreement.factors)))
    return tuple(offered)


def offered_reviews(
    baseline: Baseline | None, incoming: Iterable[tuple[str, Baseline | None]]
) -> tuple[Review, ...]:
    """The earlier agreements that the other files (each a (name, its baseline) pair, in
    order) reviewed otherwise than this file. A review is how it went, written down: a file
    whose agreement has no outcome noted offers nothing for it (a group's laptop that never
    did the review holds the earlier meeting's statuses, and must not reset this file's
    review). Only files that follow up the same earlier meeting count, and only agreements
    of the same action in the same place; where several files reviewed one otherwise, the
    last one's review is offered. Taking it changes only the status and how it went."""
    if baseline is None:
        return ()
    ours = baseline.agreements
    offered: dict[int, Review] = {}
    for source, theirs in incoming:
        if theirs is None or not same_meeting(
            baseline.created, baseline.details.date, theirs.created, theirs.details.date
        ):
            continue
        for row, (here, there) in enumerate(zip(ours, theirs.agreements, strict=False)):
            if here.action != there.action or not there.outcome.strip():
                continue
            if (there.status, there.outcome) != (here.status, here.outcome):
                offered[row] = Review(row, there.status, there.outcome, there.action, source)
    return tuple(offered[row] for row in sorted(offered))


def plan_collection(
    current: Sequence[Group],
    incoming: Iterable[tuple[str, Sequence[Group]]],
    conflict: Conflict = Conflict.KEEP_NEWER,
    agreements: tuple[Agreement, ...] = (),
    reviews: tuple[Review, ...] = (),
) -> CollectionPlan:
    """What collecting the groups of other files (each a (name, groups) pair, in order) into
    `current` would do, offering `agreements` (see `offered_agreements`) and `reviews` (see
    `offered_reviews`). Nothing is changed.
    A group that is in several of the files is taken in turn: the second one meets the first
    one's result."""
    groups = [_copy(group) for group in current]  # as they will be, step by step
    index_of = {group.id: index for index, group in enumerate(groups)}
    items: list[CollectedGroup] = []

    def other_names(skip: int | None = None) -> list[str]:
        return [group.name for index, group in enumerate(groups) if index != skip]

    for source, others in incoming:
        for other in others:
            here = index_of.get(other.id)
            ours = None if here is None else groups[here]
            if ours is not None and (_same_content(ours, other) or other.modified <= ours.modified):
                items.append(CollectedGroup(Outcome.UNCHANGED, source, other, ours.name, ours))
            elif ours is not None and here is not None and conflict is Conflict.KEEP_NEWER:
                newer = replace(_copy(other), name=free_name(other.name, other_names(here)))
                groups[here] = newer
                items.append(CollectedGroup(Outcome.UPDATED, source, other, newer.name, ours))
            else:  # a new group, or (KEEP_BOTH) the other version of ours as a copy
                added = _copy(other) if ours is None else replace(_copy(other), id=new_group_id())
                added.name = free_name(added.name, other_names())
                outcome = (
                    Outcome.UPDATED
                    if ours is not None
                    else (Outcome.ADDED if added.name == other.name else Outcome.RENAMED)
                )
                index_of.setdefault(added.id, len(groups))
                groups.append(added)
                items.append(CollectedGroup(outcome, source, other, added.name, ours))
    replaced = tuple(
        (index, groups[index])
        for index, group in enumerate(current)
        if groups[index].id != group.id
        or not _same_content(groups[index], group)
        or groups[index].modified != group.modified
    )
    return CollectionPlan(
        tuple(items),
        tuple(groups[len(current) :]),
        replaced,
        agreements,
        offered_reviews=reviews,
    )
