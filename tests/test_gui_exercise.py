"""The dialogue exercise (Under): sliders by mouse and keyboard, the live chart, notes, groups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QToolButton,
)

from amk_desktop.core import radar
from amk_desktop.core.factors import FACTOR_KEYS
from tests.gui_helpers import PaintCounter, send_mouse, slider_point

pytestmark = pytest.mark.gui


def slider(window, key: str) -> QSlider:
    found = window.findChild(QSlider, f"factor_slider_{key}")
    assert found is not None
    return found


def test_every_factor_has_a_named_slider_and_a_not_rated_state(window) -> None:
    for key in FACTOR_KEYS:
        s = slider(window, key)
        assert (s.minimum(), s.maximum()) == (1, 5)
        value = window.findChild(QLabel, f"factor_value_{key}")
        status = window.findChild(QLabel, f"factor_status_{key}")
        assert value.text() == "–"
        assert status.isVisible() and status.text() == "Ikke vurderet endnu"
        assert window.model.current_group.scores[key] is None


def test_keyboard_rates_and_moves_a_factor(window, qtbot) -> None:
    s = slider(window, "innovation")
    s.setFocus()
    qtbot.keyClick(s, Qt.Key.Key_Right)
    assert window.model.current_group.scores["innovation"] == 2
    qtbot.keyClick(s, Qt.Key.Key_End)
    assert window.model.current_group.scores["innovation"] == 5
    qtbot.keyClick(s, Qt.Key.Key_Left)
    assert window.model.current_group.scores["innovation"] == 4
    assert window.findChild(QLabel, "factor_value_innovation").text() == "4"
    assert not window.findChild(QLabel, "factor_status_innovation").isVisible()


def test_the_first_key_press_rates_even_when_the_handle_stays_at_one(window, qtbot) -> None:
    s = slider(window, "trust")
    s.setFocus()
    qtbot.keyClick(s, Qt.Key.Key_Left)  # resting on 1, cannot move further
    assert window.model.current_group.scores["trust"] == 1
    assert window.findChild(QLabel, "factor_value_trust").text() == "1"


def test_a_click_on_the_groove_sets_that_value(window, qtbot) -> None:
    s = slider(window, "motivation")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 4))
    assert window.model.current_group.scores["motivation"] == 4
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 2))
    assert window.model.current_group.scores["motivation"] == 2


def test_a_click_on_one_rates_one(window, qtbot) -> None:
    s = slider(window, "systematics")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 1))
    assert window.model.current_group.scores["systematics"] == 1


def test_dragging_redraws_the_chart_before_the_mouse_is_released(window, qtbot) -> None:
    chart = window.during_page.chart
    s = slider(window, "resources")
    send_mouse(s, QEvent.Type.MouseButtonPress, slider_point(s, 1), Qt.MouseButton.LeftButton)
    seen = []
    for value in (2, 3, 4, 5):
        send_mouse(s, QEvent.Type.MouseMove, slider_point(s, value), Qt.MouseButton.LeftButton)
        assert s.isSliderDown()
        seen.append(window.model.current_group.scores["resources"])
        assert chart.group_outline(0).markers == (radar.score_point(3, value),)
    send_mouse(s, QEvent.Type.MouseButtonRelease, slider_point(s, 5), Qt.MouseButton.NoButton)
    assert seen == [2, 3, 4, 5]


def test_the_chart_plots_exactly_the_models_scores(window, qtbot) -> None:
    chart = window.during_page.chart
    values = [3, 4, 2, 5, 1, 3]
    for key, value in zip(FACTOR_KEYS, values, strict=True):
        s = slider(window, key)
        qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, value))
    assert window.model.current_group.ordered_scores() == values
    outline = chart.group_outline(0)
    assert outline.closed
    assert outline.polygon == radar.outline(values).polygon
    path = chart.group_path(0)
    drawn = [(round(path.elementAt(i).x, 6), round(path.elementAt(i).y, 6)) for i in range(6)]
    assert drawn == [(round(x, 6), round(y, 6)) for x, y in radar.outline(values).polygon[:6]]


def test_the_chart_repaints_on_every_change(window, qtbot) -> None:
    chart = window.during_page.chart
    qtbot.waitUntil(chart.isVisible)
    counter = PaintCounter(chart.viewport())
    s = slider(window, "knowledge")
    for value in (2, 3, 4):
        before = counter.count
        s.setValue(value)
        qtbot.waitUntil(lambda before=before: counter.count > before, timeout=2000)


def test_clear_marks_a_factor_not_rated_again(window, qtbot) -> None:
    s = slider(window, "trust")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 3))
    clear = window.findChild(QToolButton, "factor_clear_trust")
    assert clear.isEnabled()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert window.model.current_group.scores["trust"] is None
    assert window.findChild(QLabel, "factor_value_trust").text() == "–"
    assert window.during_page.chart.group_outline(0).markers == ()


def test_help_text_is_at_hand(window, qtbot) -> None:
    help_label = window.findChild(QLabel, "factor_help_trust")
    assert not help_label.isVisible()
    qtbot.mouseClick(
        window.findChild(QToolButton, "factor_help_button_trust"), Qt.MouseButton.LeftButton
    )
    assert help_label.isVisible()
    assert "psykologisk tryghed" in help_label.text()
    assert "psykologisk tryghed" in slider(window, "trust").toolTip()


def test_notes_are_typed_per_question_and_per_group(window, qtbot) -> None:
    notes = [window.findChild(QPlainTextEdit, f"question_notes_{n}") for n in range(1, 6)]
    assert all(notes)
    qtbot.keyClicks(notes[2], "Mere sparring <&> æøå")
    assert window.model.current_group.notes[2] == "Mere sparring <&> æøå"

    qtbot.mouseClick(window.findChild(QPushButton, "add_group_button"), Qt.MouseButton.LeftButton)
    assert window.model.current_index == 1
    assert notes[2].toPlainText() == ""
    qtbot.keyClicks(notes[2], "Gruppe to")
    window.findChild(QComboBox, "group_selector").setCurrentIndex(0)
    assert notes[2].toPlainText() == "Mere sparring <&> æøå"
    assert window.model.groups[1].notes[2] == "Gruppe to"


def test_groups_are_overlaid_and_named(window, qtbot) -> None:
    chart = window.during_page.chart
    s = slider(window, "trust")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 5))
    qtbot.mouseClick(window.findChild(QPushButton, "add_group_button"), Qt.MouseButton.LeftButton)
    name = window.findChild(QLineEdit, "group_name_edit")
    name.selectAll()
    qtbot.keyClicks(name, "Køkkenet")
    assert window.model.groups[1].name == "Køkkenet"
    # the new group starts unrated; the sliders show it, the first group's polygon stays
    assert window.findChild(QLabel, "factor_value_trust").text() == "–"
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 2))
    assert chart.group_outline(0).markers == (radar.score_point(0, 5),)
    assert chart.group_outline(1).markers == (radar.score_point(0, 2),)
    legend = window.findChild(QLabel, "chart_legend")
    assert legend.isVisible() and "Køkkenet" in legend.text() and "Gruppe 1" in legend.text()
    assert window.findChild(QComboBox, "group_selector").itemText(1) == "Køkkenet"


def test_chart_describes_the_scores_for_screen_readers(window, qtbot) -> None:
    s = slider(window, "trust")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 4))
    description = window.during_page.chart.accessibleDescription()
    assert "Åbenhed, tillid og psykologisk tryghed: 4" in description
    assert "Innovation: ikke vurderet" in description


def test_a_group_can_be_removed_and_brought_back(window, qtbot) -> None:
    remove = window.findChild(QPushButton, "remove_group_button")
    assert not remove.isEnabled()  # a session keeps at least one group
    add = window.findChild(QPushButton, "add_group_button")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    window.model.rename_group(1, "Midten")
    window.model.set_score("trust", 2, group_index=2)
    window.findChild(QComboBox, "group_selector").setCurrentIndex(2)
    window.model.remove_group(1)  # a group before the current one
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Gruppe 3"]
    assert window.model.current_group.name == "Gruppe 3"  # the same group stays current
    assert window.findChild(QComboBox, "group_selector").currentText() == "Gruppe 3"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [g.name for g in window.model.groups] == ["Gruppe 1"]
    assert len(window.during_page.chart._groups) == 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Midten", "Gruppe 3"]
    assert window.model.groups[2].scores["trust"] == 2
