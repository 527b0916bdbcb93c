"""Qt Linguist pipeline.

    python scripts/translations.py update   # sources -> translations/amk_*.ts (pyside6-lupdate)
    python scripts/translations.py build    # translations/amk_*.ts -> amk_desktop/i18n/*.qm

Translators edit translations/amk_da.ts with `pyside6-linguist`; run `build` afterwards and commit
both the .ts and the .qm (tests fail when the .qm is stale or an entry is unfinished).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "amk_desktop" / "i18n"
LANGUAGES = ("da",)  # English is the source language


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "amk_desktop").rglob("*.py"))


def update(ts_dir: Path = TS_DIR) -> None:
    ts_files = [str(ts_dir / f"amk_{lang}.ts") for lang in LANGUAGES]
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", *ts_files],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> None:
    """Each catalogue written beside its place and then renamed over it: a program running
    from this checkout has the old file mapped into memory (QTranslator maps it), and writing
    into that file in place made it crash (SIGBUS, or a segfault in translate())."""
    for lang in LANGUAGES:
        target = qm_dir / f"amk_{lang}.qm"
        written = target.with_suffix(".qm.new")
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_dir / f"amk_{lang}.ts"), "-qm", str(written)],
            check=True,
        )
        os.replace(written, target)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        sys.exit(__doc__)
