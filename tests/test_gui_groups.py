"""Groups at a glance on Under (`group_list`): colour, factors rated, notes; rename, reorder and
remove, each undoable; and what the chart shows: every group, one group, or the mean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTreeView

from amk_desktop.core import radar
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.palette import group_colour

pytestmark = pytest.mark.gui


def group_list(window) -> QTreeView:
    found = window.findChild(QTreeView, "group_list")
    assert found is not None
    return found


def cell(window, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    view = group_list(window)
    return view.model().data(view.model().index(row, column), role)


def three_groups(window) -> None:
    model = window.model
    model.add_group("Køkkenet")
    model.add_group("Natholdet")
    for key, value in zip(FACTOR_KEYS, (4, 3, 4, 2), strict=False):
        model.set_score(key, value, 0)
    model.set_score("trust", 2, 2)
    model.set_note(1, "Vi <taler> & åbent 😀", 2)
    model.set_current_index(0)


def test_each_group_shows_its_colour_its_rated_factors_and_whether_it_has_notes(window) -> None:
    three_groups(window)
    view = group_list(window)
    model = view.model()
    assert model.rowCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Gruppe",
        "Vurderet",
        "Noter",
    ]
    assert [cell(window, r, 0) for r in range(3)] == ["Gruppe 1", "Køkkenet", "Natholdet"]
    assert [cell(window, r, 1) for r in range(3)] == ["4 af 6", "0 af 6", "1 af 6"]
    assert [cell(window, r, 2) for r in range(3)] == ["–", "–", "✓"]
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(window, 2, 1, spoken) == "1 af 6 faktorer vurderet"
    assert cell(window, 2, 2, spoken) == "Har noter"
    assert cell(window, 0, 2, spoken) == "Ingen noter endnu"
    icon = cell(window, 1, 0, Qt.ItemDataRole.DecorationRole)
    pixel = icon.pixmap(14, 14).toImage().pixelColor(7, 2)
    assert pixel.name() == group_colour(1).lower()

    # the list follows every edit live
    window.model.set_score("innovation", 5, 1)
    window.model.set_note(0, "   \n", 1)  # white space is not a note
    assert cell(window, 1, 1) == "1 af 6" and cell(window, 1, 2) == "–"
    window.model.set_note(0, "", 2)
    window.model.set_note(1, "", 2)
    assert cell(window, 2, 2) == "–"


def test_selecting_a_row_makes_that_group_current_and_back(window, qtbot) -> None:
    three_groups(window)
    view = group_list(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    assert window.model.current_index == 2
    assert window.findChild(QComboBox, "group_selector").currentText() == "Natholdet"
    window.findChild(QComboBox, "group_selector").setCurrentIndex(1)
    assert view.currentIndex().row() == 1
    assert view.selectionModel().isRowSelected(1)


def test_a_group_is_renamed_in_place_as_one_undo_step(window, qtbot) -> None:
    three_groups(window)
    view = group_list(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Køkkenet"
    editor.selectAll()
    qtbot.keyClicks(editor, "Køkken & <vask>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: view.state() != QTreeView.State.EditingState)
    assert window.model.groups[1].name == "Køkken & <vask>"
    assert cell(window, 1, 0) == "Køkken & <vask>"
    assert window.findChild(QLineEdit, "group_name_edit").text() == "Køkken & <vask>"
    window.undo_action.trigger()
    assert window.model.groups[1].name == "Køkkenet"


def test_groups_move_by_keyboard_and_buttons_and_the_move_is_undone(window, qtbot) -> None:
    three_groups(window)
    view = group_list(window)
    up = window.findChild(QPushButton, "move_group_up_button")
    down = window.findChild(QPushButton, "move_group_down_button")
    assert not up.isEnabled() and down.isEnabled()  # the first group is current
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Natholdet", "Køkkenet"]
    # the moved group stays current and selected; its colour follows its new place
    assert window.model.current_group.name == "Natholdet"
    assert view.currentIndex().row() == 1
    assert window.during_page.chart.group_outline(1).markers  # Natholdet's score, redrawn
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert [g.name for g in window.model.groups] == ["Natholdet", "Gruppe 1", "Køkkenet"]
    assert not up.isEnabled() and down.isEnabled()
    assert QApplication.focusWidget() is view  # the keyboard stays in the list
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert window.model.groups[0].name == "Natholdet"
    assert window.undo_action.text() == "&Fortryd Flyt gruppe"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Køkkenet", "Natholdet"]
    assert window.model.groups[2].scores["trust"] == 2  # scores travel with their group
    assert window.model.groups[2].notes[1] == "Vi <taler> & åbent 😀"
    assert window.model.current_group.name == "Natholdet"  # still current, last again
    assert up.isEnabled() and not down.isEnabled()


def test_delete_in_the_list_removes_the_group_undoably(window, qtbot) -> None:
    three_groups(window)
    view = group_list(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Natholdet"]
    assert view.model().rowCount() == 2
    window.undo_action.trigger()
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Køkkenet", "Natholdet"]
    assert [cell(window, r, 0) for r in range(3)] == ["Gruppe 1", "Køkkenet", "Natholdet"]


def test_the_chart_shows_all_groups_one_group_or_the_mean(window, qtbot) -> None:
    three_groups(window)
    model = window.model
    for key in FACTOR_KEYS:
        model.set_score(key, 5, 1)
    model.set_current_index(0)
    chart = window.during_page.chart
    mode = window.findChild(QComboBox, "chart_mode")
    assert [mode.itemText(i) for i in range(3)] == [
        "Alle grupper",
        "Den valgte gruppe",
        "Gennemsnittet af grupperne",
    ]
    assert chart.mode == "all" and all(chart.group_shown(i) for i in range(3))
    legend = window.during_page.legend.text()
    assert "Køkkenet" in legend and "Natholdet" in legend

    mode.setCurrentIndex(1)
    assert chart.mode == "current"
    assert [chart.group_shown(i) for i in range(3)] == [True, False, False]
    model.set_current_index(2)
    assert [chart.group_shown(i) for i in range(3)] == [False, False, True]
    legend = window.during_page.legend.text()
    assert "Natholdet" in legend and "Køkkenet" not in legend

    mode.setCurrentIndex(2)
    assert chart.mode == "mean"
    assert not any(chart.group_shown(i) for i in range(3))
    # trust: 4, 5, 2 -> mean 11/3, band 2..5; innovation: 3, 5 -> 4, band 3..5
    expected = radar.outline([11 / 3, 4.0, 4.5, 3.5, 5.0, 5.0])
    drawn = [c for point in chart.mean_outline.markers for c in point]
    assert drawn == pytest.approx([c for point in expected.markers for c in point])
    assert chart.mean_outline.closed
    band = chart.bands_path
    start = band.elementAt(0)
    assert (start.x, start.y) == pytest.approx(radar.score_point(0, 2))
    end = band.elementAt(1)
    assert (end.x, end.y) == pytest.approx(radar.score_point(0, 5))
    assert "Gennemsnit af 3 grupper" in window.during_page.legend.text()
    description = chart.accessibleDescription()
    assert "Åbenhed, tillid og psykologisk tryghed: 3,7 (2 til 5)" in description

    # the mean follows a slider live; an unrated factor is left out, not counted as 0
    model.set_score("trust", None, 2)
    assert chart.mean_outline.markers[0] == pytest.approx(radar.score_point(0, 4.5))

    mode.setCurrentIndex(0)
    assert all(chart.group_shown(i) for i in range(3))


def test_the_cached_picture_of_the_other_groups_follows_their_changes(window, qtbot) -> None:
    """The groups other than the current one are painted from a cached picture: a change of
    another group (collected from a laptop, here) shows at once, exactly as a fresh drawing."""
    from dataclasses import replace

    from amk_desktop.core.collect import plan_collection

    model = window.model
    model.add_group("Køkkenet")
    for key in FACTOR_KEYS:
        model.set_score(key, 2, 1)
    model.set_current_index(0)
    chart = window.during_page.chart
    before = chart.grab().toImage()
    other = model.groups[1]
    newer = replace(other, scores=dict.fromkeys(FACTOR_KEYS, 5), modified="2099-01-01T00:00:00Z")
    assert model.collect_groups(plan_collection(model.groups, [("x.amk", [newer])]))
    assert model.current_index == 0 and chart.group_shown(1)
    after = chart.grab().toImage()
    assert after != before
    chart._others.set_members(list(chart._others.members))  # a fresh drawing of the others
    assert chart.grab().toImage() == after
