"""How long an autosave holds the GUI thread, for a large meeting.

The autosave takes a snapshot on the GUI thread (validate + encode, `Autosaver.save_now`) and
writes it on a worker thread. Budget: the GUI thread is never held for more than 16 ms (one
frame). Measured as the wall time of `save_now()` itself, and, as a check that the worker's
writing does not stall the GUI thread through the GIL, the longest gap between 1 ms timer
ticks while autosaves run, beside the same gap with nothing running (the floor).

    .venv/bin/python benchmarks/bench_autosave.py [--runs 30]

Exits 1 if the longest hold is over budget.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fileformat import large_session, report
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from amk_desktop.ui.services.autosave import Autosaver
from amk_desktop.ui.session_model import SessionModel

BUDGET_MS = 16.0


def longest_tick_gap(app: QApplication, seconds: float, work: object = None) -> float:
    """Run the event loop for `seconds` with a 1 ms timer; return the longest gap in ms."""
    clock = QElapsedTimer()
    clock.start()
    last = [0.0]
    worst = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    if work is not None:
        saver = QTimer()
        saver.setInterval(100)
        saver.timeout.connect(work)
        saver.start()
    timer.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    if work is not None:
        saver.stop()
    return worst[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    app = QApplication([sys.argv[0]])
    model = SessionModel(large_session())
    with tempfile.TemporaryDirectory() as folder:
        saver = Autosaver(model, Path(folder))
        saver.save_now()
        saver.wait()
        holds = []
        for _ in range(runs):
            started = time.perf_counter()
            saver.save_now()
            holds.append((time.perf_counter() - started) * 1000)
            saver.wait()
        ok = report("autosave: GUI thread held (save_now)", holds, BUDGET_MS)
        ok &= max(holds) < BUDGET_MS
        floor = longest_tick_gap(app, 1.5)
        busy = longest_tick_gap(app, 1.5, saver.save_now)
        saver.shutdown()
    print(f"{'longest event-loop gap, idle (floor)':<38} {floor:7.2f} ms")
    print(f"{'longest event-loop gap, autosaving':<38} {busy:7.2f} ms  (every 100 ms)")
    print(f"max hold {max(holds):.2f} ms: {'ok' if ok else 'OVER BUDGET'} ({BUDGET_MS:.0f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
