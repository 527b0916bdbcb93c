"""The printed sheets (amk_desktop.export): content, escaping, pagination, fonts, paper.

Plain pytest, no Qt. English labels come from ``lambda t: t.source``; Danish factor and leaflet
texts come from the project's catalogue (translations/amk_da.ts), parsed here. The sheet's own
labels ("Sheet" context) are not in the catalogue yet, so they stay English in these tests.
"""

from __future__ import annotations

import ast
import io
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from amk_desktop.core import content
from amk_desktop.core.factors import FACTORS, FACTORS_BY_KEY
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.core.text import Text
from amk_desktop.export import (
    BuildCancelled,
    agreements_sheet,
    build_agreements_sheet,
    build_blank_sheets,
    document,
    labels,
    para_text,
    reportlab_setup,
    tables,
    text_layout,
    theme,
)

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "translations" / "amk_da.ts"
AGREEMENT_HEADER = "No. Action Goal Evaluation criterion Responsible Deadline Follow-up"


# -- translators ---------------------------------------------------------------------------------
def english(text: Text) -> str:
    return text.source


@cache
def _catalogue() -> dict[tuple[str, str], str]:
    messages: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            messages[(name, message.findtext("source") or "")] = translation.text
    return messages


def danish(text: Text) -> str:
    """Danish from the catalogue; texts it does not hold (yet) stay English."""
    return _catalogue().get((text.context, text.source), text.source)


# -- reading PDFs --------------------------------------------------------------------------------
def words(text: str) -> str:
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    return [words(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def full_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def squeezed(text: str) -> str:
    """No whitespace at all: for text that may be broken inside words."""
    return "".join(text.split())


# -- sessions ------------------------------------------------------------------------------------
def realistic_session() -> Session:
    kitchen = Group(
        "Gruppe 1 – Køkkenet",
        scores={
            "trust": 4,
            "innovation": 3,
            "motivation": 5,
            "resources": 2,
            "systematics": 3,
            "knowledge": 4,
        },
        notes=[
            "Vi taler åbent, men tiden æder det hele.",
            "Tid og ressourcer – især i spidsbelastninger.",
            "Flere korte møder ved tavlen hver morgen.",
            "Mindre brandslukning og færre ad hoc-opgaver.",
            "Fælles opfølgning hver måned på personalemødet.",
        ],
    )
    cleaning = Group(
        "Gruppe 2 – Rengøring",
        scores={
            "trust": 2,
            "innovation": 2,
            "motivation": 3,
            "resources": 1,
            "systematics": 2,
            "knowledge": 3,
        },
        notes=[
            "Vi føler os ikke hørt af ledelsen.\nDet har stået på længe.",
            "Åbenhed og tillid, især på tværs af skiftehold.",
            "",
            "Mindre sladder på gangene.",
            "",
        ],
    )
    office = Group(
        "Gruppe 3 – Administration",
        scores={
            "trust": 5,
            "innovation": 4,
            "motivation": None,
            "resources": 3,
            "systematics": None,
            "knowledge": 2,
        },
        notes=[
            "Det går godt, men vi mangler viden om APV’en.",
            "",
            "Sparring på tværs af afdelingerne.",
            "",
            "Et kursus i arbejdsmiljø for alle nyansatte.",
        ],
    )
    return Session(
        details=MeetingDetails(
            title="Årlig arbejdsmiljødrøftelse 2026",
            workplace="Plejecenter Solbakken",
            department="Afdeling Øst",
            date="2026-11-23",
            facilitator="Søren Ærø Østergård",
            participants="Anne, Bjørn, Cæcilie, Dorthe og Ebbe",
        ),
        groups=[kitchen, cleaning, office],
        closing_answers=[
            "Ja – vi vil styrke systematikken og følge op hvert kvartal.",
            "Tid og ressourcer samt systematik.",
            "AMO samler op og præsenterer på personalemødet i januar.",
            "",
        ],
        agreements=[
            Agreement(
                action="Fast punkt om arbejdsmiljø på personalemødet",
                factors=["systematics"],
                goal="Alle kender status på indsatserne",
                responsible="Søren (AMR)",
                deadline="2027-01-15",
                evaluation="Punktet er på dagsordenen fire af fire gange",
                follow_up="2027-04-01",
            ),
            Agreement(
                action="Afsæt 30 minutter om ugen til at løse små arbejdsmiljøproblemer",
                factors=["resources", "innovation"],
                goal="Færre uløste sager på tavlen",
                responsible="Afdelingsleder Mette",
                deadline="2027-02-01",
                evaluation="Antal løste sager pr. måned",
                follow_up="2027-05-01",
            ),
            Agreement(
                action="Kursus i psykologisk tryghed for ledere og tillidsvalgte",
                factors=["trust", "knowledge"],
                goal="Mere åben dialog om fejl",
                responsible="HR",
                deadline="2027-03-31",
                evaluation="Trivselsmålingen viser fremgang",
                follow_up="2027-09-01",
            ),
        ],
    )


def big_session() -> Session:
    session = realistic_session()
    session.groups[0].notes[0] = " ".join(f"ord{i}" for i in range(5000))  # a 5000-word note
    for group in session.groups:
        for index in range(1, 5):
            group.notes[index] = "Lang note med æøå og mange ord. " * 60
    session.agreements = [
        Agreement(
            action=f"Indsats nummer {n}: " + "gør noget konkret ved arbejdsmiljøet " * (n % 4 + 1),
            factors=[FACTORS[n % 6].key],
            goal=f"Mål {n}",
            responsible=f"Person {n}",
            deadline="2027-01-15",
            evaluation=f"Kriterium {n}",
            follow_up="2027-06-30",
        )
        for n in range(1, 101)
    ]
    return session


@pytest.fixture(scope="module")
def english_sheet() -> bytes:
    return build_agreements_sheet(realistic_session(), english, paper="a4", locale="en")


@pytest.fixture(scope="module")
def danish_sheet() -> bytes:
    return build_agreements_sheet(realistic_session(), danish, paper="a4", locale="da")


@pytest.fixture(scope="module")
def big_sheet() -> bytes:
    return build_agreements_sheet(big_session(), english, paper="a4", locale="en")


# -- content -------------------------------------------------------------------------------------
def test_every_detail_score_note_answer_and_agreement_is_printed(english_sheet: bytes) -> None:
    session = realistic_session()
    text = full_text(english_sheet)
    details = session.details
    for value in (
        details.title,
        details.workplace,
        details.department,
        details.facilitator,
        details.participants,
        "23 November 2026",
    ):
        assert words(value) in text
    for group in session.groups:
        assert words(group.name) in text
    # each factor's row of the scores table: the label then one score (or "–") per group
    for factor in FACTORS:
        cells = [
            "–" if g.scores[factor.key] is None else str(g.scores[factor.key])
            for g in session.groups
        ]
        assert words(f"{factor.label.source} {' '.join(cells)}") in text
    for group in session.groups:
        for note in group.notes:
            assert words(note) in text
    for question, answer in zip(content.CLOSING_QUESTIONS, session.closing_answers, strict=True):
        assert words(question.source) in text
        assert words(answer or "Not answered.") in text
    for question in content.DIALOGUE_QUESTIONS:
        assert words(question.source) in text
    for agreement in session.agreements:
        for value in (
            agreement.action,
            agreement.goal,
            agreement.responsible,
            agreement.evaluation,
        ):
            assert words(value) in text
        for key in agreement.factors:
            assert squeezed(FACTORS_BY_KEY[key].label.source) in squeezed(text)
    for shown in ("15 Jan 2027", "1 Apr 2027", "31 Mar 2027", "1 Sep 2027"):
        assert shown in text
    assert words(content.CREDIT.source) in text
    assert "Page 1 of 2" in text or "Page 1 of 3" in text


def test_danish_sheet_uses_the_catalogue_and_danish_dates(danish_sheet: bytes) -> None:
    text = full_text(danish_sheet)
    session = realistic_session()
    assert "23. november 2026" in text
    for shown in ("15.01.2027", "01.04.2027", "31.03.2027", "01.09.2027"):
        assert shown in text
    trust = danish(FACTORS_BY_KEY["trust"].label)
    assert trust == "Åbenhed, tillid og psykologisk tryghed"
    assert f"{trust} 4 2 5" in text
    assert f"{danish(FACTORS_BY_KEY['motivation'].label)} 5 3 –" in text
    for question in (*content.CLOSING_QUESTIONS, *content.DIALOGUE_QUESTIONS):
        assert danish(question) != question.source
        assert words(danish(question)) in text
    assert words(danish(content.CREDIT)) in text
    for group in session.groups:
        for note in group.notes:
            assert words(note) in text
    assert "æøå" in full_text(build_agreements_sheet(big_session(), danish, locale="da"))


def test_every_fixed_label_goes_through_translate() -> None:
    shouting = build_agreements_sheet(realistic_session(), lambda t: t.source.upper(), locale="en")
    text = full_text(shouting)
    assert AGREEMENT_HEADER.upper() in text
    assert "PAGE 1 OF" in text
    for english_label in ("Agreements", "Page 1", "Factors", "Closing", "not rated"):
        assert english_label not in text
    blank = full_text(build_blank_sheets(lambda t: t.source.upper()))
    assert "Dialogue" not in blank
    assert "DIALOGUE QUESTIONS" in blank


def test_sheet_labels_are_literal_for_lupdate() -> None:
    """pyside6-lupdate only finds QT_TRANSLATE_NOOP calls with literal context and text. The
    sheets' labels are all in `labels` (any module of the package is searched)."""
    calls = [
        node
        for path in sorted(Path(labels.__file__).parent.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert len(calls) == len(labels.SHEET_TEXTS) > 20
    for call in calls:
        context, source = call.args
        assert isinstance(context, ast.Constant) and context.value == "Sheet"
        assert isinstance(source, ast.Constant) and isinstance(source.value, str)


# -- user text is text -----------------------------------------------------------------------------
HOSTILE = [
    '<img src="http://127.0.0.1:9/x">',
    "<b>not bold</b> & <i>not italic</i>",
    "R&D and AT&T; 0.1 <A <0.9 > 3",
    "\"double\" and 'single' quotes, &amp; &lt;literal&gt;",
    "</para><para>broken",
]


def test_markup_in_user_text_prints_literally(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the export tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    session = realistic_session()
    session.details.title = HOSTILE[0]
    session.details.participants = HOSTILE[1]
    session.groups[0].name = HOSTILE[2]
    session.groups[1].notes[2] = HOSTILE[3]
    session.closing_answers[3] = HOSTILE[4]
    session.agreements[0].action = HOSTILE[0]
    session.agreements[0].goal = HOSTILE[1]
    session.agreements[0].responsible = "Ærø & Co <ApS>"
    session.agreements[0].evaluation = HOSTILE[2]
    data = build_agreements_sheet(session, english, locale="en")
    text = full_text(data)
    for value in HOSTILE:
        assert squeezed(value) in squeezed(text)
    assert "Ærø & Co <ApS>" in text
    assert "R&D; " not in text  # reportlab's silent corruption of unescaped entities
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == HOSTILE[0]
    for page in reader.pages:  # nothing was fetched, so no image was placed
        resources: Any = page["/Resources"]
        assert "/XObject" not in resources
    from reportlab import rl_config

    assert rl_config.trustedHosts == [] and rl_config.trustedSchemes == []


def test_para_text_is_the_one_escape() -> None:
    assert para_text("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert (
        para_text("line 1\r\nline 2\rline 3\nline 4") == "line 1<br/>line 2<br/>line 3<br/>line 4"
    )
    assert para_text("bell\x07 nul\x00 tab\tend") == "bell nul tab end"
    assert para_text("e\u0301") == "é"  # NFC
    assert para_text("ok 👍🏽 ❤️ 😀!") == "ok □ ❤\ufe0f □!"
    assert para_text("中文") == "□□"
    assert para_text('"quoted"') == '"quoted"'


def test_odd_input_does_not_break_the_export() -> None:
    long_word = "x" * 300
    session = realistic_session()
    session.groups[0].name = "G" * 3000  # shortened in the legend and tables, full in notes
    session.groups[1].name = ""  # falls back to "Group 2"
    session.groups[2].notes[0] = f"start {long_word} end"
    session.agreements[1].action = long_word
    session.agreements[1].responsible = long_word
    session.agreements[2].factors = ["trust", "no-such-factor"]
    session.agreements[2].deadline = "next week"  # not an ISO date: printed as typed
    session.closing_answers[0] = "Emoji 👍🏽 and \x0b control\x1b chars 🎉 and 中文 ✓"
    data = build_agreements_sheet(session, english, locale="en")
    text = full_text(data)
    # a word wider than its column is broken with a hyphen at the end of each piece
    assert "x-" in text
    assert squeezed(long_word) in re.sub(r"(?<=x)-(?=x)", "", squeezed(text))
    assert "Group 2" in text
    assert "next week" in text and "no-such-factor" in text
    assert "Emoji □ and control chars □ and □□ ✓" in text


def test_empty_session_still_prints() -> None:
    text = full_text(build_agreements_sheet(Session(), english, locale="en"))
    assert "Dialogue about work-environment competence" in text
    assert "No group has been added." in text
    assert "No agreements have been recorded." in text


# -- pagination ----------------------------------------------------------------------------------
def test_long_session_paginates_with_repeated_header(big_sheet: bytes) -> None:
    texts = page_texts(big_sheet)
    total = len(texts)
    assert total > 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    agreement_pages = [text for text in texts if re.search(r"\bPerson \d+\b", text)]
    assert len(agreement_pages) >= 2
    for text in agreement_pages:
        assert AGREEMENT_HEADER in text
    joined = " ".join(texts)
    for n in range(1, 101):
        assert f"Mål {n} Kriterium {n} Person {n}" in joined
    # the 5000-word note runs over pages (footer and header text come between its parts)
    assert re.findall(r"\bord\d+\b", joined) == [f"ord{i}" for i in range(5000)]


def test_danish_page_numbers() -> None:
    danish_labels = {labels.PAGE_OF.source: "Side %1 af %2"}

    def translate(text: Text) -> str:
        return danish_labels.get(text.source) or danish(text)

    texts = page_texts(build_agreements_sheet(big_session(), translate, locale="da"))
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} af {len(texts)}" in text


def test_long_agreement_cell_splits_across_pages() -> None:
    session = realistic_session()
    session.agreements[0].goal = " ".join(["langt mål"] * 2500)
    data = build_agreements_sheet(session, english, locale="en")
    texts = page_texts(data)
    assert len(texts) >= 4
    assert sum("langt mål" in text for text in texts) >= 2


# -- the PDF itself ------------------------------------------------------------------------------
def _fonts(reader: PdfReader) -> Iterator[Any]:
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = resources.get("/Font") if resources else None
        for ref in (fonts or {}).values():
            yield ref.get_object()


def test_only_embedded_dejavu_fonts(english_sheet: bytes) -> None:
    blank = build_blank_sheets(english)
    for data in (english_sheet, blank):
        reader = PdfReader(io.BytesIO(data))
        fonts = list(_fonts(reader))
        assert fonts
        for font in fonts:
            base = str(font["/BaseFont"])
            assert "Helvetica" not in base and "Times" not in base and "Courier" not in base
            assert "DejaVuSans" in base
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # Type0: the glyphs live in the descendant font
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
            assert "/ToUnicode" in font
        assert b"Helvetica" not in data


def test_metadata_language_and_title(english_sheet: bytes, danish_sheet: bytes) -> None:
    for data, lang in ((english_sheet, "en-GB"), (danish_sheet, "da-DK")):
        reader = PdfReader(io.BytesIO(data))
        root: Any = reader.trailer["/Root"]
        assert root["/Lang"] == lang
        assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]) is True
        assert reader.metadata is not None
        assert reader.metadata.title == "Årlig arbejdsmiljødrøftelse 2026"
        assert reader.metadata.author == "Søren Ærø Østergård"


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
def test_paper_sizes(paper: str, size: tuple[float, float]) -> None:
    for data in (
        build_agreements_sheet(realistic_session(), english, paper=paper, locale="en"),  # type: ignore[arg-type]
        build_blank_sheets(english, paper=paper),  # type: ignore[arg-type]
    ):
        for page in PdfReader(io.BytesIO(data)).pages:
            box = page.mediabox
            assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        build_agreements_sheet(Session(), english, paper="a5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="locale"):
        build_agreements_sheet(Session(), english, locale="de")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="copies"):
        build_blank_sheets(english, copies=0)


def test_dates_per_locale() -> None:
    assert agreements_sheet.format_date("2026-11-23", "da") == "23. november 2026"
    assert agreements_sheet.format_date("2026-11-23", "da", short=True) == "23.11.2026"
    assert agreements_sheet.format_date("2026-03-05", "en") == "5 March 2026"
    assert agreements_sheet.format_date("2026-03-05", "en", short=True) == "5 Mar 2026"
    assert agreements_sheet.format_date(" i morgen ", "da") == "i morgen"
    assert agreements_sheet.format_date("", "en") == ""


# -- blank sheets --------------------------------------------------------------------------------
def test_blank_sheets_pages_and_texts() -> None:
    data = build_blank_sheets(danish, copies=3)
    texts = page_texts(data)
    # the intro and its empty back; per group the exercise (a front page when printed on both
    # sides), the questions over two pages and an empty back
    assert len(texts) == 2 + 4 * 3
    intro = texts[0]
    assert words(danish(content.WHAT_IS_HEADING)) in intro
    for text in content.WHAT_IS:
        assert words(danish(text)) in intro
    for factor in FACTORS:
        assert words(danish(factor.label)) in intro
        assert words(danish(factor.help)) in intro
    empty = words(danish(labels.EMPTY_BACK))
    assert empty in texts[1] and all(empty in text for text in texts[5::4])
    exercises = texts[2::4]
    questions_pages = [a + " " + b for a, b in zip(texts[3::4], texts[4::4], strict=True)]
    for exercise, questions in zip(exercises, questions_pages, strict=True):
        assert danish(content.EXERCISE_HEADING) in exercise  # Dialogøvelse
        for text in content.EXERCISE_INSTRUCTIONS:
            assert words(danish(text)) in exercise
        for factor in FACTORS:
            assert words(danish(factor.label)) in exercise
        assert "1 2 3 4 5" in exercise
        assert danish(content.QUESTIONS_HEADING) in questions  # Dialogspørgsmål
        for number, question in enumerate(content.DIALOGUE_QUESTIONS, start=1):
            assert words(f"{number}. {danish(question)}") in questions


# -- external checks (skipped when the tools are missing) -----------------------------------------
def _render(data: bytes, tmp_path: Path, name: str) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(source), str(tmp_path / name)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return sorted(tmp_path.glob(f"{name}-*.png"))


def test_rendered_pages_are_not_blank(english_sheet: bytes, tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    blank = build_blank_sheets(english, copies=1)
    for name, data in (("sheet", english_sheet), ("blank", blank)):
        pages = _render(data, tmp_path, name)
        assert len(pages) == len(PdfReader(io.BytesIO(data)).pages)
        empty_backs = {1, 5} if name == "blank" else set()  # (they say so: tested above)
        for number, path in enumerate(pages):
            if number in empty_backs:
                continue
            with image_module.open(path) as image:
                grey = image.convert("L")
                histogram = grey.histogram()
                dark = sum(histogram[:200])
                assert dark > 0.01 * grey.width * grey.height, f"{path.name} looks blank"
                colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
                assert len(colours) > 4


@pytest.mark.parametrize("which", ["sheet", "big", "blank"])
def test_qpdf_check(which: str, english_sheet: bytes, big_sheet: bytes, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    data = {
        "sheet": english_sheet,
        "big": big_sheet,
        "blank": build_blank_sheets(danish, paper="letter", copies=2),
    }[which]
    path = tmp_path / f"{which}.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_translate_signature_is_a_plain_callable() -> None:
    translate: Callable[[Text], str] = english
    assert build_blank_sheets(translate)[:5] == b"%PDF-"


def test_an_agreement_that_is_no_longer_open_says_so() -> None:
    import io

    from pypdf import PdfReader

    from amk_desktop.core.session import Agreement, Session
    from amk_desktop.export import build_agreements_sheet

    session = Session.new("Gruppe 1")
    session.agreements = [
        Agreement(action="Åben aftale"),
        Agreement(action="Færdig aftale", status="done"),
        Agreement(action="Opgivet aftale", status="dropped"),
    ]
    pdf = build_agreements_sheet(session, lambda t: t.source, locale="en")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Færdig aftale Status: Done" in text  # the window's words (core.vocabulary)
    assert "Opgivet aftale Status: Dropped" in text
    assert "Åben aftale Status" not in text


# -- long texts, large sessions, cancelling (issue 14) -------------------------------------------
GREEK = "αβγδεζηθικλμνξοπρστυφχψω"  # printed nowhere else on a sheet


def greek_text(length: int, *, spaces: bool = False, newlines: int = 0) -> str:
    """`length` characters of Greek letters in a fixed order (so a lost or doubled piece
    shows), as one word, or words, with a line break every `newlines` characters."""
    letters = (GREEK * (length // len(GREEK) + 1))[:length]
    chars = list(letters)
    if spaces:
        chars[7::8] = [" "] * len(chars[7::8])
    if newlines:
        chars[newlines - 1 :: newlines] = ["\n"] * len(chars[newlines - 1 :: newlines])
    return "".join(chars)


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page (pdftotext when installed: much faster than pypdf for hundreds of
    pages); lines of the running header (a shortened title ending in "…") are left out."""
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"],
            input=data,
            capture_output=True,
            check=True,
            timeout=120,
        )
        pages = result.stdout.decode("utf-8").split("\f")[:-1]
    else:
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return [
        "\n".join(line for line in page.splitlines() if not line.endswith("…")) for page in pages
    ]


def greek_in(pages: list[str]) -> str:
    return "".join(char for page in pages for char in page if char in GREEK)


def layout_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records the length of every text handed to the line breaker."""
    sizes: list[int] = []
    original = text_layout._Breaker.lines

    def lines(self: Any, text: str) -> Any:
        sizes.append(len(text))
        return original(self, text)

    monkeypatch.setattr(text_layout._Breaker, "lines", lines)
    return sizes


@pytest.mark.parametrize(
    "shape", ["one word", "words", "lines"], ids=["no-spaces", "spaces", "newlines"]
)
def test_a_million_character_note_prints_whole(shape: str) -> None:
    note = greek_text(1_000_000, spaces=shape == "words", newlines=60 if shape == "lines" else 0)
    session = Session.new("Gruppe 1")
    session.groups[0].notes[0] = note
    pages = pdf_pages(build_agreements_sheet(session, english, locale="en"))
    assert len(pages) > 100
    assert greek_in(pages) == squeezed(note)
    assert sum(bool(set(page) & set(GREEK)) for page in pages) > 100  # over many pages


def test_a_million_character_title_prints_whole_as_body_text() -> None:
    session = realistic_session()
    session.details.title = greek_text(1_000_000)
    data = build_agreements_sheet(session, english, locale="en")
    pages = pdf_pages(data)
    assert greek_in(pages) == session.details.title
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert len(reader.metadata.title or "") == document.METADATA_LIMIT  # shortened, with "…"
    # the running header is one line, cut with "…"
    second = reader.pages[1].extract_text()
    assert "…" in second.splitlines()[0] or any(line.endswith("…") for line in second.splitlines())


@pytest.mark.parametrize("field", ["action", "goal", "responsible", "deadline"])
def test_a_million_character_agreement_field_prints_whole(field: str) -> None:
    session = realistic_session()
    value = greek_text(1_000_000, spaces=field == "action")
    setattr(session.agreements[1], field, value)
    pages = pdf_pages(build_agreements_sheet(session, english, locale="en"))
    assert greek_in(pages) == squeezed(value)
    assert sum(bool(set(page) & set(GREEK)) for page in pages) > 20
    text = " ".join(words(page) for page in pages)
    for agreement in (session.agreements[0], session.agreements[2]):  # the others still print
        assert words(agreement.goal) in text


def test_a_million_character_group_name_and_detail_print_whole() -> None:
    session = realistic_session()
    session.groups[1].name = greek_text(1_000_000, spaces=True)
    session.groups[1].notes = ["Én note", "", "", "", ""]
    session.details.participants = greek_text(300_000, newlines=50)
    pages = pdf_pages(build_agreements_sheet(session, english, locale="en"))
    found = greek_in(pages)
    participants, name = squeezed(session.details.participants), squeezed(session.groups[1].name)
    assert found.startswith(participants)
    assert found.endswith(name)  # the notes come last; the legend and tables shorten the name
    assert len(found) <= len(participants) + len(name) + 2 * agreements_sheet.NAME_LIMIT


def test_two_thousand_long_agreements_all_print() -> None:
    session = Session.new("Gruppe 1")
    session.agreements = [
        Agreement(action=f"Aftale {n}: " + "ord " * 40, responsible=f"P{n}") for n in range(2000)
    ]
    pages = pdf_pages(build_agreements_sheet(session, english, locale="en"))
    text = " ".join(words(page) for page in pages)
    assert re.findall(r"\bAftale (\d+):", text) == [str(n) for n in range(2000)]
    table_pages = [page for page in pages if "Aftale" in page]
    assert len(table_pages) > 10
    for page in table_pages:  # under the header (pdftotext may put its cells in any order)
        # (a heading may wrap at a space: its words are there)
        assert all(word in page for word in ["No.", "Action", "Evaluation", "criterion"])


def test_each_character_is_laid_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear time, structurally: reportlab's Paragraph breaks what is left of a long text
    again on every page; here every long text is broken into lines once."""
    sizes = layout_calls(monkeypatch)
    for length in (200_000, 400_000):
        sizes.clear()
        session = Session.new("Gruppe 1")
        session.groups[0].notes[0] = greek_text(length, spaces=True)
        build_agreements_sheet(session, english, locale="en")
        assert sum(size for size in sizes if size > 1000) == length


def test_build_time_grows_linearly() -> None:
    """Generous: doubling a note at most triples the time (it was quadratic: ×5)."""
    import time

    def seconds(length: int) -> float:
        session = Session.new("Gruppe 1")
        session.groups[0].notes[0] = greek_text(length, spaces=True)
        best = math.inf
        for _ in range(3):
            start = time.perf_counter()
            build_agreements_sheet(session, english, locale="en")
            best = min(best, time.perf_counter() - start)
        return best

    build_agreements_sheet(Session(), english, locale="en")  # warm-up
    assert seconds(400_000) < 3 * seconds(200_000)


def test_cancel_stops_the_build_soon() -> None:
    import time

    session = Session.new("Gruppe 1")
    session.groups[0].notes[0] = greek_text(1_000_000, spaces=True)
    session.agreements = [Agreement(action="x " * 2000) for _ in range(200)]
    started = time.perf_counter()
    stop_at = started + 0.3
    stopped: list[float] = []

    def cancelled() -> bool:
        now = time.perf_counter()
        if now >= stop_at:
            stopped.append(now)
            return True
        return False

    with pytest.raises(BuildCancelled):
        build_agreements_sheet(session, english, locale="en", cancelled=cancelled)
    assert time.perf_counter() - stopped[0] < 0.5
    with pytest.raises(BuildCancelled):
        build_blank_sheets(english, copies=50, cancelled=lambda: True)
    calls: list[int] = []

    def count() -> bool:
        calls.append(1)
        return False

    assert build_agreements_sheet(realistic_session(), english, cancelled=count)[:5] == b"%PDF-"
    assert calls  # asked while building


def _visible_lines(text: str, style: Any, width: float) -> tuple[list[Any], list[Any]]:
    """What a Paragraph and `_TextLines` show of `text`: each line's words and, where the
    words are squeezed together, how much (the only other thing drawn differently)."""

    def shown(lines: list[tuple[float, str]]) -> list[tuple[float, str]]:
        result = []
        for extra, line in lines:
            text = " ".join(line.replace("\u200b", "").split())
            result.append((round(extra, 6) if extra < -1e-8 and " " in text else 0.0, text))
        return result

    paragraph = text_layout.Paragraph(para_text(text), style)
    paragraph.wrap(width, 1e9)
    theirs: list[tuple[float, str]] = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            theirs.append((line[0], " ".join(line[1])))
        else:
            theirs.append((line.extraSpace, "".join(getattr(w, "text", "") for w in line.words)))
    ours = text_layout._Breaker(style, width, lambda: None).lines(text_layout.printable(text))
    return shown(theirs), shown([(extra, line) for line, extra, _, _ in ours])


def test_text_lines_are_the_lines_of_a_paragraph() -> None:
    import random

    reportlab_setup._prepare()
    styles = theme._Styles()
    rng = random.Random(14)
    pieces = [
        *"abcdefghij æøå ÆØÅ &<>\"'—–-.,;:!?()[]/\\",
        *["\xa0", "\n", "  ", "x" * 30, "W" * 12, "R&D", "<b>", "&amp;", "😀", "\t", "\n\n"],
        *["\u2003", "\u200b", "e\u0301", "\u2028", " \n "],
    ]
    compared = 0
    for _ in range(1500):
        text = "".join(
            rng.choice(pieces)
            if rng.random() < 0.3
            else rng.choice(["ord", "arbejde", "synlig", "a", "tid"]) + " "
            for _ in range(rng.randint(1, 60))
        )
        if not text_layout._exact(text_layout.printable(text)):
            continue  # printed as a Paragraph
        style = rng.choice([styles.cell, styles.note, styles.value, styles.cell_head])
        width = rng.uniform(20, 480)
        theirs, ours = _visible_lines(text, style, width)
        assert ours == theirs, (text, style.name, width)
        compared += 1
    assert compared > 1000


def test_long_texts_break_where_a_paragraph_breaks() -> None:
    """Texts of many words are broken by bisection over the words' summed widths: the same
    lines as reportlab's word-by-word loop, for every style and width, including lines that
    end exactly at (or a hair from) the limit."""
    import random

    reportlab_setup._prepare()
    styles = theme._Styles()
    rng = random.Random(8)
    vocabulary = ["ord", "arbejde", "synlig", "a", "tid", "æøå", "W" * 9, "x" * 40, "—", "i"]
    for round_ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(17, 400))]
        separators = [rng.choice([" ", " ", " ", "  ", "\n", "\xa0"]) for _ in words]
        text = "".join(w + sep for w, sep in zip(words, separators, strict=True))
        if round_ % 3 == 0:
            text = text.replace("\n", " ").replace("\xa0", " ")  # one fragment
        if not text_layout._exact(text_layout.printable(text)):
            continue
        style = rng.choice([styles.cell, styles.note, styles.value, styles.block_value])
        if round_ % 5 == 0:  # a width at which some line fills it exactly
            breaker = text_layout._Breaker(style, 300, lambda: None)
            width = 3 * breaker.width("arbejde") + 2 * breaker.space
            width += style.leftIndent + style.rightIndent
            text = " ".join(["arbejde"] * rng.randint(20, 200))
        else:
            width = rng.uniform(40, 480)
        theirs, ours = _visible_lines(text, style, width)
        assert ours == theirs, (text[:80], style.name, width)


def test_row_heights_are_reportlabs() -> None:
    sheet = document._Sheet(english, "a4", "en")
    widths = [width for _, width in agreements_sheet._agreement_columns(sheet)]
    rows = [
        agreements_sheet._agreement_row(sheet, n, a)
        for n, a in enumerate(big_session().agreements, 1)
    ]
    rows.append(agreements_sheet._agreement_row(sheet, 101, Agreement()))  # empty cells
    table = tables.Table(rows, colWidths=widths)
    table.setStyle(
        tables._table_style(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    table.wrap(sheet.width, 1e9)
    ours = tables._row_heights(rows, widths, (3.5, 4.0, 4.0, 4.0), lambda: None)
    assert ours == list(table._rowHeights)


def _png_pages(data: bytes, folder: Path, name: str) -> list[bytes]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (folder / f"{name}.pdf").write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(folder / f"{name}.pdf"), str(folder / name)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return [path.read_bytes() for path in sorted(folder.glob(f"{name}-*.png"))]


def test_long_texts_and_long_tables_look_as_reportlab_draws_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same pages, pixel for pixel, as with reportlab's own Paragraph for every text and
    one Table for the whole agreements table (as before issue 14)."""
    session = big_session()
    session.groups[1].notes[0] = "Linje med tekst & mere\n\n" * 150 + "slut"
    session.closing_answers[1] = "et svar " * 900
    ours = build_agreements_sheet(session, english, locale="en")
    monkeypatch.setattr(text_layout, "LONG_TEXT", 10**9)
    monkeypatch.setattr(text_layout, "_exact", lambda text: False)  # every text a Paragraph
    monkeypatch.setattr(agreements_sheet, "FEED_ROWS", 10**9)  # one Table
    theirs = build_agreements_sheet(session, english, locale="en")
    assert _png_pages(ours, tmp_path, "ours") == _png_pages(theirs, tmp_path, "theirs")


def test_an_agreement_too_tall_for_a_page_is_printed_as_a_block() -> None:
    session = realistic_session()
    session.agreements[1].goal = greek_text(6000, spaces=True)
    pages = pdf_pages(build_agreements_sheet(session, english, locale="en"))
    block = next(page for page in pages if "No. 2" in page)
    assert "Goal" in block
    assert greek_in(pages) == squeezed(session.agreements[1].goal)
    # the table goes on after the block, under its header
    after = next(page for page in pages if "Kursus i psykologisk" in page)
    assert all(label in after for label in ("No.", "Action", "Evaluation criterion"))


# -- the joint summary (issue 9) ------------------------------------------------------------------


def test_the_sheet_has_a_joint_summary_when_there_is_more_than_one_group() -> None:
    import io

    from pypdf import PdfReader

    from amk_desktop.core.factors import FACTOR_KEYS
    from amk_desktop.core.session import Group, Session
    from amk_desktop.export import build_agreements_sheet

    def text_of(session: Session, locale: str) -> str:
        pdf = build_agreements_sheet(session, lambda t: t.source, locale=locale)
        pages = PdfReader(io.BytesIO(pdf)).pages
        return " ".join(" ".join(page.extract_text().split()) for page in pages)

    one = Session.new("Gruppe 1")
    assert "Joint summary" not in text_of(one, "en")
    rows = [(4, 2, 5, 1, None, 3), (2, 2, 4, 1, None, None), (3, None, 5, 2, None, 3)]
    three = Session(
        groups=[
            Group(f"Gruppe {n}", scores=dict(zip(FACTOR_KEYS, row, strict=True)))
            for n, row in enumerate(rows, start=1)
        ]
    )
    english = text_of(three, "en")
    assert "Joint summary" in english
    # trust: mean 3.0, lowest 2, highest 4, spread 2, and the remark in words
    assert "3.0 2 4 2 Groups disagree (2 points apart)" in english
    # innovation: the unrated group is left out (2.0, not 1.3)
    assert "Innovation 2.0 2 2 0" in english
    assert "Time and resources 1.3 1 2 1 Lowest rated" in english
    assert "1,3 1 2 1" in text_of(three, "da")  # the Danish decimal comma


@pytest.mark.parametrize("locale", ["da", "en"])
def test_every_date_fits_its_column_on_one_line(locale: str) -> None:
    """Issue 9: "15 Dec|2026" was cut in two; the date columns fit the widest month."""
    sheet = document._Sheet(english, "a4", locale)
    widths = dict(agreements_sheet._agreement_columns(sheet))
    style = sheet.styles.cell
    for label in (labels.COL_DEADLINE, labels.COL_FOLLOW_UP):
        for month in range(1, 13):
            text = agreements_sheet.format_date(f"2026-{month:02d}-15", locale, short=True)
            lines = text_layout._break_text(text, style, widths[label] - 8, lambda: None)
            assert len(lines) == 1, (text, label)


def test_nothing_of_the_session_is_remembered_after_a_build() -> None:
    """The words measured and the short texts laid out are forgotten when a sheet is built."""
    session = realistic_session()
    build_agreements_sheet(session, english, locale="en")
    assert not text_layout._SHORT_LINES and not text_layout._WORD_WIDTHS
    assert text_layout.printable.cache_info().currsize == 0
