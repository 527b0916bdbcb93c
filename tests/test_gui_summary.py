"""The joint summary on Efter (issue 9): the table of the groups' scores with mean, lowest,
highest and spread, the remarks in words, and every group's notes side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.palette import SUMMARY_MEAN_HEX


def three_groups(window) -> None:
    model = window.model
    model.rename_group(0, "Gruppe <A> & co")
    model.add_group("Gruppe 2")
    model.add_group("Gruppe 3")
    rows = [(4, 2, 5, 1, None, 3), (2, 2, 4, 1, None, None), (3, None, 5, 2, None, 3)]
    for group, scores in enumerate(rows):
        for key, value in zip(FACTOR_KEYS, scores, strict=True):
            if value is not None:
                model.set_score(key, value, group)
    model.set_note(0, "Vi taler <b>åbent</b> & ærligt", 0)
    model.set_note(0, "Tavlemøder hver morgen", 2)


# the table's columns: the figures first (always in sight), then the groups
MEAN, LOWEST, HIGHEST, SPREAD, REMARK, FIRST_GROUP = range(6)


def cell(table: QTableView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = table.model()
    return model.data(model.index(row, column), role)


def scores_and_figures(table: QTableView, row: int) -> list[str]:
    """The three groups' scores, then mean, lowest, highest and spread."""
    columns = [FIRST_GROUP, FIRST_GROUP + 1, FIRST_GROUP + 2, MEAN, LOWEST, HIGHEST, SPREAD]
    return [cell(table, row, c) for c in columns]


def test_the_summary_shows_each_factor_across_the_groups(window, qtbot) -> None:
    three_groups(window)
    window.show_step("after")
    tabs = window.findChild(QTabWidget, "after_tabs")
    assert tabs.currentIndex() == 0  # more than one group: Efter opens on the joint summary
    table = window.findChild(QTableView, "summary_table")
    assert table.isVisible()
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Gennemsnit",
        "Lavest",
        "Højest",
        "Spredning",
        "Tal om",
        "Gruppe <A> & co",
        "Gruppe 2",
        "Gruppe 3",
    ]
    # trust: 4, 2, 3 → mean 3,0 (Danish decimal comma), lowest 2, highest 4, spread 2
    assert scores_and_figures(table, 0) == ["4", "2", "3", "3,0", "2", "4", "2"]
    assert "uenige (2 point" in cell(table, 0, REMARK)
    # innovation: 2, 2, not rated → the unrated group is left out: mean 2,0, not 1,3
    assert scores_and_figures(table, 1) == ["2", "2", "–", "2,0", "2", "2", "0"]
    assert cell(table, 1, FIRST_GROUP + 2, Qt.ItemDataRole.AccessibleTextRole) == "ikke vurderet"
    # motivation: 5, 4, 5 → 4,7
    assert cell(table, 2, MEAN) == "4,7"
    # resources: 1, 1, 2 → the lowest rated factor, named in words and coloured
    assert cell(table, 3, REMARK) == "Lavest vurderet"
    assert cell(table, 3, 0, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(table, 2, 0, Qt.ItemDataRole.BackgroundRole) is None
    # systematics: nobody rated it
    assert scores_and_figures(table, 4)[3:] == ["–"] * 4


def test_the_summary_follows_every_change_and_the_language(window, qtbot) -> None:
    three_groups(window)
    window.show_step("after")
    table = window.findChild(QTableView, "summary_table")
    window.model.set_score(FACTOR_KEYS[0], 5, 1)  # 4, 5, 3
    assert cell(table, 0, MEAN) == "4,0" and cell(table, 0, SPREAD) == "2"
    window.model.undo_stack.undo()
    assert cell(table, 0, MEAN) == "3,0"
    window.set_language("en")
    model = table.model()
    assert model.headerData(MEAN, Qt.Orientation.Horizontal) == "Mean"
    assert cell(table, 0, MEAN) == "3.0"
    assert cell(table, 3, REMARK) == "Lowest rated"


def test_the_groups_notes_are_side_by_side_as_plain_text(window, qtbot) -> None:
    three_groups(window)
    window.show_step("after")
    notes = window.findChild(QTextBrowser, "summary_notes")
    text = notes.toPlainText()
    assert "Vi taler <b>åbent</b> & ærligt" in text  # user text, never markup
    assert "Gruppe <A> & co" in text and "Tavlemøder hver morgen" in text
    assert text.index("Vi taler") < text.index("Tavlemøder")  # in the groups' order
    assert "Ingen noter endnu." in text  # the questions nobody wrote about
    window.show_step("during")
    window.model.set_note(1, "Mere sparring", 1)
    window.show_step("after")
    assert "Mere sparring" in notes.toPlainText()


def test_a_meeting_of_one_group_opens_efter_on_answers_and_agreements(window) -> None:
    window.show_step("after")
    assert window.findChild(QTabWidget, "after_tabs").currentIndex() == 1


def test_the_summary_chart_draws_the_mean_and_the_range_of_each_factor(window, qtbot) -> None:
    three_groups(window)
    window.show_step("after")
    chart = window.findChild(QWidget, "summary_chart")
    assert chart.isVisible()
    figures = chart.summary.factors
    # trust: 4, 2, 3; innovation: 2, 2 (the third group did not rate it: left out)
    assert (figures[0].mean, figures[0].lowest, figures[0].highest) == (3.0, 2, 4)
    assert (figures[1].mean, figures[1].lowest, figures[1].highest) == (2.0, 2, 2)
    assert figures[4].mean is None  # systematics: nobody rated it
    description = chart.accessibleDescription()
    assert "Åbenhed, tillid og psykologisk tryghed: gennemsnit 3,0, lavest 2, højest 4" in (
        description
    )
    assert "Systematik: ikke vurderet" in description
    before = chart.grab().toImage()
    window.model.set_score("trust", 5, 1)  # follows every change while shown
    assert chart.summary.factors[0].highest == 5
    qtbot.waitUntil(lambda: chart.grab().toImage() != before)
    # the band is drawn in the band colour, the mean in its own
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), 3)
    }
    assert any(_near(c, SUMMARY_MEAN_HEX) for c in colours)


def _near(colour: str, wanted: str) -> bool:
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(wanted[i : i + 2], 16) for i in (1, 3, 5)]
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) < 12


def test_the_closing_questions_sit_beside_the_summary_and_lead_on(window, qtbot) -> None:
    three_groups(window)
    window.show_step("after")
    closing = window.findChild(QLabel, "summary_closing_questions")
    assert closing.isVisible()
    assert "Hvordan vil I håndtere den videre proces?" in closing.text()
    assert "Afslutning og aftaler (10 minutter):" in closing.text()
    button = window.findChild(QPushButton, "to_answers_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.findChild(QTabWidget, "after_tabs").currentIndex() == 1
    assert QApplication.focusWidget() is window.findChild(QPlainTextEdit, "closing_answer_1")
