"""Save and load of a large session file, beside plain json.dumps/json.loads of the same data.

A large meeting: 20 groups with every note filled (about 200 KB of notes) and 200 agreements.
Budget: under 100 ms for a save (including fsync and the .bak copy) and for a load.

    .venv/bin/python benchmarks/bench_fileformat.py [--runs 21]

Exits 1 if a median is over budget.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
from amk_desktop.formats.amk import (
    load_session,
    load_session_bytes,
    save_session,
    session_to_dict,
    to_bytes,
)

BUDGET_MS = 100.0
NOTE = (
    "Vi taler åbent om fejl, men når kørelisterne ændres i sidste øjeblik, er der ikke tid. "
    "Aftenvagten føler sig glemt, og forslag bliver ikke fulgt op 🙂. "
)


def large_session() -> Session:
    groups = []
    for index in range(20):
        group = Group(f"Gruppe {index + 1}")
        for position, key in enumerate(FACTOR_KEYS):
            group.set_score(key, (index + position) % 5 + 1)
        for question in range(5):
            group.set_note(question, (NOTE * 20)[:2000])
        groups.append(group)
    agreements = [
        Agreement(
            action=f"Handling {index}: fast punkt om arbejdsmiljø på personalemødet",
            factors=[FACTOR_KEYS[index % 6], FACTOR_KEYS[(index + 2) % 6]],
            goal="Alle kan nævne et arbejdsmiljøproblem, og vi følger op på aftalerne",
            responsible="Lars Holm (teamleder)",
            deadline="2027-01-15",
            evaluation="Gennemgås på personalemødet i juni",
            follow_up="2027-06-10",
            status=("open", "in_progress", "done", "dropped")[index % 4],
        )
        for index in range(200)
    ]
    return Session(
        details=MeetingDetails("Dialog", "Solbjerg Kommune", "Hjemmeplejen Nord", "2026-11-18"),
        groups=groups,
        closing_answers=["Ja", "Tid og ressourcer", "Handleplan", "Ja"],
        agreements=agreements,
        created="2026-11-18T09:00:00Z",
        modified="2026-11-18T11:00:00Z",
    )


def measure(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float], budget: float | None) -> bool:
    quartiles = statistics.quantiles(times, n=4)
    median = statistics.median(times)
    within = budget is None or median < budget
    verdict = "" if budget is None else ("  ok" if within else f"  OVER BUDGET ({budget:.0f} ms)")
    print(
        f"{label:<38} median {median:7.2f} ms   IQR {quartiles[0]:6.2f}-{quartiles[2]:6.2f}"
        f"   min-max {min(times):6.2f}-{max(times):6.2f}{verdict}"
    )
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs

    session = large_session()
    data = to_bytes(session)
    document = session_to_dict(session)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    notes = sum(len(note.encode()) for group in session.groups for note in group.notes)
    print(
        f"session: {len(session.groups)} groups, {len(session.agreements)} agreements, "
        f"{notes / 1000:.0f} KB of notes; file {len(data) / 1000:.0f} KB; {runs} runs"
    )
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stor.amk"
        save_session(session, path)
        ok &= report(
            "save_session (fsync, .bak)",
            measure(lambda: save_session(session, path), runs),
            BUDGET_MS,
        )
        report("to_bytes (validate + encode)", measure(lambda: to_bytes(session), runs), None)
        report(
            "floor: json.dumps(indent=2)",
            measure(lambda: json.dumps(document, ensure_ascii=False, indent=2), runs),
            None,
        )
        report(
            "floor: json.dumps",
            measure(lambda: json.dumps(document, ensure_ascii=False), runs),
            None,
        )
        ok &= report("load_session", measure(lambda: load_session(path), runs), BUDGET_MS)
        report(
            "load_session_bytes",
            measure(lambda: load_session_bytes(data, "stor.amk"), runs),
            None,
        )
        report("floor: json.loads", measure(lambda: json.loads(text), runs), None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
