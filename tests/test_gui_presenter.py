"""The presenter screen for the projector (issue 10): F5 opens it, Escape or F5 leaves; the chart
large and live with its legend, the agenda item and its time, the introduction's slides, never
the notes or anything editable; and projector mode makes the chart's labels larger, never
smaller than the text around them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from amk_desktop.core import radar

pytestmark = [
    pytest.mark.gui,
    # (offscreen cannot raise or grab a window; the real screen can)
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing"),
]


class FakeClock:
    now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def presenting(make_window, qtbot):
    clock = FakeClock()
    window = make_window(clock=clock)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.model.rename_group(0, "Køkkenet <&>")
    window.model.set_note(0, "HEMMELIG NOTE fra gruppen")
    window.model.set_score("trust", 4)
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    qtbot.waitUntil(presenter.isVisible)
    return window, presenter, clock


def test_f5_opens_the_presenter_full_screen_and_escape_leaves(make_window, qtbot) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.presenter_action.shortcut().toString() == "F5"
    window.presenter_action.trigger()
    presenter = window.presenter
    qtbot.addWidget(presenter)
    assert presenter.objectName() == "presenter_view" and presenter.isVisible()
    assert presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()
    window.presenter_action.trigger()
    assert presenter.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_F5)  # F5 there leaves too
    assert not presenter.isVisible()


def test_it_never_shows_notes_or_anything_editable(presenting) -> None:
    _window, presenter, _clock = presenting
    editable = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)
    for kind in editable:
        assert presenter.findChildren(kind) == []
    texts = " ".join(label.text() for label in presenter.findChildren(QLabel))
    assert "HEMMELIG" not in texts
    assert "Køkkenet &lt;&amp;&gt;" in presenter.legend.text()  # names as text, escaped


def test_the_chart_is_large_and_follows_every_change(presenting, qtbot) -> None:
    window, presenter, _clock = presenting
    assert presenter.page == "chart"
    chart = presenter.chart
    assert chart.label_pixel_size >= 24  # readable from the back at 1920x1080
    assert chart.group_outline(0).markers == (radar.score_point(0, 4),)
    window.model.set_score("innovation", 5)
    assert radar.score_point(1, 5) in chart.group_outline(0).markers
    window.model.add_group("Natholdet")
    assert "Natholdet" in presenter.legend.text()
    window.show_step("during")
    window.during_page.chart_mode.setCurrentIndex(2)  # the mean, as on the laptop
    assert chart.mode == "mean" and "Gennemsnit af 2 grupper" in presenter.legend.text()


def test_it_shows_the_agenda_item_and_its_time(presenting) -> None:
    window, presenter, clock = presenting
    assert presenter.agenda_label.text() == ""  # before the meeting's clock starts
    window.agenda_timer.start_or_pause()
    clock.now += 30
    window.agenda_timer.tick()
    presenter.show_agenda()
    assert presenter.agenda_label.text() == "1/5 Formålet med øvelsen"
    assert presenter.time_label.text() == "01:30"
    assert QFontInfo(presenter.time_label.font()).pixelSize() >= 48


def test_the_introductions_slides_by_keyboard_or_clicker(presenting, qtbot) -> None:
    _window, presenter, _clock = presenting
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.page == "what_is"
    assert "Hvad er Arbejdsmiljøkompetencemodellen?" in presenter.what_is.text()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # what a presenter's clicker sends
    assert presenter.page == "six_factors"
    assert "Tid og ressourcer" in presenter.six_factors.text()
    assert QFontInfo(presenter.six_factors.font()).pixelSize() >= 24
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.page == "chart"
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.page == "six_factors"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_projector_mode_makes_the_chart_labels_larger_never_smaller(window, qtbot, size) -> None:
    window.resize(*size)
    chart = window.during_page.chart
    qtbot.waitUntil(lambda: chart.width() > 300)
    before = chart.label_pixel_size
    window.set_projector_mode(True)
    try:
        QApplication.processEvents()
        body = QFontInfo(QApplication.font()).pixelSize()
        assert chart.label_pixel_size >= body  # never smaller than the text around it
        assert chart.label_pixel_size >= before  # larger, never smaller
    finally:
        window.set_projector_mode(False)
