"""PDF export timing, in-process after a warm-up (imports, font registration).

Budgets: a large session (20 groups, 200 agreements, about 200 KB of notes) under 1 s median;
the blank sheets under 300 ms median; the example-size agreements sheet under 1 MB.

Large text (issue 14): one 200,000-character note against the same text in 100 notes; notes,
a title and an agreement field of 1,000,000 characters (words, one word, many lines); 2,000
agreements of 8,000 characters; the largest valid session (200 groups, 2,000 agreements, a
file just under the 20 MB limit, checked by the loader). Each case runs in a child process of
its own, so its peak memory (``ru_maxrss``) is its own. Budgets: under 10 s median and under
500 MB peak for every case.

    .venv/bin/python benchmarks/bench_pdf.py [--runs N] [--large-runs N] [--only-large]

Exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
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
LARGE_BUDGET_S = 10.0  # issue 14: any valid session
LARGE_BUDGET_MB = 500.0

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


# -- large text (issue 14) -----------------------------------------------------------------------
def words_text(length: int, seed: int = 3) -> str:
    """`length` characters of Danish sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < length:
        parts.append(rng.choice(SENTENCES))
        size += len(parts[-1]) + 1
    return " ".join(parts)[:length]


def one_word(length: int) -> str:
    return ("arbejdsmiljø" * (length // 12 + 1))[:length]


def many_lines(length: int) -> str:
    line = "Punkt på listen\n"
    return (line * (length // len(line) + 1))[:length]


def note_session(note: str) -> Session:
    session = example_session()
    session.groups[0].notes[0] = note
    return session


def split_notes_session(text: str, count: int) -> Session:
    """`text` cut into `count` notes of 20 groups."""
    session = example_session()
    size = len(text) // count
    pieces = [text[i * size : (i + 1) * size] for i in range(count)]
    session.groups = [
        Group(f"Gruppe {n + 1}", notes=pieces[n * 5 : n * 5 + 5]) for n in range(count // 5)
    ]
    return session


def agreements_session(count: int, length: int) -> Session:
    session = example_session()
    session.agreements = [
        Agreement(
            action=f"Indsats {n}: " + words_text(length, seed=n % 7),
            factors=[FACTOR_KEYS[n % 6]],
            responsible=f"Medarbejder {n}",
            deadline="2027-01-15",
            follow_up="2027-06-30",
        )
        for n in range(count)
    ]
    return session


def largest_session() -> Session:
    """200 groups and 2,000 agreements, every text long, the file just under 20 MB, loaded
    through the file format's own loader (so it is a valid session)."""
    from amk_desktop.formats import amk

    rng = random.Random(7)
    groups = [
        Group(
            f"Gruppe {n} – " + words_text(40, seed=n),
            scores={key: rng.randint(1, 5) for key in FACTOR_KEYS},
            notes=[words_text(5000, seed=n * 5 + q) for q in range(5)],
        )
        for n in range(1, 201)
    ]
    agreements = [
        Agreement(
            action=words_text(4000, seed=n),
            factors=rng.sample(FACTOR_KEYS, 2),
            goal=words_text(1500, seed=n + 1),
            evaluation=words_text(1500, seed=n + 2),
            responsible=words_text(60, seed=n + 3),
            deadline="2027-01-15",
            follow_up="2027-06-30",
        )
        for n in range(2000)
    ]
    session = example_session()
    session.groups = groups
    session.agreements = agreements
    session.closing_answers = [words_text(2000, seed=q) for q in range(4)]
    data = amk.to_bytes(session)
    assert len(data) <= amk.MAX_FILE_SIZE, len(data)
    return amk.load_session_bytes(data, "largest.amk")


def _title_session() -> Session:
    session = example_session()
    session.details.title = words_text(1_000_000)
    return session


def _field_session() -> Session:
    session = example_session()
    session.agreements[1].goal = words_text(1_000_000)
    return session


LARGE_CASES: dict[str, Callable[[], Session]] = {
    "note 200,000 chars": lambda: note_session(words_text(200_000)),
    "same text in 100 notes": lambda: split_notes_session(words_text(200_000), 100),
    "note 1,000,000 chars, words": lambda: note_session(words_text(1_000_000)),
    "note 1,000,000 chars, one word": lambda: note_session(one_word(1_000_000)),
    "note 1,000,000 chars, 62,500 lines": lambda: note_session(many_lines(1_000_000)),
    "title 1,000,000 chars": _title_session,
    "agreement goal 1,000,000 chars": _field_session,
    "2,000 agreements x 8,000 chars": lambda: agreements_session(2000, 8000),
    "largest valid session (20 MB)": largest_session,
}


def run_case(name: str, runs: int) -> dict[str, object]:
    """In this (child) process: build the case's sheet `runs` times after one warm-up."""
    from amk_desktop.export import build_agreements_sheet

    session = LARGE_CASES[name]()
    chars = sum(
        len(text)
        for text in (
            session.details.title,
            *(note for group in session.groups for note in group.notes),
            *(group.name for group in session.groups),
            *(a.action + a.goal + a.evaluation + a.responsible for a in session.agreements),
            *session.closing_answers,
        )
    )
    build_agreements_sheet(example_session(), english, locale="en")  # imports, fonts
    times: list[float] = []
    data = b""
    for _ in range(runs):
        start = time.perf_counter()
        data = build_agreements_sheet(session, english, locale="en")
        times.append(time.perf_counter() - start)
    return {
        "name": name,
        "chars": chars,
        "times": times,
        "pages": data.count(b"/Type /Page\n"),
        "bytes": len(data),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6,
    }


def large_text(runs: int) -> bool:
    """Every large case in a child process; prints one line per case."""
    ok = True
    print(
        f"\nLarge text (issue 14), {runs} runs each, budget {LARGE_BUDGET_S:.0f} s median and "
        f"{LARGE_BUDGET_MB:.0f} MB peak:"
    )
    for name in LARGE_CASES:
        child = subprocess.run(
            [sys.executable, __file__, "--case", name, "--runs", str(runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        times = result["times"]
        median = statistics.median(times)
        case_ok = median < LARGE_BUDGET_S and result["peak_mb"] < LARGE_BUDGET_MB
        ok &= case_ok
        print(
            f"  {name:<36} {result['chars'] / 1e6:5.2f} M chars {result['pages']:5d} pages "
            f"median {median:6.2f} s (min {min(times):6.2f}, max {max(times):6.2f})  "
            f"peak {result['peak_mb']:5.0f} MB  {'ok' if case_ok else 'OVER BUDGET'}"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--large-runs", type=int, default=3, help="runs of each large case")
    parser.add_argument("--only-large", action="store_true", help="only the large cases")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # a child: one large case, as JSON
    args = parser.parse_args(argv)

    if args.case:
        print(json.dumps(run_case(args.case, args.runs)))
        return 0
    if args.only_large:
        return 0 if large_text(args.large_runs) else 1

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
    ok &= large_text(args.large_runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
