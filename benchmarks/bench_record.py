"""Issue 12 budget: the annual work-environment discussion record from 12 sessions of the
large size (20 groups, 200 agreements each, every one following up the one before) in < 2 s,
beside a floor measured in the same run.

    .venv/bin/python benchmarks/bench_record.py [--runs 9]

Timed as `amk-desktop record --pdf OUT.pdf SESSION.amk x 12` does it, in this process: read
the 12 files, gather the year's meetings (each once, its agreements as last reviewed) and build
the PDF. The floor is reading the 12 files alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from benchlib import seconds  # benchmarks/ is sys.path[0] when a script here is run

BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from amk_desktop.core.annual import year_meetings
    from amk_desktop.core.baseline import follow_up_session
    from amk_desktop.core.factors import FACTOR_KEYS
    from amk_desktop.core.session import Agreement, Group, MeetingDetails, Session
    from amk_desktop.export.annual_record import build_annual_record
    from amk_desktop.formats.amk import load_session, save_session
    from amk_desktop.i18n import catalogue_translator

    translate = catalogue_translator("da")
    with tempfile.TemporaryDirectory() as folder:
        paths: list[Path] = []
        session = Session(
            details=MeetingDetails(title="Personalemøde", workplace="Solbjerg", date="2026-01-05"),
            groups=[Group(f"Gruppe {n} – aftenvagten") for n in range(1, 21)],
        )
        for month in range(1, 13):
            session.details.date = f"2026-{month:02d}-05"
            for number, group in enumerate(session.groups):
                for index, key in enumerate(FACTOR_KEYS):
                    group.set_score(key, (number + index + month) % 5 + 1)
            session.agreements = [
                Agreement(
                    action=f"Aftale {month}.{n}: fast punkt om arbejdsmiljø på personalemødet",
                    factors=list(FACTOR_KEYS[: n % 6 + 1]),
                    goal="Færre afbrydelser og bedre overlap mellem vagterne",
                    responsible="Lars Holm (teamleder)",
                    deadline=f"2026-{month:02d}-28",
                    evaluation="Spørg på næste personalemøde",
                    status=("open", "in_progress", "done")[n % 3],
                )
                for n in range(200)
            ]
            session.created = f"2026-{month:02d}-05T09:00:00Z"
            path = Path(folder) / f"møde-{month:02d}.amk"
            save_session(session, path)
            paths.append(path)
            session = follow_up_session(load_session(path), path.name)

        def read() -> list[tuple[str, Session]]:
            return [(path.name, load_session(path)) for path in paths]

        def record() -> bytes:
            meetings = year_meetings(read())
            sources = ", ".join(path.name for path in paths)
            return build_annual_record(meetings, translate, sources=sources, made="5.12.2026")

        size = sum(path.stat().st_size for path in paths) / 1e6
        pages = record().count(b"/Type /Page\n") or record().count(b"/Type /Page")
        # interleaved, so that both see the same moments of a busy machine
        full: list[float] = []
        floor: list[float] = []
        record()  # warm-up
        for _ in range(args.runs):
            floor.append(seconds(read))
            full.append(seconds(record))
    median = statistics.median(full)
    print(
        f"annual record, 12 sessions x 20 groups x 200 agreements ({size:.1f} MB of files, "
        f"~{pages} pages) [s]  median {median:.2f} (min {min(full):.2f}, max {max(full):.2f})   "
        f"floor (reading the files) {statistics.median(floor):.2f}   budget < {BUDGET_S:.0f}   "
        f"{'PASS' if median < BUDGET_S else 'MISS'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
