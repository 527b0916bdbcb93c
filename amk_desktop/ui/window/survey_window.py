"""The survey window (`survey_window`, File → Survey of the departments…): NFA's 8-item survey
per department (issue 13). It imports the answers (CSV or Excel, through the import dialog with
its column mapping and list of skipped rows), states the rule, shows every department in one
chart sorted by score with its n and in a table beside it, and a second survey a year later
beside the first. A chosen department's result starts a new dialogue session for it in the main
window. The questionnaire, the blank answers file and the report are written from here.

The survey's answers are never stored by the program: they stay in the file they came from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.survey import (
    DEFAULT_MIN_RESPONDENTS,
    MIN_RESPONDENTS_FLOOR,
    DepartmentResult,
    SurveyResult,
    score_departments,
)
from amk_desktop.core.text import fill
from amk_desktop.export.labels import SURVEY_RULE
from amk_desktop.formats.importers.survey_table import (
    SurveyFileError,
    SurveyImport,
    read_survey_path,
)
from amk_desktop.i18n import tr_text
from amk_desktop.ui.services.dialogs import Dialogs
from amk_desktop.ui.services.output import SheetOutput
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.services.survey_import import describe_file_error, problem_lines
from amk_desktop.ui.widgets.appearance import set_font_role
from amk_desktop.ui.widgets.survey_chart import SurveyChart, score_text
from amk_desktop.ui.widgets.survey_table import SurveyTable
from amk_desktop.ui.widgets.text_fields import elide

FILE_NAME_LENGTH = 60  # characters of a file's name in the window's words

# start_dialogue(department's name, words about its result for the status bar)
StartDialogue = Callable[[str, str], bool]


@dataclass(frozen=True)
class LoadedSurvey:
    file_name: str  # the file's name (no folder): the survey's name in the window and report
    header: tuple[str, ...]  # the file's column names (the problems name them)
    imported: SurveyImport


class SurveyWindow(QMainWindow):
    def __init__(
        self,
        dialogs: Dialogs,
        settings: Settings,
        output: SheetOutput,
        start_dialogue: StartDialogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("survey_window")
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with the main one
        self._dialogs = dialogs
        self._settings = settings
        self._output = output
        self._start_dialogue = start_dialogue
        self.current: LoadedSurvey | None = None
        self.earlier: LoadedSurvey | None = None
        self.result: SurveyResult | None = None
        self.earlier_result: SurveyResult | None = None

        # what is done here, along the top
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("survey_import_button")
        self.import_button.clicked.connect(self._import_chosen)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("survey_compare_button")
        self.compare_button.clicked.connect(lambda: self.import_answers(earlier=True))
        self.remove_earlier_button = QPushButton(self)
        self.remove_earlier_button.setObjectName("survey_remove_earlier")
        self.remove_earlier_button.clicked.connect(self.remove_earlier)
        self.min_label = QLabel(self)
        self.min_respondents = QSpinBox(self)
        self.min_respondents.setObjectName("survey_min_respondents")
        self.min_respondents.setRange(MIN_RESPONDENTS_FLOOR, 1000)
        self.min_respondents.setValue(DEFAULT_MIN_RESPONDENTS)
        self.min_respondents.valueChanged.connect(self._rescore)
        self.min_label.setBuddy(self.min_respondents)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("survey_report_button")
        self.report_button.clicked.connect(self.export_report)
        self.paper_menu = QMenu(self)
        self.questionnaire_action = self.paper_menu.addAction("")
        self.questionnaire_action.setObjectName("survey_questionnaire_action")
        self.questionnaire_action.triggered.connect(self._output.export_questionnaire)
        self.template_action = self.paper_menu.addAction("")
        self.template_action.setObjectName("survey_template_action")
        self.template_action.triggered.connect(self._output.export_survey_template)
        self.paper_button = QToolButton(self)
        self.paper_button.setObjectName("survey_paper_button")
        self.paper_button.setMenu(self.paper_menu)
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        for widget in (self.import_button, self.compare_button, self.remove_earlier_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.paper_button)
        top.addWidget(self.report_button)

        # before any survey: what to do, with the two ways on
        self.empty = QLabel(self)
        self.empty.setObjectName("survey_empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setMaximumWidth(760)
        set_font_role(self.empty, 1.15)
        self.empty_import = QPushButton(self)
        self.empty_import.setObjectName("survey_empty_import")
        self.empty_import.clicked.connect(self._import_chosen)
        self.empty_questionnaire = QPushButton(self)
        self.empty_questionnaire.setObjectName("survey_empty_questionnaire")
        self.empty_questionnaire.clicked.connect(self._output.export_questionnaire)
        empty_buttons = QHBoxLayout()
        empty_buttons.addWidget(self.empty_import)
        empty_buttons.addWidget(self.empty_questionnaire)
        empty_buttons.addStretch(1)
        empty_page = QWidget(self)
        empty_column = QVBoxLayout()
        empty_column.addStretch(1)
        empty_column.addWidget(self.empty)
        empty_column.addSpacing(12)
        empty_column.addLayout(empty_buttons)
        empty_column.addStretch(2)
        centred = QHBoxLayout(empty_page)
        centred.addStretch(1)
        centred.addLayout(empty_column, 4)
        centred.addStretch(1)

        # a survey: where it came from, the rule, the chart and the table
        self.source = QLabel(self)
        self.source.setObjectName("survey_source")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        set_font_role(self.source, 1.1, bold=True)
        self.problems_button = QPushButton(self)
        self.problems_button.setObjectName("survey_problems_button")
        self.problems_button.setCheckable(True)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("survey_problems")
        self.problems_list.setMaximumHeight(120)
        self.problems_list.setVisible(False)
        self.problems_button.toggled.connect(self.problems_list.setVisible)
        self.rule = QLabel(self)
        self.rule.setObjectName("survey_rule")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = SurveyChart(self)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table = SurveyTable(self)
        self.chart.department_chosen.connect(self._chosen_in_chart)
        self.chart.activated.connect(self.start_dialogue)
        self.table.selectionModel().selectionChanged.connect(self._chosen_in_table)
        self.table.activated.connect(self._start_chosen)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_area)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # the table has room for an earlier survey's columns
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("survey_start_dialogue")
        self.start_button.clicked.connect(self._start_chosen)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("survey_chosen")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen_label, 1)
        bottom.addWidget(self.start_button)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.problems_button, 0, Qt.AlignmentFlag.AlignTop)
        results_layout.addLayout(source_row)
        results_layout.addWidget(self.problems_list)
        results_layout.addWidget(self.rule)
        threshold = QHBoxLayout()  # the rule's threshold, under the rule
        threshold.addWidget(self.min_label)
        threshold.addWidget(self.min_respondents)
        threshold.addStretch(1)
        results_layout.addLayout(threshold)
        results_layout.addWidget(splitter, 1)
        results_layout.addLayout(bottom)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty_page)
        self.pages.addWidget(results)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.retranslate()
        self.resize(1200, 760)

    # -- importing ---------------------------------------------------------------------------
    def import_answers(self, path: str | None = None, *, earlier: bool = False) -> bool:
        """Import a survey's answers (asking for the file when `path` is None): as this survey,
        or as the `earlier` one shown beside it. Nothing changes unless the import dialog is
        confirmed; a file that cannot be read says why."""
        if path is None:
            path = self._dialogs.ask_survey_path(self, self._settings.last_folder)
            if path is None:
                return False
        name = Path(path).name
        title = self.tr("The answers cannot be imported")
        try:
            table = read_survey_path(path)
        except SurveyFileError as error:
            self._dialogs.show_error(self, title, f"{name}: {describe_file_error(error)}")
            return False
        except OSError as error:
            self._dialogs.show_error(self, title, f"{name}: {error.strerror or error}")
            return False
        imported = self._dialogs.import_survey(self, name, table)
        if imported is None:
            return False
        self._settings.last_folder = str(Path(path).absolute().parent)
        loaded = LoadedSurvey(name, table.header, imported)
        if earlier:
            self.earlier = loaded
        else:
            self.current = loaded
        self._rescore()
        return True

    def _import_chosen(self) -> None:
        self.import_answers()  # not connected directly: clicked(bool) would pass a "path"

    def remove_earlier(self) -> None:
        self.earlier = None
        self._rescore()

    def _rescore(self) -> None:
        threshold = self.min_respondents.value()
        self.result = (
            score_departments(self.current.imported.responses, threshold) if self.current else None
        )
        self.earlier_result = (
            score_departments(self.earlier.imported.responses, threshold) if self.earlier else None
        )
        self._show()

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        loaded = self.result is not None
        self.pages.setCurrentIndex(1 if loaded else 0)
        self.compare_button.setEnabled(loaded)
        self.remove_earlier_button.setVisible(self.earlier is not None)
        self.report_button.setEnabled(loaded)
        names = (
            self.current.file_name if self.current else "",
            self.earlier.file_name if self.earlier else "",
        )
        earlier = self.earlier_result if self.current else None
        self.chart.set_surveys(self.result, earlier, names)
        self.table.set_surveys(self.result, earlier)
        self._retranslate_results()
        self._chosen_changed()

    def _about(self, survey: LoadedSurvey, result: SurveyResult) -> str:
        scored = sum(d.respondents for d in result.departments)
        words = fill(
            self.tr("%1: %2 answers, %3 with a score, %4 departments (%5 shown)."),
            elide(survey.file_name, FILE_NAME_LENGTH),
            len(survey.imported.responses),
            scored,
            len(result.departments),
            len(result.shown),
        )
        problems = len({problem.row for problem in survey.imported.problems})
        if problems:
            words += " " + fill(self.tr("Rows with a problem: %1."), problems)
        return words

    def _retranslate_results(self) -> None:
        if self.current is None or self.result is None:
            return
        words = self._about(self.current, self.result)
        if self.earlier is not None and self.earlier_result is not None:
            words += "\n" + fill(
                self.tr("Earlier: %1"), self._about(self.earlier, self.earlier_result)
            )
        self.source.setText(words)
        self._list_problems()
        self.rule.setText(fill(tr_text(SURVEY_RULE), self.result.min_respondents))

    def _list_problems(self) -> None:
        """Every row of the file(s) that was skipped or had a value left out, and why."""
        self.problems_list.clear()
        for survey in (self.current, self.earlier):
            if survey is None:
                continue
            prefix = f"{survey.file_name}: "
            self.problems_list.addItems(problem_lines(survey.imported, survey.header, prefix))
        count = self.problems_list.count()
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(self.tr("Show the rows with a problem"))
        if not count:
            self.problems_button.setChecked(False)

    # -- choosing a department and starting its dialogue -------------------------------------
    def chosen(self) -> DepartmentResult | None:
        name = self.table.chosen_name()
        if name is None or self.result is None:
            return None
        return next((d for d in self.result.departments if d.name == name), None)

    def _chosen_in_chart(self, name: str) -> None:
        self.table.choose(name)

    def _chosen_in_table(self, *_args: object) -> None:
        name = self.table.chosen_name()
        if name is not None:
            self.chart.choose(name)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        department = self.chosen()
        self.start_button.setEnabled(department is not None)
        if department is None:
            self.chosen_label.setText(
                self.tr("Choose a department in the chart or the table to start a dialogue.")
                if self.result is not None
                else ""
            )
        else:
            self.chosen_label.setText(self._result_words(department))

    def _result_words(self, department: DepartmentResult) -> str:
        name = elide(department.name, FILE_NAME_LENGTH)
        if department.secondary:
            return fill(
                self.tr(
                    "%1: not shown, so that a smaller department's score cannot be worked out "
                    "(n = %2)."
                ),
                name,
                department.respondents,
            )
        if department.score is None:
            return fill(
                self.tr("%1: not shown, to protect small groups (n = %2)."),
                name,
                department.respondents,
            )
        return fill(
            self.tr("%1: %2 of 100 (n = %3)."),
            name,
            score_text(department.score),
            department.respondents,
        )

    def start_dialogue(self, name: str | None = None) -> bool:
        """A new dialogue session for the chosen department (or the one called `name`) in the
        main window, which asks first about unsaved changes."""
        if name is not None:
            self.table.choose(name)
        department = self.chosen()
        if department is None:
            return False
        return self._start_dialogue(department.name, self._result_words(department))

    def _start_chosen(self, *_args: object) -> None:
        self.start_dialogue()

    def export_report(self) -> bool:
        if self.current is None or self.result is None:
            return False
        return self._output.export_survey_report(
            self.result, self.current.file_name, len(self.current.imported.responses)
        )

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Survey of work-environment competence – AMK Desktop"))
        self.import_button.setText(self.tr("&Import answers…"))
        self.import_button.setToolTip(
            self.tr("The answers from a CSV file or an Excel workbook (.xlsx), one row a person")
        )
        self.compare_button.setText(self.tr("&Compare with an earlier survey…"))
        self.compare_button.setToolTip(
            self.tr("Show the answers of an earlier survey (a year ago) beside these")
        )
        self.remove_earlier_button.setText(self.tr("Remove the earlier survey"))
        self.min_label.setText(self.tr("&Show departments with at least"))
        self.min_respondents.setSuffix(self.tr(" respondents"))
        self.min_respondents.setToolTip(
            fill(
                self.tr(
                    "A department with fewer respondents is not shown, so that no one's answers "
                    "can be recognised (never fewer than %1)"
                ),
                MIN_RESPONDENTS_FLOOR,
            )
        )
        self.paper_button.setText(self.tr("&Questionnaire"))
        self.questionnaire_action.setText(self.tr("Save the questionnaire as PDF…"))
        self.template_action.setText(self.tr("Save a blank answers file (Excel or CSV)…"))
        self.report_button.setText(self.tr("Save the &report as PDF…"))
        self.start_button.setText(self.tr("&Start a dialogue for this department"))
        self.empty.setText(
            self.tr(
                "NFA's survey measures work-environment competence with eight statements, on a "
                "scale from 0 to 100 for each department. Run it first to see which departments "
                "to start the dialogue with, and again a year later.\n\n"
                "Import the answers from a CSV file or an Excel workbook. No survey yet? Print "
                "the questionnaire; under Questionnaire there is also a blank answers file with "
                "the columns the import reads.\n\n"
                "The answers stay in their file: AMK Desktop does not keep them."
            )
        )
        self.empty_import.setText(self.tr("Import answers…"))
        self.empty_questionnaire.setText(self.tr("Save the questionnaire as PDF…"))
        self._show()  # the chart, the table and their numbers in the language's form

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # nothing to save: the answers stay in their file
