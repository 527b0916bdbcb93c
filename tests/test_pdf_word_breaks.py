"""No word is cut without a hyphen on the printed sheets (issue: "hæn|delsesregistreringer",
"arbejdsmiljøpr|oblem" in the agreements table).

* The agreements table's columns are widened for the longest ordinary word of their fields,
  so such words are never broken at all.
* A word wider than its column is broken into pieces that each fit with a hyphen added
  (after a hyphen of its own where it has one), by `_TextLines` and `Paragraph` alike.
* A word that fits is never broken, and texts whose words all fit break exactly as
  reportlab's own `Paragraph` breaks them.
"""

from __future__ import annotations

import io
import random
import re
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as ReportlabParagraph

from amk_desktop.core.session import Agreement, Group, Session
from amk_desktop.export import (
    agreements_sheet,
    build_agreements_sheet,
    document,
    labels,
    reportlab_setup,
    text_layout,
    theme,
)
from tests.test_pdf_export import danish, english, realistic_session

GREEK = "αβγδεζηθικλμνξοπρστυφχψω"  # printed nowhere else on a sheet
LONG_WORD = (GREEK * 3)[:60]  # a 60-character word: wider than any column
ORDINARY = [  # long Danish words (19-21 characters) that a column is widened for
    "handelsregistreringer",
    "arbejdsmiljøproblem",
    "evalueringskriterium",
    "hændelsesregistrering",
    "arbejdsmiljøproblemer",  # (in the realistic session's second action)
]


@pytest.fixture(scope="module")
def styles() -> theme._Styles:
    reportlab_setup._prepare()
    return theme._Styles()


def pdf_lines(data: bytes) -> list[str]:
    """The lines of text of every page, as pypdf finds them (poppler's pdftotext joins a word
    broken with a hyphen back together, hiding the hyphen; pypdf shows each line)."""
    reader = PdfReader(io.BytesIO(data))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def cut_without_hyphen(lines: list[str], words: set[str]) -> list[str]:
    """Lines that end in a piece of one of the long `words` (a proper beginning of one that is
    at least 15 characters long, which is not itself one of `words`) without a hyphen."""
    long_words = {word for word in words if len(word) >= 15}
    cut = []
    for line in lines:
        if not line.split():
            continue
        last = line.split()[-1]
        if last in words or last.endswith("-"):
            continue
        if any(word.startswith(last) and word != last for word in long_words):
            cut.append(line)
    return cut


def long_word_session() -> Session:
    session = realistic_session()
    first = session.agreements[0]
    first.responsible = "handelsregistreringer arbejdsmiljøproblem"
    first.goal = f"Færre {LONG_WORD} i år"
    session.agreements[1].evaluation = "evalueringskriterium og hændelsesregistrering"
    return session


def field_words(session: Session) -> set[str]:
    return {
        word
        for agreement in session.agreements
        for text in (agreement.action, agreement.goal, agreement.evaluation, agreement.responsible)
        for word in text.split()
    }


# -- the agreements sheet ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("locale", "translate"), [("da", danish), ("en", english)], ids=["da", "en"]
)
def test_ordinary_long_words_are_whole_in_the_agreements_table(locale: str, translate: Any) -> None:
    session = long_word_session()
    lines = pdf_lines(build_agreements_sheet(session, translate, paper="a4", locale=locale))
    tokens = {token for line in lines for token in line.split()}
    for word in ORDINARY:
        assert word in tokens, word
    assert cut_without_hyphen(lines, field_words(session)) == []


def test_a_word_wider_than_its_column_is_broken_with_hyphens() -> None:
    session = long_word_session()
    lines = pdf_lines(build_agreements_sheet(session, danish, paper="a4", locale="da"))
    pieces = [line for line in lines if set(line) & set(GREEK)]
    assert len(pieces) >= 3
    assert all(re.fullmatch(f"[{GREEK}]+-", piece) for piece in pieces[:-1]), pieces
    last = pieces[-1].split()[0]  # (" i år" may follow on its line)
    assert re.fullmatch(f"[{GREEK}]+", last), pieces
    assert "".join(piece.removesuffix("-") for piece in pieces[:-1]) + last == LONG_WORD


def test_long_group_names_are_hyphenated_in_the_legend_and_the_scores_table() -> None:
    name = "Køkkenet" + "".join(GREEK) * 2  # one 56-character word, shortened to 60 at most
    session = Session(groups=[Group(name), Group("Gruppe 2")])
    lines = pdf_lines(build_agreements_sheet(session, english, locale="en"))
    pieces = [line for line in lines if set(line) & set(GREEK)]
    assert any(piece.endswith("-") for piece in pieces)
    assert cut_without_hyphen(lines, {name}) == []


def test_columns_are_widened_for_the_longest_ordinary_word_of_their_fields(
    styles: theme._Styles,
) -> None:
    sheet = document._Sheet(danish, "a4", "da")
    session = long_word_session()
    widths = dict(agreements_sheet._agreement_columns(sheet, session.agreements))
    assert sum(widths.values()) == pytest.approx(sheet.width)
    cell = sheet.styles.cell
    for label, word in [
        (labels.COL_ACTION, "arbejdsmiljøproblemer"),
        (labels.COL_EVALUATION, "hændelsesregistrering"),
        (labels.COL_RESPONSIBLE, "handelsregistreringer"),
    ]:
        lines = text_layout._break_text(word, cell, widths[label] - 8, lambda: None)
        assert [line[0] for line in lines] == [word], label
    # the 60-character word is not made room for: the columns are as without it
    plain = realistic_session()
    plain.agreements[0].goal = LONG_WORD
    empty = realistic_session()
    empty.agreements[0].goal = ""
    assert agreements_sheet._agreement_columns(sheet, plain.agreements) == (
        agreements_sheet._agreement_columns(sheet, empty.agreements)
    )


def test_columns_that_cannot_all_fit_their_words_still_fill_the_page() -> None:
    sheet = document._Sheet(danish, "a4", "da")
    word = "handelsregistreringer"  # in every text column: 4 x 94 pt, 364 pt to share
    agreement = Agreement(action=word, goal=word, evaluation=word, responsible=word)
    widths = agreements_sheet._agreement_columns(sheet, [agreement])
    assert sum(width for _, width in widths) == pytest.approx(sheet.width)
    cell = sheet.styles.cell
    whole = [
        label
        for label, width in widths
        if len(text_layout._break_text(word, cell, width - 8, lambda: None)) == 1
    ]
    assert len(whole) == 3  # one column (the one that gains most) goes without


def test_the_number_column_fits_the_highest_number() -> None:
    sheet = document._Sheet(english, "a4", "en")
    for count in (9, 150, 2000):
        widths = dict(agreements_sheet._agreement_columns(sheet, [Agreement()] * count))
        lines = text_layout._break_text(
            str(count), sheet.styles.cell, widths[labels.COL_NUMBER] - 8, lambda: None
        )
        assert [line[0] for line in lines] == [str(count)]


# -- the line breaking -----------------------------------------------------------------------
def paragraph_lines(paragraph: Any, width: float) -> list[str]:
    paragraph.wrap(width, 1e9)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            lines.append(" ".join(line[1]))
        else:
            lines.append("".join(getattr(word, "text", "") for word in line.words).strip())
    return lines


def random_word(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzæøåWM-") for _ in range(length))


def test_pieces_fit_their_line_fill_it_and_give_back_the_word(styles: theme._Styles) -> None:
    """Each piece fits; it is as long as fits, or ends between two syllables."""
    rng = random.Random(3)
    for _ in range(400):
        style = rng.choice([styles.cell, styles.cell_head, styles.note, styles.value])
        width = rng.uniform(24, 300)
        words = [random_word(rng, rng.randint(1, 120)) for _ in range(rng.randint(1, 12))]
        text = " ".join(words)
        breaker = text_layout._Breaker(style, width, lambda: None)
        lines = breaker.lines(text)
        assert text_layout._source_text(lines) == text
        position = 0  # where each line is in the text
        for number, (line, _, _, joiner) in enumerate(lines):
            added = joiner == text_layout.HYPHENATED
            shown = line[:-1] if added else line
            assert text[position : position + len(shown)] == shown
            position += len(shown)
            if added:  # a piece with a hyphen added fits the line, and is as long as fits
                assert line.endswith("-")
                assert breaker.width(line.split()[-1]) <= breaker.max_width
                following, _, _, then = lines[number + 1]
                last_piece = then not in (text_layout.HYPHENATED, "") or " " in following
                short = last_piece and len(following.split()[0]) <= text_layout.LAST_PIECE
                if " " not in line and not short:  # (a short last piece takes a letter or two)
                    longer = shown + text[position] + "-"
                    # as long as fits, or ending between two syllables in its second half
                    start = text.rfind(" ", 0, position) + 1
                    end = text.find(" ", position)
                    word = text[start : len(text) if end < 0 else end]
                    at_syllable = position - start in text_layout._syllable_breaks(word)
                    fills = breaker.width(longer) > breaker.max_width - 1e-6
                    assert fills or at_syllable
            elif joiner == "":  # a piece that ends in a hyphen of its own
                assert line.endswith("-")
            else:
                position += 1  # the space
        for word in words:  # a word that fits is on one line, whole
            if breaker.width(word) <= breaker.max_width:
                assert any(word in line[0].split() for line in lines), word


def test_a_piece_is_as_long_as_fits() -> None:
    word = "x" * 100
    ends = [float(n) for n in range(1, 101)]  # every character 1 pt wide
    breaks = text_layout._break_word(word, ends, 1.0, 2.0, 12.5)  # a 2 pt hyphen, 12.5 pt lines
    assert breaks == [(n, True) for n in range(10, 100, 10)]
    assert text_layout._pieces(word, breaks) == ["x" * 10 + "-"] * 9 + ["x" * 10]


def test_a_letter_or_two_is_not_left_alone() -> None:
    word = "x" * 91
    ends = [float(n) for n in range(1, 92)]
    breaks = text_layout._break_word(word, ends, 1.0, 0.5, 10.7)  # 10 and a hyphen fit, 11 not
    assert breaks == [(n, True) for n in range(10, 90, 10)] + [(88, True)]
    assert text_layout._pieces(word, breaks)[-2:] == ["x" * 8 + "-", "xxx"]


def test_a_word_breaks_after_its_own_hyphen(styles: theme._Styles) -> None:
    text = "arbejdsmiljø-problemløsningsorganisationen"
    ours = [line[0] for line in text_layout._break_text(text, styles.cell, 66, lambda: None)]
    assert ours[0] == "arbejdsmiljø-"
    assert not any(line.endswith("--") for line in ours)
    assert "".join(line.removesuffix("-") for line in ours[1:]) in text
    theirs = paragraph_lines(text_layout._p(text, styles.cell), 66)
    assert theirs == ours


def test_a_hyphen_early_in_the_word_is_not_preferred(styles: theme._Styles) -> None:
    text = "e-mailadressekartotekssystemerne"  # breaking after "e-" would waste the line
    ours = [line[0] for line in text_layout._break_text(text, styles.cell, 66, lambda: None)]
    assert ours[0] != "e-"
    assert ours[0].endswith("-")


def test_the_action_with_its_small_print_is_hyphenated(styles: theme._Styles) -> None:
    """The action of an agreement with factors is a Paragraph of markup (several fragments)."""
    sheet = document._Sheet(english, "a4", "en")
    agreement = Agreement(action=f"Indsats {LONG_WORD} R&D{LONG_WORD}", factors=["trust"])
    widths = [width for _, width in agreements_sheet._agreement_columns(sheet, [agreement])]
    action = agreements_sheet._agreement_row(sheet, 1, agreement)[1]
    assert isinstance(action, text_layout.Paragraph)
    lines = paragraph_lines(action, widths[1] - 8)
    greek_lines = [line for line in lines if set(line) & set(GREEK)]
    assert len(greek_lines) >= 6
    assert all(len(line.split()) == 1 for line in greek_lines if line.endswith("-"))
    assert " ".join(greek_lines).replace("- ", "") == f"{LONG_WORD} R&D{LONG_WORD}"


def test_paragraph_and_text_lines_break_long_words_alike(styles: theme._Styles) -> None:
    rng = random.Random(5)
    compared = 0
    for _ in range(300):
        parts = [
            random_word(rng, rng.randint(1, 90)) + rng.choice([" ", " ", "\n", " & ", "&", " <b> "])
            for _ in range(rng.randint(1, 10))
        ]
        text = "".join(parts).strip()
        printed = text_layout.printable(text)
        if not printed or not text_layout._exact(printed):
            continue
        style = rng.choice([styles.cell, styles.note, styles.cell_head])
        width = rng.uniform(30, 300)
        ours = [line[0] for line in text_layout._break_text(printed, style, width, lambda: None)]
        theirs = paragraph_lines(text_layout._p(text, style), width)
        assert [" ".join(line.split()) for line in theirs] == ours, (text, width)
        compared += 1
    assert compared > 250


def test_texts_whose_words_all_fit_break_as_reportlab_breaks_them(
    styles: theme._Styles,
) -> None:
    """Hyphenating changes nothing for a text whose words all fit: our Paragraph and our
    `_TextLines` make the lines of reportlab's own Paragraph."""
    rng = random.Random(9)
    vocabulary = ["ord", "arbejde", "synlig", "a", "tid", "æøå", "W" * 9, "—", "i", "R&D", "x-y"]
    compared = 0
    for _ in range(400):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 200))]
        separators = [rng.choice([" ", " ", " ", "  ", "\n"]) for _ in words]
        text = "".join(w + sep for w, sep in zip(words, separators, strict=True)).strip()
        style = rng.choice([styles.cell, styles.note, styles.value, styles.cell_head])
        breaker = text_layout._Breaker(style, 480, lambda: None)
        widest = max(breaker.width(word) for word in text.split())
        width = rng.uniform(widest + 0.01, 480)  # every word fits
        markup = text_layout.para_text(text)
        reportlab = paragraph_lines(ReportlabParagraph(markup, style), width)
        assert paragraph_lines(text_layout.Paragraph(markup, style), width) == reportlab
        ours = text_layout._break_text(text, style, width, lambda: None)
        assert [line[0] for line in ours] == [" ".join(line.split()) for line in reportlab]
        assert all(line[3] in (" ", "\n") for line in ours)  # no word broken
        compared += 1
    assert compared == 400


def test_a_part_wrapped_again_keeps_its_text(styles: theme._Styles) -> None:
    """A part of a long text split over pages and wrapped at another width is made of the
    source text again: added hyphens dropped, nothing else (a part that ended in a broken
    word lost its last character before)."""
    text = " ".join([LONG_WORD, "ord", LONG_WORD * 2, "slut"] * 30)
    lines = text_layout._break_text(text, styles.cell, 80, lambda: None)
    assert text_layout._source_text(lines) == text
    for stop in range(1, len(lines)):
        part = text_layout._source_text(lines[:stop])
        assert text.startswith(part.removesuffix("-")), stop
        if lines[stop - 1][3] == text_layout.HYPHENATED:
            assert part.endswith("-")  # the part shows that its last word goes on
    flow = text_layout._TextLines(text, styles.cell, lambda: None)
    flow.wrap(80, 1e9)
    first, rest = flow.split(80, 10 * styles.cell.leading)
    first.wrap(200, 1e9)  # wrapped again at another width
    rest.wrap(200, 1e9)
    shown = [line for part in (first, rest) for line in part._layout[1]]
    assert "".join("".join(line[0].split()) for line in shown).replace("-", "") == "".join(
        text.split()
    )


def test_each_character_of_a_long_word_is_measured_once(
    styles: theme._Styles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linear time, structurally: a word wider than its line has its characters' widths summed
    once, and each piece's end is found by bisection in those sums."""
    measured: list[int] = []
    original = text_layout._word_ends

    def word_ends(font: Any, size: float, text: str, known: dict[str, float]) -> Any:
        measured.append(len(text))
        return original(font, size, text, known)

    monkeypatch.setattr(text_layout, "_word_ends", word_ends)
    words = [LONG_WORD * 1000, "ord", LONG_WORD, "og", LONG_WORD * 50]
    lines = text_layout._break_text(" ".join(words), styles.note, 300, lambda: None)
    assert sorted(measured) == sorted(len(word) for word in words if len(word) > 3)
    assert len(lines) > 1000


def test_long_group_names_are_whole_in_the_scores_table() -> None:
    """Six groups with long names: fewer groups to a table, each name on one line (they were
    hyphenated while the factors' column had room to spare)."""
    from pypdf import PdfReader

    from amk_desktop.core.session import Group, Session

    names = ["Gruppe 1", "Køkkenet", "Natholdet", "Administrationen", "Weekendholdet", "Ledere"]
    session = Session(groups=[Group(name) for name in names])
    pdf = build_agreements_sheet(session, lambda t: t.source)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    lines = [line.strip() for line in text.splitlines()]
    for name in names:  # a heading cell of its own, on one line
        assert name in lines, name


def test_danish_words_break_between_syllables(styles: theme._Styles) -> None:
    """Not where the width happens to end ("Vejvedligeholdelse-smedarbejder…" read as a
    blacksmith, "Administrationsme-darbejdere"): between syllables, and never leaving one
    letter of a syllable behind."""
    text_layout.set_hyphenation("da")
    for word in (
        "Vejvedligeholdelsesmedarbejdergruppen",
        "Administrationsmedarbejdere",
        "Medarbejdertilfredshedsundersøgelsesresultater",
    ):
        breaker = text_layout._Breaker(styles.cell, 70, lambda: None)
        lines = breaker.lines(word)
        assert len(lines) > 1
        syllables = text_layout._syllable_breaks(word)
        position = 0
        for line, _, _, joiner in lines[:-1]:
            assert joiner == text_layout.HYPHENATED
            position += len(line) - 1
            assert position in syllables, (word, line)
    breaks = text_layout._syllable_breaks("Administrationsmedarbejdere")
    assert 17 not in breaks and 18 in breaks  # "…tionsme|d|arbejdere": after "med", not "me"
