"""One typed facade over QSettings. Tests hand in a throwaway QSettings."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from amk_desktop.core.limits import PAPER_GROUPS_MAX
from amk_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES


class Settings:
    MAX_RECENT = 8

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def language(self) -> str:
        value = self._store.value("ui/language", DEFAULT_LANGUAGE)
        return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("ui/window_geometry", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def add_recent_file(self, path: str) -> None:
        recent = [path, *(p for p in self.recent_files if p != path)][: self.MAX_RECENT]
        self._store.setValue("files/recent", recent)

    def clear_recent_files(self) -> None:
        self._store.setValue("files/recent", [])

    @property
    def last_folder(self) -> str:
        value = self._store.value("files/last_folder", "")
        if isinstance(value, str) and value:
            return value
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    @property
    def paper(self) -> Literal["a4", "letter"]:
        return "letter" if self._store.value("print/paper", "a4") == "letter" else "a4"

    @paper.setter
    def paper(self, value: str) -> None:
        self._store.setValue("print/paper", "letter" if value == "letter" else "a4")

    @property
    def paper_groups(self) -> int:
        """How many groups work on paper: the number of blank dialogue sheets to print."""
        try:
            value = int(str(self._store.value("print/paper_groups", 1)))
        except ValueError:
            value = 1
        return max(1, min(PAPER_GROUPS_MAX, value))

    @paper_groups.setter
    def paper_groups(self, value: int) -> None:
        self._store.setValue("print/paper_groups", max(1, min(PAPER_GROUPS_MAX, int(value))))

    @property
    def projector_mode(self) -> bool:
        return str(self._store.value("ui/projector_mode", "false")).lower() == "true"

    @projector_mode.setter
    def projector_mode(self, on: bool) -> None:
        self._store.setValue("ui/projector_mode", "true" if on else "false")
