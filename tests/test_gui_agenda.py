"""The timed agenda in the window (issue 10): on every step, start/pause, more time, the next
item, a calm cue when time is up (amber, then red, with words), the rest of the meeting shared
again, the meeting's length on Før, and all of it kept in the session file. The clock is a fake
one: nothing here sleeps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QWidget

from amk_desktop.formats.amk import load_session

pytestmark = pytest.mark.gui
MIN = 60.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timed_window(make_window, clock, qtbot):
    window = make_window(clock=clock)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def part(window, name: str, kind=QWidget):
    found = window.findChild(kind, name)
    assert found is not None, name
    return found


def test_the_agenda_is_on_every_step_and_runs_on_the_fake_clock(timed_window, clock) -> None:
    window = timed_window
    timer = part(window, "agenda_timer")
    for step in ("before", "during", "after"):
        window.show_step(step)
        assert timer.isVisible()
    assert part(window, "agenda_item", QLabel).text() == "1/5 Formålet med øvelsen"
    assert part(window, "agenda_time", QLabel).text() == "02:00"
    start = part(window, "agenda_start_button", QPushButton)
    assert start.text() == "Start"
    start.click()
    assert start.text() == "Pause"
    clock.now += 75
    timer.tick()
    assert part(window, "agenda_time", QLabel).text() == "00:45"
    start.click()  # pause: time stands still
    clock.now += 600
    timer.tick()
    assert part(window, "agenda_time", QLabel).text() == "00:45"
    assert window.model.agenda.spent[0] == 75
    assert window.document.is_modified  # kept with the session, not an undo step
    assert not window.undo_action.isEnabled()


def test_a_calm_cue_when_time_is_up_then_red_with_words(timed_window, clock) -> None:
    window = timed_window
    timer = part(window, "agenda_timer")
    state = part(window, "agenda_state", QLabel)
    part(window, "agenda_start_button", QPushButton).click()
    clock.now += 119
    timer.tick()
    assert state.text() == "" and part(window, "agenda_time", QLabel).styleSheet() == ""
    clock.now += 1
    timer.tick()
    assert state.text() == "Tiden er gået"
    assert "#FFD27A" in state.styleSheet()  # amber
    clock.now += 120
    timer.tick()
    assert state.text() == "Over tiden" and "#B3261E" in state.styleSheet()  # red
    assert part(window, "agenda_time", QLabel).text() == "−02:00"
    assert QApplication.activeModalWidget() is None  # never a dialog
    add = part(window, "agenda_add_time_button", QPushButton)
    add.click()
    add.click()
    assert state.text() == "Tiden er gået"  # 2 minutes more: just up, amber again
    assert part(window, "agenda_time", QLabel).text() == "00:00"
    add.click()
    assert state.text() == "" and part(window, "agenda_time", QLabel).text() == "01:00"


def test_next_item_and_the_rest_of_the_meeting_fitted_again(timed_window, clock) -> None:
    window = timed_window
    timer = part(window, "agenda_timer")
    part(window, "agenda_start_button", QPushButton).click()
    nxt = part(window, "agenda_next_button", QPushButton)
    clock.now += 2 * MIN
    nxt.click()
    clock.now += 8 * MIN
    nxt.click()
    assert part(window, "agenda_item", QLabel).text() == "3/5 Dialogøvelsen"
    clock.now += 40 * MIN  # the exercise runs 10 minutes over
    timer.tick()
    plan = timer.toolTip()
    assert "▶ Dialogøvelsen: 40 min." in plan
    assert "Fælles opsamling: 5 min. (planlagt 10)" in plan
    assert "Afslutning og aftaler: 5 min. (planlagt 10)" in plan
    assert timer.accessibleDescription() == plan
    nxt.click()
    nxt.click()
    nxt.click()
    assert part(window, "agenda_item", QLabel).text() == "Dagsordenen er gennemført"
    assert not nxt.isEnabled() and not part(window, "agenda_start_button").isEnabled()


def test_the_meeting_length_on_before_fits_the_agenda(timed_window, clock) -> None:
    window = timed_window
    window.show_step("before")
    spin = part(window, "meeting_minutes_spin", QSpinBox)
    hint = part(window, "meeting_minutes_hint", QLabel)
    assert spin.value() == 60 and hint.text() == ""
    spin.setValue(45)
    assert window.model.agenda.meeting_minutes == 45
    assert hint.text() == "NFA anbefaler mindst 60 minutter"
    window.agenda_timer.next_item()
    window.agenda_timer.next_item()
    assert part(window, "agenda_time", QLabel).text() == "15:00"  # 45 - 30 for the exercise


def test_the_agenda_is_kept_in_the_file_and_opens_paused(
    timed_window, clock, dialogs, make_window, tmp_path
) -> None:
    window = timed_window
    window.agenda_timer.start_or_pause()
    clock.now += 90
    window.agenda_timer.next_item()
    clock.now += 30
    window.agenda_timer.tick()
    path = tmp_path / "møde.amk"
    dialogs.save_path = str(path)
    window.save_as_action.trigger()
    saved = load_session(path).agenda
    assert saved.current == 1 and saved.spent[:2] == (90.0, 30.0) and not saved.running
    other = make_window(clock=clock)
    other.open_session(str(path))
    assert other.model.agenda.current == 1 and not other.model.agenda.running
    assert part(other, "agenda_start_button", QPushButton).text() == "Start"
    assert part(other, "agenda_time", QLabel).text() == "07:30"  # 8 minutes less 30 s


def test_a_running_clock_is_written_into_the_session_for_autosave(timed_window, clock) -> None:
    window = timed_window
    window.agenda_timer.start_or_pause()
    edits = []
    window.model.edited.connect(lambda: edits.append(clock.now))
    clock.now += 30
    window.agenda_timer.tick()
    assert window.model.agenda.spent[0] == 30  # a save now holds it …
    assert edits == []  # … but an autosave is not asked for every second
    clock.now += 31
    window.agenda_timer.tick()
    assert window.model.agenda.spent[0] == 61 and window.model.agenda.running
    assert edits == [clock.now]


def test_the_clocks_buttons_never_move(timed_window, clock) -> None:
    """They are what the facilitator clicks: the item's name, the time and the words keep
    their room whatever they say."""
    window = timed_window
    timer = part(window, "agenda_timer")
    button = part(window, "agenda_start_button", QPushButton)
    button.click()
    QApplication.processEvents()
    where = button.x()
    for minutes in (1, 2, 5):
        clock.now += minutes * MIN
        timer.tick()
        QApplication.processEvents()
        assert button.x() == where
    window.agenda_timer.next_item()
    window.agenda_timer.next_item()
    QApplication.processEvents()
    assert button.x() == where
