"""Efter and the outputs: closing answers, the agreements table by keyboard, meeting details,
export to PDF without freezing, printing through Qt's print system."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.ui.widgets.date_field import DateField

pytestmark = pytest.mark.gui

TYPED = 'Aftale <b>fed</b> & "citat" æøå'  # QTest types Latin-1 only
MARKUP = TYPED + " – 🙂"


@pytest.fixture
def after(window):
    window.show_step("after")
    return window


def table(window) -> QTableView:
    return window.findChild(QTableView, "agreements_table")


def test_closing_answers_are_typed_and_undoable(after, qtbot) -> None:
    answers = [after.findChild(QPlainTextEdit, f"closing_answer_{n}") for n in range(1, 5)]
    assert all(answers)
    qtbot.keyClicks(answers[2], "Tovholderen følger op i januar")
    assert after.model.session.closing_answers[2] == "Tovholderen følger op i januar"
    after.undo_action.trigger()
    assert after.model.session.closing_answers[2] == ""
    assert answers[2].toPlainText() == ""


def test_agreements_are_added_edited_moved_and_removed_by_keyboard(after, qtbot) -> None:
    view = table(after)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(after.model.agreements) == 1
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)  # Ctrl+Return opened the first cell for typing
    qtbot.keyClicks(editor, TYPED)
    editor.insert(MARKUP[len(TYPED) :])
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: after.model.agreements[0].action == MARKUP)
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState)

    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.focusWidget(), "Anden aftale")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [a.action for a in after.model.agreements] == [MARKUP, "Anden aftale"])
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState)

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Up, shift_ctrl)
    assert [a.action for a in after.model.agreements] == ["Anden aftale", MARKUP]
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [a.action for a in after.model.agreements] == [MARKUP]
    after.undo_action.trigger()
    assert [a.action for a in after.model.agreements] == ["Anden aftale", MARKUP]


def test_agreement_cells_use_proper_editors(after, qtbot) -> None:
    after.model.add_agreement()
    view = table(after)
    model = view.model()
    # deadline: a date picker that stores ISO dates and shows the Danish format
    view.setCurrentIndex(model.index(0, 4))
    view.edit(model.index(0, 4))
    editor = view.findChild(DateField)
    editor.setDate(QDate(2027, 3, 1))
    view.commitData(editor)
    assert after.model.agreements[0].deadline == "2027-03-01"
    assert model.index(0, 4).data() == "01.03.2027"
    # factors: a check list of the six factors, stored as keys
    view.setCurrentIndex(model.index(0, 1))
    assert model.setData(model.index(0, 1), ["trust", "resources"])
    assert after.model.agreements[0].factors == ["trust", "resources"]
    assert model.index(0, 1).data() == "Åbenhed, tillid og psykologisk tryghed, Tid og ressourcer"
    assert model.setData(model.index(0, 7), "done")
    assert model.index(0, 7).data() == "Gennemført"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Evalueringskriterium"


def test_meeting_details_are_kept(window, qtbot) -> None:
    window.show_step("before")
    title = window.findChild(QLineEdit, "meeting_title")
    qtbot.keyClicks(title, "Personalemøde <Nord>")
    window.findChild(DateField, "meeting_date").setDate(QDate(2026, 11, 24))
    qtbot.keyClicks(window.findChild(QPlainTextEdit, "meeting_participants"), "Mette, Lars")
    details = window.model.session.details
    assert (details.title, details.date, details.participants) == (
        "Personalemøde <Nord>",
        "2026-11-24",
        "Mette, Lars",
    )


def _session_with_content(window) -> None:
    model = window.model
    model.set_detail("title", "Møde & aftaler")
    for key, value in zip(FACTOR_KEYS, [4, 3, 2, 5, 1, 3], strict=True):
        model.set_score(key, value)
    model.set_note(0, "Vi siger tingene højt <også>")
    model.set_closing_answer(0, "Ja – med fokus på tid")
    row = model.add_agreement()
    model.set_agreement_field(row, "action", MARKUP)
    model.set_agreement_field(row, "responsible", "Mette Kjær")


def test_export_writes_the_sheet_on_a_worker_and_keeps_text_exact(
    window, dialogs, tmp_path, qtbot
) -> None:
    from pypdf import PdfReader

    _session_with_content(window)
    dialogs.save_path = str(tmp_path / "aftaler")
    with qtbot.waitSignal(window.output.exported, timeout=20_000) as blocker:
        window.export_action.trigger()
    assert blocker.args == [str(tmp_path / "aftaler.pdf")]
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "aftaler.pdf").pages)
    flat = " ".join(text.split())
    assert "Møde & aftaler" in flat
    assert TYPED + " –" in flat
    assert "Vi siger tingene højt <også>" in flat
    assert "Ja – med fokus på tid" in flat
    assert "Side 1 af" in flat


def test_print_and_preview_go_through_qt_printing(window, dialogs, tmp_path, qtbot) -> None:
    from pypdf import PdfReader

    _session_with_content(window)
    dialogs.printer_pdf = str(tmp_path / "printed.pdf")
    with qtbot.waitSignal(window.output.printed, timeout=20_000):  # built on the worker first
        window.print_action.trigger()
    assert dialogs.kinds()[-2:] == ["progress", "print"]
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) >= 1
    dialogs.printer_pdf = str(tmp_path / "preview.pdf")
    with qtbot.waitSignal(window.output.printed, timeout=20_000):
        window.preview_action.trigger()
    assert len(PdfReader(tmp_path / "preview.pdf").pages) == len(printed.pages)


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says so itself; the user gets our message
def test_a_printer_that_cannot_open_gives_a_message(window, dialogs, qtbot) -> None:
    dialogs.printer_pdf = "/nonexistent-folder/x.pdf"
    with qtbot.waitSignal(window.output.printed, timeout=20_000):
        window.print_action.trigger()
    kind, message = dialogs.calls[-1]
    assert kind == "error"
    assert "PDF" in message


def test_blank_sheets_with_copies(window, dialogs, tmp_path, qtbot) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QSpinBox

    window.show_step("before")
    spin = window.findChild(QSpinBox, "paper_groups_spin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    assert spin.value() == 2
    dialogs.save_path = str(tmp_path / "ark.pdf")
    with qtbot.waitSignal(window.output.exported, timeout=20_000):
        window.findChild(type(window.export_action), "blank_sheets_action").trigger()
    # no question in a dialog mid-meeting: only the file dialog
    assert dialogs.kinds() == ["save"]
    assert len(PdfReader(tmp_path / "ark.pdf").pages) == 2 + 4 * 2  # intro, then 4 per group
    assert window._settings.paper_groups == 2  # remembered for the next meeting


def test_typing_then_ctrl_return_keeps_the_typed_text(after, qtbot) -> None:
    view = table(after)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.focusWidget(), "Ryd op i lageret")
    # the next row is started while the first cell's editor is still open
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [a.action for a in after.model.agreements] == ["Ryd op i lageret", ""]


def test_a_sheet_keeps_the_language_it_was_started_in(window, qtbot) -> None:
    import io

    from pypdf import PdfReader

    build = window.output.agreements_builder()  # started in Danish
    window.set_language("en")  # ... the window switches while the worker builds
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(build())).pages)
    assert "Aftaler" in text
    assert "Agreements" not in text
