"""Copy the licence texts of everything a built bundle carries into resources/licenses/ (issue
11), so the bundle ships them and the About dialog can point to them. Run it again when a
dependency changes (tests/test_packaging.py checks that each bundled distribution has its
texts here):

    .venv/bin/python scripts/collect_licenses.py
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"

# distribution -> (what it is, its licence in a few words); the order of the About dialog
BUNDLED: dict[str, tuple[str, str]] = {
    "PySide6_Essentials": ("Qt for Python (PySide6) and Qt 6", "LGPL-3.0"),
    "shiboken6": ("Shiboken, PySide6's binding generator", "LGPL-3.0"),
    "pyqtgraph": ("pyqtgraph, the live spider chart", "MIT"),
    "numpy": ("NumPy, under pyqtgraph", "BSD-3-Clause (and the libraries it bundles)"),
    "reportlab": ("ReportLab, the PDF sheets", "BSD-3-Clause"),
    "pyphen": ("Pyphen, syllables for hyphenation", "LGPL-2.1+ / GPL-2.0+ / MPL-1.1"),
    "python-calamine": ("python-calamine, reading Excel workbooks", "MIT"),
    "pypdfium2": ("pypdfium2 and PDFium, printing", "Apache-2.0 or BSD-3-Clause"),
    "pillow": ("Pillow, images for the PDF library", "MIT-CMU"),
}
# wheels that carry no licence file: the licence they name in their metadata, with a notice
NO_FILE_NOTICE = (
    "{what} {version} is used under the GNU Lesser General Public License version 3 "
    "(../LGPL-3.0.txt, which builds on ../GPL-3.0.txt). Its libraries are separate files in "
    "this program's folder and may be replaced by a compatible build. The source code is "
    "available from The Qt Company (https://download.qt.io/official_releases/QtForPython/ "
    "and https://www.qt.io/download-open-source).\n"
)
SYSTEM_TEXTS = {  # Debian's copies of the licences that the texts above refer to
    "GPL-3.0.txt": Path("/usr/share/common-licenses/GPL-3"),
    "LGPL-3.0.txt": Path("/usr/share/common-licenses/LGPL-3"),
}


def licence_files(name: str) -> list[tuple[Path, str]]:
    """A distribution's licence texts: its .dist-info/licenses folder, or LICENSE/COPYING
    files at its top. Each as (where it is, where it goes under the distribution's folder)."""
    found = []
    dist = distribution(name)
    for file in dist.files or []:
        parts = Path(str(file)).parts
        in_licences = "licenses" in parts[:-1] and ".dist-info" in str(file)
        top_level = parts[-1].upper().startswith(("LICENSE", "COPYING"))
        if in_licences or top_level:
            relative = Path(*parts[parts.index("licenses") + 1 :]) if in_licences else parts[-1]
            found.append((Path(str(dist.locate_file(file))), str(relative)))
    return found


def main() -> int:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    lines = [
        "AMK Desktop carries these components. Each folder holds the licence texts of one.",
        "",
        "AMK Desktop: GPL-3.0-or-later (GPL-3.0.txt)",
        "DejaVu fonts: Bitstream Vera / DejaVu licence (../fonts/LICENSE-DejaVu.txt)",
        f"Python, version {sys.version.split()[0]}: PSF License (Python/LICENSE.txt)",
    ]
    for name, (what, licence) in BUNDLED.items():
        files = licence_files(name)
        version = distribution(name).version
        if not files and licence == "LGPL-3.0":
            (OUT / name).mkdir()
            notice = NO_FILE_NOTICE.format(what=what, version=version)
            (OUT / name / "NOTICE.txt").write_text(notice, encoding="utf-8")
        elif not files:
            print(f"collect_licenses: no licence file in {name}", file=sys.stderr)
            return 1
        for source, relative in files:
            target = OUT / name / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        lines.append(f"{what}, version {version}: {licence} ({name}/)")
    python_licence = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    (OUT / "Python").mkdir()
    shutil.copyfile(python_licence, OUT / "Python" / "LICENSE.txt")
    for name, source in SYSTEM_TEXTS.items():
        shutil.copyfile(source, OUT / name)
    (OUT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"collect_licenses: {sum(1 for _ in OUT.rglob('*') if _.is_file())} files in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
