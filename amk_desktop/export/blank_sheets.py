"""NFA's paper pages for groups working on paper: the introduction and the six factors, then
"Dialogue exercise" (scores to tick, an empty chart to draw on) and "Dialogue questions" (lines
to write on), repeated once per group."""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from amk_desktop.core import content
from amk_desktop.core.factors import FACTORS, SCORE_MAX, SCORE_MIN
from amk_desktop.core.text import Text
from amk_desktop.export.chart import _drawing, radar_drawing
from amk_desktop.export.document import APP_NAME, Cancelled, Locale, Paper, Translate, _Sheet
from amk_desktop.export.labels import (
    BLANK_DATE_FIELD,
    BLANK_NAME_FIELD,
    BLANK_SHEETS_TITLE,
    EMPTY_BACK,
    SCALE_KEY,
)
from amk_desktop.export.reportlab_setup import FONT
from amk_desktop.export.tables import Table, _table_style
from amk_desktop.export.text_layout import Paragraph, _p, para_text
from amk_desktop.export.theme import GRID_LINE, HEADER_BG, INK, RULE


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
                fontSize=9,
                fillColor=INK,  # black: legible after a photocopier
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
    # Each group gets four pages, the first on a front page when printed on both sides: the
    # exercise, the questions over two pages (room to write), and an empty back. The intro
    # page has an empty back too.
    story: list[Flowable] = [*_intro_page(sheet), PageBreak(), *_empty_back(sheet)]
    for _ in range(copies):
        story.append(PageBreak())
        story += _exercise_page(sheet)
        for questions in (QUESTIONS_FIRST_PAGE, QUESTIONS_SECOND_PAGE):
            story.append(PageBreak())
            story += _questions_page(sheet, questions)
        story += [PageBreak(), *_empty_back(sheet)]
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


QUESTIONS_FIRST_PAGE = range(1, 4)  # the dialogue questions on the first questions page
QUESTIONS_SECOND_PAGE = range(4, len(content.DIALOGUE_QUESTIONS) + 1)


def _empty_back(sheet: _Sheet) -> list[Flowable]:
    """The back of a page left empty on purpose, saying so (a blank page looks like a fault)."""
    return [Spacer(1, sheet.height * 0.45), _p(sheet.tr(EMPTY_BACK), sheet.styles.muted_note)]


def _questions_page(sheet: _Sheet, numbers: range) -> list[Flowable]:
    """The dialogue questions `numbers` (1-based) with lines to write on, filling the page."""
    s, tr = sheet.styles, sheet.tr
    flow = _blank_header(sheet, content.QUESTIONS_HEADING)
    used = sum(f.wrap(sheet.width, sheet.height)[1] for f in flow)
    questions = [
        _p(f"{number}. {tr(content.DIALOGUE_QUESTIONS[number - 1])}", s.question)
        for number in numbers
    ]
    question_height = sum(q.wrap(sheet.width, sheet.height)[1] for q in questions)
    spacing = 22.0
    gap = 10.0
    free = sheet.height - used - question_height - gap * len(questions) - 6
    lines = max(2, math.floor(free / (spacing * len(questions))))
    for question in questions:
        flow += [question, _WritingLines(sheet.width, lines, spacing), Spacer(1, gap)]
    return flow
