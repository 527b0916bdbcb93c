"""Issue 13 budget: 10,000 survey responses across 100 departments imported from CSV and scored
(< 1 s), beside a floor measured in the same run.

    .venv/bin/python benchmarks/bench_survey.py [--runs 7]

Timed as `amk-desktop survey` does it in this process: decode the CSV (Danish Excel: `;`,
Windows-1252), read and check every row, score every person and department with small ones left
out. The floor is `csv.reader` over the same text alone.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics

from benchlib import timed  # benchmarks/ is sys.path[0] when a script here is run

BUDGET_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from amk_desktop.core.survey import score_departments
    from amk_desktop.formats.importers.survey_table import read_survey_csv

    rng = random.Random(13)
    lines = ["Afdeling;Spm1;Spm2;Spm3;Spm4;Spm5;Spm6;Spm7;Spm8"]
    for _ in range(10_000):
        department = f"Afdeling {rng.randrange(100):02d} – Sygeplejen"
        answers = [rng.choice(["", "1", "2", "3", "4", "5", "4", "5"]) for _ in range(8)]
        lines.append(";".join([department, *answers]))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    text = data.decode("cp1252")

    def import_and_score() -> None:
        imported = read_survey_csv(data)
        score_departments(imported.responses)

    def floor() -> None:
        for _row in csv.reader(io.StringIO(text), delimiter=";"):
            pass

    times = timed(import_and_score, args.runs)
    floors = timed(floor, args.runs)
    median = statistics.median(times)
    print(
        f"import and score 10,000 responses / 100 departments [ms]  median {median * 1000:.1f}"
        f" (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})"
        f"   floor {statistics.median(floors) * 1000:.1f}"
        f"   budget < {BUDGET_S * 1000:.0f}   {'PASS' if median < BUDGET_S else 'FAIL'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
