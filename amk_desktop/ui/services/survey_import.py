"""The import of survey answers (`survey_import`): which of the file's columns holds the
department and each of NFA's eight items (found by name, changed here for any other layout), a
few of the file's rows, and what the import will do: how many answers from how many
departments, and every row that is skipped or has a value left out, with its number and why.
Nothing is imported until the facilitator presses Import. Shown by `Dialogs.import_survey`;
tests build it directly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amk_desktop.core.survey import ITEMS, MIN_ANSWERED, person_score
from amk_desktop.core.text import fill
from amk_desktop.formats.importers.survey_table import (
    ROLES,
    RowProblem,
    SurveyFileError,
    SurveyImport,
    SurveyTable,
    default_columns,
    responses_from_table,
)
from amk_desktop.i18n import tr_text
from amk_desktop.ui.widgets.text_fields import elide

PREVIEW_ROWS = 6  # of the file's rows shown under the mapping
SHOWN_PROBLEMS = 500  # rows listed; the rest are counted
CELL_LENGTH = 40  # characters of a cell or a column's name
STATEMENT_LENGTH = 42  # characters of an item's statement beside its column's choice


def describe_problem(problem: RowProblem) -> str:
    """A skipped row or a left-out value in the user's language."""
    if problem.code == "no_department":
        what = QCoreApplication.translate("SurveyImport", "no department; the row is skipped")
    elif problem.code == "bad_value":
        what = fill(
            QCoreApplication.translate(
                "SurveyImport", "question %1: “%2” is not an answer from 1 to 5; left out"
            ),
            problem.column.removeprefix("q"),
            elide(problem.value, 20),
        )
    else:
        what = fill(
            QCoreApplication.translate("SurveyImport", "the file cannot be read from here on (%1)"),
            problem.value,
        )
    return fill(QCoreApplication.translate("SurveyImport", "Row %1: %2"), problem.row, what)


def describe_file_error(error: SurveyFileError) -> str:
    """Why a file cannot be read as survey answers, in the user's language."""
    words = {
        "too_large": QCoreApplication.translate(
            "SurveyImport", "The file is larger than 50 MB, which is far more than any survey."
        ),
        "empty": QCoreApplication.translate("SurveyImport", "The file is empty."),
        "not_csv": QCoreApplication.translate(
            "SurveyImport", "The file is not a CSV file that can be read."
        ),
        "not_xlsx": QCoreApplication.translate(
            "SurveyImport", "The file is not an Excel workbook (.xlsx) that can be read."
        ),
        "no_department_column": QCoreApplication.translate(
            "SurveyImport", "Choose the column that holds each person's department."
        ),
        "no_item_columns": QCoreApplication.translate(
            "SurveyImport", "Choose the columns that hold the answers to the questions."
        ),
    }
    return words.get(error.code, str(error))


class SurveyImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, table: SurveyTable) -> None:
        super().__init__(parent)
        self.setObjectName("survey_import")
        self.table = table
        self.imported: SurveyImport | None = None
        self.setWindowTitle(fill(self.tr("Import survey answers: %1"), elide(file_name, 60)))
        about = QLabel(self)
        about.setObjectName("survey_import_file")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setText(self._file_words(file_name))

        # the mapping: the department and each item, a column of the file or none
        found = default_columns(table.header)
        mapping_box = QGroupBox(self.tr("Which column holds what"), self)
        form = QFormLayout(mapping_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.columns: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"survey_column_{role}")
            combo.addItem(self.tr("(none)"), "")
            for name in table.header:
                combo.addItem(elide(" ".join(name.split()), CELL_LENGTH) or "–", name)
            if role in found:
                combo.setCurrentIndex(combo.findData(found[role]))
            combo.currentIndexChanged.connect(self._read)
            if role == "department":
                label = QLabel(self.tr("Department"), mapping_box)
            else:
                number = int(role[1:])
                statement = f"{number}. {tr_text(ITEMS[number - 1])}"
                label = QLabel(elide(statement, STATEMENT_LENGTH), mapping_box)
                label.setToolTip(statement)
                combo.setToolTip(statement)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            combo.setAccessibleName(label.toolTip() or label.text())
            combo.setMinimumContentsLength(10)
            form.addRow(label, combo)
            self.columns[role] = combo

        # a few of the file's rows, as they are in the file
        self.preview = QTableWidget(0, len(table.header), self)
        self.preview.setObjectName("survey_import_preview")
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setHorizontalHeaderLabels(
            [elide(" ".join(name.split()), CELL_LENGTH) for name in table.header]
        )
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(number) for number, _ in shown])
        for row, (_number, cells) in enumerate(shown):
            for column, text in enumerate(cells[: len(table.header)]):
                self.preview.setItem(row, column, QTableWidgetItem(elide(text, CELL_LENGTH)))
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        rows_height = self.preview.verticalHeader().defaultSectionSize() * len(shown)
        heading = self.preview.horizontalHeader().sizeHint().height()
        scroll_bar = self.preview.horizontalScrollBar().sizeHint().height()
        self.preview.setFixedHeight(
            rows_height + heading + scroll_bar + 2 * self.preview.frameWidth()
        )

        # what the import will do, and the rows it skips
        self.summary = QLabel(self)
        self.summary.setObjectName("survey_import_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("survey_problems")
        self.problems.setAccessibleName(self.tr("Rows skipped or with values left out"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The first rows of the file:"), self))
        right.addWidget(self.preview)
        right.addWidget(self.summary)
        right.addWidget(self.problems, 1)
        right.addStretch(0)
        columns = QHBoxLayout()
        columns.addWidget(mapping_box)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        self._read()

    def _file_words(self, file_name: str) -> str:
        kind = {
            "xlsx": self.tr("an Excel workbook (the first sheet)"),
            "cp1252": self.tr("a CSV file in Windows-1252 (as Danish Excel saves it)"),
        }.get(self.table.encoding, self.tr("a CSV file in UTF-8"))
        separator = {";": self.tr("semicolons"), ",": self.tr("commas")}.get(self.table.delimiter)
        words = fill(
            self.tr("“%1” is %2 with %3 rows."), elide(file_name, 80), kind, len(self.table.rows)
        )
        if separator:
            words += " " + fill(self.tr("Its columns are separated by %1."), separator)
        return words

    def mapping(self) -> dict[str, str]:
        return {role: str(combo.currentData()) for role, combo in self.columns.items()}

    def _read(self) -> None:
        """Read the answers under the chosen columns and say what the import will do."""
        self.problems.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.imported = responses_from_table(self.table, self.mapping())
        except SurveyFileError as error:
            self.imported = None
            self.summary.setText(describe_file_error(error))
            self.problems.setVisible(False)
            ok.setEnabled(False)
            return
        responses = self.imported.responses
        departments = {response.department for response in responses}
        unscored = sum(person_score(response.answers) is None for response in responses)
        text = fill(
            self.tr(
                "Answers to import: %1, from %2 departments. Answers with fewer than %3 of "
                "the 8 questions answered (not counted): %4. Rows with a problem: %5."
            ),
            len(responses),
            len(departments),
            MIN_ANSWERED,
            unscored,
            len({problem.row for problem in self.imported.problems}),
        )
        self.summary.setText(text)
        for problem in self.imported.problems[:SHOWN_PROBLEMS]:
            self.problems.addItem(describe_problem(problem))
        hidden = len(self.imported.problems) - SHOWN_PROBLEMS
        if hidden > 0:
            self.problems.addItem(fill(self.tr("… and %1 more"), hidden))
        self.problems.setVisible(bool(self.imported.problems))
        ok.setEnabled(bool(responses))
