"""Memory after typing: 5,000 characters typed key by key into a note of the real window.

Issue 8 measured +21.9 MiB for this (every keystroke's undo command kept the whole old and new
note, and PySide kept every merged command's Python object alive). Each run is a child process:
it builds the real window (benchlib.real_window), types 500 characters into a throwaway editor
(Qt's first-time costs), the same 5,000 characters into a plain `QPlainTextEdit` in a window of
its own that belongs to nothing (the floor: what Qt keeps for a new window and its text), then
into the first note on Under, and reports how much the resident set grew for each (VmRSS after a
garbage collection and a settle), and how many undo steps the typing made.

    .venv/bin/python benchmarks/bench_typing_memory.py [--runs 3] [--chars 5000]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib

TEXT = "Vi taler åbent om problemerne, men tiden æder det hele. "


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def type_into(widget: object, text: str) -> float:
    """Type `text` key by key into `widget`; the growth of the resident set, in MiB."""
    from PySide6.QtTest import QTest

    benchlib.settle(0.2)
    gc.collect()
    before = rss_mib()
    for start in range(0, len(text), 100):
        QTest.keyClicks(widget, text[start : start + 100])  # type: ignore[arg-type]
        benchlib.settle(0.0)
    benchlib.settle(0.3)
    gc.collect()
    return rss_mib() - before


def child(chars: int) -> None:
    benchlib.headless()
    _app, window, _translations = benchlib.real_window(1)
    from PySide6.QtWidgets import QPlainTextEdit

    text = (TEXT * (chars // len(TEXT) + 1))[:chars]
    warm_up = QPlainTextEdit()  # Qt's first-time costs of typing, paid by neither figure
    warm_up.show()
    warm_up.setFocus()
    type_into(warm_up, text[:500])
    floor_editor = QPlainTextEdit()
    floor_editor.resize(600, 300)
    floor_editor.show()
    floor_editor.setFocus()
    floor = type_into(floor_editor, text)
    note = window.findChild(QPlainTextEdit, "question_notes_1")
    note.setFocus()
    steps_before = window.model.undo_stack.count()
    grown = type_into(note, text)
    typed = window.model.session.groups[0].notes[0]
    benchlib.finish(
        {
            "floor_mib": floor,
            "note_mib": grown,
            "undo_steps": window.model.undo_stack.count() - steps_before,
            "typed_ok": typed == text,
            "rss_mib": rss_mib(),
        },
        window,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.chars)
        return 0
    results = []
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, __file__, "--child", "--chars", str(args.chars)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(benchlib.parse_result(done.stdout))
    for name, key in (("plain editor (floor)", "floor_mib"), ("note in the window", "note_mib")):
        values = [r[key] for r in results]
        print(
            f"{name:<22} +{statistics.median(values):5.1f} MiB after {args.chars:,} keystrokes "
            f"(min {min(values):.1f}, max {max(values):.1f}, {len(values)} runs)"
        )
    print(f"undo steps made by the typing: {sorted({r['undo_steps'] for r in results})}")
    print(f"resident set at the end: {statistics.median(r['rss_mib'] for r in results):.1f} MiB")
    if not all(r["typed_ok"] for r in results):
        print("TYPED TEXT DIFFERS FROM THE NOTE")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
