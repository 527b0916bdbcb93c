"""Follow-up over the year (issue 12), the core: a meeting started from an earlier one, the
chain of earlier meetings, and the comparison with them. No Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amk_desktop.core.baseline import (
    MAX_CHAIN,
    baseline_of,
    compare_means,
    follow_up_session,
    matching_group,
)
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.formats.amk import load_session_bytes, to_bytes


def rated(name: str, **scores: int) -> Group:
    group = Group(name)
    for key, value in scores.items():
        group.set_score(key, value)
    return group


def earlier_meeting() -> Session:
    return Session(
        details=MeetingDetails(
            title="Personalemøde",
            workplace="Solbjerg Kommune",
            department="Hjemmeplejen Nord",
            date="2025-11-24",
            facilitator="Mette Kjær",
            participants="12",
        ),
        groups=[rated("Køkkenet", trust=2, knowledge=4), rated("Natholdet", trust=4)],
        agreements=[Agreement(action="Fast punkt om arbejdsmiljø", deadline="2026-01-31")],
        created="2025-11-24T09:00:00Z",
        modified="2025-11-24T11:00:00Z",
    )


def test_a_follow_up_carries_the_details_and_the_groups_over_and_keeps_the_earlier_result() -> None:
    earlier = earlier_meeting()
    later = follow_up_session(earlier, "møde-2025.amk")
    assert later.details == MeetingDetails(
        title="Personalemøde",
        workplace="Solbjerg Kommune",
        department="Hjemmeplejen Nord",
        date="",  # a new meeting: its own date
        facilitator="Mette Kjær",
        participants="12",
    )
    assert [g.name for g in later.groups] == ["Køkkenet", "Natholdet"]
    assert all(g.rated_count == 0 for g in later.groups)  # rated again
    assert {g.id for g in later.groups}.isdisjoint({g.id for g in earlier.groups})
    assert later.agreements == []
    baseline = later.baseline
    assert baseline is not None and baseline.file == "møde-2025.amk"
    assert baseline.details == earlier.details and baseline.modified == earlier.modified
    assert [(g.name, g.scores["trust"], g.notes) for g in baseline.groups] == [
        ("Køkkenet", 2, [""] * 5),  # scores kept, notes not
        ("Natholdet", 4, [""] * 5),
    ]
    # a copy: the earlier session changing later changes nothing here
    earlier.agreements[0].status = "done"
    earlier.groups[0].set_score("trust", 5)
    assert baseline.agreements[0].status == "open" and baseline.groups[0].scores["trust"] == 2
    # it is saved with the session and read back the same
    later.created = later.modified = "2026-12-01T10:00:00Z"
    assert load_session_bytes(to_bytes(later), "x.amk") == later


def test_the_chain_of_a_year_keeps_the_newest_twelve_meetings() -> None:
    session = earlier_meeting()
    for month in range(1, 16):
        session = follow_up_session(session, f"møde-{month:02d}.amk")
        session.groups[0].set_score("trust", month % 5 + 1)
    chain = list(session.baseline.chain())
    assert len(chain) == MAX_CHAIN
    assert [link.file for link in chain[:3]] == ["møde-15.amk", "møde-14.amk", "møde-13.amk"]
    assert chain[-1].file == "møde-04.amk" and chain[-1].baseline is None


def test_the_means_then_and_now_and_the_change_with_its_sign() -> None:
    earlier = earlier_meeting().groups  # trust 2 and 4 (mean 3), knowledge 4 (one group)
    now = [rated("Køkkenet", trust=4, knowledge=3), rated("Natholdet", trust=5)]
    changes = {change.key: change for change in compare_means(now, earlier)}
    assert (changes["trust"].earlier, changes["trust"].now) == (3.0, 4.5)
    assert changes["trust"].change == pytest.approx(1.5)
    assert changes["knowledge"].change == pytest.approx(-1.0)
    assert changes["resources"].change is None  # rated in neither
    assert [c.key for c in compare_means(now, earlier)] == list(FACTOR_KEYS)


def test_a_group_is_matched_by_its_name_case_and_spaces_aside() -> None:
    earlier = [Group("Køkkenet"), Group("nat holdet"), Group("Dobbelt"), Group("dobbelt ")]
    assert matching_group(Group(" køkkenet"), earlier) is earlier[0]
    assert matching_group(Group("Nat  Holdet"), earlier) is earlier[1]
    assert matching_group(Group("Dobbelt"), earlier) is None  # two of that name: no match
    assert matching_group(Group("Ny gruppe"), earlier) is None


def test_a_follow_up_of_a_version_1_file(tmp_path) -> None:
    """Any earlier session can be the baseline, also one read from a version-1 file."""
    from pathlib import Path

    from amk_desktop.formats.amk import load_session

    golden = Path(__file__).parent / "data" / "golden" / "session-v1.amk"
    later = follow_up_session(load_session(golden), golden.name)
    assert later.baseline is not None and later.baseline.file == "session-v1.amk"
    assert later.baseline.groups[0].scores["trust"] == 1
    assert [a.outcome for a in later.baseline.agreements] == [""] * 4


def test_found_in_review_a_long_chain_is_saved_and_opened_again(tmp_path) -> None:
    """The chain's agreements count towards what a file may hold: a year of follow-ups with
    300 agreements each saved, and opened again (the check before parsing refused it)."""
    from amk_desktop.formats.amk import load_session, save_session

    session = earlier_meeting()
    for month in range(11):
        session.agreements = [
            Agreement(action=f"Aftale {n}", factors=["trust"]) for n in range(300)
        ]
        path = tmp_path / f"møde-{month}.amk"
        save_session(session, path)
        session = follow_up_session(load_session(path), path.name)
    assert len(list(load_session(path).baseline.chain())) == 10


def test_found_in_review_the_change_is_that_of_the_means_as_shown() -> None:
    now = [rated("A", trust=3), rated("B", trust=3), rated("C", trust=2)]  # 2.67 -> 2,7
    earlier = [rated("A", trust=2), rated("B", trust=3), rated("C", trust=2)]  # 2.33 -> 2,3
    (trust, *_rest) = compare_means(now, earlier)
    assert trust.change == pytest.approx(0.4)  # 2,7 - 2,3 as shown, not 0.33


def test_found_in_review_two_laptops_follow_up_with_the_same_groups() -> None:
    """A follow-up's groups have identities derived from the earlier groups': made on two
    laptops from one file, they are the same groups when collected."""
    from amk_desktop.core.collect import Outcome, plan_collection

    earlier = earlier_meeting()
    one, two = follow_up_session(earlier, "a.amk"), follow_up_session(earlier, "a.amk")
    assert [g.id for g in one.groups] == [g.id for g in two.groups]
    assert {g.id for g in one.groups}.isdisjoint({g.id for g in earlier.groups})
    two.groups[1].set_score("trust", 4)
    two.groups[1].modified = "2026-12-01T10:00:00Z"
    plan = plan_collection(one.groups, [("laptop2.amk", two.groups)])
    assert [item.outcome for item in plan.items] == [Outcome.UNCHANGED, Outcome.UPDATED]


def _meeting(created: str, date: str) -> Session:
    session = Session(
        created=created,
        details=MeetingDetails(title="Personalemøde", date=date),
        agreements=[Agreement(action="Fast punkt"), Agreement(action="Sparring")],
    )
    return session


def test_an_earlier_meeting_must_be_another_one_held_before(tmp_path) -> None:
    """Found in review: a file compared with itself, or with a later meeting, was taken."""
    from amk_desktop.core.baseline import baseline_problem

    last_year = _meeting("2025-11-01T09:00:00Z", "2025-11-24")
    this_year = follow_up_session(last_year, "2025.amk")
    this_year.created, this_year.details.date = "2026-11-01T09:00:00Z", "2026-11-23"
    assert baseline_problem(this_year, last_year) is None
    assert baseline_problem(this_year, this_year) == "same"
    assert baseline_problem(last_year, this_year) == "later"
    undated_last_year = replace(last_year, details=replace(last_year.details, date=""))
    assert baseline_problem(undated_last_year, this_year) == "follows"  # the chain goes round
    later = _meeting("2027-01-01T09:00:00Z", "2027-11-20")
    assert baseline_problem(this_year, later) == "later"
    # a copy saved under another name and made into another meeting is another meeting
    copy = _meeting(this_year.created, "2026-05-01")
    assert baseline_problem(this_year, copy) is None
    undated = _meeting("2024-01-01T09:00:00Z", "")
    assert baseline_problem(this_year, undated) is None


def test_choosing_the_same_earlier_meeting_again_keeps_the_review() -> None:
    from amk_desktop.core.baseline import with_review_kept

    last_year = _meeting("2025-11-01T09:00:00Z", "2025-11-24")
    held = baseline_of(last_year, "2025.amk")
    held.agreements[1] = replace(held.agreements[1], status="done", outcome="Hver uge 😀")
    again = with_review_kept(baseline_of(last_year, "kopi.amk"), held)
    assert [(a.status, a.outcome) for a in again.agreements] == [
        ("open", ""),
        ("done", "Hver uge 😀"),
    ]
    assert again.file == "kopi.amk"
    other = _meeting("2024-11-01T09:00:00Z", "2024-11-20")
    assert with_review_kept(baseline_of(other, "2024.amk"), held).agreements[1].status == "open"
    assert with_review_kept(held, None) is held
