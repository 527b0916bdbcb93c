"""What the window uses but does not show itself: the open document, autosave, output files,
printing, dialogs and settings.

`WindowServices` is what the composition root (`amk_desktop.app`) builds once and hands to each
window; a window builds its own document, output and model from them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amk_desktop.i18n import Translations
    from amk_desktop.ui.services.dialogs import Dialogs
    from amk_desktop.ui.services.settings import Settings
    from amk_desktop.ui.widgets.appearance import Appearance


@dataclass(frozen=True)
class WindowServices:
    """The application-wide services a main window is given."""

    settings: Settings
    translations: Translations
    dialogs: Dialogs
    appearance: Appearance
    autosave_directory: Path  # where this window's autosaves go
    clock: Callable[[], float] = time.monotonic  # the meeting's clock (tests: a fake one)
    today: Callable[[], date] = date.today  # what is due over the year (tests: a fixed day)
