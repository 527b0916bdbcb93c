"""Collecting groups from other laptops' files (issue 9): the plan, in the Qt-free core."""

from __future__ import annotations

from dataclasses import replace

from amk_desktop.core.baseline import Baseline, follow_up_session
from amk_desktop.core.collect import (
    Conflict,
    Outcome,
    free_name,
    offered_agreements,
    offered_reviews,
    plan_collection,
)
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session

T1, T2, T3 = "2026-11-30T10:00:00Z", "2026-11-30T11:00:00Z", "2026-11-30T12:00:00Z"


def group(name: str, trust: int | None = None, *, id: str, modified: str = T1) -> Group:
    scores = dict.fromkeys(FACTOR_KEYS)
    scores["trust"] = trust
    return Group(name, scores=scores, id=id, modified=modified)


A = group("Gruppe 1", 3, id="a" * 32)
B = group("Gruppe 2", 4, id="b" * 32)


def outcomes(plan) -> list[tuple[str, str]]:
    return [(item.outcome.value, item.name) for item in plan.items]


def test_new_groups_are_added_and_a_clash_of_names_is_kept_apart() -> None:
    other_one = group("Gruppe 1", 5, id="c" * 32)  # another group, also called "Gruppe 1"
    plan = plan_collection([A], [("laptop2.amk", [B, other_one])])
    assert outcomes(plan) == [("added", "Gruppe 2"), ("renamed", "Gruppe 1 (2)")]
    assert [g.name for g in plan.added] == ["Gruppe 2", "Gruppe 1 (2)"]
    assert [g.id for g in plan.added] == [B.id, other_one.id]  # identities kept
    assert plan.replaced == ()
    assert plan.added[0] is not B and plan.added[0].notes is not B.notes  # copies


def test_collecting_the_same_file_twice_adds_nothing_the_second_time() -> None:
    incoming = [B, group("Gruppe 1", 5, id="c" * 32)]
    first = plan_collection([A], [("x.amk", incoming)])
    after = [A, *first.added]
    second = plan_collection(after, [("x.amk", incoming)])
    assert outcomes(second) == [("unchanged", "Gruppe 2"), ("unchanged", "Gruppe 1 (2)")]
    assert not second.changes_anything


def test_the_same_group_changed_elsewhere_keeps_the_newer_version() -> None:
    newer = replace(A, scores={**A.scores, "trust": 1}, modified=T2)
    plan = plan_collection([A, B], [("y.amk", [newer])])
    assert outcomes(plan) == [("updated", "Gruppe 1")]
    assert plan.replaced == ((0, newer),) and plan.added == ()
    assert plan.items[0].ours == A  # shown beside the other version in the preview
    older = replace(A, scores={**A.scores, "trust": 5}, modified="2026-11-29T09:00:00Z")
    assert outcomes(plan_collection([A], [("z.amk", [older])])) == [("unchanged", "Gruppe 1")]
    assert not plan_collection([A], [("z.amk", [older])]).changes_anything


def test_keep_both_adds_the_other_version_as_a_copy() -> None:
    newer = replace(A, scores={**A.scores, "trust": 1}, modified=T2)
    plan = plan_collection([A], [("y.amk", [newer])], Conflict.KEEP_BOTH)
    assert outcomes(plan) == [("updated", "Gruppe 1 (2)")]
    (copy,) = plan.added
    assert copy.id != A.id and copy.scores["trust"] == 1 and plan.replaced == ()


def test_a_group_in_two_files_is_taken_in_turn() -> None:
    c1 = group("Gruppe 3", 2, id="c" * 32, modified=T2)
    c2 = replace(c1, scores={**c1.scores, "trust": 4}, modified=T3)
    plan = plan_collection([A], [("one.amk", [c1]), ("two.amk", [c2, c1])])
    assert [item.outcome for item in plan.items] == [
        Outcome.ADDED,
        Outcome.UPDATED,
        Outcome.UNCHANGED,
    ]
    assert [(g.id, g.scores["trust"]) for g in plan.added] == [(c1.id, 4)]  # one group, newest
    a2 = replace(A, name="Holdet", modified=T2)
    renamed = plan_collection([A, B], [("r.amk", [a2, replace(B, modified=T3, name="Holdet")])])
    assert [g.name for _, g in renamed.replaced] == ["Holdet", "Holdet (2)"]


def test_free_names() -> None:
    assert free_name("Gruppe 1", ["Gruppe 2"]) == "Gruppe 1"
    assert free_name("Gruppe 1", ["Gruppe 1", "Gruppe 1 (2)"]) == "Gruppe 1 (3)"
    assert free_name("Gruppe 1 (2)", ["Gruppe 1 (2)"]) == "Gruppe 1 (3)"
    assert free_name("", [""]) == " (2)"


def test_agreements_are_offered_once_and_only_when_not_here() -> None:
    here = Agreement(action="APV", factors=["trust", "knowledge"], deadline="2027-01-31")
    same = Agreement(action="APV", factors=["trust", "knowledge"], deadline="2027-01-31")
    other_order = Agreement(action="APV", factors=["knowledge", "trust"], deadline="2027-01-31")
    new = Agreement(action="Tavlemøder", status="started")
    offered = offered_agreements([here], [[same, new], [new, other_order]])
    assert offered == (new, other_order)  # each once, in order; equal ones are not offered
    assert offered[0] is not new and offered[0].factors is not new.factors  # copies
    assert offered_agreements([here, new, other_order], [[same, new]]) == ()


def test_a_plan_adds_the_offered_agreements_only_when_chosen() -> None:
    from amk_desktop.core import commands

    offered = (Agreement(action="Tavlemøder"),)
    plan = plan_collection([A], [("x.amk", [B])], Conflict.KEEP_NEWER, offered)
    assert plan.offered_agreements == offered and plan.agreements == ()
    chosen = plan.with_agreements(True)
    assert chosen.agreements == offered and chosen.changes_anything
    nothing = plan_collection([A, B], [("x.amk", [B])], Conflict.KEEP_NEWER, offered)
    assert not nothing.changes_anything and nothing.with_agreements(True).changes_anything

    session = Session(groups=[replace(A)], agreements=[Agreement(action="APV")])
    before = repr(session)
    command = commands.ImportGroups(1, chosen.added, (), False, 1, chosen.agreements)
    commands.apply(session, command)
    assert [a.action for a in session.agreements] == ["APV", "Tavlemøder"]
    assert [g.name for g in session.groups] == ["Gruppe 1", "Gruppe 2"]
    commands.apply(session, commands.inverse(command))
    assert repr(session) == before


# -- the review of the earlier meeting's agreements, from other laptops' follow-ups (issue 12) ---
def _earlier_meeting() -> Session:
    return Session(
        created="2025-11-03T09:00:00Z",
        details=MeetingDetails(title="Personalemøde", date="2025-11-03"),
        agreements=[
            Agreement(action="Fast punkt om arbejdsmiljø"),
            Agreement(action="Tavlemøde hver <morgen> & aften", status="in_progress"),
            Agreement(action="Kursus i konflikthåndtering"),
        ],
    )


def _reviewed(baseline: Baseline, row: int, status: str, outcome: str = "") -> Baseline:
    agreements = list(baseline.agreements)
    agreements[row] = replace(agreements[row], status=status, outcome=outcome)
    return replace(baseline, agreements=agreements)


def test_the_other_files_review_of_the_same_earlier_meeting_is_offered() -> None:
    ours = follow_up_session(_earlier_meeting(), "nov.amk").baseline
    assert ours is not None
    theirs = _reviewed(ours, 1, "done", "Holdt hele foråret 😀")
    offered = offered_reviews(ours, [("laptop2.amk", theirs), ("laptop3.amk", None)])
    assert [(r.row, r.status, r.outcome, r.action, r.source) for r in offered] == [
        (1, "done", "Holdt hele foråret 😀", "Tavlemøde hver <morgen> & aften", "laptop2.amk")
    ]
    # the same review as ours, another earlier meeting, or no follow-up: nothing offered
    assert offered_reviews(ours, [("same.amk", ours)]) == ()
    other_meeting = replace(theirs, created="2025-12-01T09:00:00Z")
    assert offered_reviews(ours, [("december.amk", other_meeting)]) == ()
    assert offered_reviews(None, [("laptop2.amk", theirs)]) == ()


def test_a_review_counts_only_for_the_same_agreement_and_the_last_file_decides() -> None:
    ours = follow_up_session(_earlier_meeting(), "nov.amk").baseline
    assert ours is not None
    moved = replace(ours, agreements=list(reversed(ours.agreements)))  # not the same places
    assert offered_reviews(ours, [("moved.amk", _reviewed(moved, 0, "done", "Ja"))]) == ()
    first = _reviewed(ours, 0, "in_progress", "Godt i gang")
    second = _reviewed(_reviewed(ours, 0, "done", "Gennemført"), 2, "dropped", "Ikke nu")
    offered = offered_reviews(ours, [("a.amk", first), ("b.amk", second)])
    assert [(r.row, r.status, r.source) for r in offered] == [
        (0, "done", "b.amk"),
        (2, "dropped", "b.amk"),
    ]


def test_found_in_review_a_laptop_that_never_reviewed_offers_nothing() -> None:
    """A group's laptop holds the earlier meeting's statuses as they were: it must not reset
    the facilitator's review, nor hide another laptop's (found in review, twice)."""
    ours = follow_up_session(_earlier_meeting(), "nov.amk").baseline
    assert ours is not None
    untouched = follow_up_session(_earlier_meeting(), "nov.amk").baseline
    assert untouched is not None
    ours = _reviewed(ours, 1, "done", "Vores gennemgang")
    assert offered_reviews(ours, [("gruppe.amk", untouched)]) == ()
    laptop = _reviewed(untouched, 0, "done", "Løst")
    for files in (
        [("a.amk", laptop), ("b.amk", untouched)],
        [("b.amk", untouched), ("a.amk", laptop)],
    ):
        offered = offered_reviews(ours, files)
        assert [(r.row, r.status, r.outcome, r.source) for r in offered] == [
            (0, "done", "Løst", "a.amk")
        ]
    # a status changed without a word of how it went is not a review to take
    assert offered_reviews(ours, [("c.amk", _reviewed(untouched, 2, "dropped"))]) == ()


def test_a_plan_takes_the_offered_reviews_only_when_chosen() -> None:
    ours = follow_up_session(_earlier_meeting(), "nov.amk").baseline
    assert ours is not None
    reviews = offered_reviews(ours, [("laptop2.amk", _reviewed(ours, 2, "done", "Holdt"))])
    plan = plan_collection([], [], reviews=reviews)
    assert plan.offered_reviews == reviews and not plan.reviews and not plan.changes_anything
    chosen = plan.with_reviews(True)
    assert chosen.reviews == reviews and chosen.changes_anything
    assert not chosen.with_reviews(False).reviews
