"""Modules imported after PySide6 do not leave their source in memory (shiboken's import hook
read each one through linecache: 13 MiB for the window with its chart)."""

from __future__ import annotations

import importlib
import linecache
import subprocess
import sys
from pathlib import Path

from amk_desktop.ui.pyside_imports import stop_caching_sources

COUNT = "import linecache, pyqtgraph, numpy; print(len(linecache.cache))"


def cached_sources(first: str) -> int:
    """Sources in the line cache of a new process after `first`, pyqtgraph and numpy."""
    done = subprocess.run(
        [sys.executable, "-c", f"{first}; {COUNT}"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_the_window_imports_pyqtgraph_without_caching_its_sources() -> None:
    assert cached_sources("import PySide6.QtCore") > 100  # shiboken's hook, as it is
    assert cached_sources("import amk_desktop.ui") < 20


def test_the_lighter_check_answers_as_shibokens_own(tmp_path: Path, monkeypatch) -> None:
    assert stop_caching_sources()  # this PySide6 has the hook; replaced once
    plain = tmp_path / "amk_plain_module.py"
    plain.write_text("VALUE = 1\n" + "# a comment line\n" * 5000, encoding="utf-8")
    qt = tmp_path / "amk_qt_module.py"
    qt.write_text("import PySide6.QtCore\nVALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    modules = [importlib.import_module(name) for name in ("amk_plain_module", "amk_qt_module")]
    feature = sys.modules["shibokensupport.feature"]
    linecache.clearcache()
    assert [feature._mod_uses_pyside(module) for module in modules] == [False, True]
    assert str(plain) not in linecache.cache
    original = feature._mod_uses_pyside.amk_original
    assert [original(module) for module in modules] == [False, True]
    assert str(plain) in linecache.cache  # (what shiboken's own check keeps)
