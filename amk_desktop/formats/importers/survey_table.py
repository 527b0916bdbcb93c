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
import posixpath
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from amk_desktop.core.survey import ITEM_COUNT, Answer, Response

MAX_FILE_SIZE = 50 * 1024 * 1024  # bytes: far above any workplace's survey
# A workbook's first sheet may span at most this many cells (rows x columns of its used area):
# calamine allocates the whole area, so one stray cell at XFD1048576 in a 5 KB file would ask
# for 512 GB and abort the process. 10,000 answers x 500 columns fit.
MAX_SHEET_CELLS = 5_000_000
MAX_UNPACKED_SIZE = 400 * 1024 * 1024  # bytes of all a workbook's parts, unpacked
DEPARTMENT_NAMES = ("department", "afdeling")
ITEM_PREFIXES = ("q", "spm", "item")
ROLES: tuple[str, ...] = ("department", *(f"q{n}" for n in range(1, ITEM_COUNT + 1)))

# SurveyFileError.code
FILE_ERRORS: dict[str, str] = {
    "too_large": "the file is larger than 50 MB: not a survey's answers",
    "sheet_too_large": (
        "the workbook's first sheet spans more than 5,000,000 cells: not a survey's answers"
    ),
    "empty": "the file is empty",
    "not_csv": "the file is not CSV",
    "not_xlsx": "the file is not an Excel workbook",
    "no_department_column": (
        "the file has no department column (a column called department or afdeling)"
    ),
    "no_item_columns": "the file has none of the columns q1 to q8",
    "shared_column": "one column is chosen for two things",
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

    `code`: "no_department" (the row is skipped), "bad_value" (`column`, the role "q1".."q8",
    holds `value`, which is not 1-5; that item is left unanswered) or "unreadable" (the rest of
    the file from this row on is not CSV; `value` has the reader's words). `row` is the row as
    a spreadsheet numbers it (the header is row 1; a cell with a line break does not count
    twice)."""

    row: int  # the line in the file (the header is line 1)
    code: str
    column: str = ""  # the role: "q1".."q8"
    value: str = ""

    @property
    def reason(self) -> str:
        if self.code == "no_department":
            return "no department; row skipped"
        if self.code == "bad_value":
            return f"{self.column}: {self.value[:20]!r} is not an answer from 1 to 5; left out"
        return f"not readable as CSV ({self.value}); this row and the rest skipped"


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
    columns: Mapping[str, int]  # "department", "q1".."q8" -> the file's column (0-based)
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
    """The cells of CSV `data` (`,` or `;`, UTF-8 or Windows-1252). Rows are numbered as a
    spreadsheet shows them; empty lines before the header are passed over."""
    _check_size(data)
    text, encoding = decode(data)
    if not text.strip():
        raise SurveyFileError("empty")
    if "\x00" in text:  # a PDF, a picture, a program: not text at all
        raise SurveyFileError("not_csv", "it holds binary data")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    delimiter = _delimiter(lines[first])
    csv.field_size_limit(MAX_FILE_SIZE)  # a long cell is the row's problem, not the file's end
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = enumerate(reader, start=1)
    header: list[str] = []
    rows: list[tuple[int, tuple[str, ...]]] = []
    unreadable = None
    number = 0
    try:
        for number, record in records:
            if not header:
                if any(cell.strip() for cell in record):
                    header = record
                continue
            rows.append((number, tuple(record)))
    except csv.Error as error:
        if not header:
            raise SurveyFileError("not_csv", str(error)) from None
        unreadable = RowProblem(number + 1, "unreadable", value=str(error))
    return SurveyTable(tuple(header), tuple(rows), encoding, delimiter, unreadable)


def read_xlsx_table(data: bytes) -> SurveyTable:
    """The cells of the first sheet of an Excel workbook (`.xlsx`), read with python-calamine
    (docs/decisions.md D18)."""
    _check_size(data)
    check_sheet_area(data)
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


def _cell_position(reference: str) -> tuple[int, int]:
    """ "XFD1048576" -> (1048576, 16384): the row and the column, 1-based."""
    letters = reference.rstrip("0123456789$").replace("$", "")
    digits = reference[len(letters) :].replace("$", "") if letters else reference
    column = 0
    for letter in letters.upper():
        column = column * 26 + (ord(letter) - 64)
    return (int(digits) if digits.isdigit() else 0), column


def check_sheet_area(data: bytes) -> None:
    """Refuse a workbook whose first sheet spans more than `MAX_SHEET_CELLS` (its declared
    dimension or its cells), or whose parts unpack to more than `MAX_UNPACKED_SIZE`, before
    calamine allocates it. Reads only the cells' references, as a stream."""
    from xml.etree.ElementTree import ParseError, iterparse  # noqa: PLC0415

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_SIZE:
            raise SurveyFileError("sheet_too_large")
        sheet = _first_sheet_part(archive)
        if sheet is None:
            return  # calamine says what is wrong with it
        rows = columns = 0
        with archive.open(sheet) as stream:
            for _event, element in iterparse(stream):
                tag = element.tag.rpartition("}")[2]
                if tag == "dimension":
                    last = element.get("ref", "").rpartition(":")[2]
                    rows, columns = _cell_position(last)
                elif tag == "c":
                    row, column = _cell_position(element.get("r", ""))
                    rows, columns = max(rows, row), max(columns, column)
                    element.clear()
                elif tag == "row":
                    element.clear()
                if rows * columns > MAX_SHEET_CELLS:
                    raise SurveyFileError("sheet_too_large")
    except SurveyFileError:
        raise
    except (zipfile.BadZipFile, ParseError, KeyError, OSError, ValueError) as error:
        raise SurveyFileError("not_xlsx", str(error)) from None


def _first_sheet_part(archive: zipfile.ZipFile) -> str | None:
    """The path of the workbook's first sheet in its zip archive (as calamine reads it)."""
    from xml.etree.ElementTree import fromstring  # noqa: PLC0415

    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return None
    workbook = fromstring(archive.read("xl/workbook.xml"))
    first = next((e for e in workbook.iter() if e.tag.rpartition("}")[2] == "sheet"), None)
    if first is None:
        return None
    rid = next((v for k, v in first.attrib.items() if k.rpartition("}")[2] == "id"), None)
    relations = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for relation in relations:
        if relation.get("Id") == rid:
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            path = posixpath.normpath(path)
            return path if path in names else None
    return None


def is_workbook(name: str, data: bytes) -> bool:
    return name.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04")


def read_survey_table(name: str, data: bytes) -> SurveyTable:
    """The cells of a CSV file or a workbook: a workbook by its name (`.xlsx`) or its first
    bytes (a zip), else CSV."""
    return read_xlsx_table(data) if is_workbook(name, data) else read_csv_table(data)


def read_survey_path(path: str) -> SurveyTable:
    """The cells of the file at `path`; its size is checked before it is read. Raises
    `SurveyFileError`, or `OSError` when it cannot be read at all."""
    import os  # noqa: PLC0415

    if os.stat(path).st_size > MAX_FILE_SIZE:
        raise SurveyFileError("too_large")
    with open(path, "rb") as file:
        data = file.read(MAX_FILE_SIZE + 1)
    return read_survey_table(os.path.basename(path), data)


def read_survey_csv(data: bytes, columns: Mapping[str, str | int] | None = None) -> SurveyImport:
    """The answers in CSV `data`. `columns` maps "department" and "q1".."q8" to the file's
    column names (found by name when not given). Raises `SurveyFileError` when the file is
    empty, too large, or has no department column."""
    return responses_from_table(read_csv_table(data), columns)


def read_survey_xlsx(data: bytes, columns: Mapping[str, str | int] | None = None) -> SurveyImport:
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


def column_indices(
    header: tuple[str, ...] | list[str], columns: Mapping[str, str | int] | None
) -> dict[str, int]:
    """The mapping as column positions: a role given by name is the first column of that
    name; a role given as a position stays; "" or a position outside the header is none."""
    named = default_columns(header) if columns is None else columns
    indices: dict[str, int] = {}
    for role, column in named.items():
        if isinstance(column, int):
            if 0 <= column < len(header):
                indices[role] = column
        elif column and column in header:
            indices[role] = list(header).index(column)
    return indices


def shared_columns(indices: Mapping[str, int]) -> list[tuple[str, str]]:
    """Pairs of roles mapped to the same column (a column read twice would count twice)."""
    first: dict[int, str] = {}
    pairs = []
    for role in ROLES:
        if role in indices:
            if indices[role] in first:
                pairs.append((first[indices[role]], role))
            else:
                first[indices[role]] = role
    return pairs


def responses_from_table(
    table: SurveyTable, columns: Mapping[str, str | int] | None = None
) -> SurveyImport:
    """The responses in `table` under `columns` (each role a column name or position; found by
    name when not given), and the rows that could not be used. Raises `SurveyFileError`
    without a department column, with none of the items' columns, or with one column mapped
    to two roles."""
    indices = column_indices(table.header, columns)
    if "department" not in indices:
        raise SurveyFileError("no_department_column")
    item_at = [indices.get(f"q{n}", -1) for n in range(1, ITEM_COUNT + 1)]
    if all(at < 0 for at in item_at):
        raise SurveyFileError("no_item_columns")
    shared = shared_columns(indices)
    if shared:
        raise SurveyFileError("shared_column", f"{shared[0][0]} and {shared[0][1]}")
    department_at = indices["department"]
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
    return SurveyImport(tuple(responses), tuple(problems), indices, table.encoding, table.delimiter)
