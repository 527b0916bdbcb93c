"""Where the program's data files are: fonts, icons, example sessions and the file schema.

There is one copy of them, the project's `resources/` folder. A built package (wheel,
installer) carries that folder as `amk_desktop/data` (see `setup.py`); a checkout or an
editable install reads `resources/` itself. No Qt: the PDF export and the command line use it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
PACKAGED_DATA = _PACKAGE / "data"  # in a wheel or an installed program
SOURCE_DATA = _PACKAGE.parent / "resources"  # in a checkout


def data_dir() -> Path:
    """The folder with the program's data files."""
    return PACKAGED_DATA if PACKAGED_DATA.is_dir() else SOURCE_DATA


def data_path(*parts: str) -> Path:
    """A data file or folder, e.g. ``data_path("fonts", "DejaVuSans.ttf")``."""
    return data_dir().joinpath(*parts)
