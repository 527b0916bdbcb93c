"""Opening valid but huge session files in the real window (issue 14), beside the example file.

Every file here is valid: each text is at most 1,000,000 characters, there are at most 200
groups and 2,000 agreements, and each file is under 20 MB. Budget: any of them opens in under
2 s (window painted on Under), and switching steps and groups stays responsive.

    .venv/bin/python benchmarks/bench_open_huge.py [--runs 5] [--timeout 300] [--case NAME ...]

For each case a child process builds the real window the way `amk-desktop FILE` does (the
window is shown on Før, then `open_session(FILE)` shows Under), and times:

- **open**: from `open_session` to the first frame painted after it (a zero-timeout timer
  posted from the first Paint event of the window fires after that paint pass);
- **steps**: the slowest of Før, Efter, Under (and, with more than one group, switching to the
  last group and back) shown one after the other, each up to its painted frame.

Each sample uses a fresh window (the Under and Efter pages are built for the file, as on a real
start). The huge file and the example file (`eksempel-afdeling.amk`, the floor) take turns in
the same process, after one uncounted warm-up with the example. The files are written to a
throwaway folder; settings and autosaves go to another.

Exits 1 when a median is over budget or a child did not finish within --timeout seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib

BUDGET_MS = 2000.0
MAX_TEXT = 1_000_000
EXAMPLE = benchlib.REPO / "resources" / "examples" / "eksempel-afdeling.amk"


# -- the files ---------------------------------------------------------------------------------
def _cases() -> dict[str, tuple[str, Callable[[], Any]]]:
    from amk_desktop.core.session import Agreement, Group, Session

    def one(change: Callable[[Session], None]) -> Callable[[], Session]:
        def build() -> Session:
            session = Session.new("Gruppe 1")
            change(session)
            return session

        return build

    def note(session: Session, text: str) -> None:
        session.groups[0].notes[0] = text

    return {
        "note": (
            "one note of 1,000,000 characters without spaces",
            one(lambda s: note(s, "x" * MAX_TEXT)),
        ),
        "note_lines": (
            "one note of 1,000,000 characters in short lines",
            one(lambda s: note(s, ("Tid og ressourcer\n" * MAX_TEXT)[:MAX_TEXT])),
        ),
        "title": (
            "meeting title of 1,000,000 characters",
            one(lambda s: setattr(s.details, "title", "t" * MAX_TEXT)),
        ),
        "group_name": (
            "group name of 1,000,000 characters",
            one(lambda s: setattr(s.groups[0], "name", "g" * MAX_TEXT)),
        ),
        "answer": (
            "closing answer of 1,000,000 characters",
            one(lambda s: s.closing_answers.__setitem__(0, "a" * MAX_TEXT)),
        ),
        "agreement": (
            "agreement field (action) of 1,000,000 characters",
            one(lambda s: s.agreements.append(Agreement(action="h" * MAX_TEXT))),
        ),
        "groups": (
            "200 groups with names of 80,000 characters",
            lambda: Session(groups=[Group(f"{i:03d}" + "n" * 79_997) for i in range(200)]),
        ),
        "agreements": (
            "2,000 agreements",
            one(
                lambda s: s.agreements.extend(
                    Agreement(
                        action=f"Handling {i}: fast punkt om arbejdsmiljø",
                        factors=["trust", "resources"],
                        responsible="Lars Holm",
                        deadline="2027-01-15",
                    )
                    for i in range(2000)
                )
            ),
        ),
    }


# -- the child ---------------------------------------------------------------------------------
def _until_painted(window: Any, limit: float = 600.0) -> None:
    """Run the event loop until the window has painted a frame and that pass has finished."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    done = [False]

    class Probe(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and (watched is window or window.isAncestorOf(watched))
            ):
                self.seen = True
                QTimer.singleShot(0, lambda: done.__setitem__(0, True))
            return False

    probe = Probe()
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(probe)
    end = time.perf_counter() + limit
    while not done[0] and time.perf_counter() < end:
        QCoreApplication.processEvents()
    app.removeEventFilter(probe)


def _timed(window: Any, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    _until_painted(window)
    return (time.perf_counter() - started) * 1000


def _sample(app: Any, translations: Any, path: Path) -> tuple[float, float]:
    """(open ms, slowest step or group switch ms) in a fresh window."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from amk_desktop.app import MainWindow
    from amk_desktop.ui.services.settings import Settings

    tmp = benchlib.workdir()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, translations, autosave_directory=tmp / "autosave")
    window.resize(1366, 768)
    window.show()
    _until_painted(window)
    opened = _timed(window, lambda: window.open_session(str(path)))
    assert window.document.path == path, "the file did not open"
    switches = [_timed(window, partial(window.show_step, s)) for s in ("before", "after", "during")]
    groups = len(window.model.groups)
    if groups > 1:
        selector = window.during_page.group_selector
        switches.append(_timed(window, lambda: selector.setCurrentIndex(groups - 1)))
        switches.append(_timed(window, lambda: selector.setCurrentIndex(0)))
    window.document.shutdown()
    window.model.undo_stack.setClean()
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return opened, max(switches)


def child(path: Path, runs: int) -> None:
    from amk_desktop.app import create_application
    from amk_desktop.i18n import Translations

    app = create_application([sys.argv[0]])
    translations = Translations(app)
    translations.apply("da")
    _sample(app, translations, EXAMPLE)  # warm-up: imports, pyqtgraph, fonts
    samples: dict[str, list[float]] = {"open": [], "steps": [], "floor_open": [], "floor_steps": []}
    for run in range(runs):
        order = (path, EXAMPLE) if run % 2 == 0 else (EXAMPLE, path)
        for current in order:
            opened, steps = _sample(app, translations, current)
            prefix = "" if current == path else "floor_"
            samples[prefix + "open"].append(opened)
            samples[prefix + "steps"].append(steps)
    benchlib.finish(samples)


# -- the parent --------------------------------------------------------------------------------
def _cell(values: list[float]) -> str:
    stats = benchlib.summary(values)
    return f"{stats['median']:8.0f} ({stats['min']:.0f}–{stats['max']:.0f})"


def main() -> int:
    cases = _cases()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="samples per case (default 5)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per case")
    parser.add_argument("--case", action="append", choices=sorted(cases), help="only these")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        benchlib.headless()
        child(args.child, args.runs)
        return 0

    from amk_desktop.formats.amk import save_session

    folder = Path(tempfile.mkdtemp(prefix="amk-bench-huge-"))
    ok = True
    try:
        print(f"{'case':<52} {'open [ms]':>18} {'steps [ms]':>18}   floor open / steps")
        for name in args.case or list(cases):
            title, build = cases[name]
            path = folder / f"{name}.amk"
            save_session(build(), path, backup=False)
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                "BENCH_TMP": str(folder),
                "XDG_CONFIG_HOME": str(folder / "config"),
                "XDG_DATA_HOME": str(folder / "data"),
            }
            command = [sys.executable, __file__, "--child", str(path), "--runs", str(args.runs)]
            try:
                done = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=args.timeout
                )
                result = benchlib.parse_result(done.stdout)
            except subprocess.TimeoutExpired:
                over_time = f"> {args.timeout:.0f} s"
                print(f"{title:<52} {over_time:>18}   (did not finish)")
                ok = False
                continue
            except RuntimeError:
                print(f"{title:<52} failed:\n{done.stderr[-2000:]}")
                ok = False
                continue
            over = benchlib.summary(result["open"])["median"] > BUDGET_MS
            ok &= not over
            print(
                f"{title:<52} {_cell(result['open'])} {_cell(result['steps'])}   "
                f"{benchlib.summary(result['floor_open'])['median']:.0f} / "
                f"{benchlib.summary(result['floor_steps'])['median']:.0f}"
                f"{'  OVER BUDGET' if over else ''}",
                flush=True,
            )
            path.unlink()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"budget: open < {BUDGET_MS / 1000:.0f} s; median (min–max) of {args.runs} runs")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
