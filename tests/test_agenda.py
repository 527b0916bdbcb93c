"""The timed agenda in the Qt-free core (issue 10): the leaflet's times fitted to the meeting,
the clock with start, pause, add time and skip, the cue when time is up, and how the rest fits
when an item runs over. Time is passed in: nothing here sleeps."""

from __future__ import annotations

import pytest

from amk_desktop.core.agenda import ITEM_COUNT, ITEM_KEYS, Agenda

MIN = 60.0


def test_the_leaflets_times_fitted_to_the_meeting() -> None:
    assert ITEM_KEYS == ("purpose", "model", "exercise", "summary", "closing")
    hour = Agenda()
    assert [hour.planned(i) / MIN for i in range(ITEM_COUNT)] == [2, 8, 30, 10, 10]
    assert [Agenda(meeting_minutes=45).planned(i) / MIN for i in range(ITEM_COUNT)] == [
        2,
        8,
        15,
        10,
        10,
    ]
    short = Agenda().with_length(25)  # too short for the leaflet: the exercise keeps 5
    times = [short.planned(i) / MIN for i in range(ITEM_COUNT)]
    assert times[2] == 5 and sum(times) == pytest.approx(25)
    assert Agenda().with_length(5).meeting_minutes == 20  # bounded
    assert Agenda().with_length(10_000).meeting_minutes == 480


def test_start_pause_and_resume_count_only_the_running_time() -> None:
    agenda = Agenda().start(100.0)
    assert agenda.running and agenda.remaining(160.0) == 2 * MIN - 60
    agenda = agenda.pause(160.0)
    assert not agenda.running and agenda.remaining(10_000.0) == MIN  # paused: time stands still
    agenda = agenda.start(500.0)
    assert agenda.remaining(530.0) == 30.0
    assert agenda.start(531.0) is agenda  # already running


def test_the_cue_is_amber_when_time_is_up_and_red_when_well_over() -> None:
    agenda = Agenda().start(0.0)  # purpose: 2 minutes
    assert agenda.state(119.0) == "ok"
    assert agenda.state(120.0) == "due"
    assert agenda.state(120.0 + 119.0) == "due"  # well over: 2 minutes at the least
    assert agenda.state(120.0 + 120.0) == "over"
    long_item = Agenda(current=2).start(0.0)  # the exercise: 30 minutes, red at 6 over
    assert long_item.state(36 * MIN - 1) == "due"
    assert long_item.state(36 * MIN) == "over"


def test_add_time_and_skip() -> None:
    agenda = Agenda().start(0.0).add_time(5 * MIN)
    assert agenda.remaining(0.0) == 7 * MIN
    agenda = agenda.skip(90.0)
    assert agenda.current == 1 and agenda.running and agenda.spent[0] == 90.0
    assert agenda.remaining(90.0) == 8 * MIN
    paused = Agenda(current=4).skip(0.0)
    assert paused.done and not paused.running and paused.skip(1.0) is paused
    assert paused.remaining(5.0) == 0.0 and paused.state(5.0) == "ok"


def test_when_an_item_runs_over_the_rest_shows_how_the_time_now_fits() -> None:
    agenda = Agenda().start(0.0)
    assert agenda.fitted(0.0) == (2 * MIN, 8 * MIN, 30 * MIN, 10 * MIN, 10 * MIN)
    agenda = agenda.skip(2 * MIN).skip(10 * MIN)  # purpose and model on time
    late = 10 * MIN + 40 * MIN  # the exercise took 40 minutes instead of 30
    fitted = agenda.fitted(late)
    assert fitted[:3] == (2 * MIN, 8 * MIN, 40 * MIN)
    # 10 minutes are left for summary and closing: 5 each instead of 10
    assert fitted[3:] == (5 * MIN, 5 * MIN)
    assert sum(fitted) == 60 * MIN
    assert agenda.over_by(late) == 10 * MIN


def test_the_stored_agenda_counts_the_running_time_and_is_paused() -> None:
    agenda = Agenda().start(10.0).skip(70.0)
    stored = agenda.stored(100.0)
    assert stored.spent[:2] == (60.0, 30.0) and not stored.running
    assert agenda.reset() == Agenda()
    assert not Agenda().started and stored.started


def test_a_long_item_turns_red_ten_minutes_over_at_the_latest() -> None:
    agenda = Agenda(meeting_minutes=480, current=2).start(0.0)  # the exercise: 450 minutes
    assert agenda.state((450 + 9) * MIN) == "due"
    assert agenda.state((450 + 10) * MIN) == "over"
