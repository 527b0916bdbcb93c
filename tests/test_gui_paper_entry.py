"""Groups that worked on paper, entered in the scores table (issue 10): a row per group, digits
fill a row and move on, typing in the last row adds a group: a paper sheet in 7 keystrokes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView

from amk_desktop.core.factors import FACTOR_KEYS

pytestmark = pytest.mark.gui
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def grid(window) -> QTableView:
    found = window.findChild(QTableView, "scores_grid")
    assert found is not None
    return found


def show_table(window, qtbot) -> QTableView:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    toggle = window.findChild(QAbstractButton, "show_as_table_button")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    table = grid(window)
    assert table.isVisible()
    return table


def scores(window, row: int) -> list[int | None]:
    return [window.model.groups[row].scores[key] for key in FACTOR_KEYS]


def test_a_paper_sheet_goes_in_with_seven_keystrokes(window, qtbot) -> None:
    table = show_table(window, qtbot)
    # showing the table puts the keyboard on the empty last row, where a new group goes
    assert QApplication.focusWidget() is table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    window.model.set_current_index(0)
    keystrokes = 0
    for digit in (4, 3, 4, 2, 3, 3):
        qtbot.keyClick(table, DIGITS[digit])
        keystrokes += 1
    assert [g.name for g in window.model.groups] == ["Gruppe 1", "Gruppe 2"]
    assert scores(window, 1) == [4, 3, 4, 2, 3, 3]
    # the next sheet starts where the keyboard now is: the new empty row
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, 1)
    for digit in (2, 2, 3, 1, 2, 4):
        qtbot.keyClick(table, DIGITS[digit])
        keystrokes += 1
    assert scores(window, 2) == [2, 2, 3, 1, 2, 4]
    assert keystrokes + 2 <= 7 * 2  # (showing the table was one click; 6 digits a sheet)
    assert table.model().index(2, 0).data() == "Gruppe 3"
    # the chart and the group list follow
    window.findChild(QAbstractButton, "show_as_table_button").click()
    assert window.during_page.chart.group_outline(2).closed


def test_digits_outside_1_to_5_change_nothing_and_delete_clears(window, qtbot) -> None:
    table = show_table(window, qtbot)
    table.setCurrentIndex(table.model().index(0, 1))
    for key in (Qt.Key.Key_7, Qt.Key.Key_9):
        qtbot.keyClick(table, key)
    assert scores(window, 0) == [None] * 6
    qtbot.keyClick(table, Qt.Key.Key_5)
    assert scores(window, 0)[0] == 5
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert scores(window, 0)[0] is None
    assert len(window.model.groups) == 1  # a digit 0 in the new row adds no group
    table.setCurrentIndex(table.model().index(1, 1))
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert len(window.model.groups) == 1


def test_the_last_row_of_a_sheet_moves_to_the_next_group(window, qtbot) -> None:
    window.model.add_group("Køkkenet")
    table = show_table(window, qtbot)
    table.setCurrentIndex(table.model().index(0, 6))  # the first group's last factor
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert scores(window, 0)[5] == 3
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)


def test_names_are_renamed_and_new_groups_named_in_the_table(window, qtbot) -> None:
    table = show_table(window, qtbot)
    model = table.model()
    assert model.setData(model.index(0, 0), "Natholdet & <co>")
    assert window.model.groups[0].name == "Natholdet & <co>"
    assert model.setData(model.index(1, 0), "Køkkenet")  # the last row: a new group
    assert [g.name for g in window.model.groups] == ["Natholdet & <co>", "Køkkenet"]
    assert model.rowCount() == 3
    assert model.headerData(2, Qt.Orientation.Vertical) == "+"
    assert not model.setData(model.index(0, 1), "x")  # not a score: nothing changes
    window.undo_action.trigger()
    assert [g.name for g in window.model.groups] == ["Natholdet & <co>"]


def test_ctrl_2_goes_to_the_current_groups_row_when_the_table_is_shown(window, qtbot) -> None:
    window.model.add_group("Køkkenet")
    table = show_table(window, qtbot)
    window.model.set_current_index(1)
    window.show_step("before")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
