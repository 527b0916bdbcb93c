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
  emptied).
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
  rows move whole to the next page under a repeated header row.
* Only the bundled DejaVu Sans (regular and bold) is used and embedded; the canvas is created
  with it as initial font so no base-14 Helvetica is referenced.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as _Table

from amk_desktop.core import content, radar
from amk_desktop.core.factors import FACTORS, FACTORS_BY_KEY, SCORE_MAX, SCORE_MIN
from amk_desktop.core.palette import group_colour
from amk_desktop.core.session import Agreement, Group, Session
from amk_desktop.core.text import QT_TRANSLATE_NOOP, Text

Translate = Callable[[Text], str]
Paper = Literal["a4", "letter"]
Locale = Literal["da", "en"]

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
APP_NAME = "AMK Desktop"

FONT_DIR = Path(__file__).resolve().parent.parent / "data" / "fonts"
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
@cache
def _register_fonts() -> None:
    regular = TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf"))
    bold = TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf"))
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


def _prepare() -> None:
    """Fonts registered; nothing may be fetched from a URL or a file while rendering; streams
    compressed without the ASCII85 layer (smaller and faster; every PDF reader supports it).
    These are process-wide reportlab settings: this module is the app's only reportlab user."""
    _register_fonts()
    rl_config.trustedHosts = []
    rl_config.trustedSchemes = []
    rl_config.useA85 = 0


# -- text -----------------------------------------------------------------------------------------
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me"})
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


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


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` (printable) cut with "…" to fit on one line of `width`."""
    text = " ".join(printable(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
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
def _numbered_canvas(page_label: str, right_x: float) -> type:
    """A canvas that, when saved, writes "Page x of y" on every page (two passes over the pages:
    the total is known only at the end)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(right_x, FOOTER_Y, printable(_fill(page_label, number, total)))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class _Sheet:
    """Page geometry, styles and the finished document for one export."""

    def __init__(self, translate: Translate, paper: str, locale: str) -> None:
        if paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
        if locale not in PDF_LANG:
            raise ValueError(f"locale must be one of {sorted(PDF_LANG)}, not {locale!r}")
        _prepare()
        self.tr = translate
        self.locale: Locale = "da" if locale == "da" else "en"
        self.page_size = PAPER_SIZES[paper]
        self.width = self.page_size[0] - 2 * MARGIN_X
        self.height = self.page_size[1] - MARGIN_TOP - MARGIN_BOTTOM
        self.styles = _Styles()
        self.running_header = ""

    def build(self, story: list[Flowable], *, title: str, author: str, subject: str) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=printable(title),
            author=printable(author),
            subject=printable(subject),
            creator=APP_NAME,
            lang=PDF_LANG[self.locale],
            initialFontName=FONT,
            initialFontSize=9.5,
            displayDocTitle=1,
        )
        frame = Frame(
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
        canvas_class = _numbered_canvas(self.tr(PAGE_OF), self.page_size[0] - MARGIN_X)
        doc.build(story, canvasmaker=canvas_class)
        return buffer.getvalue()

    def _decorate(self, canv: Any, doc: Any) -> None:
        """Footer (credit; the page number is added by the canvas) and, from page 2, a running
        header naming the meeting."""
        canv.saveState()
        credit = _p(self.tr(content.CREDIT), self.styles.footer)
        credit_width = self.width - 62
        _, h = credit.wrap(credit_width, 40)
        credit.drawOn(canv, MARGIN_X, FOOTER_Y + 8.8 - h)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, FOOTER_Y + 12, MARGIN_X + self.width, FOOTER_Y + 12)
        if doc.page > 1 and self.running_header:
            top = self.page_size[1] - MARGIN_TOP + 9
            style = self.styles.footer
            header = _ellipsize(self.running_header, style.fontName, style.fontSize, self.width)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(MARGIN_X, top + 2, header)
            canv.line(MARGIN_X, top - 3, MARGIN_X + self.width, top - 3)
        canv.restoreState()


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
    session: Session, translate: Translate, *, paper: Paper = "a4", locale: Locale = "da"
) -> bytes:
    """The meeting's agreements sheet as PDF bytes."""
    sheet = _Sheet(translate, paper, locale)
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
    """Kicker, title and the meeting's details (only those filled in)."""
    s, tr = sheet.styles, sheet.tr
    details = session.details
    flow: list[Flowable] = [
        _p(f"{tr(content.MODEL_NAME)} · {tr(SHEET_KIND)}", s.kicker),
        _p(title, s.title),
    ]
    rows = [
        (tr(WORKPLACE), details.workplace),
        (tr(DEPARTMENT), details.department),
        (tr(DATE), format_date(details.date, sheet.locale)),
        (tr(FACILITATOR), details.facilitator),
        (tr(PARTICIPANTS), details.participants),
    ]
    rows = [(label, value) for label, value in rows if value.strip()]
    if rows:
        flow += [Spacer(1, 8), _details_table(sheet, rows)]
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


def _details_table(sheet: _Sheet, rows: list[tuple[str, str]]) -> Table:
    s = sheet.styles
    label_width = max(
        pdfmetrics.stringWidth(printable(label), FONT, s.label.fontSize) for label, _ in rows
    )
    label_width = min(label_width + 12, sheet.width * 0.3)
    data = [[_p(label, s.label), _p(value, s.value)] for label, value in rows]
    table = Table(data, colWidths=[label_width, sheet.width - label_width], hAlign="LEFT")
    table.setStyle(_borderless_style(bottom_padding=1.5))
    return table


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


def _agreements_section(sheet: _Sheet, agreements: Sequence[Agreement]) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [CondPageBreak(120), _p(tr(AGREEMENTS_HEADING), s.h2)]
    if not agreements:
        flow.append(_p(tr(NO_AGREEMENTS), s.muted_note))
        return flow
    columns = _agreement_columns(sheet)
    data: list[list[Any]] = [[_p(tr(label), s.cell_head) for label, _ in columns]]
    for number, agreement in enumerate(agreements, start=1):
        action = para_text(agreement.action)
        if agreement.factors:
            names = ", ".join(
                tr(FACTORS_BY_KEY[key].label) if key in FACTORS_BY_KEY else key
                for key in agreement.factors
            )
            lead = f"{para_text(tr(FACTORS_LEAD))} {para_text(names)}"
            action += f'<br/><font size="7" color="{MUTED_HEX}">{lead}</font>'
        if agreement.status in STATUS_TEXTS:
            status = f"{para_text(tr(STATUS_LEAD))} {para_text(tr(STATUS_TEXTS[agreement.status]))}"
            action += f'<br/><font size="7" color="{MUTED_HEX}">{status}</font>'
        data.append(
            [
                _p(f"{number}", s.cell),
                Paragraph(action, s.cell),
                _p(agreement.goal, s.cell),
                _p(agreement.evaluation, s.cell),
                _p(agreement.responsible, s.cell),
                _p(format_date(agreement.deadline, sheet.locale, short=True), s.cell),
                _p(format_date(agreement.follow_up, sheet.locale, short=True), s.cell),
            ]
        )
    table = Table(
        data,
        colWidths=[width for _, width in columns],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        _table_style(
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
    )
    flow.append(table)
    return flow


def _closing_section(sheet: _Sheet, answers: Sequence[str]) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [CondPageBreak(90), _p(tr(CLOSING_HEADING), s.h2)]
    for index, question in enumerate(content.CLOSING_QUESTIONS):
        answer = answers[index] if index < len(answers) else ""
        flow.append(_p(tr(question), s.h3))
        if answer.strip():
            flow.append(_p(answer, s.note))
        else:
            flow.append(_p(tr(NOT_ANSWERED), s.muted_note))
    return flow


def _notes_section(sheet: _Sheet, groups: Sequence[Group]) -> list[Flowable]:
    """Per dialogue question, what each group wrote (groups that wrote nothing are left out)."""
    s, tr = sheet.styles, sheet.tr
    if not groups:
        return []
    flow: list[Flowable] = [CondPageBreak(90), _p(tr(NOTES_HEADING), s.h2)]
    for q_index, question in enumerate(content.DIALOGUE_QUESTIONS):
        flow.append(_p(f"{q_index + 1}. {tr(question)}", s.h3))
        wrote = False
        for g_index, group in enumerate(groups):
            note = group.notes[q_index] if q_index < len(group.notes) else ""
            if not note.strip():
                continue
            wrote = True
            colour = group_colour(g_index)
            name = para_text(_group_name(tr, group, g_index))
            flow.append(Paragraph(f'<font color="{colour}">{name}</font>', s.note_group))
            flow.append(_p(note.strip("\n"), s.note))
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
    translate: Translate, *, paper: Paper = "a4", copies: int = 1, locale: Locale = "da"
) -> bytes:
    """NFA's paper pages as PDF bytes: page 1 introduces the model and the six factors; then
    "Dialogue exercise" (score table with boxes to tick and an empty chart to draw on) and
    "Dialogue questions" (with lines to write on), repeated `copies` times (one per group).
    `locale` only sets the document language."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    sheet = _Sheet(translate, paper, locale)
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
