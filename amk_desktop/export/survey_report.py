"""The survey report (issue 13): work-environment competence per department on 0-100, as the
talk's department figure shows it: every department shown in one chart, sorted, each with its
number of respondents; the table by name; the rule; the source file and the date; NFA's eight
items. Departments left out to protect small groups are named, never scored."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.platypus import Flowable, KeepTogether, Spacer

from amk_desktop.core.figures import written
from amk_desktop.core.survey import ITEMS, SurveyResult, by_score
from amk_desktop.core.text import fill
from amk_desktop.export.chart import _drawing
from amk_desktop.export.document import APP_NAME, Cancelled, Locale, Paper, Translate, _Sheet
from amk_desktop.export.labels import (
    QUESTIONNAIRE_ANONYMOUS,
    QUESTIONNAIRE_ANSWERS,
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
    SURVEY_NOT_SHOWN_SECONDARY,
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
from amk_desktop.formats.importers.survey_table import ROLES

BAR_ROW = 15.0  # points a department takes in the chart
ROWS_A_CHART = 40  # departments in one chart drawing (a longer list goes on over pages)
LABEL_SHARE = 0.42  # of the width: the departments' names


def _chart(sheet: _Sheet, result: SurveyResult) -> list[Flowable]:
    """Horizontal bars, highest first, in drawings of `ROWS_A_CHART` departments."""
    tr = sheet.tr
    shown = [d for d in by_score(result) if d.score is not None]
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
                    written(score, sheet.locale),
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
        if department.secondary:
            score = _p(tr(SURVEY_NOT_SHOWN_SECONDARY), s.cell_muted)
        elif department.score is None:
            score = _p(tr(SURVEY_NOT_SHOWN), s.cell_muted)
        else:
            score = _p(written(department.score, sheet.locale), s.cell_centre)
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
    return ("\ufeff" + ";".join(ROLES) + "\r\n").encode("utf-8")


def survey_template_xlsx(translate: Translate) -> bytes:
    """The blank answers file as an Excel workbook: the first sheet has the columns the import
    reads (department, q1-q8), the second NFA's eight statements beside their columns, in the
    language of `translate`. Written directly as Office Open XML (no workbook library at run
    time): inline strings, nothing else."""
    import zipfile  # noqa: PLC0415
    from xml.sax.saxutils import escape  # noqa: PLC0415

    def sheet(rows: list[list[str]], widths: list[int], frozen: bool) -> str:
        columns = "".join(
            f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
            for n, w in enumerate(widths, start=1)
        )
        body = "".join(
            f'<row r="{r}">'
            + "".join(
                f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
                for c, text in enumerate(cells)
            )
            + "</row>"
            for r, cells in enumerate(rows, start=1)
        )
        pane = (
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            if frozen
            else ""
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
            f"<cols>{columns}</cols><sheetData>{body}</sheetData></worksheet>"
        )

    def sheet_name(text: str) -> str:
        """A valid sheet name: none of : \\ / ? * [ ], at most 31 characters, escaped."""
        cleaned = "".join(" " if c in ":\\/?*[]" else c for c in text).strip() or "Sheet"
        return escape(cleaned[:31], {'"': "&quot;"})

    roles = list(ROLES)
    items = [
        [role, f"{n}. {translate(item)}"]
        for n, (role, item) in enumerate(zip(roles[1:], ITEMS, strict=True), start=1)
    ]
    names = [
        sheet_name(translate(QUESTIONNAIRE_ANSWERS)),
        sheet_name(translate(SURVEY_ITEMS_HEADING)),
    ]
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    parts = {
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{package}'
            '/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for n in (1, 2)
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
            f'{package}/relationships"><Relationship Id="rId1" Type="{relations}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{main}" '
            f'xmlns:r="{relations}"><sheets>'
            + "".join(
                f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
                for n, name in enumerate(names, start=1)
            )
            + "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
            f'{package}/relationships">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="{relations}/worksheet" '
                f'Target="worksheets/sheet{n}.xml"/>'
                for n in (1, 2)
            )
            + "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet([roles], [24] + [6] * len(ITEMS), frozen=True),
        "xl/worksheets/sheet2.xml": sheet(items, [8, 110], frozen=False),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))  # the same bytes every time
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()
