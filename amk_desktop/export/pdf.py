"""The printed sheets as PDF, drawn with reportlab. No Qt: fixed texts are translated by the
`translate` function the caller passes in (the user interface passes a Qt-based one, tests can
pass ``lambda t: t.source`` for English).

Two documents:

* `build_agreements_sheet` – the meeting's agreements sheet: details, the groups' spider chart
  (same geometry as the window, from `amk_desktop.core.radar`), the scores, the agreements, the
  closing answers and the groups' notes. The order puts what a workplace hangs on the wall first
  (chart, scores, agreements); the notes, which can be long, come last.
* `build_blank_sheets` – NFA's paper pages for groups working on paper: the introduction and the
  six factors, then "Dialogue exercise" and "Dialogue questions" (repeated `copies` times).

Safety and fonts:

* Every text that reaches a `Paragraph` (user text and translations alike) goes through
  `para_text`: NFC, control characters removed, characters the font cannot show replaced,
  XML-escaped, newlines turned into ``<br/>``. So ``<b>``, ``&`` and ``<img src=...>`` print
  literally and nothing is ever fetched (`rl_config.trustedHosts/trustedSchemes` are also
  emptied). Text drawn by `_TextLines` goes through `printable` and is never parsed at all.
* Characters the embedded DejaVu Sans has no glyph for (colour emoji, CJK, most Indic
  scripts...) and every character outside the Basic Multilingual Plane are printed as ``□``
  (`PLACEHOLDER`); emoji modifiers, variation selectors and joiners without a glyph are
  dropped, so one emoji gives one box. Characters outside the BMP are replaced even when
  DejaVu has a glyph because reportlab 5.1 writes their /ToUnicode entry wrongly (``<1F600>``
  instead of a UTF-16 pair), which would make the PDF's text wrong for screen readers and
  copy/paste. The session file keeps the original text; only the print shows the box.
  Right-to-left text prints in logical order without shaping (reportlab has no bidi).
* Very long words are broken by reportlab's ``splitLongWords`` (on by default) at the column
  width. A table row taller than `ROW_SPLIT_LIMIT` breaks over pages (``splitInRow``); shorter
  rows move whole to the next page under a repeated header row. A row taller than a page
  (`ROW_PAGES_LIMIT`: a field far longer than its column) is printed as a block of labelled
  fields at the full width instead (`_agreement_block`), never cut off.
* Only the bundled DejaVu Sans (regular and bold) is used and embedded; the canvas is created
  with it as initial font so no base-14 Helvetica is referenced.

Time and memory grow in proportion to the text, whatever its shape (a session file may hold
texts of 1,000,000 characters, 200 groups, 2,000 agreements, 20 MB in all):

* reportlab's `Paragraph` breaks the rest of its text again on every page it runs over (and
  pops words off the front of a list), so plain text is laid out once by `_TextLines`, which
  makes the very lines a `Paragraph` would (reportlab's greedy breaking, ported; checked line
  by line on random texts in the tests), draws them the same way and splits over pages by
  slicing its lines. A text it would not show exactly (`_exact`) stays a `Paragraph` up to
  `LONG_TEXT` characters. Markup we compose (the small print under an action, the legend)
  stays a `Paragraph`.
* A table of more than `FEED_ROWS` rows is handed to reportlab a page at a time
  (`_TableFeed`): reportlab's `Table` measures all the rows left every time it breaks over a
  page. Row heights are computed as reportlab computes them (`_row_heights`).
* A huge title is printed as body text (`TITLE_LIMIT`); the running header and the document
  information are shortened from a bounded prefix.
* Text widths, font subsetting and PDF string escaping give reportlab's results with C-level
  loops (`_FastTTFont`, the canvas's `_escape`); the footer and running header, the same on
  every page, are drawn once and their operators repeated (`_Sheet._decorate`).

`build_agreements_sheet` and `build_blank_sheets` take a `cancelled` callable and raise
`BuildCancelled` soon after it returns True (asked before each flowable and each page, and
every few thousand lines of a long text).
"""

from __future__ import annotations

import copy
import io
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, groupby, repeat
from operator import add, itemgetter
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors, rl_accel
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfgen_canvas
from reportlab.pdfgen import pathobject as pdfgen_pathobject
from reportlab.pdfgen import textobject as pdfgen_textobject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
    tables,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table
from reportlab.platypus.paragraph import split as _rl_split
from reportlab.platypus.paragraph import strip as _rl_strip

from amk_desktop.core import content, radar
from amk_desktop.core.factors import FACTORS, FACTORS_BY_KEY, SCORE_MAX, SCORE_MIN
from amk_desktop.core.palette import group_colour
from amk_desktop.core.session import Agreement, Group, Session
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text
from amk_desktop.resources import data_path

Translate = Callable[[Text], str]
Paper = Literal["a4", "letter"]
Locale = Literal["da", "en"]
Cancelled = Callable[[], bool]


class BuildCancelled(Exception):  # noqa: N818 - cancelling is no error
    """The caller's `cancelled()` returned True while the sheet was being built."""


# -- fixed labels of the sheets (Danish in translations/amk_da.ts, context "Sheet") -------------
SHEET_KIND = QT_TRANSLATE_NOOP("Sheet", "Agreements sheet")
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Sheet", "Dialogue about work-environment competence")
WORKPLACE = QT_TRANSLATE_NOOP("Sheet", "Workplace")
DEPARTMENT = QT_TRANSLATE_NOOP("Sheet", "Department")
DATE = QT_TRANSLATE_NOOP("Sheet", "Date")
FACILITATOR = QT_TRANSLATE_NOOP("Sheet", "Facilitator")
PARTICIPANTS = QT_TRANSLATE_NOOP("Sheet", "Participants")
GROUP_N = QT_TRANSLATE_NOOP("Sheet", "Group %1")
SCORES_HEADING = QT_TRANSLATE_NOOP("Sheet", "The groups’ scores")
CHART_CAPTION = QT_TRANSLATE_NOOP(
    "Sheet", "Each factor is rated from 1 (low, inner ring) to 5 (high, outer ring)."
)
RATED_COUNT = QT_TRANSLATE_NOOP("Sheet", "%1 of %2 rated")
NOT_RATED_KEY = QT_TRANSLATE_NOOP("Sheet", "– = not rated")
NO_GROUPS = QT_TRANSLATE_NOOP("Sheet", "No group has been added.")
AGREEMENTS_HEADING = QT_TRANSLATE_NOOP("Sheet", "Agreements")
NO_AGREEMENTS = QT_TRANSLATE_NOOP("Sheet", "No agreements have been recorded.")
COL_NUMBER = QT_TRANSLATE_NOOP("Sheet", "No.")
COL_ACTION = QT_TRANSLATE_NOOP("Sheet", "Action")
COL_GOAL = QT_TRANSLATE_NOOP("Sheet", "Goal")
COL_EVALUATION = QT_TRANSLATE_NOOP("Sheet", "Evaluation criterion")
COL_RESPONSIBLE = QT_TRANSLATE_NOOP("Sheet", "Responsible")
COL_DEADLINE = QT_TRANSLATE_NOOP("Sheet", "Deadline")
COL_FOLLOW_UP = QT_TRANSLATE_NOOP("Sheet", "Follow-up")
FACTORS_LEAD = QT_TRANSLATE_NOOP("Sheet", "Factors:")
STATUS_LEAD = QT_TRANSLATE_NOOP("Sheet", "Status:")
STATUS_IN_PROGRESS = QT_TRANSLATE_NOOP("Sheet", "in progress")
STATUS_DONE = QT_TRANSLATE_NOOP("Sheet", "done")
STATUS_DROPPED = QT_TRANSLATE_NOOP("Sheet", "dropped")
# printed under an agreement that is no longer open (follow-up over the year)
STATUS_TEXTS = {"in_progress": STATUS_IN_PROGRESS, "done": STATUS_DONE, "dropped": STATUS_DROPPED}
CLOSING_HEADING = QT_TRANSLATE_NOOP("Sheet", "Closing")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Sheet", "Not answered.")
NOTES_HEADING = QT_TRANSLATE_NOOP("Sheet", "The groups’ notes")
NO_NOTES = QT_TRANSLATE_NOOP("Sheet", "No notes.")
PAGE_OF = QT_TRANSLATE_NOOP("Sheet", "Page %1 of %2")
SCALE_KEY = QT_TRANSLATE_NOOP("Sheet", "1 = low, 5 = high")
BLANK_NAME_FIELD = QT_TRANSLATE_NOOP("Sheet", "Group:")
BLANK_DATE_FIELD = QT_TRANSLATE_NOOP("Sheet", "Date:")
BLANK_SHEETS_TITLE = QT_TRANSLATE_NOOP("Sheet", "Dialogue exercise – sheets for the groups")

SHEET_TEXTS: tuple[Text, ...] = tuple(
    value
    for value in list(globals().values())
    if isinstance(value, Text) and value.context == "Sheet"
)

PLACEHOLDER = "□"  # printed for a character the embedded font cannot show
NAME_LIMIT = 60  # characters of a group name in the legend and the table headings
LONG_TEXT = 1000  # characters: a longer text is always laid out by `_TextLines`
ACTION_LONG_TEXT = 3000  # characters: a longer action has its small print in a paragraph below
TALL_TEXT = 1000  # characters: a shorter field cannot make a table row taller than the limit
TALL_SAMPLE = 2000  # characters of a longer field measured to tell that its row is too tall
TITLE_LIMIT = 300  # characters: a longer meeting title is printed as body text
METADATA_LIMIT = 1000  # characters of a text in the PDF's document information (title, author)
HEADER_SOURCE_LIMIT = 2000  # characters of the running header measured (a line shows ~300)
FEED_ROWS = 60  # body rows: a longer table is handed to reportlab a page at a time
CHECK_WORDS = 4096  # lines of source text laid out between two `cancelled()` checks
BLANK_RUN = 8  # empty lines in a row shown of a long text (see `_Breaker.lines`)
WORD_CACHE = 100_000  # words whose width is remembered, per font and size
APP_NAME = "AMK Desktop"

FONT_DIR = data_path("fonts")
FONT = "AMKSans"
FONT_BOLD = "AMKSans-Bold"

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
PDF_LANG: dict[str, str] = {"da": "da-DK", "en": "en-GB"}

# -- look ---------------------------------------------------------------------------------------
INK = colors.HexColor("#1C2126")
MUTED_HEX = "#5E6873"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#C3CBD3")
GRID_LINE = colors.HexColor("#A9B3BD")
HEADER_BG = colors.HexColor("#E8EDF2")
ZEBRA = colors.HexColor("#F5F7F9")
WHITE = colors.white

MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 21 * mm
FOOTER_Y = 9 * mm

_MONTHS: dict[str, tuple[str, ...]] = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
_MONTHS_SHORT_EN = tuple(month[:3] for month in _MONTHS["en"])


# -- fonts and reportlab set-up -------------------------------------------------------------------
class _FastTTFont(TTFont):  # type: ignore[misc]
    """reportlab's TrueType font with its two per-character loops done by C-level `map`s
    (reportlab 5 ships no compiled accelerator): `stringWidth` adds the same widths in the same
    order (identical floats), `splitString` returns the same subset runs once every character
    has its code in the subset (otherwise reportlab's own code assigns it)."""

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        face = self.face
        widths = map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth, len(text)))
        width: float = 0.001 * size * sum(widths)
        return width

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        if state is not None:
            if not isinstance(text, str):
                text = text.decode("utf-8")
            codes = list(map(state.assignments.get, map(ord, text.replace("\xa0", " "))))
            if not codes:
                return []
            if None not in codes:
                if max(codes) < 256:
                    return [(0, bytes(codes))]
                return [
                    (subset, bytes(code & 0xFF for code in run))
                    for subset, run in groupby(codes, key=lambda code: code >> 8)
                ]
        return super().splitString(text, doc, encoding)

    def subset_zero(self, doc: Any) -> tuple[dict[int, str], re.Pattern[str]] | None:
        """For `doc`: a `str.translate` table from the characters that already have a code
        in the first subset to that code as reportlab escapes it in a PDF string, and a
        pattern that finds any other character (None before the first text): a line in
        which it finds none is one ``(...) Tj`` in that subset."""
        state = self.state.get(doc)
        if state is None:
            return None
        size = len(state.assignments)
        cached = getattr(state, "amk_subset_zero", None)
        if cached is None or cached[0] != size:
            table = {
                char: _PDF_ESCAPES.get(code, chr(code))
                for char, code in state.assignments.items()
                if code < 256
            }
            if 32 in table:
                table[0xA0] = table[32]  # reportlab prints a no-break space as a space
            others = re.compile(
                f"[^{''.join(map(re.escape, map(chr, table)))}]" if table else ".", re.S
            )
            cached = state.amk_subset_zero = (size, table, others)
        return cached[1], cached[2]


@cache
def _register_fonts() -> None:
    regular = _FastTTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf"))
    bold = _FastTTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def _glyphs() -> frozenset[int]:
    """Code points both embedded faces can show (the bold face has fewer glyphs)."""
    _register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, FONT_BOLD)]
    shown = {cp for cp, glyph in faces[0].items() if glyph and cp <= 0xFFFF}
    return frozenset(cp for cp in shown if faces[1].get(cp))


_RL_FP_STR: Callable[..., str] = rl_accel.fp_str
_FP_STRS: dict[tuple[Any, ...], str] = {}
FP_STR_CACHE = 100_000  # numbers (and tuples of them) whose PDF form is remembered


def _fp_str(*values: Any) -> str:
    """reportlab's `fp_str` (a number as PDF writes it), remembered. Pages repeat the same
    coordinates, colours and sizes, and reportlab 5 formats each one anew in Python: for a
    long document that was a sixth of the time. Numbers equal as keys (1, 1.0, True) have
    the same PDF form, so the cache cannot change the output."""
    try:
        return _FP_STRS[values]
    except KeyError:
        text = _RL_FP_STR(*values)
        if len(_FP_STRS) >= FP_STR_CACHE:
            _FP_STRS.clear()
        _FP_STRS[values] = text
        return text
    except TypeError:  # a list: not a key
        return _RL_FP_STR(*values)


def _prepare() -> None:
    """Fonts registered; nothing may be fetched from a URL or a file while rendering; streams
    compressed without the ASCII85 layer (smaller and faster; every PDF reader supports it);
    the modules that draw use the remembering `_fp_str`. These are process-wide reportlab
    settings: this module is the app's only reportlab user."""
    _register_fonts()
    rl_config.trustedHosts = []
    rl_config.trustedSchemes = []
    rl_config.useA85 = 0
    for module in (pdfgen_canvas, pdfgen_textobject, pdfgen_pathobject, pdfdoc, tables):
        if module.fp_str is _RL_FP_STR:
            module.fp_str = _fp_str


# -- text -----------------------------------------------------------------------------------------
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me"})
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


@lru_cache(maxsize=32)  # the same text is checked, measured and laid out
def printable(text: str) -> str:
    """`text` as the embedded font can print it: NFC, newlines normalised to ``\\n``, tabs as
    spaces, control characters removed, characters without a glyph replaced by `PLACEHOLDER`.
    Invisible characters without a glyph (joiners, variation selectors, tags, combining marks,
    emoji skin-tone modifiers) are dropped, so one emoji prints as one box."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isascii():
        return _ASCII_CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    glyphs = _glyphs()
    if glyphs.issuperset(map(ord, set(text) - {"\n"})):
        return text
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n" or code in glyphs:
            out.append(char)
        elif unicodedata.category(char) in _INVISIBLE_CATEGORIES or 0x1F3FB <= code <= 0x1F3FF:
            continue
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


def para_text(text: str) -> str:
    """THE escape helper: any plain text (user text or translation) for a `Paragraph`."""
    return escape(printable(text)).replace("\n", "<br/>")


def _fill(template: str, *args: object) -> str:
    """Qt-style ``%1``, ``%2`` placeholders, replaced in one pass."""
    return re.sub(
        r"%(\d)",
        lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args) else m[0],
        template,
    )


def format_date(iso: str, locale: Locale, *, short: bool = False) -> str:
    """An ISO date as people write it: da ``23. november 2026`` (short ``23.11.2026``),
    en ``23 November 2026`` (short ``23 Nov 2026``). Text that is not an ISO date is returned
    unchanged (stripped)."""
    value = iso.strip()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return value
    if locale == "da":
        if short:
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.day}. {_MONTHS['da'][day.month - 1]} {day.year}"
    if short:
        return f"{day.day} {_MONTHS_SHORT_EN[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"


def _group_name(translate: Translate, group: Group, index: int, *, limit: int | None = None) -> str:
    """The group's name ("Group 2" when it has none); `limit` shortens it with "…" for the
    legend and table headings (the notes section prints it in full)."""
    name = " ".join(group.name.split()) or _fill(translate(GROUP_N), index + 1)
    if limit is not None and len(name) > limit:
        name = name[: limit - 1].rstrip() + "…"
    return name


def _wrap_words(text: str, font: str, size: float, max_width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


# -- styles ---------------------------------------------------------------------------------------
class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle(
            "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.kicker = ParagraphStyle(
            "kicker", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=ACCENT
        )
        self.title = ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=19, leading=23, spaceBefore=3
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=11, leading=14.5, textColor=MUTED, spaceBefore=1
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.label = ParagraphStyle("label", base, fontSize=8.5, leading=12.5, textColor=MUTED)
        self.value = ParagraphStyle("value", base, fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.2)
        self.cell_centre = ParagraphStyle("cell_centre", self.cell, alignment=TA_CENTER)
        self.cell_muted = ParagraphStyle(
            "cell_muted", self.cell, alignment=TA_CENTER, textColor=MUTED
        )
        self.cell_head = ParagraphStyle(
            "cell_head", self.cell, fontName=FONT_BOLD, fontSize=7.5, leading=9.5
        )
        self.cell_head_centre = ParagraphStyle(
            "cell_head_centre", self.cell_head, alignment=TA_CENTER
        )
        self.note_group = ParagraphStyle(
            "note_group",
            base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            spaceBefore=4,
            keepWithNext=1,
            leftIndent=10,
        )
        self.note = ParagraphStyle("note", base, leftIndent=10, spaceAfter=2)
        self.muted_note = ParagraphStyle("muted_note", self.note, textColor=MUTED)
        self.bullet = ParagraphStyle(
            "bullet",
            base,
            leftIndent=12,
            bulletIndent=2,
            bulletFontName=FONT,
            spaceAfter=2,
        )
        self.footer = ParagraphStyle("footer", base, fontSize=7, leading=8.8, textColor=MUTED)
        self.factor_name = ParagraphStyle(
            "factor_name", base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=7
        )
        self.factor_help = ParagraphStyle("factor_help", base, leftIndent=0)
        self.question = ParagraphStyle(
            "question", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, keepWithNext=1
        )
        self.blank_cell = ParagraphStyle("blank_cell", base, fontSize=10, leading=13)
        # a title too long for the title style, and an agreement too long for a table row
        self.long_title = ParagraphStyle(
            "long_title", base, fontName=FONT_BOLD, fontSize=11, leading=14.5, spaceBefore=3
        )
        self.block_number = ParagraphStyle(
            "block_number",
            base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=10,
        )
        self.block_label = ParagraphStyle(
            "block_label", self.cell_head, textColor=MUTED, spaceBefore=4
        )
        self.block_value = ParagraphStyle("block_value", self.cell, spaceAfter=1)
        self.block_small = ParagraphStyle(
            "block_small", self.cell, fontSize=7, leading=9.5, textColor=MUTED
        )


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab's Paragraph, remembering its line breaks per width. A table wraps every cell
    again each time it splits over a page, which made a 200-row agreements table spend most of
    the export breaking the same lines again (measured: 930 -> 620 ms; output byte-identical)."""

    def breakLines(self, width: Any) -> Any:
        key = tuple(width) if isinstance(width, list | tuple) else width
        cache: dict[Any, Any] = self.__dict__.setdefault("_line_cache", {})
        lines = cache.get(key)
        if lines is None:
            lines = cache[key] = super().breakLines(width)
        return lines


ROW_SPLIT_LIMIT = 300.0  # pt: a table row taller than this may break over pages (< half a page)
ROW_PAGES_LIMIT = 1  # pages: a row taller than this is printed as a block of fields instead
ROW_SPLIT_MIN = 24.0  # pt: the least of a broken row left on either page


class Table(_Table):  # type: ignore[misc]
    """reportlab's Table, left-aligned, breaking inside a row only when that row is taller than
    `ROW_SPLIT_LIMIT` (so a 5000-word cell still prints). reportlab alone also breaks ordinary
    rows at the foot of a page, leaving a repeated header and a sliver of a row there."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("hAlign", "LEFT")
        kwargs.setdefault("splitInRow", ROW_SPLIT_MIN)
        super().__init__(data, *args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        parts: list[Any] = self._splitRows(availHeight, doInRowSplit=False)
        if not parts and self.splitInRow:
            row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=True)
            if row < len(self._rowHeights) and self._rowHeights[row] > ROW_SPLIT_LIMIT:
                parts = self._splitRows(availHeight, doInRowSplit=True)
        return parts


def _table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """Table commands with our font for plain-string cells (reportlab's default is Helvetica,
    which would be referenced even by an empty cell)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain `text` (user text or a translation), escaped by `para_text`."""
    return Paragraph(para_text(text), style)


# -- long texts and long tables -------------------------------------------------------------------
# One line of a `_TextLines`: its text, the width left over (negative: the words are squeezed
# as reportlab squeezes them, `spaceShrinkage`), the spaces that squeeze applies to, and what
# joins it to the next line in the source ("\n" a line break, " " a wrap, "" a broken word).
_Line = tuple[str, float, int, str]
_HUGE = 1e12  # "no limit" for measuring


def _split_word(
    word: str, line_width: float, max_width: float, char_width: Callable[[str], float]
) -> list[tuple[str, int]]:
    """reportlab's `_splitWord`: a word wider than a line cut into pieces, the first filling
    what is left of the current line. Pieces are (text, 1), the last one (text, 2)."""
    pieces: list[tuple[str, int]] = []
    start = 0
    for index, char in enumerate(word):
        width = char_width(char)
        new_width = line_width + width
        if new_width > max_width and (index > start or width <= max_width):
            pieces.append((word[start:index], 1))
            start = index
            new_width = width
        line_width = new_width
    pieces.append((word[start:], 2))
    return pieces


LIMITS = 256  # words on a line whose width limit is computed once per text
FEW_WORDS = 16  # a text of more words is broken by bisection (`_Breaker._greedy`)
_TIE = 1e-6  # points: closer to a line's limit, the words' widths are added as reportlab adds them
# word -> width per (font, size), shared by the texts of a build (cleared by `_Sheet`)
_WORD_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


class _Breaker:
    """Breaks plain text into the lines reportlab's `Paragraph.breakLines` makes of a paragraph
    of one plain fragment (greedy; spaces squeezed by `spaceShrinkage`; a word wider than a
    line split by `splitLongWords`), without its `words.pop(0)` (quadratic in the words) and
    with each word's width measured once."""

    def __init__(self, style: ParagraphStyle, width: float, check: Callable[[], None]) -> None:
        self.font = pdfmetrics.getFont(style.fontName)
        self.size = style.fontSize
        self.max_width = width - style.leftIndent - style.rightIndent  # no first-line indents
        self.space = self.font.stringWidth(" ", self.size)
        self.shrink = style.spaceShrinkage * self.space
        key = (style.fontName, self.size)
        self.widths = _WORD_WIDTHS.get(key) or _WORD_WIDTHS.setdefault(key, {})
        if len(self.widths) > WORD_CACHE:
            self.widths.clear()
        self.check = check
        self.fragments = False

    def width(self, word: str) -> float:
        width = self.widths.get(word)
        if width is None:
            width = self.widths[word] = self.font.stringWidth(word, self.size)
        return width

    def lines(self, text: str) -> list[_Line]:
        """The lines a `Paragraph` of plain `text` (newlines as ``<br/>``) shows: each line
        of the source broken as reportlab breaks it; an empty source line is an empty line,
        and a last empty source line is dropped, as reportlab drops it. A run of more than
        `BLANK_RUN` empty lines shows as `BLANK_RUN` (thousands of empty lines would be
        thousands of empty pages, and they hold no text)."""
        segments = text.split("\n")
        if len(segments) > 1 and not _rl_strip(segments[-1]):
            segments.pop()
        # a line break or an escaped character makes reportlab parse the paragraph into several
        # fragments, and its loop for those differs in one detail (see `_greedy`)
        self.fragments = len(segments) > 1 or any(char in text for char in "&<>")
        words, widths = self._words(text, segments)
        empty: _Line = ("", self.max_width, 0, "\n")
        lines: list[_Line] = []
        blank_run = 0
        first = 0
        for number, found in enumerate(words):
            if not number % CHECK_WORDS:
                self.check()
            if not found:
                if len(segments) > 1:
                    blank_run += 1
                    if blank_run <= BLANK_RUN:
                        lines.append(empty)
                continue
            blank_run = 0
            last = first + len(found)
            if last == first + 1 and widths[first] <= self.max_width:  # a short line
                word = found[0]
                lines.append((word, self.max_width - widths[first], word.count("\xa0"), "\n"))
            else:
                broken = self._greedy(found, widths[first:last])
                joined, extra, spaces, _ = broken[-1]
                broken[-1] = (joined, extra, spaces, "\n")
                lines += broken
            first = last
        return lines

    def _words(self, text: str, segments: list[str]) -> tuple[list[list[str]], list[float]]:
        """The words of each line of `text` as reportlab splits them, and all their widths
        (reportlab's own `stringWidth`, remembered per word: words repeat)."""
        words: list[list[str]] = []
        widths: list[float] = []
        known = self.widths.get
        width = self.width
        for number, segment in enumerate(segments):
            if not number % CHECK_WORDS:
                self.check()
            stripped = _rl_strip(segment)
            found = stripped.split() if "\xa0" not in stripped else _rl_split(stripped)
            words.append(found)
            found_widths: list[float | None] = list(map(known, found))  # (in C: words repeat)
            if None in found_widths:
                widths += [
                    width(word) if w is None else w
                    for word, w in zip(found, found_widths, strict=True)
                ]
            else:
                widths += found_widths  # type: ignore[arg-type]  # (no None in it)
        self.check()
        return words, widths

    def _greedy(  # noqa: PLR0912 - reportlab's loop, branch for branch
        self, words: list[str], widths: list[float]
    ) -> list[_Line]:
        """reportlab's loop (paragraph.py, `breakLines`, the one-fragment case); `widths`
        are the words' widths."""
        max_width, space, shrink = self.max_width, self.space, self.shrink
        lines: list[_Line] = []
        line: list[str] = []
        last_kind = 0  # of the last word on `line`: 0 a word, 1 a piece of a broken word, 2 its end

        def finish(extra: float) -> None:
            joined = " ".join(line)
            joiner = "" if last_kind == 1 else " "
            lines.append((joined, extra, len(line) + joined.count("\xa0") - 1, joiner))

        current = -space
        forced = False
        pieces: list[tuple[str, int]] = []  # of a broken word, the next one last
        index = 0
        count = len(words)
        fragments = self.fragments
        known_limits = min(LIMITS, count + 1)  # (a line holds at most `count` words)
        limits = [max_width + shrink * size for size in range(known_limits)]  # by words on it
        # Word j fits on a line of `size` words at `current` while current + (space + w) for
        # each word up to j, less `shrink` for each, stays within max_width + shrink * (size - 1):
        # one rising sum, searched by bisection (in C) for the first word that does not fit.
        # Where the sum comes within `_TIE` of the limit, the loop below decides, in
        # reportlab's own order of additions. (An empty word adds no space in reportlab's
        # loop for several fragments: then the loop decides throughout.)
        rising: list[float] | None = None
        if count > FEW_WORDS and not (fragments and 0.0 in widths):
            rising = list(accumulate(map(add, widths, repeat(space - shrink))))
        while pieces or index < count:
            if not pieces and not forced:  # the common case, words that fit, in a tight loop
                size = len(line)
                first = index
                decided = False
                if rising is not None:
                    base = rising[index - 1] if index else 0.0
                    threshold = max_width + shrink * (size - 1) - current + base
                    stop = bisect_right(rising, threshold, index, count)
                    decided = not (
                        (stop < count and rising[stop] - threshold < _TIE)
                        or (stop > index and threshold - rising[stop - 1] < _TIE)
                    )
                    if decided and stop > index:
                        current += rising[stop - 1] - base + shrink * (stop - index)
                        index = stop
                if not decided:
                    limit = limits[size] if size < known_limits else max_width + shrink * size
                    while index < count:
                        width = widths[index]
                        new_width = current + space + width if width or not fragments else current
                        if new_width > limit:
                            break
                        current = new_width
                        index += 1
                        size += 1
                        limit = limits[size] if size < known_limits else max_width + shrink * size
                if index > first:
                    line += words[first:index]
                    last_kind = 0
                if index >= count:
                    break
            if pieces:
                word, kind = pieces.pop()
                width = self.width(word)
                forced = forced or not word
            else:
                word, kind, width = words[index], 0, widths[index]
                index += 1
            # reportlab's many-fragment loop adds no space for an empty word
            new_width = current + space + width if width or not self.fragments else current
            limit = max_width + shrink * len(line)
            if new_width > limit and not forced and not kind and width > max_width:
                pieces.extend(reversed(_split_word(word, current + space, max_width, self.width)))
                forced = True
                continue
            if new_width <= limit or not line or forced:
                if word:
                    line.append(word)
                    last_kind = kind
                if forced:
                    forced = False
                    finish(max_width - new_width)
                    line = []
                    current = -space
                else:
                    current = new_width
            else:
                finish(max_width - current)
                line = [word]
                last_kind = kind
                current = width
        if line:
            finish(max_width - current)
        return lines


def _break_text(
    text: str, style: ParagraphStyle, width: float, check: Callable[[], None]
) -> list[_Line]:
    """The lines of plain `text` in `style` at `width` (see `_Breaker.lines`)."""
    return _Breaker(style, width, check).lines(text)


class _TextLines(Flowable):  # type: ignore[misc]
    """A long plain text, laid out once per width (`_break_text`: the lines reportlab's
    `Paragraph` would make) and drawn as `Paragraph` draws them; splitting over a page slices
    the lines instead of breaking the rest of the text again, so any length costs linear time.

    Split exactly like a `Paragraph`: no orphan (a single line at the foot of a page); a page
    that ends on an empty line does not count it; and when a page ends at a line break, the
    rest begins with an empty line (reportlab keeps the break itself with the rest)."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        check: Callable[[], None],
        layout: tuple[float, list[_Line], int, int] | None = None,
        blank_first: bool = False,
    ) -> None:
        super().__init__()
        self.style = style
        self._text = text
        self._check = check
        self._layout = layout  # width, lines, first line, end
        self._blank_first = blank_first  # an empty line before the first one

    def _lines(self, width: float) -> tuple[float, list[_Line], int, int]:
        layout = self._layout
        if layout is None or layout[0] != width:
            text = self._text
            if text is None and layout is not None:  # a part wrapped at another width
                _, old, start, stop = layout
                text = "".join(line[0] + line[3] for line in old[start:stop])[:-1]
                if self._blank_first:
                    text = "\n" + text
            lines = _break_text(text or "", self.style, width, self._check)
            layout = self._layout = (width, lines, 0, len(lines))
            self._blank_first = False
        return layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, _, start, stop = self._lines(availWidth)
        self.width = availWidth
        self.height = (self._blank_first + stop - start) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # like Paragraph.split, the lines of the last wrap (a table passes the column's
        # width here, its wrap had the width inside the padding)
        layout = self._layout
        width, lines, start, stop = layout if layout is not None else self._lines(availWidth)
        fits = int(availHeight / float(self.style.leading))
        if fits <= 1:
            return []
        if self._blank_first + stop - start <= fits:
            return [self]
        middle = start + fits - self._blank_first
        first_stop = middle - 1 if not lines[middle - 1][0] else middle
        first = _TextLines(
            None, self.style, self._check, (width, lines, start, first_stop), self._blank_first
        )
        rest = _TextLines(
            None,
            self.style,
            self._check,
            (width, lines, middle, stop),
            lines[middle - 1][3] == "\n",
        )
        return [first, rest]

    def draw(self) -> None:
        assert self._layout is not None  # wrapped before it is drawn
        _, lines, start, stop = self._layout
        count = self._blank_first + stop - start
        if not count:
            return
        style = self.style
        canv = self.canv  # (`drawOn` saves and restores the canvas's state around `draw`)
        canv.setFillColor(style.textColor)
        text = canv.beginText(style.leftIndent, count * style.leading - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setLeading(style.leading)  # now: the font (with its leading) comes with a text
        if self._blank_first:
            text._textOut("", 1)
        # what PDFTextObject._textOut(line, 1) writes, without its per-line set-up
        font, doc, pdf_escape = pdfmetrics.getFont(style.fontName), canv._doc, canv._escape
        set_font = f"{_fp_str(style.fontSize)} Tf {_fp_str(style.leading)} TL"
        code = text._code
        shown = lines[start:stop]
        known = font.subset_zero(doc)
        table: dict[int, str] | None = None
        if known is not None and not any(map(known[1].search, map(itemgetter(0), shown))):
            table = known[0]  # every character has its code in the first subset
            if text._curSubset != 0:
                code.append(f"{font.getSubsetInternalName(0, doc)} {set_font}")
                text._curSubset = 0
        for line, extra, spaces, _ in shown:
            squeeze = extra <= -1e-8 and spaces > 0
            if squeeze:  # as PDFTextObject.setWordSpace
                code.append(f"{_fp_str(extra / spaces)} Tw")
            if not line:
                code.append(" T*")
            elif table is not None:
                code.append(f"({line.translate(table)}) Tj T*")
            else:
                parts = []
                for subset, chars in font.splitString(line, doc):
                    if subset != text._curSubset:
                        parts.append(f"{font.getSubsetInternalName(subset, doc)} {set_font}")
                        text._curSubset = subset
                    parts.append(f"({pdf_escape(chars)}) Tj")
                parts.append("T*")
                code.append(" ".join(parts))
            if squeeze:
                code.append("0 Tw")
        canv.drawText(text)


def _exact(printed: str) -> bool:
    """Whether `_TextLines` shows `printed` exactly as a `Paragraph` would (compared line by line
    on thousands of random texts in tests/test_pdf_export.py): not with soft hyphens (reportlab
    hyphenates there), nor with a no-break space in a paragraph that reportlab parses into
    several fragments (one with a line break or an escaped ``&``, ``<``, ``>``)."""
    if "\xad" in printed:
        return False
    return "\xa0" not in printed or not any(char in printed for char in "\n&<>")


def _text_flow(text: str, style: ParagraphStyle, check: Callable[[], None]) -> Flowable:
    """Plain `text` as one flowable: `_TextLines` (reportlab's lines, in linear time and
    several times faster), or the `Paragraph` of `_p` for a text that is empty or that
    `_TextLines` would not show exactly, up to `LONG_TEXT` characters. A longer text is
    always `_TextLines`; its soft hyphens are dropped (invisible except where a word breaks)."""
    printed = printable(text)
    if not printed or (len(printed) <= LONG_TEXT and not _exact(printed)):
        return Paragraph(escape(printed).replace("\n", "<br/>"), style)
    return _TextLines(printed.replace("\xad", ""), style, check)


TableMaker = Callable[[list[list[Any]], list[float | None] | None], Table]


STRING_CELL_LEADING = (
    8 * 1.2
)  # a plain-string cell: the font size of `_table_style`, reportlab's leading


def _row_heights(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    padding: tuple[float, float, float, float],
    check: Callable[[], None],
) -> list[float]:
    """The height reportlab's `Table` gives each row of fixed-width columns without spans, as
    `Table._calc_height` computes it: the tallest cell (its flowables' heights and the space
    between them) and the top and bottom padding. `padding` is (top, right, bottom, left)."""
    top, right, bottom, left = padding
    heights: list[float] = []
    for number, row in enumerate(rows):
        if not number % 64:
            check()
        tallest = 0.0
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, str):
                height = STRING_CELL_LEADING * len(value.split("\n"))
            else:
                height = 0.0
                first: float | None = None
                after = 0.0
                for flowable in value if isinstance(value, list | tuple) else [value]:
                    _, flowable_height = flowable.wrap(width - left - right, _HUGE)
                    before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
                    height += flowable_height + after + before
                    if first is None:
                        first = before
                height -= (first or 0.0) + after
            tallest = max(tallest, height)
        heights.append(tallest + (bottom + top))
    return heights


class _TableFeed(Flowable):  # type: ignore[misc]
    """A table of many rows, handed to reportlab a page at a time.

    reportlab's `Table` measures all the rows that are left every time it breaks over a page,
    so a long table costs time in the square of its rows. For each page this builds a `Table`
    of the header, what the previous page left over (`head`) and only as many new rows as the
    page can take, plus two: that table splits exactly where the whole one would (reportlab
    looks no further than the first row that does not fit), and what it leaves is carried to
    the next page. Heights come from `_row_heights`, so `wrap` costs next to nothing."""

    def __init__(
        self,
        make: TableMaker,
        table_width: float,
        header: list[Any],
        header_height: float,
        rows: Sequence[list[Any]],
        heights: Sequence[float],
        start: int = 0,
        head: Table | None = None,
        after: list[float] | None = None,
    ) -> None:
        super().__init__()
        self._make = make
        self._table_width = table_width
        self._header = header
        self._header_height = header_height
        self._rows = rows
        self._heights = heights
        self._start = start
        self._head = head
        if after is None:  # after[i]: the height of rows[i:]
            after = [0.0] * (len(heights) + 1)
            for index in range(len(heights) - 1, -1, -1):
                after[index] = after[index + 1] + heights[index]
        self._after = after
        self.hAlign = "LEFT"

    def _head_rows(self, width: float) -> tuple[list[list[Any]], list[float | None], list[float]]:
        """The rows the previous page left over: cells, heights as reportlab carried them,
        and their heights."""
        if self._head is None:
            return [], [], []
        self._head.wrap(width, _HUGE)
        rows = [list(row) for row in self._head._cellvalues[1:]]
        argh = list(self._head._argH[1:])
        return rows, argh, [float(height) for height in self._head._rowHeights[1:]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, _, carried = self._head_rows(availWidth)
        self.width = self._table_width
        self.height = self._header_height + sum(carried) + self._after[self._start]
        return self.width, self.height

    def _page_table(self, width: float, height: float) -> tuple[Table, int]:
        """This page's table: the header, the rows carried over and new rows up to two past
        the first row that crosses the foot of the page; and the index after the new rows."""
        carried_rows, carried_heights, carried = self._head_rows(width)
        room = height - self._header_height
        total = 0.0
        past = -1  # rows of the table after the one that crosses the foot (-1: none crosses)
        for row_height in carried:
            if past >= 0:
                past += 1
            else:
                total += row_height
                past = 0 if total > room else -1
        end = self._start
        while end < len(self._rows) and past < 2:
            if past >= 0:
                past += 1
            else:
                total += self._heights[end]
                past = 0 if total > room else -1
            end += 1
        new_rows = list(self._rows[self._start : end])
        header_heights: list[float | None] = [None]
        if self._head is not None:
            header_heights = [self._head._argH[0]]
        table = self._make(
            [self._header, *carried_rows, *new_rows],
            [*header_heights, *carried_heights, *([None] * len(new_rows))],
        )
        if self._head is not None:
            # what reportlab added to the rest when it broke the table between two rows: the
            # line below the last row on the page, again above the first row of the rest
            table.setStyle(
                [
                    (op, (sc, 1), (ec, 1), *rest)
                    for op, (sc, sr), (ec, er), *rest in self._head._linecmds
                    if op == "LINEABOVE" and sr == er == 1
                ]
            )
        return table, end

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table, end = self._page_table(availWidth, availHeight)
        parts: list[Flowable] = table.split(availWidth, availHeight)
        if not parts:
            return []
        rest = _TableFeed(
            self._make,
            self._table_width,
            self._header,
            self._header_height,
            self._rows,
            self._heights,
            end,
            parts[1] if len(parts) > 1 else None,
            self._after,
        )
        if len(parts) == 1 and end >= len(self._rows):
            return parts
        return [parts[0], rest]

    def draw(self) -> None:  # the rest fits on this page: one table of it
        table, _ = self._page_table(self.width, _HUGE)
        table.wrapOn(self.canv, self.width, _HUGE)
        table.drawOn(self.canv, 0, 0)


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` (printable) cut with "…" to fit on one line of `width`. Only a bounded prefix is
    measured: far more characters than a line can show."""
    cut = len(text) > HEADER_SOURCE_LIMIT
    text = " ".join(printable(text[:HEADER_SOURCE_LIMIT]).split())
    if not cut and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


# -- document -------------------------------------------------------------------------------------
# reportlab's escapePDF, as a translation table (the same strings, without a Python-level loop)
_PDF_ESCAPES = {
    code: f"\\{code:03o}" if code < 32 or code >= 127 else "\\" + chr(code)
    for code in range(256)
    if code < 32 or code >= 127 or chr(code) in "\\()"
}


def _numbered_canvas(page_label: str, right_x: float, check: Callable[[], None]) -> type:
    """A canvas that, when saved, writes "Page x of y" on every page (two passes over the pages:
    the total is known only at the end)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def _escape(self, s: str | bytes) -> str:
            if isinstance(s, bytes):
                return s.decode("latin-1").translate(_PDF_ESCAPES)
            escaped: str = super()._escape(s)
            return escaped

        def showPage(self) -> None:
            check()
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            states, self._page_states = self._page_states, []
            for number, state in enumerate(states, start=1):
                if number % 64 == 0:
                    check()
                self.__dict__.update(state)
                states[number - 1] = {}  # the page's content goes into the document now
                self.saveState()
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(right_x, FOOTER_Y, printable(_fill(page_label, number, total)))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class _Frame(Frame):  # type: ignore[misc]
    """reportlab's Frame. `KeepTogether` (made for every heading kept with what follows)
    deep-copies the current frame to measure its content; a frame holds numbers, and the copy
    of those is shared (containers are still copied), which takes most of that cost away."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone: _Frame = copy.copy(self)
        for key, value in self.__dict__.items():
            if isinstance(value, list | dict | set):
                clone.__dict__[key] = copy.deepcopy(value, memo)
        return clone


class _DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Checks for cancellation before each flowable (and each remainder of a split one)."""

    def __init__(self, *args: Any, check: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._check = check

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._check()
        super().handle_flowable(flowables)


def _metadata(text: str) -> str:
    """A text for the PDF's document information, bounded (the sheet prints it in full)."""
    text = printable(text[: METADATA_LIMIT + 1])
    return text if len(text) <= METADATA_LIMIT else text[: METADATA_LIMIT - 1] + "…"


class _Sheet:
    """Page geometry, styles and the finished document for one export."""

    def __init__(
        self, translate: Translate, paper: str, locale: str, cancelled: Cancelled | None = None
    ) -> None:
        if paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
        if locale not in PDF_LANG:
            raise ValueError(f"locale must be one of {sorted(PDF_LANG)}, not {locale!r}")
        self._cancelled = cancelled
        self.check()
        _prepare()
        _WORD_WIDTHS.clear()
        self.tr = translate
        self.locale: Locale = "da" if locale == "da" else "en"
        self.page_size = PAPER_SIZES[paper]
        self.width = self.page_size[0] - 2 * MARGIN_X
        self.height = self.page_size[1] - MARGIN_TOP - MARGIN_BOTTOM
        self.styles = _Styles()
        self.running_header = ""
        self._page_marks: dict[str, list[str]] = {}  # see `_decorate`

    def check(self) -> None:
        """Raise `BuildCancelled` when the caller has cancelled the build."""
        if self._cancelled is not None and self._cancelled():
            raise BuildCancelled

    def flow(self, text: str, style: ParagraphStyle) -> Flowable:
        """Plain `text` (user text or a translation) as one flowable: a `Paragraph` as always
        for ordinary texts, `_TextLines` (the same lines, linear time) for long ones."""
        return _text_flow(text, style, self.check)

    def build(self, story: list[Flowable], *, title: str, author: str, subject: str) -> bytes:
        buffer = io.BytesIO()
        doc = _DocTemplate(
            buffer,
            check=self.check,
            pagesize=self.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_metadata(title),
            author=_metadata(author),
            subject=_metadata(subject),
            creator=APP_NAME,
            lang=PDF_LANG[self.locale],
            initialFontName=FONT,
            initialFontSize=9.5,
            displayDocTitle=1,
        )
        frame = _Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        canvas_class = _numbered_canvas(self.tr(PAGE_OF), self.page_size[0] - MARGIN_X, self.check)
        try:
            doc.build(story, canvasmaker=canvas_class)
        finally:  # nothing of this session is kept once the sheet is built
            printable.cache_clear()
            _WORD_WIDTHS.clear()
        self.check()
        return buffer.getvalue()

    def _decorate(self, canv: Any, doc: Any) -> None:
        """Footer (credit; the page number is added by the canvas) and, from page 2, a running
        header naming the meeting. They are the same on every page: drawn once, and the
        drawing operators (self-contained between q and Q) are repeated on later pages, which
        saves most of the cost of a page of a long document."""
        kind = "header" if doc.page > 1 and self.running_header else "plain"
        marks = self._page_marks.get(kind)
        if marks is not None:
            canv._code.extend(marks)
            return
        start = len(canv._code)
        canv.saveState()
        credit = _p(self.tr(content.CREDIT), self.styles.footer)
        _, h = credit.wrap(self.width - 62, 40)
        credit.drawOn(canv, MARGIN_X, FOOTER_Y + 8.8 - h)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, FOOTER_Y + 12, MARGIN_X + self.width, FOOTER_Y + 12)
        if kind == "header":
            top = self.page_size[1] - MARGIN_TOP + 9
            style = self.styles.footer
            header = _ellipsize(self.running_header, style.fontName, style.fontSize, self.width)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(MARGIN_X, top + 2, header)
            canv.line(MARGIN_X, top - 3, MARGIN_X + self.width, top - 3)
        canv.restoreState()
        self._page_marks[kind] = canv._code[start:]


# -- the spider chart ---------------------------------------------------------------------------
CHART_FONT_SIZE = 8.5
RING_FONT_SIZE = 6.5


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default would pull in Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 8
    return drawing


def _colour(hex_colour: str, alpha: float = 1.0) -> Any:
    colour = colors.HexColor(hex_colour)
    return colors.Color(colour.red, colour.green, colour.blue, alpha=alpha)


class _ChartSpace:
    """Chart units (centre 0, 0; outer ring radius 1; y up) to drawing points."""

    def __init__(self, cx: float, cy: float, radius: float) -> None:
        self.cx, self.cy, self.radius = cx, cy, radius

    def at(self, point: radar.Point) -> tuple[float, float]:
        return self.cx + self.radius * point[0], self.cy + self.radius * point[1]

    def flat(self, points: Iterable[radar.Point]) -> list[float]:
        return [coordinate for point in points for coordinate in self.at(point)]


def radar_drawing(
    width: float,
    height: float,
    labels: Sequence[str],
    series: Sequence[tuple[Sequence[int | None], str]] = (),
    *,
    font_size: float = CHART_FONT_SIZE,
    for_drawing_on: bool = False,
) -> Drawing:
    """The spider chart as vector shapes: rings 1-5, spokes, axis labels placed with
    `radar.label_anchor` and the radius from `radar.fit_radius`, then each series (scores,
    colour) as in the window: a translucent filled polygon when every factor is rated,
    otherwise only the lines between neighbouring rated axes; markers on rated points only.

    `for_drawing_on` (blank sheets): darker rings and a dot at every score on every spoke."""
    drawing = _drawing(width, height)
    count = len(labels)
    leading = font_size * 1.2
    boxes: list[tuple[list[str], float, float]] = []
    for index, label in enumerate(labels):
        on_side = radar.label_anchor(index, count)[0] != 0.5
        max_width = width * (0.22 if on_side else 0.46)
        lines = _wrap_words(printable(label), FONT, font_size, max_width)
        label_w = max(pdfmetrics.stringWidth(line, FONT, font_size) for line in lines)
        boxes.append((lines, label_w, len(lines) * leading))
    gap = max(font_size * 0.8, RING_FONT_SIZE + 2.5)
    margin = 2.0
    radius = radar.fit_radius(
        width - 2 * margin, height - 2 * margin, [(w, h) for _, w, h in boxes], gap
    )
    space = _ChartSpace(width / 2, height / 2, max(radius, 10.0))
    _draw_grid(drawing, space, count, for_drawing_on)
    for index, (lines, _, label_h) in enumerate(boxes):
        ax, ay = radar.label_anchor(index, count)
        px, py = space.at(radar.point_at(index, 1 + gap / space.radius, count))
        top = py + ay * label_h
        anchor = "start" if ax == 0.0 else "end" if ax == 1.0 else "middle"
        for line_index, line in enumerate(lines):
            baseline = top - (line_index + 1) * leading + 0.25 * font_size
            drawing.add(
                String(
                    px,
                    baseline,
                    line,
                    fontName=FONT,
                    fontSize=font_size,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    _draw_series(drawing, space, series)
    return drawing


def _draw_grid(drawing: Drawing, space: _ChartSpace, count: int, for_drawing_on: bool) -> None:
    ring_colour = GRID_LINE if for_drawing_on else RULE
    for level in radar.RING_LEVELS:
        outer = level == radar.RING_LEVELS[-1]
        drawing.add(
            Polygon(
                space.flat(radar.ring(level, count)[:-1]),
                strokeColor=GRID_LINE if outer else ring_colour,
                strokeWidth=0.9 if outer else 0.55,
                fillColor=None,
            )
        )
    for index in range(count):
        start, end = radar.spoke(index, count)
        (x1, y1), (x2, y2) = space.at(start), space.at(end)
        drawing.add(Line(x1, y1, x2, y2, strokeColor=ring_colour, strokeWidth=0.55))
        if for_drawing_on:
            for level in radar.RING_LEVELS:
                x, y = space.at(radar.score_point(index, level, count))
                drawing.add(Circle(x, y, 1.1, fillColor=GRID_LINE, strokeColor=None))
    for level in radar.RING_LEVELS:  # the scale, just right of the first (upright) spoke
        x, y = space.at(radar.score_point(0, level, count))
        drawing.add(
            String(
                x + 2.5,
                y + 1.5,
                str(level),
                fontName=FONT,
                fontSize=RING_FONT_SIZE,
                fillColor=MUTED,
                textAnchor="start",
            )
        )


def _draw_series(
    drawing: Drawing, space: _ChartSpace, series: Sequence[tuple[Sequence[int | None], str]]
) -> None:
    outlines = [(radar.outline(list(scores)), hex_colour) for scores, hex_colour in series]
    fill_alpha = 0.16 if len(series) <= 3 else 0.08
    for shape, hex_colour in outlines:  # fills first, so no fill covers another group's line
        if shape.closed:
            drawing.add(
                Polygon(
                    space.flat(shape.polygon[:-1]),
                    fillColor=_colour(hex_colour, fill_alpha),
                    strokeColor=None,
                )
            )
    for shape, hex_colour in outlines:
        stroke = _colour(hex_colour)
        if shape.closed:
            drawing.add(
                PolyLine(
                    space.flat(shape.polygon),
                    strokeColor=stroke,
                    strokeWidth=1.6,
                    strokeLineJoin=1,
                )
            )
        else:
            for a, b in shape.segments:
                (x1, y1), (x2, y2) = space.at(a), space.at(b)
                drawing.add(
                    Line(x1, y1, x2, y2, strokeColor=stroke, strokeWidth=1.6, strokeLineCap=1)
                )
        for point in shape.markers:
            x, y = space.at(point)
            drawing.add(Circle(x, y, 2.3, fillColor=stroke, strokeColor=WHITE, strokeWidth=0.5))


def _swatch(hex_colour: str, complete: bool) -> Drawing:
    drawing = _drawing(18, 9)
    colour = _colour(hex_colour)
    if complete:
        drawing.add(Rect(0.5, 1, 17, 7, fillColor=_colour(hex_colour, 0.16), strokeColor=None))
    drawing.add(Line(0.5, 4.5, 17.5, 4.5, strokeColor=colour, strokeWidth=1.6))
    drawing.add(Circle(9, 4.5, 2.3, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5))
    return drawing


# -- the agreements sheet -----------------------------------------------------------------------
def build_agreements_sheet(
    session: Session,
    translate: Translate,
    *,
    paper: Paper = "a4",
    locale: Locale = "da",
    cancelled: Cancelled | None = None,
) -> bytes:
    """The meeting's agreements sheet as PDF bytes. `cancelled` is asked now and then while
    the sheet is built; once it returns True, `BuildCancelled` is raised."""
    sheet = _Sheet(translate, paper, locale, cancelled)
    tr = translate
    details = session.details
    title = details.title.strip() or tr(DEFAULT_TITLE)
    meeting_date = format_date(details.date, sheet.locale) if details.date.strip() else ""
    place = " · ".join(
        part for part in (details.workplace.strip(), details.department.strip()) if part
    )
    sheet.running_header = " · ".join(part for part in (title, place, meeting_date) if part)

    story: list[Flowable] = []
    story += _title_block(sheet, title, session)
    story += _scores_section(sheet, session)
    story += _agreements_section(sheet, session.agreements)
    story += _closing_section(sheet, session.closing_answers)
    story += _notes_section(sheet, session.groups)
    author = details.facilitator.strip() or details.workplace.strip() or APP_NAME
    return sheet.build(story, title=title, author=author, subject=tr(SHEET_KIND))


def _title_block(sheet: _Sheet, title: str, session: Session) -> list[Flowable]:
    """Kicker, title and the meeting's details (only those filled in). A title longer than
    `TITLE_LIMIT` characters is printed as body text."""
    s, tr = sheet.styles, sheet.tr
    details = session.details
    heading = _p(title, s.title) if len(title) <= TITLE_LIMIT else sheet.flow(title, s.long_title)
    flow: list[Flowable] = [_p(f"{tr(content.MODEL_NAME)} · {tr(SHEET_KIND)}", s.kicker), heading]
    rows = [
        (tr(WORKPLACE), details.workplace),
        (tr(DEPARTMENT), details.department),
        (tr(DATE), format_date(details.date, sheet.locale)),
        (tr(FACILITATOR), details.facilitator),
        (tr(PARTICIPANTS), details.participants),
    ]
    rows = [(label, value) for label, value in rows if value.strip()]
    if rows:
        flow += [Spacer(1, 8), *_details_table(sheet, rows)]
    return flow


def _borderless_style(bottom_padding: float) -> TableStyle:
    """A layout table without lines: cells top-aligned, flush left, tight rows."""
    return _table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_padding),
        ]
    )


def _details_table(sheet: _Sheet, rows: list[tuple[str, str]]) -> list[Flowable]:
    """Label and value side by side; a value taller than `ROW_PAGES_LIMIT` pages is printed
    below its label at the full width instead."""
    s = sheet.styles
    label_width = max(
        pdfmetrics.stringWidth(printable(label), FONT, s.label.fontSize) for label, _ in rows
    )
    label_width = min(label_width + 12, sheet.width * 0.3)
    style = _borderless_style(bottom_padding=1.5)

    def make(data: list[list[Any]], heights: list[float | None] | None = None) -> Table:
        table = Table(data, colWidths=[label_width, sheet.width - label_width], rowHeights=heights)
        table.setStyle(style)
        return table

    data = [[_p(label, s.label), sheet.flow(value, s.value)] for label, value in rows]
    if all(isinstance(value, Paragraph) for _, value in data):
        return [make(data)]
    heights = _row_heights(
        data, [label_width, sheet.width - label_width], (1.5, 6, 1.5, 0), sheet.check
    )
    flow: list[Flowable] = []
    kept: list[list[Any]] = []
    for (label, value), row, height in zip(rows, data, heights, strict=True):
        if height <= ROW_PAGES_LIMIT * sheet.height:
            kept.append(row)
            continue
        if kept:
            flow.append(make(kept))
            kept = []
        flow.append(_KeepStart([_p(label, s.label), sheet.flow(value, s.value)]))
    if kept:
        flow.append(make(kept))
    return flow


def _scores_section(sheet: _Sheet, session: Session) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [_p(tr(SCORES_HEADING), s.h2)]
    groups = session.groups
    labels = [tr(factor.label) for factor in FACTORS]
    series = [(g.ordered_scores(), group_colour(i)) for i, g in enumerate(groups)]
    chart_height = min(sheet.height * 0.4, sheet.width * 0.6)
    chart = radar_drawing(sheet.width, chart_height, labels, series)
    legend = _legend(sheet, groups)
    flow.append(KeepTogether([chart, Spacer(1, 6), legend]))
    flow.append(Spacer(1, 4))
    flow.append(_p(tr(CHART_CAPTION), s.small))
    if not groups:
        return flow
    flow.append(Spacer(1, 10))
    flow += _scores_tables(sheet, groups)
    return flow


def _legend(sheet: _Sheet, groups: Sequence[Group]) -> Flowable:
    s, tr = sheet.styles, sheet.tr
    if not groups:
        return _p(tr(NO_GROUPS), s.small)
    per_row = 3
    entry_width = sheet.width / per_row
    cells: list[Any] = []
    for index, group in enumerate(groups):
        name = para_text(_group_name(tr, group, index, limit=NAME_LIMIT))
        if not group.is_complete:
            count = _fill(tr(RATED_COUNT), group.rated_count, len(FACTORS))
            name += f' <font color="{MUTED_HEX}">({para_text(count)})</font>'
        cells += [_swatch(group_colour(index), group.is_complete), Paragraph(name, s.cell)]
    while len(cells) % (2 * per_row):
        cells += ["", ""]
    data = [cells[i : i + 2 * per_row] for i in range(0, len(cells), 2 * per_row)]
    table = Table(data, colWidths=[24, entry_width - 24] * per_row, hAlign="LEFT")
    table.setStyle(_borderless_style(bottom_padding=2))
    return table


def _scores_tables(sheet: _Sheet, groups: Sequence[Group]) -> list[Flowable]:
    """Factors x groups; wide sessions are split into several tables of a few groups each."""
    s, tr = sheet.styles, sheet.tr
    factor_width = 150.0
    min_group_width = 48.0
    per_table = max(1, int((sheet.width - factor_width) // min_group_width))
    shown = min(len(groups), per_table)
    group_width = min(78.0, (sheet.width - factor_width) / shown)
    flow: list[Flowable] = []
    for start in range(0, len(groups), per_table):
        chunk = list(enumerate(groups))[start : start + per_table]
        header: list[Any] = [_p(tr(content.FACTORS_HEADING), s.cell_head)]
        header += [
            _p(_group_name(tr, g, i, limit=NAME_LIMIT), s.cell_head_centre) for i, g in chunk
        ]
        data: list[list[Any]] = [header]
        for factor in FACTORS:
            row: list[Any] = [_p(tr(factor.label), s.cell)]
            for _, group in chunk:
                value = group.scores.get(factor.key)
                row.append(
                    _p("–", s.cell_muted) if value is None else _p(str(value), s.cell_centre)
                )
            data.append(row)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID_LINE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for column, (index, _) in enumerate(chunk, start=1):
            colour = _colour(group_colour(index))
            commands.append(("LINEABOVE", (column, 0), (column, 0), 2.5, colour))
        table = Table(
            data,
            colWidths=[factor_width] + [group_width] * len(chunk),
            hAlign="LEFT",
            repeatRows=1,
        )
        table.setStyle(_table_style(commands))
        flow += [table, Spacer(1, 8)]
    # the key stays with the last table
    flow[-2:] = [KeepTogether([flow[-2], Spacer(1, 6), _p(tr(NOT_RATED_KEY), s.small)])]
    return flow


def _agreement_columns(sheet: _Sheet) -> list[tuple[Text, float]]:
    """Column labels and widths. Every column is at least as wide as the longest word of its
    (translated) heading, the date columns fit a date on one line, and the three text columns
    share what is left (action widest)."""
    s, tr = sheet.styles, sheet.tr
    padding = 8.0

    def widest_word(text: str, font: str, size: float) -> float:
        return max(
            (pdfmetrics.stringWidth(word, font, size) for word in printable(text).split()),
            default=0.0,
        )

    def heading(label: Text) -> float:
        return widest_word(tr(label), FONT_BOLD, s.cell_head.fontSize) + padding

    date_width = pdfmetrics.stringWidth(
        format_date("2026-09-28", sheet.locale, short=True), FONT, s.cell.fontSize
    )
    fixed = {
        COL_NUMBER: max(20.0, heading(COL_NUMBER)),
        COL_RESPONSIBLE: max(74.0, heading(COL_RESPONSIBLE)),
        COL_DEADLINE: max(date_width + padding, heading(COL_DEADLINE)),
        COL_FOLLOW_UP: max(date_width + padding, heading(COL_FOLLOW_UP)),
    }
    rest = sheet.width - sum(fixed.values())
    share = {COL_ACTION: 0.40, COL_GOAL: 0.27, COL_EVALUATION: 0.33}
    minimum = {label: heading(label) for label in share}
    widths = {label: max(rest * part, minimum[label]) for label, part in share.items()}
    excess = sum(widths.values()) - rest  # taken from the columns above their minimum
    if excess > 0:
        slack = {label: widths[label] - minimum[label] for label in share}
        total_slack = sum(slack.values()) or 1.0
        for label in share:
            widths[label] -= excess * slack[label] / total_slack
    widths.update(fixed)
    order = (
        COL_NUMBER,
        COL_ACTION,
        COL_GOAL,
        COL_EVALUATION,
        COL_RESPONSIBLE,
        COL_DEADLINE,
        COL_FOLLOW_UP,
    )
    return [(label, widths[label]) for label in order]


def _agreement_notes(sheet: _Sheet, agreement: Agreement) -> list[tuple[str, str]]:
    """The small print under an agreement's action: its factors and, once it is no longer
    open, its status, each as (lead, text) of plain text."""
    tr = sheet.tr
    notes: list[tuple[str, str]] = []
    if agreement.factors:
        names = ", ".join(
            tr(FACTORS_BY_KEY[key].label) if key in FACTORS_BY_KEY else key
            for key in agreement.factors
        )
        notes.append((tr(FACTORS_LEAD), names))
    if agreement.status in STATUS_TEXTS:
        notes.append((tr(STATUS_LEAD), tr(STATUS_TEXTS[agreement.status])))
    return notes


def _small_print(notes: list[tuple[str, str]]) -> list[str]:
    """The small print as markup for the action's `Paragraph`."""
    return [
        f'<font size="7" color="{MUTED_HEX}">{para_text(lead)} {para_text(text)}</font>'
        for lead, text in notes
    ]


def _agreement_row(sheet: _Sheet, number: int, agreement: Agreement) -> list[Any]:
    """The cells of an agreement's row; an empty field is an empty string (it draws nothing,
    as an empty paragraph, and costs nothing)."""
    s = sheet.styles
    notes = _agreement_notes(sheet, agreement)
    action: Any
    if not notes:
        action = sheet.flow(agreement.action, s.cell)
    elif len(printable(agreement.action)) <= ACTION_LONG_TEXT:
        markup = "<br/>".join([para_text(agreement.action), *_small_print(notes)])
        action = Paragraph(markup, s.cell)
    else:
        small = Paragraph("<br/>".join(_small_print(notes)), s.cell)
        action = [sheet.flow(agreement.action, s.cell), small]

    def cell(text: str) -> Any:
        return sheet.flow(text, s.cell) if printable(text).strip() else ""

    return [
        sheet.flow(f"{number}", s.cell),
        action,
        cell(agreement.goal),
        cell(agreement.evaluation),
        cell(agreement.responsible),
        cell(format_date(agreement.deadline, sheet.locale, short=True)),
        cell(format_date(agreement.follow_up, sheet.locale, short=True)),
    ]


class _KeepStart(Flowable):  # type: ignore[misc]
    """Its first flowables (a block's number, a field's label) kept with the first lines of the
    last one: the group goes on to the next page only when that start does not fit here.

    reportlab's `KeepTogether`, made for a heading kept with what follows, moves the group
    whenever the whole of it does not fit (a field longer than a page would always begin a new
    page), and wraps and copies its content at every try (a third of the time of the largest
    session's export). This one wraps each part once per width and, where the group fits,
    draws the parts itself; where it does not, it hands the frame its parts."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self._content = content
        self._heights: list[float] = []

    def getSpaceBefore(self) -> float:
        return float(self._content[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._content[-1].getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [f.wrap(availWidth, availHeight)[1] for f in self._content]
        between = sum(
            above.getSpaceAfter() + below.getSpaceBefore()
            for above, below in zip(self._content, self._content[1:], strict=False)
        )
        self.width = availWidth
        self.height = sum(self._heights) + between
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        *heads, body = self._content
        start = 0.0
        for flowable in heads:
            start += flowable.getSpaceBefore() + flowable.wrap(availWidth, availHeight)[1]
            start += flowable.getSpaceAfter()
        _, height = body.wrap(availWidth, availHeight)
        leading = getattr(getattr(body, "style", None), "leading", height)
        start += body.getSpaceBefore() + min(height, 2 * leading)
        if start <= availHeight or getattr(getattr(self, "_frame", None), "_atTop", True):
            return list(self._content)
        return []  # to the next page

    def draw(self) -> None:
        top = self.height
        for index, (flowable, height) in enumerate(zip(self._content, self._heights, strict=True)):
            if index:
                top -= flowable.getSpaceBefore()
            flowable.drawOn(self.canv, 0, top - height)
            top -= height + flowable.getSpaceAfter()


def _agreement_block(sheet: _Sheet, number: int, agreement: Agreement) -> list[Flowable]:
    """An agreement too tall for a table row (`ROW_PAGES_LIMIT`): its number, then each field
    under its column's label at the full width, over as many pages as it takes."""
    s, tr = sheet.styles, sheet.tr
    heads: list[Flowable] = [sheet.flow(f"{tr(COL_NUMBER)} {number}", s.block_number)]
    flow: list[Flowable] = []
    notes = _agreement_notes(sheet, agreement)
    fields = [
        (COL_ACTION, agreement.action),
        (COL_GOAL, agreement.goal),
        (COL_EVALUATION, agreement.evaluation),
        (COL_RESPONSIBLE, agreement.responsible),
        (COL_DEADLINE, format_date(agreement.deadline, sheet.locale, short=True)),
        (COL_FOLLOW_UP, format_date(agreement.follow_up, sheet.locale, short=True)),
    ]
    for label, value in fields:
        small = [
            sheet.flow(f"{lead} {text}", s.block_small)
            for lead, text in (notes if label is COL_ACTION else [])
        ]
        if not value.strip() and not small:
            continue
        heads.append(sheet.flow(tr(label), s.block_label))
        if value.strip():
            flow += [_KeepStart([*heads, sheet.flow(value, s.block_value)]), *small]
        else:
            flow += [_KeepStart([*heads, small[0]]), *small[1:]]
        heads = []
    return [*flow, *heads]  # (the number alone, were every field empty)


def _agreements_section(sheet: _Sheet, agreements: Sequence[Agreement]) -> list[Flowable]:
    """The agreements table under a header row repeated on every page. Rows taller than
    `ROW_PAGES_LIMIT` pages are printed as blocks between parts of the table; a part of more
    than `FEED_ROWS` rows goes to reportlab a page at a time (`_TableFeed`)."""
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [CondPageBreak(120), _p(tr(AGREEMENTS_HEADING), s.h2)]
    if not agreements:
        flow.append(_p(tr(NO_AGREEMENTS), s.muted_note))
        return flow
    columns = _agreement_columns(sheet)
    widths = [width for _, width in columns]
    header: list[Any] = [sheet.flow(tr(label), s.cell_head) for label, _ in columns]
    style = _table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID_LINE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )

    def make(data: list[list[Any]], heights: list[float | None] | None = None) -> Table:
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(style)
        return table

    padding = (3.5, 4.0, 4.0, 4.0)  # as in the style above: top, right, bottom, left
    header_height = _row_heights([header], widths, padding, sheet.check)[0]
    limit = ROW_PAGES_LIMIT * (sheet.height - header_height)
    items: list[tuple[list[Any], float] | list[Flowable]] = []  # (row, height) or a block
    for number, agreement in enumerate(agreements, start=1):
        if not number % 64:
            sheet.check()
        if not _surely_taller(sheet, agreement, widths, limit):
            row = _agreement_row(sheet, number, agreement)
            height = _row_heights([row], widths, padding, sheet.check)[0]
            if height <= limit:
                items.append((row, height))
                continue
        items.append(_agreement_block(sheet, number, agreement))
    part: list[list[Any]] = []
    part_heights: list[float] = []

    def end_part() -> None:
        if len(part) > FEED_ROWS:
            flow.append(
                _TableFeed(make, sum(widths), header, header_height, part[:], part_heights[:])
            )
        elif part:
            flow.append(make([header, *part]))
        part.clear()
        part_heights.clear()

    for item in items:
        if isinstance(item, tuple):
            part.append(item[0])
            part_heights.append(item[1])
        else:
            end_part()
            flow += item
    end_part()
    return flow


def _surely_taller(sheet: _Sheet, agreement: Agreement, widths: list[float], limit: float) -> bool:
    """Whether the agreement's row is surely taller than `limit`, found without laying it out:
    a field whose text, end to end, is longer than all the lines such a row could hold (a
    line holds at most a little more than its width, plus the space where it breaks). A row
    that is not surely taller is measured."""
    s = sheet.styles
    font = pdfmetrics.getFont(s.cell.fontName)
    space = font.stringWidth(" ", s.cell.fontSize)
    lines = (limit - 7.5) / s.cell.leading  # 7.5: the row's top and bottom padding
    fields = (
        agreement.action,
        agreement.goal,
        agreement.evaluation,
        agreement.responsible,
        format_date(agreement.deadline, sheet.locale, short=True),
        format_date(agreement.follow_up, sheet.locale, short=True),
    )
    for text, column in zip(fields, widths[1:], strict=True):
        if len(text) > TALL_TEXT:
            room = (column - 8) * 1.1 + space  # 8: the cell's left and right padding
            printed = printable(text)
            if len(printed) > TALL_SAMPLE:  # measure a part, with a margin for the rest
                sample = font.stringWidth(printed[:TALL_SAMPLE], s.cell.fontSize)
                if sample * len(printed) / TALL_SAMPLE > 1.5 * lines * room:
                    return True
            elif font.stringWidth(printed, s.cell.fontSize) > lines * room:
                return True
    return False


def _closing_section(sheet: _Sheet, answers: Sequence[str]) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [CondPageBreak(90), _p(tr(CLOSING_HEADING), s.h2)]
    for index, question in enumerate(content.CLOSING_QUESTIONS):
        answer = answers[index] if index < len(answers) else ""
        flow.append(_p(tr(question), s.h3))
        if answer.strip():
            flow.append(sheet.flow(answer, s.note))
        else:
            flow.append(_p(tr(NOT_ANSWERED), s.muted_note))
    return flow


def _notes_section(sheet: _Sheet, groups: Sequence[Group]) -> list[Flowable]:
    """Per dialogue question, what each group wrote (groups that wrote nothing are left out)."""
    s, tr = sheet.styles, sheet.tr
    if not groups:
        return []
    flow: list[Flowable] = [CondPageBreak(90), _p(tr(NOTES_HEADING), s.h2)]
    group_styles: dict[str, ParagraphStyle] = {}
    for q_index, question in enumerate(content.DIALOGUE_QUESTIONS):
        flow.append(_p(f"{q_index + 1}. {tr(question)}", s.h3))
        wrote = False
        for g_index, group in enumerate(groups):
            note = group.notes[q_index] if q_index < len(group.notes) else ""
            if not note.strip():
                continue
            sheet.check()
            wrote = True
            colour = group_colour(g_index)
            style = group_styles.get(colour)
            if style is None:  # the name in the group's colour (as <font color> would show it)
                style = group_styles[colour] = ParagraphStyle(
                    "note_group", s.note_group, textColor=colors.HexColor(colour)
                )
            flow.append(sheet.flow(_group_name(tr, group, g_index), style))
            flow.append(sheet.flow(note.strip("\n"), s.note))
        if not wrote:
            flow.append(_p(tr(NO_NOTES), s.muted_note))
    return flow


# -- blank sheets -------------------------------------------------------------------------------
class _WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on."""

    def __init__(self, width: float, lines: int, spacing: float = 22.0) -> None:
        super().__init__()
        self.line_width = width
        self.lines = lines
        self.spacing = spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.line_width, self.lines * self.spacing

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        for index in range(self.lines):
            y = (self.lines - index - 1) * self.spacing + 1
            canv.line(0, y, self.line_width, y)
        canv.restoreState()


def _tick_boxes() -> Drawing:
    """Boxes 1-5 to tick in the Score column."""
    box, step = 11.0, 27.0
    drawing = _drawing(step * (SCORE_MAX - SCORE_MIN + 1), 14)
    for offset, value in enumerate(range(SCORE_MIN, SCORE_MAX + 1)):
        x = offset * step
        drawing.add(
            String(
                x + 4.5,
                3.6,
                str(value),
                fontName=FONT,
                fontSize=8.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        drawing.add(Rect(x + 9, 1.5, box, box, fillColor=None, strokeColor=INK, strokeWidth=0.7))
    return drawing


def build_blank_sheets(
    translate: Translate,
    *,
    paper: Paper = "a4",
    copies: int = 1,
    locale: Locale = "da",
    cancelled: Cancelled | None = None,
) -> bytes:
    """NFA's paper pages as PDF bytes: page 1 introduces the model and the six factors; then
    "Dialogue exercise" (score table with boxes to tick and an empty chart to draw on) and
    "Dialogue questions" (with lines to write on), repeated `copies` times (one per group).
    `locale` only sets the document language. `cancelled` as for `build_agreements_sheet`."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    sheet = _Sheet(translate, paper, locale, cancelled)
    tr = translate
    story: list[Flowable] = _intro_page(sheet)
    for _ in range(copies):
        story.append(PageBreak())
        story += _exercise_page(sheet)
        story.append(PageBreak())
        story += _questions_page(sheet)
    return sheet.build(
        story,
        title=f"{tr(content.MODEL_NAME)} – {tr(content.EXERCISE_HEADING)}",
        author=APP_NAME,
        subject=tr(BLANK_SHEETS_TITLE),
    )


def _intro_page(sheet: _Sheet) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [
        _p(tr(content.MODEL_NAME), s.kicker),
        _p(tr(content.WHAT_IS_HEADING), s.title),
        Spacer(1, 6),
    ]
    flow += [_p(tr(text), s.body) for text in content.WHAT_IS]
    for paragraph in flow[3:]:
        paragraph.style = ParagraphStyle("intro", s.body, spaceAfter=5)
    flow.append(_p(tr(content.WHEN_HEADING), s.h2))
    flow.append(_p(tr(content.WHEN_INTRO), ParagraphStyle("when", s.body, spaceAfter=3)))
    flow += [Paragraph(para_text(tr(t)), s.bullet, bulletText="•") for t in content.WHEN_GROUPS]
    flow.append(_p(tr(content.WHEN_OUTRO), ParagraphStyle("outro", s.body, spaceBefore=4)))
    flow.append(_p(tr(content.SIX_FACTORS_HEADING), s.h2))
    for number, factor in enumerate(FACTORS, start=1):
        flow.append(
            KeepTogether(
                [_p(f"{number}. {tr(factor.label)}", s.factor_name), _p(tr(factor.help), s.body)]
            )
        )
    return flow


def _blank_header(sheet: _Sheet, heading: Text) -> list[Flowable]:
    """Kicker, page heading and fields for the group's name and the date."""
    s, tr = sheet.styles, sheet.tr
    fields = Table(
        [[_p(tr(BLANK_NAME_FIELD), s.label), "", _p(tr(BLANK_DATE_FIELD), s.label), ""]],
        colWidths=[
            sheet.width * 0.1,
            sheet.width * 0.5,
            sheet.width * 0.1,
            sheet.width * 0.3,
        ],
        hAlign="LEFT",
    )
    fields.setStyle(
        _table_style(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, GRID_LINE),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, GRID_LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [
        _p(tr(content.MODEL_NAME), s.kicker),
        _p(tr(heading), s.title),
        Spacer(1, 2),
        fields,
        Spacer(1, 10),
    ]


def _exercise_page(sheet: _Sheet) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow = _blank_header(sheet, content.EXERCISE_HEADING)
    flow += [
        _p(tr(text), ParagraphStyle("instr", s.body, spaceAfter=3))
        for text in content.EXERCISE_INSTRUCTIONS
    ]
    flow.append(Spacer(1, 8))
    boxes_width = 5 * 27.0 + 16
    data: list[list[Any]] = [
        [
            _p(tr(content.FACTORS_HEADING), s.cell_head),
            _p(f"{tr(content.SCORE_HEADING)} ({tr(SCALE_KEY)})", s.cell_head),
        ]
    ]
    data += [[_p(tr(factor.label), s.blank_cell), _tick_boxes()] for factor in FACTORS]
    table = Table(
        data,
        colWidths=[sheet.width - boxes_width, boxes_width],
        hAlign="LEFT",
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID_LINE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    labels = [tr(factor.label) for factor in FACTORS]
    used = sum(f.wrap(sheet.width, sheet.height)[1] for f in [*flow, table]) + 40
    chart_height = max(160.0, min(sheet.height - used, sheet.width * 0.85))
    chart = radar_drawing(sheet.width, chart_height, labels, font_size=9.5, for_drawing_on=True)
    return [*flow, table, Spacer(1, 14), chart]


def _questions_page(sheet: _Sheet) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow = _blank_header(sheet, content.QUESTIONS_HEADING)
    used = sum(f.wrap(sheet.width, sheet.height)[1] for f in flow)
    questions = [
        _p(f"{number}. {tr(question)}", s.question)
        for number, question in enumerate(content.DIALOGUE_QUESTIONS, start=1)
    ]
    question_height = sum(q.wrap(sheet.width, sheet.height)[1] for q in questions)
    spacing = 22.0
    gap = 10.0
    free = sheet.height - used - question_height - gap * len(questions) - 6
    lines = max(2, math.floor(free / (spacing * len(questions))))
    for question in questions:
        flow += [question, _WritingLines(sheet.width, lines, spacing), Spacer(1, gap)]
    return flow
