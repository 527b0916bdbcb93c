"""The survey report (issue 13): work-environment competence per department on 0-100, as the
talk's department figure shows it: every department shown in one chart, sorted, each with its
number of respondents; the table by name; the rule; the source file and the date; NFA's eight
items. Departments left out to protect small groups are named, never scored."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.platypus import Flowable, KeepTogether, Spacer

from amk_desktop.core.survey import ITEMS, SurveyResult
from amk_desktop.core.text import fill
from amk_desktop.export.chart import _drawing
from amk_desktop.export.document import APP_NAME, Cancelled, Locale, Paper, Translate, _Sheet
from amk_desktop.export.labels import (
    QUESTIONNAIRE_ANONYMOUS,
    QUESTIONNAIRE_DEPARTMENT,
    QUESTIONNAIRE_HIGH,
    QUESTIONNAIRE_INTRO,
    QUESTIONNAIRE_LOW,
    QUESTIONNAIRE_STATEMENT,
    QUESTIONNAIRE_TITLE,
    SURVEY_DEPARTMENT,
    SURVEY_ITEMS_HEADING,
    SURVEY_LEFT_OUT,
    SURVEY_N,
    SURVEY_NOT_SHOWN,
    SURVEY_NOTHING,
    SURVEY_RESPONDENTS,
    SURVEY_RULE,
    SURVEY_SCORE,
    SURVEY_SOURCE,
    SURVEY_TITLE,
)
from amk_desktop.export.reportlab_setup import FONT
from amk_desktop.export.tables import Table, _table_style
from amk_desktop.export.text_layout import Paragraph, _p, para_text, printable
from amk_desktop.export.theme import ACCENT, GRID_LINE, HEADER_BG, INK, MUTED

BAR_ROW = 15.0  # points a department takes in the chart
ROWS_A_CHART = 40  # departments in one chart drawing (a longer list goes on over pages)
LABEL_SHARE = 0.42  # of the width: the departments' names


def _number(value: float, locale: Locale) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if locale == "da" else text


def _chart(sheet: _Sheet, result: SurveyResult) -> list[Flowable]:
    """Horizontal bars, highest first, in drawings of `ROWS_A_CHART` departments."""
    tr = sheet.tr
    shown = sorted(result.shown, key=lambda d: (-(d.score or 0.0), d.name.casefold()))
    label_width = sheet.width * LABEL_SHARE
    bar_space = sheet.width - label_width - 34
    flow: list[Flowable] = []
    for first in range(0, len(shown), ROWS_A_CHART):
        part = shown[first : first + ROWS_A_CHART]
        height = BAR_ROW * len(part) + 16
        drawing: Drawing = _drawing(sheet.width, height)
        for tick in (0, 25, 50, 75, 100):  # the scale, under the bars
            x = label_width + bar_space * tick / 100
            drawing.add(Line(x, 12, x, height, strokeColor=GRID_LINE, strokeWidth=0.4))
            drawing.add(
                String(
                    x, 2, str(tick), fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle"
                )
            )
        for row, department in enumerate(part):
            y = height - (row + 1) * BAR_ROW
            label = fill(tr(SURVEY_RESPONDENTS), department.name, department.respondents)
            drawing.add(
                String(
                    label_width - 4,
                    y + 4,
                    _fit(printable(label), label_width - 6),
                    fontName=FONT,
                    fontSize=8,
                    fillColor=INK,
                    textAnchor="end",
                )
            )
            score = department.score or 0.0
            drawing.add(
                Rect(
                    label_width,
                    y + 2,
                    bar_space * score / 100,
                    BAR_ROW - 5,
                    fillColor=ACCENT,
                    strokeColor=None,
                )
            )
            drawing.add(
                String(
                    label_width + bar_space * score / 100 + 3,
                    y + 4,
                    _number(score, sheet.locale),
                    fontName=FONT,
                    fontSize=8,
                    fillColor=INK,
                )
            )
        flow += [drawing, Spacer(1, 6)]
    return flow


def _fit(text: str, width: float) -> str:
    """`text` cut with "…" to `width` points in the chart's font."""
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415

    if pdfmetrics.stringWidth(text, FONT, 8) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, 8) > width:
        text = text[:-1]
    return text + "…"


def _table(sheet: _Sheet, result: SurveyResult) -> Flowable:
    s, tr = sheet.styles, sheet.tr
    data: list[list[object]] = [
        [
            _p(tr(SURVEY_DEPARTMENT), s.cell_head),
            _p(tr(SURVEY_N), s.cell_head_centre),
            _p(tr(SURVEY_SCORE), s.cell_head_centre),
        ]
    ]
    for department in result.departments:
        score = (
            _p(tr(SURVEY_NOT_SHOWN), s.cell_muted)
            if department.score is None
            else _p(_number(department.score, sheet.locale), s.cell_centre)
        )
        data.append(
            [
                sheet.flow(department.name, s.cell),
                _p(str(department.respondents), s.cell_centre),
                score,
            ]
        )
    table = Table(
        data, colWidths=[sheet.width * 0.6, sheet.width * 0.2, sheet.width * 0.2], repeatRows=1
    )
    table.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def build_survey_report(
    result: SurveyResult,
    translate: Translate,
    *,
    source: str,
    answers: int,
    made: str,
    paper: Paper = "a4",
    locale: Locale = "da",
    cancelled: Cancelled | None = None,
) -> bytes:
    """The report as PDF bytes. `source` names the file the answers came from, `answers`
    counts its answers, `made` is the date the report is made (already in the reader's form)."""
    sheet = _Sheet(translate, paper, locale, cancelled)
    s, tr = sheet.styles, sheet.tr
    scored = sum(d.respondents for d in result.departments)
    flow: list[Flowable] = [
        _p(tr(SURVEY_TITLE), s.title),
        _p(fill(tr(SURVEY_SOURCE), source, answers, scored, made), s.subtitle),
        Spacer(1, 6),
        _p(fill(tr(SURVEY_RULE), result.min_respondents), s.body),
        Spacer(1, 8),
    ]
    if result.shown:
        flow += _chart(sheet, result)
    else:
        flow.append(_p(tr(SURVEY_NOTHING), s.body))
    left_out = [d.name for d in result.departments if d.left_out]
    if left_out:
        names = ", ".join(left_out)
        flow += [Paragraph(para_text(fill(tr(SURVEY_LEFT_OUT), names)), s.small), Spacer(1, 8)]
    flow += [_table(sheet, result), Spacer(1, 10)]
    items = [_p(tr(SURVEY_ITEMS_HEADING), s.h2)]
    items += [_p(f"{number}. {tr(item)}", s.body) for number, item in enumerate(ITEMS, start=1)]
    flow.append(KeepTogether(items))
    return sheet.build(flow, title=tr(SURVEY_TITLE), author=APP_NAME, subject=tr(SURVEY_TITLE))


def build_survey_questionnaire(
    translate: Translate,
    *,
    paper: Paper = "a4",
    locale: Locale = "da",
    cancelled: Cancelled | None = None,
) -> bytes:
    """NFA's eight statements on one page with boxes 1-5 to tick and a field for the
    department; the answers go into the template's columns q1-q8 (`survey_template_csv`)."""
    from amk_desktop.export.blank_sheets import _tick_boxes  # noqa: PLC0415

    sheet = _Sheet(translate, paper, locale, cancelled)
    s, tr = sheet.styles, sheet.tr
    department = Table(
        [[_p(tr(QUESTIONNAIRE_DEPARTMENT), s.label), ""]],
        colWidths=[sheet.width * 0.18, sheet.width * 0.5],
        hAlign="LEFT",
    )
    department.setStyle(
        _table_style(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, GRID_LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    scale = f"1 = {tr(QUESTIONNAIRE_LOW)} … 5 = {tr(QUESTIONNAIRE_HIGH)}"
    data: list[list[object]] = [
        [_p(tr(QUESTIONNAIRE_STATEMENT), s.cell_head), _p(scale, s.cell_head_centre)]
    ]
    data += [
        [_p(f"{number}. {tr(item)}", s.blank_cell), _tick_boxes()]
        for number, item in enumerate(ITEMS, start=1)
    ]
    table = Table(data, colWidths=[sheet.width - 150, 150], repeatRows=1)
    table.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
            ]
        )
    )
    flow: list[Flowable] = [
        _p(tr(QUESTIONNAIRE_TITLE), s.title),
        Spacer(1, 4),
        _p(tr(QUESTIONNAIRE_INTRO), s.body),
        department,
        Spacer(1, 12),
        table,
        Spacer(1, 10),
        _p(tr(QUESTIONNAIRE_ANONYMOUS), s.small),
    ]
    title = tr(QUESTIONNAIRE_TITLE)
    return sheet.build(flow, title=title, author=APP_NAME, subject=title)


def survey_template_csv() -> bytes:
    """The blank answers file: the columns the import reads, as Danish Excel opens them
    (`;`, UTF-8 with a byte order mark so that æøå come through)."""
    columns = ["department", *(f"q{number}" for number in range(1, len(ITEMS) + 1))]
    return ("\ufeff" + ";".join(columns) + "\r\n").encode("utf-8")
