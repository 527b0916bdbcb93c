"""Issue 11 budgets: the built bundle is under 150 MB unpacked, and its cold start to the first
painted window is within 1.1x of running from the virtual environment, measured side by side.

    bash packaging/build.sh          # first: dist/amk-desktop/
    .venv/bin/python benchmarks/bench_bundle.py [--runs 9]

A cold start is a whole process: spawn, interpreter start-up, imports, the main window built
and shown, its first frame painted (AMK_QUIT_AFTER_FIRST_PAINT=1 ends the program there),
offscreen, with throwaway settings. The runs alternate venv, bundle, floor, so a drift of the
machine's speed falls on all three. The floor is a bare PySide6 window (an empty QWidget shown
and painted) from the same venv: what any Qt program pays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "amk-desktop"
SIZE_BUDGET_MB = 150.0
START_BUDGET = 1.1  # bundle / venv
FLOOR = (
    "import os\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(1280, 720)\n"
    "class F(QObject):\n"
    "    def eventFilter(self, o, e):\n"
    "        if e.type() == QEvent.Type.Paint and o is w:\n"
    "            QTimer.singleShot(0, lambda: os._exit(0))\n"
    "        return False\n"
    "f = F(); app.installEventFilter(f); w.show(); app.exec()\n"
)


def size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def one_start(command: list[str], home: str) -> float:
    environment = {
        "PATH": os.defpath,
        "HOME": home,
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "QT_QPA_PLATFORM": "offscreen",
        "AMK_QUIT_AFTER_FIRST_PAINT": "1",
    }
    start = time.perf_counter()
    result = subprocess.run(command, env=environment, capture_output=True, timeout=60)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr.decode(errors='replace')[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    program = BUNDLE / "amk-desktop"
    if not program.exists():
        print("no bundle: run bash packaging/build.sh first", file=sys.stderr)
        return 1
    size = size_mb(BUNDLE)
    tarballs = sorted(REPO.glob("dist/amk-desktop-*-linux-*.tar.gz"))
    print(f"bundle: {size:.1f} MB unpacked (budget < {SIZE_BUDGET_MB:.0f} MB)", end="")
    print(
        f", {tarballs[-1].stat().st_size / 1e6:.1f} MB as {tarballs[-1].name}" if tarballs else ""
    )
    largest = sorted(
        (p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
    )[-8:]
    for path in reversed(largest):
        print(f"  {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(BUNDLE)}")

    commands = {
        "venv": [str(REPO / ".venv" / "bin" / "amk-desktop")],
        "bundle": [str(program)],
        "floor": [str(REPO / ".venv" / "bin" / "python"), "-c", FLOOR],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home:
        for command in commands.values():  # one warm-up each (page cache)
            one_start(command, home)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(one_start(command, home))
    print(f"cold start to the first painted window, {args.runs} runs each, seconds:")
    for name, values in times.items():
        print(
            f"  {name:7s} median {statistics.median(values):.3f}"
            f"  (min {min(values):.3f}, max {max(values):.3f})"
        )
    ratios = [b / v for b, v in zip(times["bundle"], times["venv"], strict=True)]
    print(
        f"  bundle / venv: median {statistics.median(ratios):.2f}"
        f" (min {min(ratios):.2f}, max {max(ratios):.2f}; budget <= {START_BUDGET})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
