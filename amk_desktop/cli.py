"""Command line: `amk-desktop [FILE]`, `--version`, `--help`.

Argument parsing imports no Qt, so `--version` and `--help` answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from amk_desktop import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amk-desktop",
        description=(
            f"{APP_NAME}: run NFA's work-environment competence dialogue "
            "(Arbejdsmiljøkompetencemodellen) with a group, offline."
        ),
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a session file (.amk) to open")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    from amk_desktop.app import run  # noqa: PLC0415 - Qt only when the window is wanted

    return run([sys.argv[0]], args.file)
