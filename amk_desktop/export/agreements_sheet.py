"""The meeting's agreements sheet: details, the groups' spider chart and scores, the
agreements, the closing answers and the groups' notes. The order puts what a workplace hangs
on the wall first (chart, scores, agreements); the notes, which can be long, come last.

Nothing is cut off, however long a text:

* A huge title is printed as body text (`TITLE_LIMIT`).
* An agreement's row taller than a page (`ROW_PAGES_LIMIT`: a field far longer than its
  column) is printed as a block of labelled fields at the full width instead
  (`_agreement_block`); so is a meeting detail too tall for its row.
* An agreements table of more than `FEED_ROWS` rows goes to reportlab a page at a time
  (`tables._TableFeed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle

from amk_desktop.core import content
from amk_desktop.core.baseline import Baseline, compare_means, meeting_name
from amk_desktop.core.dates import written_date
from amk_desktop.core.factors import FACTORS, FACTORS_BY_KEY
from amk_desktop.core.figures import signed, written
from amk_desktop.core.palette import group_colour, group_dash
from amk_desktop.core.session import Agreement, Group, Session
from amk_desktop.core.summary import summarize
from amk_desktop.core.text import Text, fill
from amk_desktop.core.vocabulary import STATUS_LABELS, SUMMARY_FIGURES, summary_remark
from amk_desktop.export.chart import _swatch, radar_drawing
from amk_desktop.export.document import (
    APP_NAME,
    Cancelled,
    Locale,
    Paper,
    Translate,
    _KeepStart,
    _Sheet,
)
from amk_desktop.export.labels import (
    AGREEMENTS_HEADING,
    CHART_CAPTION,
    CLOSING_HEADING,
    COL_ACTION,
    COL_CHANGE,
    COL_DEADLINE,
    COL_EARLIER_MEAN,
    COL_EVALUATION,
    COL_FACTOR,
    COL_FOLLOW_UP,
    COL_GOAL,
    COL_MEAN_NOW,
    COL_NUMBER,
    COL_OUTCOME,
    COL_RESPONSIBLE,
    COL_STATUS,
    COMPARISON_FROM,
    COMPARISON_HEADING,
    DATE,
    DEFAULT_TITLE,
    DEPARTMENT,
    EARLIER_AGREEMENTS_HEADING,
    FACILITATOR,
    FACTORS_LEAD,
    GROUP_N,
    JOINT_SUMMARY_CAPTION,
    JOINT_SUMMARY_HEADING,
    NO_AGREEMENTS,
    NO_GROUPS,
    NO_NOTES,
    NOT_ANSWERED,
    NOT_RATED_KEY,
    NOTES_HEADING,
    PARTICIPANTS,
    RATED_COUNT,
    SCORES_HEADING,
    SHEET_KIND,
    STATUS_LEAD,
    STATUS_TEXTS,
    WORKPLACE,
)
from amk_desktop.export.reportlab_setup import FONT, FONT_BOLD
from amk_desktop.export.tables import (
    DEFAULT_PADDING,
    FEED_ROWS,
    Table,
    _row_heights,
    _table_style,
    _TableFeed,
    long_table,
)
from amk_desktop.export.text_layout import Paragraph, _p, para_text, printable, widest_word
from amk_desktop.export.theme import (
    ACCENT_HEX,
    DISAGREE_BG,
    GRID_LINE,
    HEADER_BG,
    LOWEST_BG,
    MUTED_HEX,
    RULE,
    WHITE,
    ZEBRA,
    _colour,
)

NAME_LIMIT = 60  # characters of a group name in the legend and the table headings
ACTION_LONG_TEXT = 3000  # characters: a longer action has its small print in a paragraph below
TALL_TEXT = 1000  # characters: a shorter field cannot make a table row taller than the limit
TALL_SAMPLE = 2000  # characters of a longer field measured to tell that its row is too tall
TITLE_LIMIT = 300  # characters: a longer meeting title is printed as body text
ROW_PAGES_LIMIT = 1  # pages: a row taller than this is printed as a block of fields instead
LONG_WORD = 24  # characters: a column of the agreements is widened for a word up to this long
FACTOR_COLUMN_LEAST = 104.0  # points: the factors' column of the scores table (two lines each)
# characters of a field looked through for its longest word (a longer field makes a tall row,
# often a block at the full width; reading all of 2,000 long fields took half a second)
WORD_SAMPLE = 1000

# -- dates and group names as printed -------------------------------------------------------------
format_date = written_date  # (the sheets' name for it)


def _group_name(translate: Translate, group: Group, index: int, *, limit: int | None = None) -> str:
    """The group's name ("Group 2" when it has none); `limit` shortens it with "…" for the
    legend and table headings (the notes section prints it in full)."""
    name = " ".join(group.name.split()) or fill(translate(GROUP_N), index + 1)
    if limit is not None and len(name) > limit:
        name = name[: limit - 1].rstrip() + "…"
    return name


# -- the sheet; its details -----------------------------------------------------------------------
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
    if len(session.groups) > 1:
        story += _joint_summary_section(sheet, session)
    if session.baseline is not None:
        story += _comparison_section(sheet, session, session.baseline)
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


# -- the chart and the scores ---------------------------------------------------------------------
def _scores_section(sheet: _Sheet, session: Session) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [_p(tr(SCORES_HEADING), s.h2)]
    groups = session.groups
    labels = [tr(factor.label) for factor in FACTORS]
    series = [(g.ordered_scores(), group_colour(i)) for i, g in enumerate(groups)]
    chart_height = min(sheet.height * 0.4, sheet.width * 0.6)
    dashes = [group_dash(i) for i in range(len(groups))]
    chart = radar_drawing(sheet.width, chart_height, labels, series, dashes=dashes)
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
            count = fill(tr(RATED_COUNT), group.rated_count, len(FACTORS))
            name += f' <font color="{MUTED_HEX}">({para_text(count)})</font>'
        swatch = _swatch(group_colour(index), group.is_complete, group_dash(index))
        cells += [swatch, Paragraph(name, s.cell)]
    while len(cells) % (2 * per_row):
        cells += ["", ""]
    data = [cells[i : i + 2 * per_row] for i in range(0, len(cells), 2 * per_row)]
    table = Table(data, colWidths=[24, entry_width - 24] * per_row, hAlign="LEFT")
    table.setStyle(_borderless_style(bottom_padding=2))
    return table


# the tables with a factor on each row (the groups' scores, the joint summary)
_FACTOR_TABLE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID_LINE),
    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
)


def _scores_tables(sheet: _Sheet, groups: Sequence[Group]) -> list[Flowable]:
    """Factors x groups; wide sessions are split into several tables of a few groups each."""
    s, tr = sheet.styles, sheet.tr
    factor_width, min_group_width, max_group_width = 150.0, 48.0, 92.0
    # A group's column is as wide as the longest word of its name (up to `max_group_width`;
    # a longer word is hyphenated): the factors' column gives up room for it, down to
    # FACTOR_COLUMN_LEAST, and fewer groups go in one table ("Administrationen" was hyphenated
    # while the factors' column had room to spare).
    names = [_group_name(tr, g, i, limit=NAME_LIMIT) for i, g in enumerate(groups)]
    needed = widest_word(names, s.cell_head_centre, LONG_WORD, WORD_SAMPLE) + 8.0
    per_table = max(
        1,
        min(
            int((sheet.width - factor_width) // min_group_width),
            int(
                (sheet.width - FACTOR_COLUMN_LEAST)
                // max(min_group_width, min(needed, max_group_width))
            ),
        ),
    )
    shown = min(len(groups), per_table)
    group_width = min(max_group_width, max((sheet.width - factor_width) / shown, needed))
    factor_width = max(FACTOR_COLUMN_LEAST, min(factor_width, sheet.width - group_width * shown))
    group_width = min(group_width, (sheet.width - factor_width) / shown)
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
            *_FACTOR_TABLE_STYLE,
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
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


# -- the joint summary across the groups (more than one group) -----------------------------------
_number = written  # one decimal in the sheet's language: 3,7 in Danish, 3.7 in English


def _joint_summary_section(sheet: _Sheet, session: Session) -> list[Flowable]:
    """The summary chart (the mean, and the lowest-highest band on each axis) and the table
    of mean, lowest, highest and spread per factor with the remarks in words, as the window's
    summary table shows them (core/summary.py, core/vocabulary.py)."""
    s, tr = sheet.styles, sheet.tr
    summary = summarize(session.groups)
    labels = [tr(factor.label) for factor in FACTORS]
    means = [factor.mean for factor in summary.factors]
    bands = [
        None if f.lowest is None or f.highest is None else (float(f.lowest), float(f.highest))
        for f in summary.factors
    ]
    chart_height = min(sheet.height * 0.34, sheet.width * 0.5)
    chart = radar_drawing(sheet.width, chart_height, labels, [(means, ACCENT_HEX)], bands=bands)
    header: list[Any] = [_p(tr(content.FACTORS_HEADING), s.cell_head)]
    header += [_p(tr(text), s.cell_head_centre) for text in SUMMARY_FIGURES[:4]]
    header.append(_p(tr(SUMMARY_FIGURES[4]), s.cell_head))
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = list(_FACTOR_TABLE_STYLE)
    for row, (factor, figures) in enumerate(zip(FACTORS, summary.factors, strict=True), start=1):
        if figures.key in summary.lowest_rated:
            commands.append(("BACKGROUND", (0, row), (-1, row), LOWEST_BG))
        elif summary.disagree_most(figures):
            commands.append(("BACKGROUND", (0, row), (-1, row), DISAGREE_BG))
        values = [
            None if figures.mean is None else _number(figures.mean, sheet.locale),
            figures.lowest,
            figures.highest,
            figures.spread,
        ]
        data.append(
            [
                _p(tr(factor.label), s.cell),
                *(
                    _p("–", s.cell_muted) if value is None else _p(str(value), s.cell_centre)
                    for value in values
                ),
                _p(summary_remark(summary, figures, tr), s.cell),
            ]
        )
    head = s.cell_head
    widths = [  # each figure's column as wide as its heading (never a word cut in two)
        max(44.0, pdfmetrics.stringWidth(tr(text), head.fontName, head.fontSize) + 10)
        for text in SUMMARY_FIGURES[:4]
    ]
    table = Table(
        data,
        colWidths=[150.0, *widths, sheet.width - 150.0 - sum(widths)],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(_table_style(commands))
    return [
        CondPageBreak(chart_height + 60),
        _p(tr(JOINT_SUMMARY_HEADING), s.h2),
        chart,
        Spacer(1, 4),
        _p(tr(JOINT_SUMMARY_CAPTION), s.small),
        Spacer(1, 8),
        KeepTogether([table, Spacer(1, 6), _p(tr(NOT_RATED_KEY), s.small)]),
    ]


def _signed(value: float | None, locale: Locale) -> str:
    """A change with its sign and one decimal (+0,5, −1,0, 0,0); "–" when there is none."""
    if value is None:
        return "–"
    return signed(value, _number(abs(value), locale))


def _comparison_section(sheet: _Sheet, session: Session, baseline: Baseline) -> list[Flowable]:
    """A follow-up meeting (issue 12): each factor's mean then and now with the change, and
    the earlier meeting's agreements with their status and how they went."""
    s, tr = sheet.styles, sheet.tr
    earlier = baseline.details
    name = meeting_name(earlier, baseline.file)
    when = format_date(earlier.date, sheet.locale) if earlier.date else ""
    meeting = f"{name}, {when}" if when else name
    data: list[list[Any]] = [
        [
            _p(tr(COL_FACTOR), s.cell_head),
            _p(tr(COL_EARLIER_MEAN), s.cell_head_centre),
            _p(tr(COL_MEAN_NOW), s.cell_head_centre),
            _p(tr(COL_CHANGE), s.cell_head_centre),
        ]
    ]
    for factor, change in zip(FACTORS, compare_means(session.groups, baseline.groups), strict=True):
        figures = [
            "–" if change.earlier is None else _number(change.earlier, sheet.locale),
            "–" if change.now is None else _number(change.now, sheet.locale),
            _signed(change.change, sheet.locale),
        ]
        data.append(
            [
                _p(tr(factor.label), s.cell),
                *(_p(value, s.cell_muted if value == "–" else s.cell_centre) for value in figures),
            ]
        )
    table = Table(data, colWidths=[sheet.width - 3 * 90.0, 90.0, 90.0, 90.0], hAlign="LEFT")
    table.setStyle(_table_style(list(_FACTOR_TABLE_STYLE)))
    flow: list[Flowable] = [
        CondPageBreak(200),
        _p(tr(COMPARISON_HEADING), s.h2),
        Paragraph(para_text(fill(tr(COMPARISON_FROM), meeting, baseline.file)), s.small),
        Spacer(1, 6),
        KeepTogether([table]),
        Spacer(1, 10),
    ]
    if baseline.agreements:
        flow += [
            _p(tr(EARLIER_AGREEMENTS_HEADING), s.h3),
            reviewed_agreements(sheet, baseline.agreements),
            Spacer(1, 10),
        ]
    return flow


_REVIEWED_COMMANDS: tuple[tuple[Any, ...], ...] = (
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID_LINE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)


def reviewed_agreements(sheet: _Sheet, agreements: Sequence[Agreement]) -> Flowable:
    """An earlier meeting's agreements as reviewed since: what, to what end, who, by when,
    where it stands and how it went (the comparison section here, the annual record)."""
    s, tr = sheet.styles, sheet.tr
    statuses = {key: tr(label) for key, label in STATUS_LABELS.items()}
    header = [
        _p(tr(label), s.cell_head)
        for label in (COL_ACTION, COL_GOAL, COL_RESPONSIBLE, COL_DEADLINE, COL_STATUS, COL_OUTCOME)
    ]
    rows = [
        [
            _cell(sheet, agreement.action),
            _cell(sheet, agreement.goal),
            _cell(sheet, agreement.responsible),
            _cell(sheet, format_date(agreement.deadline, sheet.locale, short=True)),
            _cell(sheet, statuses.get(agreement.status, statuses["open"])),
            _cell(sheet, agreement.outcome),
        ]
        for agreement in agreements
    ]
    return long_table(
        header,
        rows,
        _with_date_column(sheet, (0.22, 0.18, 0.14, 0.11, 0.13, 0.22), 3),
        _REVIEWED_COMMANDS,
        sheet.check,
    )


def _with_date_column(sheet: _Sheet, shares: Sequence[float], date: int) -> list[float]:
    """Column widths from their `shares` of the page's width, column `date` at least as wide as
    a date on one line (with the cell's padding); the other columns give up the difference in
    proportion."""
    widths = [sheet.width * share for share in shares]
    needed = _date_width(sheet) + DEFAULT_PADDING[1] + DEFAULT_PADDING[3]
    extra = needed - widths[date]
    if extra > 0:
        rest = sum(widths) - widths[date]
        widths = [
            needed if index == date else width - extra * width / rest
            for index, width in enumerate(widths)
        ]
    return widths


def _date_width(sheet: _Sheet) -> float:
    """The width of the widest short date in a cell ("15 Dec 2026" was cut after "Dec" when
    "Sep" decided)."""
    return max(
        float(
            pdfmetrics.stringWidth(
                format_date(f"2026-{month:02d}-28", sheet.locale, short=True),
                FONT,
                sheet.styles.cell.fontSize,
            )
        )
        for month in range(1, 13)
    )


def _cell(sheet: _Sheet, text: str) -> Any:
    """A table cell of plain text; an empty one is an empty string (a year of 200-agreement
    meetings has thousands, and a `Paragraph` costs a fifth of a millisecond)."""
    return sheet.flow(text, sheet.styles.cell) if text.strip() else ""


# -- the agreements: a table, with blocks for rows taller than a page -----------------------------
def _agreement_columns(
    sheet: _Sheet, agreements: Sequence[Agreement] = ()
) -> list[tuple[Text, float]]:
    """Column labels and widths. Every column is at least as wide as the longest word of its
    (translated) heading, the number column fits the highest number, the date columns fit a
    date on one line, and each column is widened for the longest word of its `agreements`'
    fields (up to `LONG_WORD` characters: a longer word is hyphenated). Where the page cannot
    widen them all, the columns that would take the most go without, one by one (their long
    words are hyphenated). The four text columns share the rest (action widest)."""
    s, tr = sheet.styles, sheet.tr
    padding = 8.0

    def widest_heading_word(text: str, font: str, size: float) -> float:
        return max(
            (pdfmetrics.stringWidth(word, font, size) for word in printable(text).split()),
            default=0.0,
        )

    def heading(label: Text) -> float:
        return widest_heading_word(tr(label), FONT_BOLD, s.cell_head.fontSize) + padding

    date_width = _date_width(sheet)
    number_width = pdfmetrics.stringWidth(f"{len(agreements)}", FONT, s.cell.fontSize)
    least = {
        COL_NUMBER: max(20.0, heading(COL_NUMBER), number_width + padding),
        COL_ACTION: heading(COL_ACTION),
        COL_GOAL: heading(COL_GOAL),
        COL_EVALUATION: heading(COL_EVALUATION),
        COL_RESPONSIBLE: heading(COL_RESPONSIBLE),
        COL_DEADLINE: max(date_width + padding, heading(COL_DEADLINE)),
        COL_FOLLOW_UP: max(date_width + padding, heading(COL_FOLLOW_UP)),
    }
    fields = {
        COL_ACTION: [agreement.action for agreement in agreements],
        COL_GOAL: [agreement.goal for agreement in agreements],
        COL_EVALUATION: [agreement.evaluation for agreement in agreements],
        COL_RESPONSIBLE: [agreement.responsible for agreement in agreements],
        COL_DEADLINE: [format_date(a.deadline, sheet.locale, short=True) for a in agreements],
        COL_FOLLOW_UP: [format_date(a.follow_up, sheet.locale, short=True) for a in agreements],
    }
    need = dict(least)
    for label, texts in fields.items():
        sheet.check()
        word = widest_word(texts, s.cell, LONG_WORD, WORD_SAMPLE)
        need[label] = max(least[label], word + padding)
    for label in sorted(need, key=lambda label: need[label] - least[label], reverse=True):
        if sum(need.values()) <= sheet.width:
            break
        need[label] = least[label]  # (its long words are hyphenated)
    fixed = {label: need[label] for label in (COL_NUMBER, COL_DEADLINE, COL_FOLLOW_UP)}
    rest = sheet.width - sum(fixed.values())
    share = {COL_ACTION: 0.30, COL_GOAL: 0.22, COL_EVALUATION: 0.26, COL_RESPONSIBLE: 0.22}
    widths = {label: max(rest * part, need[label]) for label, part in share.items()}
    excess = sum(widths.values()) - rest  # taken from the columns above their minimum
    if excess > 0:
        slack = {label: widths[label] - need[label] for label in share}
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
    columns = _agreement_columns(sheet, agreements)
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


# -- closing answers and the groups' notes --------------------------------------------------------
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
