"""Rating from the keyboard in front of the room (issue 10): Ctrl+2 and six digits rate a group,
the help and clear buttons are reachable without being tab stops, a visible focus ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSlider, QToolButton

from amk_desktop.core.factors import FACTOR_KEYS

pytestmark = pytest.mark.gui


def slider(window, key: str) -> QSlider:
    return window.findChild(QSlider, f"factor_slider_{key}")


def test_ctrl_2_and_six_digits_rate_a_group_in_seven_keystrokes(window, qtbot) -> None:
    window.show_step("before")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keystrokes = 0

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keystrokes
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
        keystrokes += 1

    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.during_page
    assert QApplication.focusWidget() is slider(window, "trust")
    for digit in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_1):
        press(digit)
    press(Qt.Key.Key_3)
    assert keystrokes == 7
    scores = window.model.current_group.scores
    assert [scores[key] for key in FACTOR_KEYS] == [3, 4, 2, 5, 1, 3]
    assert QApplication.focusWidget() is slider(window, "knowledge")  # the last keeps focus
    assert window.findChild(QLabel, "factor_value_resources").text() == "5"
    # each digit is its own undo step
    window.undo_action.trigger()
    assert window.model.current_group.scores["knowledge"] is None


def test_digits_outside_1_to_5_and_shortcuts_do_not_rate(window, qtbot) -> None:
    trust = slider(window, "trust")
    trust.setFocus()
    for key in (Qt.Key.Key_7, Qt.Key.Key_A):
        qtbot.keyClick(trust, key)
    qtbot.keyClick(trust, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.model.current_group.scores["trust"] is None
    assert QApplication.focusWidget() is trust


def test_help_and_clear_are_keys_of_the_slider_not_tab_stops(window, qtbot) -> None:
    trust = slider(window, "trust")
    help_button = window.findChild(QToolButton, "factor_help_button_trust")
    clear = window.findChild(QToolButton, "factor_clear_trust")
    for button in (help_button, clear):
        assert not button.focusPolicy() & Qt.FocusPolicy.TabFocus
    trust.setFocus()
    qtbot.keyClick(trust, Qt.Key.Key_4)
    assert window.model.current_group.scores["trust"] == 4
    trust.setFocus()
    qtbot.keyClick(trust, Qt.Key.Key_Delete)
    assert window.model.current_group.scores["trust"] is None
    help_text = window.findChild(QLabel, "factor_help_trust")
    qtbot.keyClick(trust, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert help_text.isVisible() and help_button.isChecked()
    qtbot.keyClick(trust, Qt.Key.Key_F1)
    assert not help_text.isVisible()
    # Tab goes from slider to slider
    qtbot.keyClick(trust, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is slider(window, "innovation")


def _count(image, colour: QColor) -> int:
    return sum(
        image.pixelColor(x, y) == colour
        for x in range(image.width())
        for y in range(image.height())
    )


def test_a_focused_slider_has_a_visible_ring_in_both_colour_schemes(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    trust, innovation = slider(window, "trust"), slider(window, "innovation")
    for projector in (False, True):
        window.set_projector_mode(projector)
        innovation.setFocus()
        qtbot.waitUntil(innovation.hasFocus)
        highlight = trust.palette().color(QPalette.ColorRole.Highlight)
        without = _count(trust.grab().toImage(), highlight)
        trust.setFocus()
        qtbot.waitUntil(trust.hasFocus)
        ring = _count(trust.grab().toImage(), highlight)
        # a 2 px ring around the slider: at least its two long sides
        assert ring - without >= 2 * trust.width(), (projector, ring, without)
    window.set_projector_mode(False)


def test_disabled_buttons_look_disabled_in_the_high_contrast_colours(window, qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    window.set_projector_mode(True)
    try:
        enabled = window.findChild(QPushButton, "add_group_button")
        disabled = window.findChild(QPushButton, "remove_group_button")  # one group: disabled
        assert enabled.isEnabled() and not disabled.isEnabled()

        def darkest(button) -> int:
            image = button.grab().toImage()
            return min(
                image.pixelColor(x, y).lightness()
                for x in range(image.width())
                for y in range(image.height())
            )

        assert darkest(enabled) < 40  # black text
        assert darkest(disabled) > 100  # grey text: it looks unavailable
    finally:
        window.set_projector_mode(False)
