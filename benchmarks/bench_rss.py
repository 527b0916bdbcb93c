"""Peak resident memory with the window shown, as a child process of `run_all.py`.

    QT_SCALE_FACTOR=2 .venv/bin/python benchmarks/bench_rss.py --groups 8

Builds the real main window (`benchlib.real_window`: as `amk_desktop.app.run` does, throwaway
settings), shows Under with 8 complete polygons (so pyqtgraph, numpy and the chart are loaded),
drives a few hundred slider changes through the real sliders with the chart repainting, visits
Før and Efter and comes back, then reports `getrusage(RUSAGE_SELF).ru_maxrss` and VmHWM of
/proc/self/status: the peak over the whole life of the process (run_all.py takes the larger).
Nothing else (no floor widget) lives in this process.
"""

from __future__ import annotations

import argparse
import sys

import benchlib  # benchmarks/ is sys.path[0] when a script here is run


def proc_status_mib(field: str) -> float:
    """A memory figure of /proc/self/status (VmRSS: now, VmHWM: peak), NaN elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=8)
    parser.add_argument("--changes", type=int, default=300)
    args = parser.parse_args()

    benchlib.headless()
    from PySide6.QtWidgets import QSlider

    from amk_desktop.core.factors import FACTOR_KEYS

    app, window, _translations = benchlib.real_window(args.groups)
    sliders = [window.findChild(QSlider, f"factor_slider_{key}") for key in FACTOR_KEYS]
    for k in range(args.changes):
        slider = sliders[k % len(sliders)]
        slider.setValue(4 if slider.value() != 4 else 2)
        app.processEvents()  # the chart repaints
        app.processEvents()
    for step in ("before", "after", "during"):
        window.show_step(step)
        benchlib.settle(0.2)
    imported = [m for m in ("pyqtgraph", "numpy", "reportlab") if m in sys.modules]
    benchlib.finish(
        {
            "groups": len(window.model.groups),
            "dpr": window.during_page.chart.viewport().devicePixelRatioF(),
            "ru_maxrss_mib": benchlib.peak_rss_mib(),
            "vm_hwm_mib": proc_status_mib("VmHWM"),
            "vm_rss_mib": proc_status_mib("VmRSS"),
            "imported": imported,
        },
        window,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
