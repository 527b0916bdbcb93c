"""The import of survey answers (`survey_import`): which of the file's columns holds the
department and each of NFA's eight items (found by name, changed here for any other layout), a
few of the file's rows, and what the import will do: how many answers from how many
departments, and every row that is skipped or has a value left out, with its number and why.
Nothing is imported until the facilitator presses Import. Shown by `Dialogs.import_survey`;
tests build it directly."""

from __future__ import annotations

from collections.abc import Mapping

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
    column_indices,
    responses_from_table,
    shared_columns,
)
from amk_desktop.i18n import tr_text
from amk_desktop.ui.widgets.text_fields import elide

PREVIEW_ROWS = 6  # of the file's rows shown under the mapping
SHOWN_PROBLEMS = 500  # rows listed; the rest are counted
CELL_LENGTH = 40  # characters of a cell or a column's name
STATEMENT_LENGTH = 42  # characters of an item's statement beside its column's choice


def describe_problem(
    problem: RowProblem, header: tuple[str, ...], columns: Mapping[str, int]
) -> str:
    """A skipped row or a left-out value in the user's language, with the file's name for the
    column (`header`, `columns`: the import's mapping)."""
    if problem.code == "no_department":
        what = QCoreApplication.translate("SurveyImport", "no department; the row is skipped")
    elif problem.code == "bad_value":
        at = columns.get(problem.column, -1)
        name = elide(header[at], CELL_LENGTH) if 0 <= at < len(header) else problem.column
        what = fill(
            QCoreApplication.translate(
                "SurveyImport",
                "column “%1” (statement %2): “%3” is not an answer from 1 to 5; left out",
            ),
            name,
            problem.column.removeprefix("q"),
            elide(problem.value, 20),
        )
    else:
        what = QCoreApplication.translate(
            "SurveyImport", "the file cannot be read from this row on; the rest is skipped"
        )
    return fill(QCoreApplication.translate("SurveyImport", "Row %1: %2"), problem.row, what)


def problem_lines(imported: SurveyImport, header: tuple[str, ...], prefix: str = "") -> list[str]:
    """The lines of the list of problems: each problem (at most `SHOWN_PROBLEMS`), then how
    many more there are."""
    lines = [
        prefix + describe_problem(problem, header, imported.columns)
        for problem in imported.problems[:SHOWN_PROBLEMS]
    ]
    hidden = len(imported.problems) - SHOWN_PROBLEMS
    if hidden > 0:
        lines.append(
            fill(QCoreApplication.translate("SurveyImport", "… and %1 more problems"), hidden)
        )
    return lines


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
            "SurveyImport", "Choose the columns that hold the answers to the statements."
        ),
        "sheet_too_large": QCoreApplication.translate(
            "SurveyImport",
            "The workbook's first sheet is far larger than any survey (over 5,000,000 cells).",
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
        found = column_indices(table.header, None)
        mapping_box = QGroupBox(self.tr("Which column holds what"), self)
        form = QFormLayout(mapping_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.columns: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox(mapping_box)
            combo.setObjectName(f"survey_column_{role}")
            combo.addItem(self.tr("(none)"), -1)
            for at in range(len(table.header)):
                combo.addItem(self._column_name(at), at)
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
            [self._column_name(at) for at in range(len(table.header))]
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

    def _column_name(self, at: int) -> str:
        """A column as the lists show it: its name, or its place when it has none."""
        name = elide(" ".join(self.table.header[at].split()), CELL_LENGTH)
        return name or fill(self.tr("(column %1)"), at + 1)

    def mapping(self) -> dict[str, int]:
        return {role: int(combo.currentData()) for role, combo in self.columns.items()}

    def _role_name(self, role: str) -> str:
        if role == "department":
            return self.tr("Department")
        return fill(self.tr("statement %1"), role.removeprefix("q"))

    def _read(self) -> None:
        """Read the answers under the chosen columns and say what the import will do."""
        self.problems.clear()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mapping = self.mapping()
        shared = shared_columns({role: at for role, at in mapping.items() if at >= 0})
        try:
            if shared:  # one column read as two things would count its answers twice
                first, second = shared[0]
                raise SurveyFileError("shared_column")
            self.imported = responses_from_table(self.table, mapping)
        except SurveyFileError as error:
            self.imported = None
            words = describe_file_error(error)
            if shared:
                words = fill(
                    self.tr(
                        "The column “%1” is chosen for both %2 and %3. Choose one column each."
                    ),
                    self._column_name(mapping[first]),
                    self._role_name(first),
                    self._role_name(second),
                )
            self.summary.setText(words)
            self.problems.setVisible(False)
            ok.setEnabled(False)
            return
        responses = self.imported.responses
        departments = {response.department for response in responses}
        unscored = sum(person_score(response.answers) is None for response in responses)
        text = fill(
            self.tr(
                "Answers to import: %1, from %2 departments. Answers with fewer than %3 of "
                "the 8 statements answered (not counted): %4. Rows with a problem: %5."
            ),
            len(responses),
            len(departments),
            MIN_ANSWERED,
            unscored,
            len({problem.row for problem in self.imported.problems}),
        )
        self.summary.setText(text)
        self.problems.addItems(problem_lines(self.imported, self.table.header))
        self.problems.setVisible(bool(self.imported.problems))
        ok.setEnabled(bool(responses))
