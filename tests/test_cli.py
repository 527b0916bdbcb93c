"""The command line: --version and --help answer without starting Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from amk_desktop import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "amk_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"AMK Desktop {__version__}"


def test_help_names_the_file_argument() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "usage: amk-desktop [-h] [--version] [FILE]" in result.stdout


def test_unknown_option_is_one_clear_error() -> None:
    result = run("--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_does_not_import_qt() -> None:
    code = (
        "import sys; from amk_desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False")
