"""Print, Print preview and Export never freeze the window (issue 14): the sheet is built on the
worker thread while a busy indication with Cancel is shown; Cancel prints nothing; a long
document is painted page by page with its progress; a PDF is never written over a session file.

Real widgets, offscreen, with `tests.fakes.FakeDialogs` (no real modal dialog opens).
"""

from __future__ import annotations

import re
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from amk_desktop.export import build_agreements_sheet

pytestmark = pytest.mark.gui

PRINT_TIMEOUT_MS = 30_000


def _add_content(window) -> None:
    window.model.set_detail("title", "Møde om trivsel")
    window.model.set_note(0, "Vi taler åbent sammen")


def _slow_builder(window, gate: threading.Event, threads: list[threading.Thread]):
    """The window's own builder, recording its thread and waiting until `gate` is set."""
    real = window.output.agreements_builder

    def builder():
        build = real()

        def slow(cancelled=None) -> bytes:
            threads.append(threading.current_thread())
            deadline = time.monotonic() + 20
            while not gate.is_set() and time.monotonic() < deadline:
                if cancelled is not None and cancelled():
                    break
                time.sleep(0.005)
            return build(cancelled=cancelled)

        return slow

    return builder


@pytest.mark.parametrize("action", ["print_action", "preview_action"])
def test_the_sheet_is_built_off_the_gui_thread_while_the_window_runs(
    window, dialogs, tmp_path, qtbot, monkeypatch, action
) -> None:
    from pypdf import PdfReader

    _add_content(window)
    dialogs.printer_pdf = str(tmp_path / "out.pdf")
    gate = threading.Event()
    threads: list[threading.Thread] = []
    monkeypatch.setattr(window.output, "agreements_builder", _slow_builder(window, gate, threads))
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.monotonic())
        if len(ticks) >= 5:  # the event loop ran during the build: let the build finish
            gate.set()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(window.output.printed, timeout=PRINT_TIMEOUT_MS):
        getattr(window, action).trigger()
        assert window.output.print_job is not None  # the command returned at once
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the event loop kept running while the sheet was built
    assert dialogs.kinds()[-2:] == [
        "progress",
        "preview" if action == "preview_action" else "print",
    ]
    assert dialogs.progresses[0].closed and not dialogs.progresses[0].cancelled
    assert len(PdfReader(tmp_path / "out.pdf").pages) >= 1


def test_cancel_while_preparing_prints_nothing(window, dialogs, tmp_path, qtbot) -> None:
    window.model.set_note(0, "ord " * 100_000)  # a sheet that takes a while to build
    dialogs.printer_pdf = str(tmp_path / "out.pdf")
    QTimer.singleShot(50, lambda: setattr(dialogs.progresses[-1], "cancelled", True))
    started = time.monotonic()
    with qtbot.waitSignal(window.output.print_cancelled, timeout=PRINT_TIMEOUT_MS):
        window.print_action.trigger()
    assert time.monotonic() - started < 5  # stopped soon, not after the whole build
    assert "print" not in dialogs.kinds()
    assert not (tmp_path / "out.pdf").exists()
    assert dialogs.progresses[-1].closed
    assert window.output.print_job is None
    # the next print works
    with qtbot.waitSignal(window.output.printed, timeout=PRINT_TIMEOUT_MS):
        window.preview_action.trigger()


def test_cancel_at_once_builds_nothing(window, dialogs, tmp_path, qtbot, monkeypatch) -> None:
    from amk_desktop.export import agreements_sheet

    built: list[int] = []

    def title_block(*args: object) -> list[object]:
        built.append(1)
        return []

    monkeypatch.setattr(agreements_sheet, "_title_block", title_block)
    dialogs.on_progress = lambda progress: setattr(progress, "cancelled", True)
    dialogs.printer_pdf = str(tmp_path / "out.pdf")
    with qtbot.waitSignal(window.output.print_cancelled, timeout=PRINT_TIMEOUT_MS):
        window.preview_action.trigger()
    assert built == []
    assert "preview" not in dialogs.kinds()
    assert not (tmp_path / "out.pdf").exists()


def test_a_long_document_shows_its_painting_progress_and_can_stop(
    window, dialogs, tmp_path, qtbot
) -> None:
    from amk_desktop.ui.services.output import PROGRESS_PAGES

    session = window.model.session
    session.groups[0].notes[0] = "Lang note. " * 40_000
    pdf = build_agreements_sheet(session, lambda text: text.source, locale="en")
    render = window.output._renderer(pdf, "Lang", preview=False)
    printer = dialogs._printer()
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    assert render(printer)
    progress = dialogs.progresses[-1]
    assert progress.closed
    pages = len(progress.texts) - 1
    assert pages > PROGRESS_PAGES
    assert re.search(rf"\b{pages}\D+{pages}\b", progress.texts[-1])  # "Page 41 of 41…"
    assert (tmp_path / "all.pdf").stat().st_size > 0

    dialogs.on_progress = lambda progress: setattr(progress, "cancel_after", 3)
    printer = dialogs._printer()
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    assert render(printer)  # stopped by the user: no error message
    assert "error" not in dialogs.kinds()
    assert len(dialogs.progresses[-1].texts) == 4  # three pages, then it stopped
    assert not (tmp_path / "stopped.pdf").exists()  # a print to a file is removed


def test_closing_the_window_stops_a_print_being_prepared(window, dialogs, qtbot) -> None:
    window.model.set_note(0, "ord " * 250_000)
    window.print_action.trigger()
    job = window.output.print_job
    assert job is not None
    started = time.monotonic()
    window.output.shutdown()
    assert time.monotonic() - started < 5
    assert job.cancelled() and dialogs.progresses[-1].closed


def test_export_refuses_a_link_to_a_session_file(window, dialogs, tmp_path, qtbot) -> None:
    from amk_desktop.formats import amk

    session_file = tmp_path / "møde.amk"
    session_file.write_bytes(amk.to_bytes(window.model.session))
    before = session_file.read_bytes()
    link = tmp_path / "aftaler.pdf"
    link.symlink_to(session_file)
    dialogs.save_path = str(link)
    exported: list[str] = []
    window.output.exported.connect(exported.append)
    assert window.output.export_agreements() is False
    kind, message = dialogs.calls[-1]
    assert kind == "error"
    assert "aftaler.pdf" in message
    window.output.wait()
    qtbot.wait(50)
    assert exported == []
    assert session_file.read_bytes() == before
    assert link.is_symlink()


def test_export_refuses_a_pdf_name_whose_content_is_a_session(window, dialogs, tmp_path) -> None:
    disguised = tmp_path / "aftaler.pdf"
    disguised.write_text('{"format": "amk-session", "schema_version": 1, "groups": []}', "utf-8")
    before = disguised.read_bytes()
    dialogs.save_path = str(disguised)
    assert window.output.export_agreements() is False
    assert dialogs.kinds()[-1] == "error"
    assert disguised.read_bytes() == before


def test_the_real_progress_indication(window, qtbot) -> None:
    from amk_desktop.ui.services.dialogs import Dialogs

    indication = Dialogs().progress(window, "Udskriv", "Forbereder…")
    dialog = window.findChild(QProgressDialog, "progress_dialog")
    assert dialog is not None
    assert (dialog.minimum(), dialog.maximum()) == (0, 0)  # busy, no percentage
    assert dialog.windowModality().name == "WindowModal"
    assert dialog.labelText() == "Forbereder…"
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shows itself after a moment
    indication.set_text("Side 1 af 2")
    assert dialog.labelText() == "Side 1 af 2"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuller"  # Qt's own, in Danish
    cancel.click()
    assert indication.cancelled
    indication.close()
    assert not dialog.isVisible()

    quiet = Dialogs().progress(window, "Udskriv", "Forbereder…")
    quiet.close()  # closing is not cancelling
    assert not quiet.cancelled


def test_the_build_can_be_given_a_cancel_check(window) -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return False

    build = window.output.agreements_builder()
    assert build(cancelled=cancelled)[:5] == b"%PDF-"
    assert calls
    blank = window.output.blank_sheets_builder(2)
    assert blank()[:5] == b"%PDF-"


def test_print_job_name_is_bounded(window, dialogs, tmp_path, qtbot) -> None:
    window.model.set_detail("title", "T" * 5000)
    dialogs.printer_pdf = str(tmp_path / "out.pdf")
    names: list[str] = []
    original = dialogs.print_document

    def print_document(parent, render) -> bool:
        printer = dialogs._printer()
        result = render(printer)
        names.append(printer.docName())
        dialogs.calls.append(("print", None))
        return result

    dialogs.print_document = print_document
    with qtbot.waitSignal(window.output.printed, timeout=PRINT_TIMEOUT_MS):
        window.print_action.trigger()
    dialogs.print_document = original
    assert names and 0 < len(names[0]) <= 200
