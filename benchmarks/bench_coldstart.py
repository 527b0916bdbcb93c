"""One cold start to the first painted window, as a child process of `run_all.py`.

    BENCH_T0=<time.monotonic() of the parent just before it spawned this process>
    .venv/bin/python benchmarks/bench_coldstart.py amk|bare

`amk` starts the program exactly as the `amk-desktop` command does (`amk_desktop.cli.main`,
which imports the app, creates the QApplication, settings, translations and the main window,
shows it, offers recovery and enters the event loop). The only addition is an event filter on
the application, installed by wrapping `amk_desktop.app.create_application`, that notices the
first Paint event of any widget of the main window. `bare` shows an empty 1280 x 720 QWidget
(the size of the main window) with the same event filter.

When the first frame has been painted (a zero-timeout timer posted from the first Paint event
fires after that paint pass has finished), the child prints the time since BENCH_T0 (spawn,
interpreter start-up, imports, construction, first paint), its peak RSS, and which heavy
modules were already imported, then exits without tearing anything down. MainWindow's 300 ms
timer that builds the chart later cannot count: the first frame comes before it.

The parent points XDG_CONFIG_HOME and XDG_DATA_HOME at a throwaway folder, so the developer's
settings and autosaves are neither read nor written.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

# Nothing else is imported before the first paint: whatever this script imports on top of the
# program would count towards its start-up (benchlib, for instance, pulls in `statistics`).

HEAVY_MODULES = ("pyqtgraph", "numpy", "reportlab", "amk_desktop.ui.widgets.radar_chart")


def make_probe(is_target: Any, t0: float) -> Any:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and is_target(watched):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            elapsed_ms = (time.monotonic() - t0) * 1000
            imported = [m for m in HEAVY_MODULES if m in sys.modules]
            import benchlib  # benchmarks/ is sys.path[0] when a script here is run

            benchlib.emit(
                {"ms": elapsed_ms, "rss_mib": benchlib.peak_rss_mib(), "imported": imported}
            )
            sys.stderr.flush()
            os._exit(0)

    return FirstPaint()


def run_amk(t0: float) -> int:
    import amk_desktop.app as app_module
    from amk_desktop import cli

    def is_main_window(watched: Any) -> bool:
        return bool(watched.isWidgetType() and watched.window().objectName() == "main_window")

    probe = make_probe(is_main_window, t0)
    real_create = app_module.create_application

    def create_application(argv: Any) -> Any:
        app = real_create(argv)
        app.installEventFilter(probe)
        return app

    app_module.create_application = create_application
    return cli.main([])


def run_bare(t0: float) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    probe = make_probe(lambda watched: watched is window, t0)
    app.installEventFilter(probe)
    window.setWindowTitle("bare PySide6 window")
    window.resize(1280, 720)
    window.show()
    return app.exec()


def main() -> int:
    t0 = float(os.environ.get("BENCH_T0", time.monotonic()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1] if len(sys.argv) > 1 else "amk"
    if mode == "amk":
        return run_amk(t0)
    if mode == "bare":
        return run_bare(t0)
    raise SystemExit(f"unknown mode {mode!r}: amk or bare")


if __name__ == "__main__":
    sys.exit(main())
