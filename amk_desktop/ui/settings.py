"""One typed facade over QSettings. Tests hand in a throwaway QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from amk_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES


class Settings:
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
