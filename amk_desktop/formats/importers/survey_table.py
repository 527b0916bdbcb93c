"""Survey answers from a CSV file or an Excel workbook, as survey tools and Excel write them
(issue 13). No Qt.

By default a `department` column (or `afdeling`) and `q1` … `q8` (or `spm1` … `spm8`) holding 1-5
or nothing; another layout is read through a column mapping (`columns`). Both `,` and `;`
delimiters, UTF-8 with or without a byte order mark, and Windows-1252 (Danish Excel saves CSV
with `;` in cp1252). Nothing is dropped silently: every row that cannot be used is reported with
its number and why (`RowProblem`), and a value outside 1-5 is reported and left unanswered.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from amk_desktop.core.survey import ITEM_COUNT, Answer, Response

MAX_FILE_SIZE = 50 * 1024 * 1024  # bytes: far above any workplace's survey
DEPARTMENT_NAMES = ("department", "afdeling")
ITEM_PREFIXES = ("q", "spm", "item")


class SurveyFileError(ValueError):
    """The file cannot be read as survey answers at all (one line for the user)."""


@dataclass(frozen=True)
class RowProblem:
    row: int  # the line in the file (the header is line 1)
    reason: str


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


def default_columns(header: list[str]) -> dict[str, str]:
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
    """1-5, None for nothing, or the reason the text is not an answer."""
    value = text.strip()
    if not value:
        return None
    if value in {"1", "2", "3", "4", "5"}:
        return int(value)
    if value.replace(",", ".") in {"1.0", "2.0", "3.0", "4.0", "5.0"}:  # Excel's numbers
        return int(value[0])
    return f"{value[:20]!r} is not an answer from 1 to 5"


def read_survey_csv(data: bytes, columns: Mapping[str, str] | None = None) -> SurveyImport:
    """The answers in CSV `data`. `columns` maps "department" and "q1".."q8" to the file's
    column names (found by name when not given). Raises `SurveyFileError` when the file is
    empty, too large, or has no department column."""
    if len(data) > MAX_FILE_SIZE:
        raise SurveyFileError("the file is larger than 50 MB: not a survey's answers")
    text, encoding = decode(data)
    if not text.strip():
        raise SurveyFileError("the file is empty")
    delimiter = _delimiter(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as error:
        raise SurveyFileError(f"the file is not CSV ({error})") from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 1
        try:
            for row in reader:
                number = reader.line_num
                yield number, row
        except csv.Error as error:
            raise _UnreadableRowError(number + 1, f"not readable as CSV ({error})") from None

    responses, problems, mapping = _read_rows(header, rows(), columns)
    return SurveyImport(responses, problems, mapping, encoding, delimiter)


def read_survey_xlsx(data: bytes, columns: Mapping[str, str] | None = None) -> SurveyImport:
    """The answers on the first sheet of an Excel workbook (`.xlsx`), read with
    python-calamine (docs/decisions.md D18); as `read_survey_csv` otherwise."""
    if len(data) > MAX_FILE_SIZE:
        raise SurveyFileError("the file is larger than 50 MB: not a survey's answers")
    from python_calamine import CalamineWorkbook  # noqa: PLC0415 - only for a workbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own errors for every kind of damage
        raise SurveyFileError(f"the file is not an Excel workbook ({error})") from None
    table = [[_cell_text(value) for value in row] for row in sheet]
    while table and not any(cell.strip() for cell in table[0]):
        table.pop(0)
    if not table:
        raise SurveyFileError("the file is empty")
    header = table[0]
    rows = ((number, row) for number, row in enumerate(table[1:], start=2))
    responses, problems, mapping = _read_rows(header, rows, columns)
    return SurveyImport(responses, problems, mapping, "xlsx", "")


def read_survey_file(name: str, data: bytes) -> SurveyImport:
    """CSV or Excel by the file's name (`.xlsx`), else by its first bytes (a zip)."""
    if name.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        return read_survey_xlsx(data)
    return read_survey_csv(data)


def _cell_text(value: object) -> str:
    """A workbook cell as the CSV would hold it: 4.0 -> "4", empty -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _UnreadableRowError(Exception):
    def __init__(self, row: int, reason: str) -> None:
        super().__init__(reason)
        self.row, self.reason = row, reason


def _read_rows(
    header: list[str],
    rows: Iterable[tuple[int, list[str]]],
    columns: Mapping[str, str] | None,
) -> tuple[tuple[Response, ...], tuple[RowProblem, ...], dict[str, str]]:
    """The responses of numbered `rows` under `header`, and the rows that could not be used."""
    mapping = dict(columns) if columns is not None else default_columns(header)
    if "department" not in mapping or mapping["department"] not in header:
        raise SurveyFileError(
            "the file has no department column (a column called department or afdeling)"
        )
    department_at = header.index(mapping["department"])
    item_at = [
        header.index(mapping[f"q{n}"]) if mapping.get(f"q{n}") in header else -1
        for n in range(1, ITEM_COUNT + 1)
    ]
    if all(at < 0 for at in item_at):
        raise SurveyFileError("the file has none of the columns q1 to q8")
    responses: list[Response] = []
    problems: list[RowProblem] = []
    try:
        for row_number, row in rows:
            if not any(cell.strip() for cell in row):
                continue  # an empty line: nothing to report
            if department_at >= len(row) or not row[department_at].strip():
                problems.append(RowProblem(row_number, "no department"))
                continue
            answers: list[Answer] = []
            for number, at in enumerate(item_at, start=1):
                value = _answer(row[at]) if 0 <= at < len(row) else None
                if isinstance(value, str):
                    problems.append(RowProblem(row_number, f"q{number}: {value}; left out"))
                    value = None
                answers.append(value)
            responses.append(Response(" ".join(row[department_at].split()), tuple(answers)))
    except _UnreadableRowError as error:
        problems.append(RowProblem(error.row, error.reason))
    return tuple(responses), tuple(problems), mapping
