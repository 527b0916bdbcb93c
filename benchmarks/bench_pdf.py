"""PDF export timing, in-process after a warm-up (imports, font registration).

Budgets: a large session (20 groups, 200 agreements, about 200 KB of notes) under 1 s median;
the blank sheets under 300 ms median; the example-size agreements sheet under 1 MB.

    .venv/bin/python benchmarks/bench_pdf.py [--runs N]

Exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from amk_desktop.core.factors import FACTOR_KEYS
from amk_desktop.core.session import (
    Agreement,
    Group,
    MeetingDetails,
    Session,
)
from amk_desktop.core.text import Text

SHEET_BUDGET_S = 1.0
BLANK_BUDGET_S = 0.3
SIZE_BUDGET_BYTES = 1_000_000
NOTES_BYTES = 200_000

SENTENCES = (
    "Vi taler åbent om problemerne, men tiden æder det hele.",
    "Ledelsen skal være mere synlig, når der er travlt.",
    "Vi mangler faste aftaler om opfølgning på APV'en.",
    "Der er god stemning i teamet og vilje til at ændre ting.",
    "Nye kolleger kender ikke arbejdsmiljøorganisationen.",
    "Vi vil gerne prøve korte tavlemøder hver morgen.",
)


def english(text: Text) -> str:
    return text.source


def example_session() -> Session:
    """About the size of a real meeting: 3 groups, short notes, a handful of agreements."""
    rng = random.Random(1)
    groups = [
        Group(
            f"Gruppe {n}",
            scores={key: rng.randint(1, 5) for key in FACTOR_KEYS},
            notes=[" ".join(rng.sample(SENTENCES, 3)) for _ in range(5)],
        )
        for n in range(1, 4)
    ]
    agreements = [
        Agreement(
            action=f"Indsats {n}: {rng.choice(SENTENCES)}",
            factors=rng.sample(FACTOR_KEYS, 2),
            goal=rng.choice(SENTENCES),
            responsible="Søren Østergård",
            deadline="2027-01-15",
            evaluation=rng.choice(SENTENCES),
            follow_up="2027-04-01",
        )
        for n in range(1, 6)
    ]
    return Session(
        details=MeetingDetails(
            title="Årlig arbejdsmiljødrøftelse",
            workplace="Plejecenter Solbakken",
            department="Afdeling Øst",
            date="2026-11-23",
            facilitator="Søren Ærø Østergård",
            participants="Anne, Bjørn, Cæcilie, Dorthe og Ebbe",
        ),
        groups=groups,
        closing_answers=[rng.choice(SENTENCES) for _ in range(4)],
        agreements=agreements,
    )


def large_session() -> Session:
    """20 groups, 200 agreements, about 200 KB of notes."""
    rng = random.Random(2)
    note_bytes = NOTES_BYTES // (20 * 5)

    def note() -> str:
        parts: list[str] = []
        while len(" ".join(parts).encode()) < note_bytes:
            parts.append(rng.choice(SENTENCES))
        return " ".join(parts)

    groups = [
        Group(
            f"Gruppe {n} – afdeling {rng.choice('ABCDEFG')}",
            scores={key: rng.choice([1, 2, 3, 4, 5, None]) for key in FACTOR_KEYS},
            notes=[note() for _ in range(5)],
        )
        for n in range(1, 21)
    ]
    agreements = [
        Agreement(
            action=f"Indsats {n}: " + " ".join(rng.sample(SENTENCES, 2)),
            factors=rng.sample(FACTOR_KEYS, rng.randint(1, 3)),
            goal=rng.choice(SENTENCES),
            responsible=f"Medarbejder {n}",
            deadline="2027-01-15",
            evaluation=rng.choice(SENTENCES),
            follow_up="2027-06-30",
        )
        for n in range(1, 201)
    ]
    session = example_session()
    session.groups = groups
    session.agreements = agreements
    return session


def measure(action: Callable[[], bytes], runs: int) -> tuple[list[float], bytes]:
    result = action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return times, result


def report(name: str, times: list[float], budget: float) -> bool:
    median = statistics.median(times)
    quartiles = statistics.quantiles(times, n=4) if len(times) > 1 else [median] * 3
    ok = median < budget
    print(
        f"{name:<34} median {median * 1000:7.1f} ms   min {min(times) * 1000:7.1f}   "
        f"max {max(times) * 1000:7.1f}   IQR {(quartiles[2] - quartiles[0]) * 1000:5.1f} ms   "
        f"budget {budget * 1000:.0f} ms   {'ok' if ok else 'OVER BUDGET'}"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    from amk_desktop.export import build_agreements_sheet, build_blank_sheets

    print(f"import amk_desktop.export: {(time.perf_counter() - start) * 1000:.0f} ms")

    large = large_session()
    notes = sum(len(n.encode()) for g in large.groups for n in g.notes)
    print(
        f"large session: {len(large.groups)} groups, {len(large.agreements)} agreements, "
        f"{notes / 1000:.0f} KB of notes"
    )
    ok = True
    times, data = measure(lambda: build_agreements_sheet(large, english, locale="en"), args.runs)
    ok &= report("agreements sheet, large session", times, SHEET_BUDGET_S)
    pages = data.count(b"/Type /Page\n")
    print(f"{'':34} {len(data) / 1000:.0f} KB, {pages} pages")

    example = example_session()
    times, data = measure(lambda: build_agreements_sheet(example, english), args.runs)
    ok &= report("agreements sheet, example session", times, SHEET_BUDGET_S)
    size_ok = len(data) < SIZE_BUDGET_BYTES
    ok &= size_ok
    print(
        f"{'':34} {len(data) / 1000:.0f} KB (budget {SIZE_BUDGET_BYTES / 1e6:.0f} MB) "
        f"{'ok' if size_ok else 'OVER BUDGET'}"
    )

    times, data = measure(lambda: build_blank_sheets(english), args.runs)
    ok &= report("blank sheets, 1 copy", times, BLANK_BUDGET_S)
    times, data = measure(lambda: build_blank_sheets(english, copies=6), args.runs)
    report("blank sheets, 6 copies (no budget)", times, float("inf"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
