"""Issue 9 budgets: collecting 20 files of 10 groups each (< 1 s) and the joint summary of 50
groups (< 50 ms), each beside a floor measured in the same run.

    .venv/bin/python benchmarks/bench_collect.py [--runs 7]

Collecting is timed as `amk-desktop collect` does it, in this process: read the meeting and
the 20 files strictly, plan, apply (one `ImportGroups`) and save the meeting atomically. Its
floor is reading the same 21 files with `json.loads` alone. The summary is `summarize()` and
its remarks (lowest rated, disagreements) for 50 groups; its floor reads every score once.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

from benchlib import timed  # benchmarks/ is sys.path[0] when a script here is run

COLLECT_BUDGET_S = 1.0
SUMMARY_BUDGET_MS = 50.0


def line(name: str, times: list[float], floor: list[float], unit: float, budget: str) -> None:
    median, low, high = statistics.median(times), min(times), max(times)
    print(
        f"{name:<44} median {median * unit:8.1f} (min {low * unit:.1f}, max {high * unit:.1f})"
        f"   floor {statistics.median(floor) * unit:8.1f}   budget {budget}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from amk_desktop.core import commands
    from amk_desktop.core.collect import plan_collection
    from amk_desktop.core.factors import FACTOR_KEYS
    from amk_desktop.core.session import Group, Session
    from amk_desktop.core.summary import summarize
    from amk_desktop.formats.amk import load_session, save_session

    rng = random.Random(9)
    note = "Vi taler åbent om problemerne, men tiden æder det hele. " * 8

    def group(name: str) -> Group:
        scores = {key: rng.choice([None, 1, 2, 3, 4, 5]) for key in FACTOR_KEYS}
        return Group(name, scores=scores, notes=[note] * 5)

    folder = Path(tempfile.mkdtemp(prefix="amk-bench-collect-"))
    others = []
    laptops = [[group(f"Gruppe {laptop}-{n}") for n in range(10)] for laptop in range(20)]
    for laptop, laptop_groups in enumerate(laptops):
        path = folder / f"laptop-{laptop}.amk"
        save_session(Session(groups=laptop_groups), path)
        others.append(path)
    # the facilitator's own laptop is one of the 20: its first group is in the meeting already
    meeting = folder / "meeting.amk"
    save_session(Session(groups=[laptops[0][0]]), meeting)
    original = meeting.read_bytes()

    def collect() -> None:
        meeting.write_bytes(original)
        session = load_session(meeting)
        incoming = [(path.name, load_session(path).groups) for path in others]
        plan = plan_collection(session.groups, incoming)
        replaced = tuple((i, session.groups[i], new) for i, new in plan.replaced)
        commands.apply(session, commands.ImportGroups(len(session.groups), plan.added, replaced))
        save_session(session, meeting)

    def read_only() -> None:
        for path in [meeting, *others]:
            json.loads(path.read_bytes())

    groups = [group(f"Gruppe {n}") for n in range(50)]

    def summary() -> None:
        result = summarize(groups)
        _ = [(f.mean, f.spread) for f in result.factors]
        _ = result.lowest_rated, result.disagreements

    def touch_scores() -> None:
        _ = [[g.scores[key] for key in FACTOR_KEYS] for g in groups]

    print(f"{args.runs} runs each, after a warm-up; milliseconds")
    collect_times = timed(collect, args.runs)
    floor = timed(read_only, args.runs)
    line("collect 20 files x 10 groups [ms]", collect_times, floor, 1000, "< 1 s")
    summary_times = timed(summary, args.runs * 20)
    line(
        "joint summary of 50 groups [ms]",
        summary_times,
        timed(touch_scores, args.runs * 20),
        1000,
        "< 50 ms",
    )
    ok = statistics.median(collect_times) < COLLECT_BUDGET_S
    ok &= statistics.median(summary_times) * 1000 < SUMMARY_BUDGET_MS
    print("groups in the meeting afterwards:", len(load_session(meeting).groups))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
