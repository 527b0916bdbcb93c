"""Imports after PySide6 without keeping every module's source in memory.

shiboken6 (PySide6 6.11) hooks `__import__` and, for every Python module imported after it,
asks `inspect.getsource(module)` whether the source mentions "PySide6" (PYSIDE-2029: it decides
whether the module may switch on `__feature__` options). `inspect` reads the source through
`linecache`, which keeps every line of every such module for the life of the process: for the
window with the chart (pyqtgraph, numpy, reportlab …) about 300 modules, 13 MiB of resident
memory (`benchmarks/README.md`, "Stalls and memory"). The same question is answered here by
reading the file once, without caching it; where that is not possible (no plain `.py` file),
or where this PySide6 has no such hook, shiboken's own answer is used.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _reads_file(original: object) -> object:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))  # type: ignore[operator]

    uses_pyside.amk_original = original  # type: ignore[attr-defined]
    return uses_pyside


def stop_caching_sources() -> bool:
    """Replace shiboken's check by one that does not fill `linecache`; True when replaced
    (now or before)."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - installs shiboken's import hook

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not hasattr(original, "amk_original"):
        feature._mod_uses_pyside = _reads_file(original)  # type: ignore[attr-defined]
    return True
