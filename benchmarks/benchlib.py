"""Helpers shared by the benchmark scripts: statistics, the child-process protocol, the real
start-up path of the app with throwaway settings.

Every child script prints exactly one line starting with `RESULT ` followed by JSON; the parent
(`run_all.py`) parses that line and ignores everything else (Qt's offscreen warnings, ...).
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
RESULT_PREFIX = "RESULT "


def seconds(action: Callable[[], object]) -> float:
    """Seconds of one call of `action`."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds of each of `runs` calls of `action`, after one call to warm up."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def headless() -> None:
    """Run Qt offscreen unless the caller chose a platform; call before any Qt import."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(REPO) not in sys.path:
        sys.path.append(str(REPO))  # last: an installed (or PYTHONPATH) amk_desktop comes first


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation between closest ranks (numpy's
    default), so p99 of 300 samples lies between the 3rd and 4th largest."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": float(len(values)),
        "median": statistics.median(values) if values else math.nan,
        "p99": percentile(values, 99),
        "q1": percentile(values, 25),
        "q3": percentile(values, 75),
        "min": min(values) if values else math.nan,
        "max": max(values) if values else math.nan,
    }


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def parse_result(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            parsed: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return parsed
    raise RuntimeError(f"no {RESULT_PREFIX.strip()} line in the child's output:\n{stdout}")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is in KiB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The scores of up to 8 groups, in factor order: a plausible meeting (mean 3.5, every polygon
# complete, between 28 % and 70 % of the outer hexagon's area, 50 % on average). The drawing
# cost grows with the filled area, so the figures hold for this data set.
SCORES: tuple[tuple[int, ...], ...] = (
    (4, 3, 4, 2, 3, 4),
    (3, 4, 3, 3, 2, 4),
    (5, 4, 4, 3, 4, 5),
    (2, 3, 3, 2, 3, 3),
    (4, 4, 5, 4, 3, 4),
    (3, 2, 4, 3, 4, 3),
    (4, 5, 3, 4, 4, 4),
    (3, 3, 4, 4, 5, 3),
)


def initial_score(group: int, factor: int) -> int:
    return SCORES[group % len(SCORES)][factor]


def settle(seconds: float) -> None:
    """Run the event loop for a while (layouts, first paints, pending timers)."""
    import time

    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def workdir() -> Path:
    """A throwaway directory for settings and autosaves: the parent's (BENCH_TMP, which it
    removes afterwards) or a new one that `finish` removes."""
    given = os.environ.get("BENCH_TMP")
    if given:
        return Path(given)
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="amk-bench-"))
    _OWNED.append(path)
    return path


_OWNED: list[Path] = []


def finish(result: dict[str, Any], window: Any = None) -> None:
    """Print the result and end the process at once.

    The window is not closed: closing asks about unsaved changes (a modal dialog) and is no
    part of what is measured. The document's autosave is shut down so that no worker thread is
    writing while the process ends.
    """
    emit(result)
    document = getattr(window, "document", None)
    shutdown = getattr(document, "shutdown", None)
    if callable(shutdown):
        try:
            shutdown()
        except Exception as exc:  # the result is out; a failing autosave is not ours to judge
            sys.stderr.write(f"document shutdown failed: {exc!r}\n")
    import shutil

    for path in _OWNED:
        shutil.rmtree(path, ignore_errors=True)
    sys.stderr.flush()
    os._exit(0)


def real_window(groups: int) -> tuple[Any, Any, Any]:
    """The real application and main window, built as `amk_desktop.app.run` builds them but
    with throwaway settings and autosave folder, at laptop size, on Under with `groups`
    complete polygons; the last group is the current one (the sliders rate it).

    Returns (app, window, translations); keep all three referenced.
    """
    import inspect

    from PySide6.QtCore import QSettings

    from amk_desktop.app import MainWindow, create_application
    from amk_desktop.core.factors import FACTOR_KEYS
    from amk_desktop.i18n import Translations
    from amk_desktop.ui.services.settings import Settings

    app = create_application([sys.argv[0]])
    tmp = workdir()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    translations = Translations(app)
    translations.apply(settings.language)
    options: dict[str, Any] = {}
    if "autosave_directory" in inspect.signature(MainWindow.__init__).parameters:
        options["autosave_directory"] = tmp / "autosave"
    window = MainWindow(settings, translations, **options)
    window.resize(1366, 768)
    window.show()
    window.show_step("during")
    for group in range(groups):
        if group > 0:
            window.model.add_group(f"Gruppe {group + 1}")
        for factor, key in enumerate(FACTOR_KEYS):
            window.model.set_score(key, initial_score(group, factor), group)
    settle(0.5)  # past MainWindow's 300 ms chart timer, so nothing is pending
    return app, window, translations
