"""NFA's 8-item survey per department (issue 13): scores 0-100 against a hand computation,
small departments left out so that none can be worked out, CSV as Danish Excel and others
write it, and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from amk_desktop.core.survey import (
    ANSWER_POINTS,
    ITEM_COUNT,
    Response,
    person_score,
    score_departments,
)
from amk_desktop.formats.importers.survey_table import SurveyFileError, read_survey_csv
from tests.test_cli import run


def test_the_scale_and_a_persons_score_by_hand() -> None:
    assert ITEM_COUNT == 8
    assert ANSWER_POINTS == {1: 0, 2: 25, 3: 50, 4: 75, 5: 100}
    # 5, 4, 3, 2 answered, the rest blank: (100 + 75 + 50 + 25) / 4
    assert person_score((5, 4, 3, 2, None, None, None, None)) == 62.5
    assert person_score((5, 4, 3, None, None, None, None, None)) is None  # fewer than 4
    assert person_score((1,) * 8) == 0 and person_score((5,) * 8) == 100


def people(department: str, *rows: tuple[int | None, ...]) -> list[Response]:
    return [Response(department, row) for row in rows]


def test_departments_by_hand_and_the_small_ones_left_out() -> None:
    full = (4, 4, 4, 4, 4, 4, 4, 4)  # 75
    low = (2, 2, 2, 2, 3, 3, 3, 3)  # (4 * 25 + 4 * 50) / 8 = 37.5
    responses = [
        *people("Køkkenet", *([full] * 4), low),  # (4 * 75 + 37.5) / 5 = 67.5
        *people("Rengøring", *([low] * 6)),  # 37.5
        *people("Natholdet", full, full, low),  # 3: left out
        *people("Natholdet", (4, None, None, None, None, None, None, None)),  # unscored
        *people("Ledelsen", *([full] * 7)),  # 75
    ]
    result = score_departments(responses)
    by_name = {d.name: d for d in result.departments}
    assert [d.name for d in result.departments] == [
        "Køkkenet",
        "Ledelsen",
        "Natholdet",
        "Rengøring",
    ]
    assert by_name["Rengøring"].score == pytest.approx(37.5)
    assert by_name["Ledelsen"].score == pytest.approx(75.0)
    natholdet = by_name["Natholdet"]
    assert natholdet.left_out and natholdet.score is None and natholdet.respondents == 3
    # Natholdet's 3 alone could be worked out from a total: the smallest department shown
    # (Køkkenet, 5; its score would be 67.5) is left out as well
    kitchen = by_name["Køkkenet"]
    assert kitchen.left_out and kitchen.secondary and kitchen.score is None
    assert kitchen.respondents == 5
    assert [d.name for d in result.shown] == ["Ledelsen", "Rengøring"]
    assert result.unscored == 1


def test_the_threshold_is_never_below_three() -> None:
    responses = people("A", *([(3,) * 8] * 3)) + people("B", *([(5,) * 8] * 4))
    assert score_departments(responses, min_respondents=1).min_respondents == 3
    result = score_departments(responses, min_respondents=3)
    assert [d.score for d in result.departments] == [50.0, 100.0]


DANISH_EXCEL = (
    "Afdeling;Spm1;Spm2;Spm3;Spm4;Spm5;Spm6;Spm7;Spm8\r\n"
    + "Køkkenet;4;4;4;4;4;4;4;4\r\n" * 4
    + "Køkkenet;2;2;2;2;3;3;3;3\r\n"
    + "Rengøring;2;2;2;2;3;3;3;3\r\n" * 6
    + "Plejen;5;5;5;5;5;5;5;5\r\n" * 5
).encode("cp1252")


def test_csv_from_danish_excel_and_utf8_give_the_same_scores() -> None:
    excel = read_survey_csv(DANISH_EXCEL)
    assert (excel.encoding, excel.delimiter) == ("cp1252", ";")
    utf8 = DANISH_EXCEL.decode("cp1252").replace(";", ",").replace("Afdeling", "department")
    other = read_survey_csv(b"\xef\xbb\xbf" + utf8.encode("utf-8"))
    assert (other.encoding, other.delimiter) == ("utf-8-sig", ",")
    first = score_departments(excel.responses)
    second = score_departments(other.responses)
    assert first == second
    assert [(d.name, d.score) for d in first.departments] == [
        ("Køkkenet", 67.5),
        ("Plejen", 100.0),
        ("Rengøring", 37.5),
    ]
    assert excel.problems == ()


def test_bad_rows_are_reported_never_dropped_silently() -> None:
    data = (
        b"department,q1,q2,q3,q4,q5,q6,q7,q8\n"
        b"A,4,4,4,4,4,4,4,4\n"
        b",4,4,4,4,4,4,4,4\n"  # no department
        b"A,4,7,4,4,4,4,4,x\n"  # 7 and x are not answers
        b"\n"  # an empty line: nothing to say
        b"A,4,4,4\n"  # short: the rest unanswered
    )
    imported = read_survey_csv(data)
    assert [(p.row, p.reason.split(":")[0]) for p in imported.problems] == [
        (3, "no department; row skipped"),
        (4, "q2"),
        (4, "q8"),
    ]
    assert len(imported.responses) == 3
    assert imported.responses[1].answers == (4, None, 4, 4, 4, 4, 4, None)
    assert imported.responses[2].answers == (4, 4, 4) + (None,) * 5


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"name,q1\nA,3\n", "no department column"),
        (b"department,x\nA,3\n", "none of the columns"),
    ],
)
def test_a_file_that_is_no_survey_is_one_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(SurveyFileError, match=words):
        read_survey_csv(data)


def test_the_command_line_prints_one_row_a_department(tmp_path: Path) -> None:
    path = tmp_path / "svar.csv"
    path.write_bytes(DANISH_EXCEL + "Natholdet;3;3;3;3;3;3;3;3\r\n".encode("cp1252"))
    result = run("survey", str(path))
    assert result.returncode == 0, result.stderr
    # Natholdet (1) is left out, and so is the next smallest (Køkkenet, 5): 1 + 5 >= 5
    assert result.stdout.splitlines() == [
        "Køkkenet,5,",
        "Natholdet,1,",
        "Plejen,5,100.0",
        "Rengøring,6,37.5",
    ]
    result = run("survey", str(path), "--min-respondents", "1")
    assert result.returncode == 1 and "3 or more" in result.stderr
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"department,q1,q2,q3,q4\nA,,,,\n")
    result = run("survey", str(empty))
    assert result.returncode == 1 and "no answers could be scored" in result.stderr
    result = run("survey", str(tmp_path / "findes-ikke.csv"))
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1


def excel_workbook(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_workbook_gives_the_same_scores_as_the_csv(tmp_path: Path) -> None:
    from amk_desktop.formats.importers.survey_table import read_survey_file, read_survey_xlsx

    rows: list[list[object]] = [["Afdeling", *(f"Spm{n}" for n in range(1, 9))]]
    for line in DANISH_EXCEL.decode("cp1252").splitlines()[1:]:
        department, *answers = line.split(";")
        rows.append([department, *(int(a) for a in answers)])  # numbers, as Excel keeps them
    rows.append(["Plejen", 5, None, "x", 5, 5, 5, 5, 5])  # an empty cell and a bad one
    data = excel_workbook(rows)
    imported = read_survey_xlsx(data)
    assert [(p.row, p.reason.split(":")[0]) for p in imported.problems] == [(18, "q3")]
    csv_scores = score_departments(read_survey_csv(DANISH_EXCEL).responses)
    xlsx_scores = score_departments(imported.responses[:-1])
    assert xlsx_scores == csv_scores
    assert read_survey_file("svar.xlsx", data).responses == imported.responses
    with pytest.raises(SurveyFileError, match="not an Excel workbook"):
        read_survey_xlsx(b"PK\x03\x04 not really a workbook")
    path = tmp_path / "svar.xlsx"
    path.write_bytes(data)
    result = run("survey", str(path))
    assert result.returncode == 0, result.stderr
    assert "Plejen,6,100.0" in result.stdout.splitlines()
    assert "svar.xlsx:18: q3: 'x' is not an answer from 1 to 5; left out" in result.stderr


def test_the_report_states_the_rule_and_names_what_it_leaves_out(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    from amk_desktop.export.survey_report import build_survey_report
    from amk_desktop.i18n import catalogue_translator

    excel = read_survey_csv(DANISH_EXCEL + "Natholdet & <co>;3;3;3;3;3;3;3;3\r\n".encode("cp1252"))
    result = score_departments(excel.responses)
    for language, words in (
        ("da", ("Arbejdsmiljøkompetence pr. afdeling", "færre end 5 respondenter", "vises ikke")),
        ("en", ("Work-environment competence by department", "fewer than 5", "not shown")),
    ):
        pdf = build_survey_report(
            result,
            catalogue_translator(language),
            source="svar.csv",
            answers=len(excel.responses),
            made="2.12.2026",
            locale=language,
        )
        text = " ".join(
            " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
        )
        for word in words:
            assert word in text, (language, word)
        assert "svar.csv" in text and "Natholdet & <co>" in text  # user text as it is
        assert "Plejen (n = 5)" in text  # the chart: each department with its n
        assert ("100,0" if language == "da" else "100.0") in text
        assert "8." in text  # NFA's eight items
    path = tmp_path / "svar.csv"
    path.write_bytes(DANISH_EXCEL)
    out = tmp_path / "rapport.pdf"
    result_cli = run("survey", str(path), "--pdf", str(out), "--lang", "en")
    assert result_cli.returncode == 0, result_cli.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert result_cli.stdout.splitlines()[1] == "Plejen,5,100.0"


def test_the_questionnaire_and_the_template_fit_the_import(tmp_path: Path) -> None:
    """The printed questionnaire has the eight statements and the scale; answers typed into
    the blank template are read as they are."""
    out, template = tmp_path / "spørgeskema.pdf", tmp_path / "svar.csv"
    result = run("sheets", "--survey", "--pdf", str(out), "--template", str(template))
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Spørgeskema: arbejdsmiljøkompetence" in text
    assert "1 = helt uenig, 5 = helt enig" in text
    assert "Ledelsen på min arbejdsplads er meget motiveret" in text
    filled = template.read_bytes() + "Køkkenet;5;4;;4;4;4;4;4\r\n".encode()
    imported = read_survey_csv(filled)
    assert imported.problems == ()
    assert imported.responses == (Response("Køkkenet", (5, 4, None, 4, 4, 4, 4, 4)),)
    result = run("sheets", "--template", str(template), "--pdf", str(out))
    assert result.returncode == 1 and "--survey" in result.stderr


def test_the_excel_template_opens_in_excel_readers_and_fits_the_import(tmp_path: Path) -> None:
    """The blank workbook: the import's columns on the first sheet, NFA's statements in the
    chosen language on the second; read by openpyxl (as Excel would) and by our import."""
    import openpyxl

    from amk_desktop.formats.importers.survey_table import read_survey_file, read_survey_table

    template = tmp_path / "svar.xlsx"
    out = tmp_path / "spørgeskema.pdf"
    result = run("sheets", "--survey", "--pdf", str(out), "--template", str(template))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Svar", "De otte udsagn"]
    answers, items = book.worksheets
    assert [cell.value for cell in answers[1]] == ["department", *(f"q{n}" for n in range(1, 9))]
    assert items["A8"].value == "q8"
    assert items["B8"].value.startswith("8. Ledelsen på min arbejdsplads er meget motiveret")
    answers.append(["Køkkenet & <co>", 5, 4, None, 4, 4, 4, 4, 4])
    filled = tmp_path / "udfyldt.xlsx"
    book.save(filled)
    imported = read_survey_file("udfyldt.xlsx", filled.read_bytes())
    assert imported.problems == ()
    assert imported.responses == (Response("Køkkenet & <co>", (5, 4, None, 4, 4, 4, 4, 4)),)
    english = tmp_path / "answers.xlsx"
    result = run(
        "sheets", "--survey", "--lang", "en", "--pdf", str(out), "--template", str(english)
    )
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(english).sheetnames == ["Answers", "The eight items"]
    assert read_survey_table("answers.xlsx", english.read_bytes()).rows == ()


def test_another_layout_is_read_through_a_column_mapping() -> None:
    """A survey tool's own column names: nothing found by name, so the file cannot be read
    until the facilitator maps the columns; then every answer is read, and the problems say
    which row and which item."""
    from amk_desktop.formats.importers.survey_table import (
        default_columns,
        read_survey_table,
        responses_from_table,
    )

    data = (
        "Respondent;Enhed;Indsats;Samarbejde;Tid;Opfølgning;Nye;Frit;Medarb;Ledelse\r\n"
        "1;Køkken;4;4;4;4;4;4;4;4\r\n"
        "2;Køkken;5;5;5;5;5;5;5;7\r\n"
        "3;;3;3;3;3;3;3;3;3\r\n"
    ).encode("cp1252")
    table = read_survey_table("export.csv", data)
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert default_columns(table.header) == {}
    with pytest.raises(SurveyFileError) as caught:
        responses_from_table(table)
    assert caught.value.code == "no_department_column"
    names = table.header[2:]
    mapping = {"department": "Enhed", **{f"q{n}": name for n, name in enumerate(names, 1)}}
    imported = responses_from_table(table, mapping)
    assert imported.responses == (
        Response("Køkken", (4,) * 8),
        Response("Køkken", (5,) * 7 + (None,)),
    )
    assert [(p.row, p.code, p.column, p.value) for p in imported.problems] == [
        (3, "bad_value", "q8", "7"),
        (4, "no_department", "", ""),
    ]
    # a role left unmapped ("") is an item nobody answered; none at all cannot be read
    only_two = responses_from_table(table, {"department": "Enhed", "q1": "Indsats", "q2": ""})
    assert only_two.responses[0].answers == (4,) + (None,) * 7
    with pytest.raises(SurveyFileError) as caught:
        responses_from_table(table, {"department": "Enhed"})
    assert caught.value.code == "no_item_columns"


def test_a_survey_a_year_later_beside_the_first() -> None:
    from amk_desktop.core.survey import by_score, compare_surveys

    full, low = (4,) * 8, (2,) * 8  # 75, 25
    earlier = score_departments(
        [
            *people("Køkkenet", *([low] * 6)),
            *people("Rengøring", *([full] * 5)),  # left out to protect Lille
            *people("Lukket", *([full] * 7)),
            *people("Lille", full, full),  # left out
        ]
    )
    current = score_departments(
        [
            *people("køkkenet ", *([full] * 6)),  # the same department, written otherwise
            *people("Rengøring", *([low] * 5)),
            *people("Ny afdeling", *([full] * 4), low),  # 65
        ]
    )
    rows = compare_surveys(current, earlier)
    assert [(r.name, r.change) for r in rows] == [
        ("køkkenet ", pytest.approx(50.0)),
        ("Ny afdeling", None),
        ("Rengøring", None),  # not shown earlier
        ("Lukket", None),  # shown only earlier
        ("Lille", None),  # never shown
    ]
    assert rows[0].earlier is not None and rows[0].earlier.name == "Køkkenet"
    assert rows[3].current is None and rows[3].earlier is not None
    assert [d.name for d in by_score(earlier)] == ["Lukket", "Køkkenet", "Lille", "Rengøring"]


def test_rows_are_numbered_as_a_spreadsheet_shows_them() -> None:
    """A cell with a line break is one row in Excel; empty lines before the header are passed
    over; a cell longer than csv's default limit is a value, not the end of the file."""
    data = (
        "\r\n\r\nAfdeling;Spm1;Spm2;Spm3;Spm4;Spm5;Spm6;Spm7;Spm8\r\n"
        '"Køkkenet\r\nvest";4;4;4;4;4;4;4;9\r\n'  # row 4 in Excel, two lines in the file
        ";4;4;4;4;4;4;4;4\r\n"  # row 5
        f"Plejen;{'x' * 200_000};4;4;4;4;4;4;4\r\n"  # row 6
    ).encode()
    imported = read_survey_csv(data)
    assert [(p.row, p.code) for p in imported.problems] == [
        (4, "bad_value"),
        (5, "no_department"),
        (6, "bad_value"),
    ]
    assert [r.department for r in imported.responses] == ["Køkkenet vest", "Plejen"]


def test_a_tiny_workbook_with_a_huge_sheet_is_refused_before_it_is_read() -> None:
    """One stray cell at XFD1048576 made calamine ask for 512 GB and abort the process; a
    declared dimension of the same size too. Both are refused in a moment, as is a zip bomb."""
    import io
    import zipfile

    from amk_desktop.formats.importers.survey_table import read_survey_xlsx

    rows: list[list[object]] = [["department", "q1", "q2", "q3", "q4"], ["A", 1, 1, 1, 1]]
    book = excel_workbook(rows)
    stray = excel_workbook([*rows, *([[]] * 3)])  # then a cell far away
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(stray))
    workbook.active["XFD1048576"] = "x"
    out = io.BytesIO()
    workbook.save(out)
    for data in (out.getvalue(),):
        with pytest.raises(SurveyFileError) as caught:
            read_survey_xlsx(data)
        assert caught.value.code == "sheet_too_large"
    # the declared dimension alone
    source = zipfile.ZipFile(io.BytesIO(book))
    declared = io.BytesIO()
    with zipfile.ZipFile(declared, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b'<dimension ref="A1:E2" />', b'<dimension ref="A1:XFD1048576" />'
                )
                assert b"XFD1048576" in content
            target.writestr(item.filename, content)
    with pytest.raises(SurveyFileError, match="5,000,000 cells"):
        read_survey_xlsx(declared.getvalue())
    # a zip bomb: a part that unpacks to far more than a survey
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/media/padding.bin", b"\0" * (401 * 1024 * 1024))
    assert len(bomb.getvalue()) < 2 * 1024 * 1024
    with pytest.raises(SurveyFileError, match="5,000,000 cells"):
        read_survey_xlsx(bomb.getvalue())
    assert read_survey_xlsx(book).responses == (
        Response("A", (1, 1, 1, 1, None, None, None, None)),
    )


def test_columns_are_chosen_by_position_and_never_twice() -> None:
    """Two columns of one name: the second can be chosen; one column for two statements would
    count each answer twice, and is refused."""
    from amk_desktop.formats.importers.survey_table import read_survey_table, responses_from_table

    data = b"afdeling,q1,q1,q2,q3,q4\nA,1,5,5,5,5\n"
    table = read_survey_table("svar.csv", data)
    by_name = responses_from_table(table)  # the first q1
    assert by_name.responses[0].answers[:4] == (1, 5, 5, 5)
    second = responses_from_table(table, {"department": 0, "q1": 2, "q2": 3, "q3": 4, "q4": 5})
    assert second.responses[0].answers[:4] == (5, 5, 5, 5)
    with pytest.raises(SurveyFileError) as caught:
        responses_from_table(table, {"department": 0, **{f"q{n}": 1 for n in range(1, 9)}})
    assert caught.value.code == "shared_column"
    with pytest.raises(SurveyFileError):
        responses_from_table(table, {"department": 1, "q1": 1})


def test_a_department_is_one_whatever_its_case_and_spaces() -> None:
    """ "Lager" and "lager " are one department of 6 (shown as first written), not two hidden
    departments of 3; the comparison matches it once."""
    from amk_desktop.core.survey import compare_surveys

    full = (4,) * 8
    result = score_departments(
        people("Lager", full, full, full) + people("lager ", full, full, full)
    )
    assert [(d.name, d.respondents, d.score) for d in result.departments] == [("Lager", 6, 75.0)]
    earlier = score_departments(people("LAGER", *([full] * 5)) + people("lager", full))
    rows = compare_surveys(result, earlier)
    assert [(r.name, r.earlier.respondents if r.earlier else None) for r in rows] == [("Lager", 6)]
