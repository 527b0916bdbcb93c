"""The two stalls of issue 8 (item 7), by behaviour, not by time: the agreements table
measures only the rows it shows (and still fits each of them to its text, scrolls to any row
whole, keeps its short columns as wide as their content), and autosave serialises on its
worker a snapshot that shares nothing mutable with the live session (and writes the same bytes
as before). `benchmarks/bench_stalls.py` has the figures."""

from __future__ import annotations

import dataclasses
import json
import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QLineEdit, QTableView

from amk_desktop.core.agenda import Agenda
from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.formats import amk
from amk_desktop.ui.services.autosave import snapshot_session
from amk_desktop.ui.widgets.agreements import (
    CONTENT_FIELDS,
    FIELDS,
    RESPONSIBLE_CHARS_MAX,
    TOOLTIP_LENGTH,
    AgreementsTable,
    AgreementsTableModel,
)

GOALS = (
    "Færre ændringer i sidste øjeblik",
    "Ingen nye kolleger føler sig alene i den første tid, og alle ved, hvem de kan spørge, når "
    "noget er uklart eller går stærkt",
    "Opgaverne fordeles synligt.\nIngen går hjem med dårlig samvittighed",
)
NOW = "2026-12-01T10:00:00Z"


def _agreements(count: int) -> list[Agreement]:
    return [
        Agreement(
            action=f"Handling {i + 1}: fast punkt om arbejdsmiljø på personalemødet",
            factors=[FACTOR_KEYS[i % 6]],
            goal=GOALS[i % len(GOALS)],
            responsible=("Lars Holm (teamleder)", "Ahmed Hassan og Birgitte Lund", "Alle")[i % 3],
            deadline=f"2027-{1 + i % 12:02d}-{1 + i % 28:02d}",
            status=("open", "in_progress", "done", "dropped")[i % 4],
        )
        for i in range(count)
    ]


def _session(count: int) -> Session:
    session = Session.new("Gruppe 1")
    session.agreements.extend(_agreements(count))
    return session


def _settle(qtbot) -> None:
    """Paint what is pending, then let the table measure its last rows (a 0 ms timer)."""
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _table(window) -> AgreementsTable:
    return window.findChild(AgreementsTable, "agreements_table")


def _on_efter(window, qtbot, session: Session) -> AgreementsTable:
    window.model.replace_session(session)
    window.show_step("after")
    table = _table(window)
    qtbot.waitExposed(table)
    _settle(qtbot)
    return table


def _rows_in_view(table: QTableView) -> list[int]:
    height = table.viewport().height()
    header = table.verticalHeader()
    first = header.logicalIndexAt(0)
    rows = []
    row = first
    while 0 <= row < table.model().rowCount() and header.sectionViewportPosition(row) < height:
        rows.append(row)
        row += 1
    return rows


def _fits(table: AgreementsTable, row: int) -> bool:
    """The row is as high as its text (or at the most lines a row shows)."""
    return table.rowHeight(row) == min(table.sizeHintForRow(row), table.max_row_height)


def _wholly_in_view(table: QTableView, row: int) -> bool:
    rect = table.visualRect(table.model().index(row, 0))
    return rect.top() >= 0 and rect.bottom() <= table.viewport().height()


# -- the agreements table ------------------------------------------------------------------------


@pytest.mark.gui
def test_showing_1000_agreements_measures_only_the_rows_in_view_and_the_last_ones(
    window, qtbot, monkeypatch
) -> None:
    asked: set[int] = set()
    original = AgreementsTableModel.data

    def spy(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(AgreementsTableModel, "data", spy)
    table = _on_efter(window, qtbot, _session(1000))
    in_view = _rows_in_view(table)
    assert in_view[0] == 0
    assert len(in_view) >= 3
    assert all(_fits(table, row) for row in in_view)
    # a wrapped goal makes its row taller than one line: the rows really fit their text
    assert (
        max(table.rowHeight(row) for row in in_view) > table.verticalHeader().defaultSectionSize()
    )
    assert 999 in asked  # the last rows (they set how far the table scrolls)
    assert len(asked) < 100  # not the 1,000 rows (nor the first 200) that Qt used to measure
    for header in (table.horizontalHeader(), table.verticalHeader()):
        modes = {header.sectionResizeMode(i) for i in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes


@pytest.mark.gui
def test_a_row_scrolled_to_is_measured_and_wholly_in_view(window, qtbot) -> None:
    table = _on_efter(window, qtbot, _session(1000))
    model = table.model()
    table.setFocus()
    table.setCurrentIndex(model.index(600, 2))  # scrolls to it
    _settle(qtbot)
    assert _fits(table, 600)
    assert _wholly_in_view(table, 600)
    assert all(_fits(table, row) for row in _rows_in_view(table))

    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert table.currentIndex().row() == 999
    assert _fits(table, 999)
    assert _wholly_in_view(table, 999)

    table.setCurrentIndex(model.index(600, 2))
    _settle(qtbot)
    for key in (Qt.Key.Key_PageDown,) * 3 + (Qt.Key.Key_PageUp,) * 4:
        before = _rows_in_view(table)
        qtbot.keyClick(table, key)
        _settle(qtbot)
        after = _rows_in_view(table)
        assert _wholly_in_view(table, table.currentIndex().row())
        assert all(_fits(table, row) for row in after)
        # a page further, by the rows' real heights: no row is skipped
        if key == Qt.Key.Key_PageDown:
            assert before[0] < after[0] <= before[-1] + 1
        else:
            assert before[0] - 1 <= after[-1] < before[-1]


@pytest.mark.gui
def test_a_very_long_cell_is_cut_in_the_table_and_whole_in_its_tool_tip_and_editor(
    window, qtbot
) -> None:
    lines = "\n".join(f"Linje {n}: vi følger op på aftalen" for n in range(1, 21))
    session = _session(3)
    session.agreements[1].goal = lines
    table = _on_efter(window, qtbot, session)
    index = table.model().index(1, FIELDS.index("goal"))
    assert table.rowHeight(1) == table.max_row_height < table.sizeHintForRow(1)  # 8 lines
    assert table.rowHeight(1) > 6 * table.fontMetrics().lineSpacing()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == lines  # (under TOOLTIP_LENGTH)
    assert len(lines) < TOOLTIP_LENGTH
    assert index.data(Qt.ItemDataRole.EditRole) == lines


@pytest.mark.gui
def test_an_edited_row_fits_its_new_text_and_undo_fits_it_back(window, qtbot) -> None:
    session = _session(1000)
    for agreement in session.agreements[:5]:
        agreement.goal = "Kort"
    table = _on_efter(window, qtbot, session)
    short = table.rowHeight(2)
    window.model.set_agreement_field(2, "goal", GOALS[1])
    _settle(qtbot)
    assert table.rowHeight(2) > short
    assert _fits(table, 2)
    window.undo_action.trigger()
    _settle(qtbot)
    assert table.rowHeight(2) == short


@pytest.mark.gui
def test_an_agreement_far_down_is_edited_by_keyboard(window, qtbot) -> None:
    table = _on_efter(window, qtbot, _session(1000))
    table.setFocus()
    table.setCurrentIndex(table.model().index(700, 0))
    _settle(qtbot)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == window.model.agreements[700].action  # the whole text
    editor.selectAll()
    qtbot.keyClicks(editor, "Ny handling")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.agreements[700].action == "Ny handling")
    _settle(qtbot)
    assert _wholly_in_view(table, 700)
    assert _fits(table, 700)


@pytest.mark.gui
def test_short_columns_are_as_wide_as_their_content_in_both_languages_and_sizes(
    window, qtbot
) -> None:
    session = _session(12)
    session.agreements[5].follow_up = "2027-12-28"
    table = _on_efter(window, qtbot, session)
    header = table.horizontalHeader()

    def content_fits() -> bool:
        # (a responsible longer than RESPONSIBLE_CHARS_MAX wraps at its spaces)
        names = table.fontMetrics().averageCharWidth() * RESPONSIBLE_CHARS_MAX
        return all(
            header.sectionSize(column)
            >= min(
                table.sizeHintForColumn(column),
                names if FIELDS[column] == "responsible" else 10**6,
            )
            and header.sectionSize(column) >= header.sectionSizeHint(column)
            for column in (FIELDS.index(field) for field in CONTENT_FIELDS)
        )

    assert content_fits()
    assert table.model().index(2, FIELDS.index("status")).data() == "Gennemført"
    window.set_language("en")
    _settle(qtbot)
    assert table.model().index(1, FIELDS.index("status")).data() == "In progress"
    assert content_fits()
    default_row = table.verticalHeader().defaultSectionSize()
    window.set_projector_mode(True)  # large text for the back of the room
    _settle(qtbot)
    try:
        assert table.verticalHeader().defaultSectionSize() > default_row
        assert content_fits()
        assert all(_fits(table, row) for row in _rows_in_view(table))
    finally:
        window.set_projector_mode(False)


@pytest.mark.gui
def test_a_very_long_name_wraps_in_a_bounded_column(window, qtbot) -> None:
    session = _session(3)
    session.agreements[0].responsible = "Arbejdsmiljørepræsentanten og tillidsrepræsentanten " * 3
    table = _on_efter(window, qtbot, session)
    column = FIELDS.index("responsible")
    metrics = table.fontMetrics()
    bound = metrics.averageCharWidth() * RESPONSIBLE_CHARS_MAX
    word = metrics.horizontalAdvance("Arbejdsmiljørepræsentanten")  # a word is never cut
    assert max(bound, word) <= table.columnWidth(column) < table.sizeHintForColumn(column)
    assert table.columnWidth(column) <= max(bound, word) + 3 * metrics.averageCharWidth()
    assert table.rowHeight(0) > table.rowHeight(2)  # the name wraps; its row fits it
    assert _fits(table, 0)
    window.model.set_agreement_field(0, "responsible", "Mette")
    _settle(qtbot)
    assert table.columnWidth(column) <= bound < word  # the column follows the names


# -- autosave ------------------------------------------------------------------------------------

_IMMUTABLE = (str, int, float, bool, type(None), Agenda)  # (the agenda: a frozen value)


def _walk_apart(live: object, copy: object, where: str = "session") -> None:
    """Every list, dict and dataclass of `copy` is another object than `live`'s; the texts are
    the same objects (a snapshot shares them instead of copying them)."""
    assert type(live) is type(copy), where
    if isinstance(live, _IMMUTABLE):
        assert live == copy, where
        if isinstance(live, str) and live:
            assert live is copy, f"{where}: a text was copied"
        return
    assert live is not copy, f"{where} is shared with the live session"
    if isinstance(live, list):
        assert isinstance(copy, list)
        assert len(live) == len(copy), where
        for i, (a, b) in enumerate(zip(live, copy, strict=True)):
            _walk_apart(a, b, f"{where}[{i}]")
    elif isinstance(live, dict):
        assert isinstance(copy, dict)
        assert live.keys() == copy.keys(), where
        for key in live:
            _walk_apart(live[key], copy[key], f"{where}[{key!r}]")
    else:
        assert dataclasses.is_dataclass(live), where
        for field in dataclasses.fields(live):
            name = field.name
            _walk_apart(getattr(live, name), getattr(copy, name), f"{where}.{name}")


def _meeting() -> Session:
    group = Group("Køkkenet")
    group.set_score("trust", 4)
    group.set_note(0, "Vi taler åbent om fejl")
    return Session(
        details=MeetingDetails("Dialogmøde", "Solbjerg Kommune", date="2026-11-18"),
        groups=[group, Group("Natholdet")],
        closing_answers=["Ja", "Tid og ressourcer", "", ""],
        agreements=_agreements(5),
        created="2026-11-18T09:00:00Z",
        modified="2026-11-18T11:00:00Z",
    )


def test_a_snapshot_shares_no_mutable_state_with_the_session() -> None:
    session = _meeting()
    snapshot = snapshot_session(session, NOW)
    _walk_apart(session, snapshot)
    assert snapshot == session

    # edits to the live session, of every kind the model makes, never reach the snapshot
    before = amk.to_bytes(snapshot, compact=True)
    session.agreements[0].factors.append("resources")
    session.agreements[1].goal = "Ændret"
    session.agreements[2] = dataclasses.replace(session.agreements[2], action="Erstattet")
    session.agreements.insert(0, Agreement(action="Ny"))
    del session.agreements[-1]
    session.groups[0].scores["trust"] = 1
    session.groups[0].notes[0] = "Ændret note"
    session.groups.append(Group("Ny gruppe"))
    session.closing_answers[2] = "Svar"
    session.details.title = "Ny titel"
    assert amk.to_bytes(snapshot, compact=True) == before


def test_a_snapshot_is_written_as_the_session_would_be_at_that_time(monkeypatch) -> None:
    monkeypatch.setattr(amk, "utc_timestamp", lambda: NOW)
    saved = _meeting()
    never_saved = _meeting()
    never_saved.created = never_saved.modified = ""  # a save fills them in with "now"
    for session in (saved, never_saved):
        expected = amk.to_bytes(session, name="x.amk", compact=True)
        assert amk.to_bytes(snapshot_session(session, NOW), name="x.amk", compact=True) == expected
    assert never_saved.created == ""  # the live session is not touched
    assert json.loads(amk.to_bytes(snapshot_session(never_saved, NOW)))["created"] == NOW


@pytest.mark.gui
def test_autosave_writes_the_session_as_it_was_while_edits_go_on(window, qtbot, monkeypatch):
    """The worker serialises the snapshot while the facilitator goes on editing: the file holds
    the session at the moment of the snapshot, byte for byte what `amk.to_bytes` gave then."""
    model = window.model
    model.replace_session(_meeting())
    monkeypatch.setattr(amk, "utc_timestamp", lambda: NOW)
    saver = window.document.autosaver
    expected = amk.to_bytes(model.session, name=str(saver.path), compact=True)

    serialising, go_on = threading.Event(), threading.Event()
    to_bytes = amk.to_bytes
    given: list[Session] = []

    def held_to_bytes(session, **kwargs):  # on the worker
        given.append(session)
        serialising.set()
        assert go_on.wait(10)
        return to_bytes(session, **kwargs)

    monkeypatch.setattr(amk, "to_bytes", held_to_bytes)
    try:
        saver.save_now()  # returns at once: the worker serialises
        assert serialising.wait(10)
        assert given[0] is not model.session
        # every kind of edit while the worker holds the snapshot
        model.set_agreement_field(0, "factors", ["trust", "knowledge"])
        model.set_agreement_field(1, "goal", "Ændret mål")
        model.move_agreement(0, 3)
        model.remove_agreement(4)
        model.add_agreement(0)
        model.set_score("trust", 2, 0)
        model.set_note(0, "Ny note", 0)
        model.add_group("Gruppe 3")
        model.set_detail("title", "Ny titel")
        model.set_closing_answer(3, "Nyt svar")
    finally:
        go_on.set()
    saver.wait()
    assert saver.path.read_bytes() == expected
    meta = json.loads(saver.path.with_suffix(".json").read_text("utf-8"))
    assert meta["saved_at"] == NOW

    saver.save_now()  # the next autosave has the edits
    saver.wait()
    assert saver.path.read_bytes() == to_bytes(model.session, name=str(saver.path), compact=True)
    recovered = amk.load_session(saver.path)
    assert recovered.details.title == "Ny titel"
    assert len(recovered.groups) == 3


@pytest.mark.gui
def test_a_session_the_format_refuses_is_reported_from_the_worker_and_not_written(
    window, qtbot, monkeypatch
) -> None:
    def refuse(session, *, name="session", compact=False):
        raise amk.SessionFileError(name, "cannot save: the session is too large", "too_large")

    monkeypatch.setattr(amk, "to_bytes", refuse)
    saver = window.document.autosaver
    with qtbot.waitSignal(saver.failed, timeout=5000) as blocker:
        saver.save_now()
    saver.wait()
    assert blocker.args[0].code == "too_large"
    assert not saver.path.exists()


def test_an_index_that_is_not_valid_has_no_data(qapp) -> None:
    # (the model answers roles it does not show at once, before it looks at the index)
    from amk_desktop.ui.session_model import SessionModel

    model = AgreementsTableModel(SessionModel(_session(1)))
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert (
        model.data(model.index(0, 0)) == "Handling 1: fast punkt om arbejdsmiljø på personalemødet"
    )
