"""The annual work-environment discussion record (issue 12): from the year's meetings, oldest
first, what was agreed and how it went, each factor's mean through the year, the goals for the
coming year (the latest meeting's agreements), the points the Danish rules say the discussion
covers with room to write, and signatures, ready to show Arbejdstilsynet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from amk_desktop.core import figures
from amk_desktop.core.annual import Meeting
from amk_desktop.core.baseline import MAX_CHAIN, meeting_name
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.text import fill
from amk_desktop.export.agreements_sheet import (
    _REVIEWED_COMMANDS,
    _cell,
    _number,
    _signed,
    _with_date_column,
    format_date,
    reviewed_agreements,
)
from amk_desktop.export.document import APP_NAME, Cancelled, Locale, Paper, Translate, _Sheet
from amk_desktop.export.labels import (
    COL_ACTION,
    COL_CHANGE,
    COL_DEADLINE,
    COL_FACTOR,
    COL_GOAL,
    COL_RESPONSIBLE,
    DATE,
    NO_AGREEMENTS,
    RECORD_AGREED,
    RECORD_CHAIN_FULL,
    RECORD_GOALS,
    RECORD_GOALS_NOTE,
    RECORD_GROUPS,
    RECORD_HELD_ON,
    RECORD_MEETING,
    RECORD_MEETINGS,
    RECORD_NO_DATE,
    RECORD_ONE_MEETING,
    RECORD_POINT_COMPETENCE,
    RECORD_POINT_GOALS_MET,
    RECORD_POINT_NEW_GOALS,
    RECORD_POINT_ORGANISE,
    RECORD_POINT_PLAN,
    RECORD_POINTS,
    RECORD_POINTS_NOTE,
    RECORD_SCORES,
    RECORD_SCORES_NOTE,
    RECORD_SIGN_EMPLOYEES,
    RECORD_SIGN_EMPLOYER,
    RECORD_SIGN_LINE,
    RECORD_SIGNATURES,
    RECORD_SUBTITLE,
    RECORD_TITLE,
    RECORD_TOOK_PART,
    WORKPLACE,
)
from amk_desktop.export.tables import Table, _table_style, long_table
from amk_desktop.export.text_layout import Paragraph, _p, para_text
from amk_desktop.export.theme import GRID_LINE

WRITING_LINES = 4  # lines to write on under each point of the discussion
MEETINGS_A_TABLE = 6  # meetings side by side in the table of scores (more: a table each)


def build_annual_record(
    meetings: Sequence[Meeting],
    translate: Translate,
    *,
    sources: str,
    made: str,
    paper: Paper = "a4",
    locale: Locale = "da",
    cancelled: Cancelled | None = None,
    chain_full: bool = False,
) -> bytes:
    """The record as PDF bytes: `meetings` oldest first (`core.annual.year_meetings`),
    `sources` names the files, `made` is the date it is made (already in the reader's form);
    `chain_full` (`core.annual.chain_is_full`): older meetings may be missing, and it says so."""
    if not meetings:
        raise ValueError("the record needs at least one meeting")
    sheet = _Sheet(translate, paper, locale, cancelled)
    s, tr = sheet.styles, sheet.tr
    latest = meetings[-1]
    workplace = " · ".join(
        part
        for part in (latest.details.workplace.strip(), latest.details.department.strip())
        if part
    )
    period = " – ".join(
        dict.fromkeys(_when(sheet, m) for m in (meetings[0], meetings[-1]))  # one date once
    )
    sheet.running_header = " · ".join(part for part in (tr(RECORD_TITLE), workplace) if part)
    story: list[Flowable] = [
        _p(tr(RECORD_TITLE), s.title),
        Paragraph(para_text(fill(tr(RECORD_SUBTITLE), period, made, sources)), s.subtitle),
    ]
    if workplace:
        story += [Spacer(1, 4), Paragraph(para_text(f"{tr(WORKPLACE)}: {workplace}"), s.body)]
    story += [Spacer(1, 8), *_meetings_table(sheet, meetings, chain_full)]
    story += _scores_tables(sheet, meetings)
    story += _agreed_section(sheet, meetings)
    story += _goals_section(sheet, latest)
    story += _points_and_signatures(sheet)
    title = tr(RECORD_TITLE)
    return sheet.build(story, title=title, author=workplace or APP_NAME, subject=title)


def _when(sheet: _Sheet, meeting: Meeting) -> str:
    day = meeting.details.date or meeting.created[:10]
    return format_date(day, sheet.locale) if day else sheet.tr(RECORD_NO_DATE)


def _name(meeting: Meeting) -> str:
    return meeting_name(meeting.details, meeting.source)


def _style() -> Any:
    return _table_style(_REVIEWED_COMMANDS)


def _meetings_table(sheet: _Sheet, meetings: Sequence[Meeting], chain_full: bool) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    rows: list[list[Any]] = [
        [
            _p(tr(DATE), s.cell_head),
            _p(tr(RECORD_MEETING), s.cell_head),
            _p(tr(RECORD_GROUPS), s.cell_head_centre),
        ]
    ]
    for meeting in meetings:
        rows.append(
            [
                _p(_when(sheet, meeting), s.cell),
                sheet.flow(_name(meeting), s.cell),
                _p(str(len(meeting.groups)), s.cell_centre),
            ]
        )
    table = Table(rows, colWidths=[110.0, sheet.width - 170.0, 60.0], repeatRows=1, hAlign="LEFT")
    table.setStyle(_style())
    flow: list[Flowable] = [_p(tr(RECORD_MEETINGS), s.h2), table]
    if chain_full:  # older meetings may have fallen off the files' chains
        note = fill(tr(RECORD_CHAIN_FULL), MAX_CHAIN)
        flow += [Paragraph(para_text(note), s.small), Spacer(1, 4)]
    return [*flow, Spacer(1, 10)]


def _scores_tables(sheet: _Sheet, meetings: Sequence[Meeting]) -> list[Flowable]:
    """Each factor's mean at each meeting (at most `MEETINGS_A_TABLE` to a table) and the
    change from the first meeting to the last."""
    s, tr = sheet.styles, sheet.tr
    means = [meeting.means for meeting in meetings]
    flow: list[Flowable] = [
        CondPageBreak(160),
        _p(tr(RECORD_SCORES), s.h2),
        _p(tr(RECORD_SCORES_NOTE), s.small),
        Spacer(1, 4),
    ]
    for first in range(0, len(meetings), MEETINGS_A_TABLE):
        part = range(first, min(first + MEETINGS_A_TABLE, len(meetings)))
        last_table = part.stop == len(meetings) and len(meetings) > 1  # (the change column)
        header: list[Any] = [_p(tr(COL_FACTOR), s.cell_head)]
        header += [_p(_when(sheet, meetings[i]), s.cell_head_centre) for i in part]
        if last_table:
            header.append(_p(tr(COL_CHANGE), s.cell_head_centre))
        rows: list[list[Any]] = [header]
        for f, factor in enumerate(FACTORS):
            row: list[Any] = [_p(tr(factor.label), s.cell)]
            for i in part:
                value = means[i][f]
                row.append(
                    _p("–", s.cell_muted)
                    if value is None
                    else _p(_number(value, sheet.locale), s.cell_centre)
                )
            if last_table:
                start, end = means[0][f], means[-1][f]
                change = figures.change(start, end)
                row.append(_p(_signed(change, sheet.locale), s.cell_centre))
            rows.append(row)
        columns = len(header) - 1
        figure = min(70.0, (sheet.width - 150.0) / max(columns, 1))
        table = Table(
            rows, colWidths=[sheet.width - figure * columns, *[figure] * columns], hAlign="LEFT"
        )
        table.setStyle(_style())
        flow += [KeepTogether([table]), Spacer(1, 8)]
    return flow


def _agreed_section(sheet: _Sheet, meetings: Sequence[Meeting]) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [CondPageBreak(160), _p(tr(RECORD_AGREED), s.h2)]
    if len(meetings) == 1:  # its agreements are the goals, not yet followed up
        return [*flow, _p(tr(RECORD_ONE_MEETING), s.muted_note)]
    for meeting in meetings[:-1]:  # the latest meeting's agreements are the goals
        flow.append(Paragraph(para_text(f"{_when(sheet, meeting)}: {_name(meeting)}"), s.h3))
        if not meeting.agreements:
            flow.append(_p(tr(NO_AGREEMENTS), s.muted_note))
            continue
        flow += [reviewed_agreements(sheet, meeting.agreements), Spacer(1, 8)]
    return flow


def _goals_section(sheet: _Sheet, latest: Meeting) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    flow: list[Flowable] = [
        CondPageBreak(160),
        _p(tr(RECORD_GOALS), s.h2),
        Paragraph(para_text(fill(tr(RECORD_GOALS_NOTE), _when(sheet, latest))), s.small),
        Spacer(1, 4),
    ]
    if not latest.agreements:
        return [*flow, _p(tr(NO_AGREEMENTS), s.muted_note)]
    rows: list[list[Any]] = [
        [
            _p(tr(COL_ACTION), s.cell_head),
            _p(tr(COL_GOAL), s.cell_head),
            _p(tr(COL_RESPONSIBLE), s.cell_head),
            _p(tr(COL_DEADLINE), s.cell_head),
        ]
    ]
    for agreement in latest.agreements:
        rows.append(
            [
                _cell(sheet, agreement.action),
                _cell(sheet, agreement.goal),
                _cell(sheet, agreement.responsible),
                _cell(sheet, format_date(agreement.deadline, sheet.locale, short=True)),
            ]
        )
    widths = _with_date_column(sheet, (0.34, 0.34, 0.18, 0.14), 3)
    header, *body = rows
    return [*flow, long_table(header, body, widths, _REVIEWED_COMMANDS, sheet.check), Spacer(1, 10)]


def _points_and_signatures(sheet: _Sheet) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    # when and with whom the discussion was held: to fill in by hand
    held = Table(
        [[_p(tr(RECORD_HELD_ON), s.label), ""], [_p(tr(RECORD_TOOK_PART), s.label), ""]],
        colWidths=[150.0, sheet.width - 150.0],
        rowHeights=22,
        hAlign="LEFT",
    )
    held.setStyle(
        _table_style(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    flow: list[Flowable] = [
        CondPageBreak(220),
        _p(tr(RECORD_POINTS), s.h2),
        _p(tr(RECORD_POINTS_NOTE), s.small),
        Spacer(1, 4),
        held,
        Spacer(1, 8),
    ]
    points = (
        RECORD_POINT_PLAN,
        RECORD_POINT_ORGANISE,
        RECORD_POINT_GOALS_MET,
        RECORD_POINT_NEW_GOALS,
        RECORD_POINT_COMPETENCE,
    )
    blocks = []
    for number, point in enumerate(points, start=1):
        lines = Table([[""] for _ in range(WRITING_LINES)], colWidths=[sheet.width], rowHeights=18)
        lines.setStyle(_table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID_LINE)]))
        blocks.append([_p(f"{number}. {tr(point)}", s.h3), lines, Spacer(1, 8)])
    flow += [KeepTogether(block) for block in blocks[:-1]]
    # the signatures never stand alone on the last page: the last point goes with them
    flow.append(KeepTogether([*blocks[-1], *_signatures(sheet)]))
    return flow


def _signatures(sheet: _Sheet) -> list[Flowable]:
    s, tr = sheet.styles, sheet.tr
    half = sheet.width / 2 - 10
    rows = [
        [_p(tr(RECORD_SIGN_EMPLOYER), s.label), "", _p(tr(RECORD_SIGN_EMPLOYEES), s.label)],
        ["", "", ""],
        [_p(tr(RECORD_SIGN_LINE), s.small), "", _p(tr(RECORD_SIGN_LINE), s.small)],
    ]
    table = Table(rows, colWidths=[half, 20.0, half], rowHeights=[None, 40, None])
    table.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.8, GRID_LINE),
                ("LINEBELOW", (2, 1), (2, 1), 0.8, GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [Spacer(1, 10), _p(tr(RECORD_SIGNATURES), s.h2), table]
