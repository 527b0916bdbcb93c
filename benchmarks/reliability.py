"""Reliability campaign: hostile files through `validate` and `export`, and saves killed with
SIGKILL. Prints the figures recorded in docs/file-format.md ("Reliability figures").

    .venv/bin/python benchmarks/reliability.py [--files N] [--kills N] [--seed S]

Every hostile file must be refused with exactly one line on stderr and exit status 1 (or
accepted, for the few mutations that stay valid), never a traceback, never a PDF written, and
the file must be byte-identical afterwards. Every killed save must leave a file that loads as
either the old or the new version; the temporary files it leaves are counted and then removed
by the start-up clean-up (`amk.remove_stale_temporary_files`).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from amk_desktop import cli
from amk_desktop.formats import amk

EXAMPLE = (
    Path(__file__).resolve().parent.parent / "resources" / "examples" / "eksempel-afdeling.amk"
)


def _mutations(rng: random.Random, base: bytes, count: int) -> Iterator[tuple[str, bytes]]:
    document = json.loads(base)
    text = base.decode("utf-8")
    yield "empty", b""
    yield "whitespace", b" \n\t "
    yield "bom only", b"\xef\xbb\xbf"
    yield "utf-16", text.encode("utf-16")
    yield "latin-1", text.replace("ø", "\xf8").encode("latin-1", "replace")
    yield "nested lists", b"[" * 100_000
    yield "nested objects", b'{"a":' * 50_000
    yield "huge number", base.replace(b'"schema_version": 1', b'"schema_version": ' + b"9" * 5000)
    yield "NaN", base.replace(b'"schema_version": 1', b'"schema_version": NaN')
    yield "newer version", base.replace(b'"schema_version": 1', b'"schema_version": 99')
    yield "duplicate key", base.replace(b'"format"', b'"format": "amk-session", "format"', 1)
    yield "lone surrogate", base.replace(b'"title": "', b'"title": "\\ud800', 1)
    yield "markup", base.replace(b'"title": "', b'"title": "<img src=x onerror=alert(1)>&amp;', 1)
    yield "many values", b"[" + b"0," * 2_000_000 + b"0]"
    for _ in range(40):
        yield "truncated", base[: rng.randrange(len(base))]
    for _ in range(40):
        data = bytearray(base)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        yield "bytes flipped", bytes(data)
    for _ in range(20):
        yield "random bytes", rng.randbytes(rng.randint(1, 5000))
    values: list[object] = [None, True, 0, -1, 7, 1.5, "", "x" * 200, [], {}, [1] * 7, {"a": 1}]
    paths = list(_paths(document))
    for _ in range(max(400, count - 234)):
        path = rng.choice(paths)
        changed = json.loads(text)
        _set(changed, path, rng.choice(values))
        yield f"field {'.'.join(map(str, path))}", json.dumps(changed).encode()
    for _ in range(60):
        path = rng.choice([p for p in paths if len(p) > 1])
        changed = json.loads(text)
        _delete(changed, path)
        yield "field removed", json.dumps(changed).encode()
    for _ in range(60):
        changed = json.loads(text)
        target = rng.choice(
            [changed, changed["meeting"], *changed["groups"], *changed["agreements"]]
        )
        target[rng.choice(["extra", "Title", "format2", "åø"])] = 1
        yield "field added", json.dumps(changed).encode()


def _paths(value: object, prefix: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from _paths(item, (*prefix, index))


def _set(document: object, path: tuple[object, ...], value: object) -> None:
    for key in path[:-1]:
        document = document[key]  # type: ignore[index]
    document[path[-1]] = value  # type: ignore[index]


def _delete(document: object, path: tuple[object, ...]) -> None:
    for key in path[:-1]:
        document = document[key]  # type: ignore[index]
    del document[path[-1]]  # type: ignore[attr-defined]


def _special_files(folder: Path) -> Iterator[tuple[str, Path]]:
    (folder / "folder.amk").mkdir()
    yield "folder", folder / "folder.amk"
    os.mkfifo(folder / "pipe.amk")
    yield "named pipe", folder / "pipe.amk"
    for name, target in (("zero", "/dev/zero"), ("kmsg", "/proc/kmsg"), ("null", "/dev/null")):
        if os.path.exists(target):
            (folder / f"{name}.amk").symlink_to(target)
            yield f"link to {target}", folder / f"{name}.amk"
    (folder / "dangling.amk").symlink_to(folder / "nowhere.amk")
    yield "dangling link", folder / "dangling.amk"
    with open(folder / "sparse.amk", "wb") as sparse:
        sparse.truncate(amk.MAX_FILE_SIZE + 1)
    yield "21 MB", folder / "sparse.amk"


def _run_cli(arguments: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(arguments)
    return status, err.getvalue()


def hostile_files(count: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    base = EXAMPLE.read_bytes()
    problems: list[str] = []
    tried = accepted = 0
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        cases: list[tuple[str, Path]] = []
        for number, (kind, data) in enumerate(_mutations(rng, base, count)):
            if number >= count:
                break
            path = folder / f"case-{number}.amk"
            path.write_bytes(data)
            cases.append((kind, path))
        cases.extend(_special_files(folder))
        out = folder / "out.pdf"
        for kind, path in cases:
            tried += 1
            before = path.read_bytes() if path.name.startswith("case-") else None
            for command in (["validate", str(path)], ["export", str(path), "--pdf", str(out)]):
                status, stderr = _run_cli(command)
                lines = stderr.strip().splitlines()
                if status == 0:
                    accepted += command[0] == "validate"
                    out.unlink(missing_ok=True)
                    continue
                if status != 1 or len(lines) != 1 or "Traceback" in stderr:
                    problems.append(f"{kind}: {command[0]} exit {status}: {stderr[:200]!r}")
                if out.exists():
                    problems.append(f"{kind}: {command[0]} wrote a PDF for a refused file")
            if before is not None and path.read_bytes() != before:
                problems.append(f"{kind}: the file was changed")
    return {"tried": tried, "accepted_valid": accepted, "problems": problems}


_SAVER = """
import sys, time
from amk_desktop.formats import amk
from amk_desktop.core.session import Session
path = sys.argv[1]
sessions = []
for note in ("A" * 200_000, "B" * 300_000):
    session = Session.new("Gruppe 1")
    session.groups[0].notes[0] = note
    sessions.append(session)
print("ready", flush=True)
i = 0
while True:
    amk.save_session(sessions[i % 2], path)
    i += 1
"""


def killed_saves(kills: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    problems: list[str] = []
    leftovers = 0
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = folder / "s.amk"
        for _ in range(kills):
            saver = subprocess.Popen(
                [sys.executable, "-c", _SAVER, str(path)],
                stdout=subprocess.PIPE,
                cwd=Path(__file__).resolve().parent.parent,
            )
            assert saver.stdout is not None
            saver.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.3))
            saver.send_signal(signal.SIGKILL)
            saver.wait()
            if path.exists():
                try:
                    note = amk.load_session(path).groups[0].notes[0]
                except amk.SessionFileError as error:
                    problems.append(f"torn file after a kill: {error}")
                else:
                    if note not in ("A" * 200_000, "B" * 300_000):
                        problems.append("the file holds neither version")
        leftovers = sum(1 for p in folder.iterdir() if p.name.endswith(".tmp"))
        size = sum(p.stat().st_size for p in folder.iterdir() if p.name.endswith(".tmp"))
        removed = amk.remove_stale_temporary_files(folder, older_than=0)
    return {
        "kills": kills,
        "problems": problems,
        "temporary_files_left": leftovers,
        "temporary_bytes_left": size,
        "removed_by_cleanup": removed,
    }


def _report(name: str, result: dict[str, object], show: Callable[[dict[str, object]], str]) -> int:
    problems = result["problems"]
    assert isinstance(problems, list)
    print(f"{name}: {show(result)}; problems: {len(problems)}")
    for problem in problems[:20]:
        print(f"  - {problem}")
    return len(problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=700)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    started = time.monotonic()
    failures = _report(
        "hostile files",
        hostile_files(args.files, args.seed),
        lambda r: (
            f"{r['tried']} files, each through validate and export "
            f"({r['accepted_valid']} mutations were still valid)"
        ),
    )
    failures += _report(
        "killed saves",
        killed_saves(args.kills, args.seed),
        lambda r: (
            f"{r['kills']} SIGKILLs during saves, {r['temporary_files_left']} temporary "
            f"files ({r['temporary_bytes_left']} bytes) left, {r['removed_by_cleanup']} removed "
            "by the start-up clean-up"
        ),
    )
    print(f"took {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
