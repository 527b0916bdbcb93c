"""Survey answers from a CSV file or an Excel workbook, as survey tools and Excel write them
(issue 13). No Qt.

A file is read in two steps: `read_survey_table` reads its cells once (`SurveyTable`: the header
and the numbered rows), and `responses_from_table` reads the answers under a column mapping.
The window's import dialog shows the table and lets the facilitator change the mapping without
reading the file again; `read_survey_file`/`read_survey_csv`/`read_survey_xlsx` do both steps
with the columns found by name.

By default a `department` column (or `afdeling`) and `q1` … `q8` (or `spm1` … `spm8`) holding 1-5
or nothing. Both `,` and `;` delimiters, UTF-8 with or without a byte order mark, and
Windows-1252 (Danish Excel saves CSV with `;` in cp1252). Nothing is dropped silently: every row
that cannot be used is reported with its number and why (`RowProblem`), and a value outside 1-5
is reported and left unanswered. Problems and errors carry a stable `code` for the window to
translate; `reason`/`str()` are the plain English the command line prints.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from amk_desktop.core.survey import ITEM_COUNT, Answer, Response

MAX_FILE_SIZE = 50 * 1024 * 1024  # bytes: far above any workplace's survey
DEPARTMENT_NAMES = ("department", "afdeling")
ITEM_PREFIXES = ("q", "spm", "item")
ROLES: tuple[str, ...] = ("department", *(f"q{n}" for n in range(1, ITEM_COUNT + 1)))

# SurveyFileError.code
FILE_ERRORS: dict[str, str] = {
    "too_large": "the file is larger than 50 MB: not a survey's answers",
    "empty": "the file is empty",
    "not_csv": "the file is not CSV",
    "not_xlsx": "the file is not an Excel workbook",
    "no_department_column": (
        "the file has no department column (a column called department or afdeling)"
    ),
    "no_item_columns": "the file has none of the columns q1 to q8",
}


class SurveyFileError(ValueError):
    """The file cannot be read as survey answers at all. `code` is one of `FILE_ERRORS`;
    ``str(error)`` is one line in plain English (with the reader's own words where it has any)."""

    def __init__(self, code: str, detail: str = "") -> None:
        message = FILE_ERRORS[code] + (f" ({detail})" if detail else "")
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be used, or a value in it that was left out.

    `code`: "no_department" (the row is skipped), "bad_value" (`column` holds `value`, which is
    not 1-5; that item is left unanswered) or "unreadable" (the rest of the file from this row
    is not CSV; `value` has the reader's words)."""

    row: int  # the line in the file (the header is line 1)
    code: str
    column: str = ""  # the role: "q1".."q8"
    value: str = ""

    @property
    def reason(self) -> str:
        if self.code == "no_department":
            return "no department"
        if self.code == "bad_value":
            return f"{self.column}: {self.value[:20]!r} is not an answer from 1 to 5; left out"
        return f"not readable as CSV ({self.value})"


@dataclass(frozen=True)
class SurveyTable:
    """A file's cells: the header and the rows with their line numbers in the file."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str  # "utf-8", "utf-8-sig", "cp1252" or "xlsx"
    delimiter: str  # "," or ";" ("" for a workbook)
    unreadable: RowProblem | None = None  # where a CSV stopped being readable


@dataclass(frozen=True)
class SurveyImport:
    responses: tuple[Response, ...]
    problems: tuple[RowProblem, ...]
    columns: Mapping[str, str]  # "department", "q1".."q8" -> the file's column names
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (a byte order mark allowed), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def default_columns(header: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The file's column for each role, found by name (case and spaces aside)."""
    found: dict[str, str] = {}
    for name in header:
        key = name.strip().lower().replace(" ", "")
        if key in DEPARTMENT_NAMES and "department" not in found:
            found["department"] = name
            continue
        for prefix in ITEM_PREFIXES:
            number = key.removeprefix(prefix).lstrip("._-")
            if key.startswith(prefix) and number.isdigit() and 1 <= int(number) <= ITEM_COUNT:
                found.setdefault(f"q{int(number)}", name)
    return found


def _answer(text: str) -> Answer | str:
    """1-5, None for nothing, or the text when it is not an answer."""
    value = text.strip()
    if not value:
        return None
    if value in {"1", "2", "3", "4", "5"}:
        return int(value)
    if value.replace(",", ".") in {"1.0", "2.0", "3.0", "4.0", "5.0"}:  # Excel's numbers
        return int(value[0])
    return value


def _check_size(data: bytes) -> None:
    if len(data) > MAX_FILE_SIZE:
        raise SurveyFileError("too_large")


def read_csv_table(data: bytes) -> SurveyTable:
    """The cells of CSV `data` (`,` or `;`, UTF-8 or Windows-1252)."""
    _check_size(data)
    text, encoding = decode(data)
    if not text.strip():
        raise SurveyFileError("empty")
    if "\x00" in text:  # a PDF, a picture, a program: not text at all
        raise SurveyFileError("not_csv", "it holds binary data")
    delimiter = _delimiter(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as error:
        raise SurveyFileError("not_csv", str(error)) from None
    rows: list[tuple[int, tuple[str, ...]]] = []
    unreadable = None
    number = 1
    try:
        for row in reader:
            number = reader.line_num
            rows.append((number, tuple(row)))
    except csv.Error as error:
        unreadable = RowProblem(number + 1, "unreadable", value=str(error))
    return SurveyTable(tuple(header), tuple(rows), encoding, delimiter, unreadable)


def read_xlsx_table(data: bytes) -> SurveyTable:
    """The cells of the first sheet of an Excel workbook (`.xlsx`), read with python-calamine
    (docs/decisions.md D18)."""
    _check_size(data)
    from python_calamine import CalamineWorkbook  # noqa: PLC0415 - only for a workbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own errors for every kind of damage
        raise SurveyFileError("not_xlsx", str(error)) from None
    table = [tuple(_cell_text(value) for value in row) for row in sheet]
    first = 0
    while first < len(table) and not any(cell.strip() for cell in table[first]):
        first += 1
    if first == len(table):
        raise SurveyFileError("empty")
    rows = tuple((number, row) for number, row in enumerate(table[first + 1 :], start=first + 2))
    return SurveyTable(table[first], rows, "xlsx", "")


def is_workbook(name: str, data: bytes) -> bool:
    return name.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04")


def read_survey_table(name: str, data: bytes) -> SurveyTable:
    """The cells of a CSV file or a workbook: a workbook by its name (`.xlsx`) or its first
    bytes (a zip), else CSV."""
    return read_xlsx_table(data) if is_workbook(name, data) else read_csv_table(data)


def read_survey_csv(data: bytes, columns: Mapping[str, str] | None = None) -> SurveyImport:
    """The answers in CSV `data`. `columns` maps "department" and "q1".."q8" to the file's
    column names (found by name when not given). Raises `SurveyFileError` when the file is
    empty, too large, or has no department column."""
    return responses_from_table(read_csv_table(data), columns)


def read_survey_xlsx(data: bytes, columns: Mapping[str, str] | None = None) -> SurveyImport:
    """The answers on the first sheet of an Excel workbook (`.xlsx`); as `read_survey_csv`."""
    return responses_from_table(read_xlsx_table(data), columns)


def read_survey_file(name: str, data: bytes) -> SurveyImport:
    """CSV or Excel by the file's name (`.xlsx`), else by its first bytes (a zip)."""
    return responses_from_table(read_survey_table(name, data))


def _cell_text(value: object) -> str:
    """A workbook cell as the CSV would hold it: 4.0 -> "4", empty -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def responses_from_table(
    table: SurveyTable, columns: Mapping[str, str] | None = None
) -> SurveyImport:
    """The responses in `table` under `columns` (found by name when not given), and the rows
    that could not be used. Raises `SurveyFileError` without a department column or with none
    of the items' columns."""
    header = list(table.header)
    mapping = (
        {role: name for role, name in columns.items() if name}
        if columns is not None
        else default_columns(header)
    )
    if mapping.get("department") not in header:
        raise SurveyFileError("no_department_column")
    department_at = header.index(mapping["department"])
    item_at = [
        header.index(mapping[f"q{n}"]) if mapping.get(f"q{n}") in header else -1
        for n in range(1, ITEM_COUNT + 1)
    ]
    if all(at < 0 for at in item_at):
        raise SurveyFileError("no_item_columns")
    responses: list[Response] = []
    problems: list[RowProblem] = []
    for row_number, row in table.rows:
        if not any(cell.strip() for cell in row):
            continue  # an empty line: nothing to report
        if department_at >= len(row) or not row[department_at].strip():
            problems.append(RowProblem(row_number, "no_department"))
            continue
        answers: list[Answer] = []
        for number, at in enumerate(item_at, start=1):
            value = _answer(row[at]) if 0 <= at < len(row) else None
            if isinstance(value, str):
                problems.append(RowProblem(row_number, "bad_value", f"q{number}", value))
                value = None
            answers.append(value)
        responses.append(Response(" ".join(row[department_at].split()), tuple(answers)))
    if table.unreadable is not None:
        problems.append(table.unreadable)
    return SurveyImport(tuple(responses), tuple(problems), mapping, table.encoding, table.delimiter)
