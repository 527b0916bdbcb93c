"""The survey window (issue 13): answers imported through the column mapping, the rule on
screen, the departments sorted with their n in the chart and the table, an earlier survey
beside, a department's dialogue started, the report and the blank files written, and files
that cannot be read said so without a crash."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from amk_desktop.formats.importers.survey_table import read_survey_table
from amk_desktop.ui.services.dialogs import UnsavedChoice
from amk_desktop.ui.services.survey_import import SurveyImportDialog
from tests.test_survey import DANISH_EXCEL

# a second top-level window: the offscreen platform cannot raise it or pass its size hints on
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")

EARLIER = (
    "Afdeling;Spm1;Spm2;Spm3;Spm4;Spm5;Spm6;Spm7;Spm8\r\n"
    + "køkkenet;3;3;3;3;3;3;3;3\r\n" * 5  # 50: the same department, written otherwise
    + "Rengøring;4;4;4;4;4;4;4;4\r\n" * 5  # 75
    + "Lukket;4;4;4;4;4;4;4;4\r\n" * 5  # gone since
    + "Lukket;4;4;9;4;4;4;4;4\r\n"  # 9 is no answer: left out, the rest counts
).encode("cp1252")


@pytest.fixture
def survey(window, dialogs, tmp_path):
    """The survey window opened from the File menu, with the answers of a Danish Excel CSV
    (Køkkenet 67.5 from 5, Plejen 100 from 5, Rengøring 37.5 from 6) imported."""
    path = tmp_path / "svar-2026.csv"
    path.write_bytes(DANISH_EXCEL)
    dialogs.survey_path = str(path)
    window.findChild(type(window.open_action), "survey_action").trigger()
    survey = window.survey_window
    assert survey is not None and survey.isVisible()
    assert survey.findChild(type(survey.source), "survey_empty").isVisible()
    survey.import_button.click()
    return survey


def test_the_departments_sorted_with_their_n_and_the_rule_on_screen(survey, dialogs) -> None:
    assert ("import_survey", "svar-2026.csv") in dialogs.calls
    chart, table = survey.chart, survey.table
    assert [(row.name, row.current.respondents) for row in chart.rows] == [
        ("Plejen", 5),
        ("Køkkenet", 5),
        ("Rengøring", 6),
    ]
    cells = [[table.model().index(row, column).data() for column in range(3)] for row in range(3)]
    assert cells == [
        ["Plejen", "5", "100,0"],
        ["Køkkenet", "5", "67,5"],
        ["Rengøring", "6", "37,5"],
    ]
    assert chart.accessibleDescription().startswith("Plejen: 100,0 (n = 5). Køkkenet: 67,5")
    assert survey.rule.isVisible()
    assert "færre end 5 respondenter vises ikke" in survey.rule.text()
    assert "16 besvarelser, 16 med en score, 3 afdelinger (3 vises)" in survey.source.text()
    # a higher threshold: Køkkenet and Plejen (5 each) are left out, and the rule says 6
    survey.min_respondents.setValue(6)
    assert "færre end 6 respondenter" in survey.rule.text()
    assert [(r.name, r.current.score) for r in chart.rows] == [
        ("Rengøring", 37.5),
        ("Køkkenet", None),
        ("Plejen", None),
    ]
    assert table.model().index(1, 2).data() == "vises ikke"
    assert survey.min_respondents.minimum() == 3  # never below the floor


def test_a_department_is_chosen_in_the_chart_and_starts_a_dialogue(
    survey, window, dialogs, qtbot
) -> None:
    chart = survey.chart
    assert not survey.start_button.isEnabled()
    row_y = int(chart._top() + chart._row_height() * 1.5)  # the second row: Køkkenet
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, row_y))
    assert survey.table.chosen_name() == "Køkkenet"
    assert survey.chosen_label.text() == "Køkkenet: 67,5 af 100 (n = 5)."
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert survey.table.chosen_name() == "Rengøring" and chart.chosen == 2
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    # unsaved changes in the meeting: Cancel keeps it as it is
    window.model.set_score("trust", 4)
    dialogs.unsaved = UnsavedChoice.CANCEL
    survey.start_button.click()
    assert window.model.groups[0].scores["trust"] == 4
    assert window.model.session.details.department == ""
    dialogs.unsaved = UnsavedChoice.DISCARD
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert window.model.session.details.department == "Køkkenet"
    assert window.model.groups[0].scores["trust"] is None  # a new session
    assert window.current_step == 0  # Før: the meeting is prepared first
    message = window.statusBar().currentMessage()
    assert "En ny dialog for Køkkenet" in message and "67,5 af 100 (n = 5)" in message


def test_a_survey_a_year_later_beside_the_first(survey, dialogs, tmp_path) -> None:
    earlier = tmp_path / "svar-2025.csv"
    earlier.write_bytes(EARLIER)
    dialogs.survey_path = str(earlier)
    assert survey.remove_earlier_button.isHidden()
    assert survey.problems_button.isHidden()  # this year's file has no problem
    survey.compare_button.click()
    assert "Rækker med et problem: 1." in survey.source.text()
    survey.problems_button.click()
    assert survey.problems_list.isVisible()
    assert survey.problems_list.item(0).text() == (
        "svar-2025.csv: Række 17: kolonnen “Spm3” (udsagn 3): “9” er ikke et svar fra 1 til 5; "
        "udeladt"
    )
    table = survey.table.model()
    assert table.columnCount() == 6
    rows = [[table.index(r, c).data() for c in range(6)] for r in range(table.rowCount())]
    assert rows == [
        ["Plejen", "5", "100,0", "", "deltog ikke", ""],
        ["Køkkenet", "5", "67,5", "5", "50,0", "+17,5"],
        ["Rengøring", "6", "37,5", "5", "75,0", "−37,5"],
        ["Lukket", "", "deltog ikke", "6", "75,0", ""],
    ]
    assert "Tidligere: svar-2025.csv" in survey.source.text()
    description = survey.chart.accessibleDescription()
    assert "Køkkenet: 67,5 (n = 5); tidligere 50,0 (n = 5)" in description
    # sorted by the change when its heading is clicked
    header = survey.table.horizontalHeader()
    header.sectionClicked.emit(5)
    assert table.index(0, 0).data() == "Køkkenet"
    survey.remove_earlier_button.click()
    assert survey.table.model().columnCount() == 3 and survey.earlier is None


def test_another_layout_through_the_mapping_step(qtbot, danish) -> None:
    """The real import dialog: the columns found by name, a row's problem listed in Danish,
    no department column chosen means nothing to import, and another column chosen reads it."""
    data = (
        "Enhed;Afdeling;q1;q2;q3;q4;q5;q6;q7;q8\r\n"
        "Nord;Køkkenet;4;4;4;4;4;4;4;4\r\n"
        "Nord;;4;4;4;4;4;4;4;4\r\n"
        "Syd;Plejen;5;5;7;5;5;5;5;5\r\n"
    ).encode("cp1252")
    dialog = SurveyImportDialog(None, "eksport.csv", read_survey_table("eksport.csv", data))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.columns["department"].currentText() == "Afdeling"
    assert dialog.columns["department"].currentData() == 1  # by its place in the file
    assert dialog.columns["q8"].currentText() == "q8"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "Række 3: ingen afdeling; rækken springes over",
        "Række 4: kolonnen “q3” (udsagn 3): “7” er ikke et svar fra 1 til 5; udeladt",
    ]
    assert "Besvarelser, der indlæses: 2, fra 2 afdelinger" in dialog.summary.text()
    assert ok.isEnabled()
    dialog.columns["department"].setCurrentIndex(0)  # (ingen)
    assert not ok.isEnabled() and dialog.imported is None
    assert "Vælg den kolonne, der har hver persons afdeling" in dialog.summary.text()
    dialog.columns["department"].setCurrentIndex(dialog.columns["department"].findData(0))
    assert ok.isEnabled() and dialog.imported is not None
    assert [r.department for r in dialog.imported.responses] == ["Nord", "Nord", "Syd"]
    assert dialog.problems.count() == 1
    # one column for two statements would count each answer twice
    dialog.columns["q2"].setCurrentIndex(dialog.columns["q2"].findData(2))  # q1's column
    assert not ok.isEnabled()
    assert dialog.summary.text() == (
        "Kolonnen “q1” er valgt til både udsagn 1 og udsagn 2. Vælg én kolonne til hver."
    )
    assert (
        "CSV-fil i Windows-1252"
        in dialog.findChild(type(dialog.summary), "survey_import_file").text()
    )


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "Filen er tom."),
        (b"%PDF-1.7\n\x00\x01binary\xff" * 100, "ikke en CSV-fil"),
        (b"PK\x03\x04 broken", "ikke en Excel-projektmappe"),
        (b"navn,alder\r\nA,3\r\n", "Vælg den kolonne"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(window, dialogs, tmp_path, content, words) -> None:
    path = tmp_path / "svar.csv"
    path.write_bytes(content)
    dialogs.survey_path = str(path)
    survey = window.show_survey()
    assert not survey.import_answers()
    shown = [call for call in dialogs.calls if call[0] == "error"]
    if "Vælg den kolonne" in words:  # readable cells: the dialog opens, Import cannot
        assert not shown and ("import_survey", "svar.csv") in dialogs.calls
    else:
        assert shown and words in shown[-1][1] and "svar.csv" in shown[-1][1]
    assert survey.current is None and survey.pages.currentIndex() == 0
    assert path.read_bytes() == content  # never written


def test_a_huge_or_missing_file_is_refused_before_reading(window, dialogs, tmp_path) -> None:
    huge = tmp_path / "kæmpe.csv"
    with huge.open("wb") as out:
        out.truncate(60 * 1024 * 1024)  # sparse: nothing is read to know it is too large
    survey = window.show_survey()
    assert not survey.import_answers(str(huge))
    assert "større end 50 MB" in dialogs.calls[-1][1]
    assert not survey.import_answers(str(tmp_path / "findes-ikke.csv"))
    assert dialogs.calls[-1][0] == "error" and "findes-ikke.csv" in dialogs.calls[-1][1]
    assert os.path.getsize(huge) == 60 * 1024 * 1024


def test_the_report_and_the_blank_files_are_written(survey, window, dialogs, tmp_path) -> None:
    import openpyxl
    from pypdf import PdfReader

    report = tmp_path / "rapport"
    dialogs.save_path = str(report)
    survey.report_button.click()
    window.output.wait()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(f"{report}.pdf").pages).split())
    assert "Arbejdsmiljøkompetence pr. afdeling" in text
    assert "svar-2026.csv" in text and "Plejen (n = 5)" in text and "67,5" in text
    dialogs.save_path = str(tmp_path / "skema")
    survey.questionnaire_action.trigger()
    window.output.wait()
    assert (
        "Ledelsen på min arbejdsplads" in PdfReader(tmp_path / "skema.pdf").pages[0].extract_text()
    )
    dialogs.save_path = str(tmp_path / "svar")
    survey.template_action.trigger()
    window.output.wait()
    assert openpyxl.load_workbook(tmp_path / "svar.xlsx").sheetnames[0] == "Svar"
    dialogs.save_path = str(tmp_path / "svar.csv")
    survey.template_action.trigger()
    window.output.wait()
    assert (tmp_path / "svar.csv").read_bytes().startswith(b"\xef\xbb\xbfdepartment;q1")


def test_english_and_the_window_closes_with_the_main_window(
    survey, window, translations, qapp
) -> None:
    translations.apply("en")
    qapp.processEvents()
    assert survey.import_button.text() == "&Import answers…"
    assert survey.table.model().headerData(2, Qt.Orientation.Horizontal) == "Score"
    assert survey.table.model().index(1, 2).data() == "67.5"
    assert "fewer than 5 respondents are not shown" in survey.rule.text()
    translations.apply("da")
    qapp.processEvents()
    assert survey.table.model().index(1, 2).data() == "67,5"
    window.model.undo_stack.setClean()
    window.close()
    assert not survey.isVisible()


def test_a_department_hidden_to_protect_another_says_so(window, dialogs, tmp_path) -> None:
    """Lille (3) is left out; alone its score could be worked out from a total, so the next
    smallest, Mellem (8), is hidden too, and says why: not for being small."""
    rows = ["afdeling;q1;q2;q3;q4"]
    rows += ["Lille;4;4;4;4"] * 3 + ["Mellem;3;3;3;3"] * 8 + ["Stor;5;5;5;5"] * 20
    path = tmp_path / "svar.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    survey = window.show_survey()
    assert survey.import_answers(str(path))
    table = survey.table.model()
    cells = {table.index(r, 0).data(): table.index(r, 2).data() for r in range(3)}
    assert cells == {
        "Stor": "100,0",
        "Mellem": "skjult (beskytter en mindre)",
        "Lille": "vises ikke",
    }
    survey.table.choose("Mellem")
    assert survey.chosen_label.text() == (
        "Mellem: vises ikke, så en mindre afdelings score ikke kan regnes ud (n = 8)."
    )
    assert "Mellem: skjult for at beskytte en mindre afdeling (n = 8)" in (
        survey.chart.accessibleDescription()
    )
