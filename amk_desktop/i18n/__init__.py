"""Translation: loading the catalogues and translating the core's marked texts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from amk_desktop.core.text import Text

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent  # the compiled catalogues, amk_*.qm
LANGUAGES: tuple[str, ...] = ("da", "en")
DEFAULT_LANGUAGE = "da"  # the product's language, whatever the laptop's system language is


def tr_text(text: Text) -> str:
    """Translate a text marked in the Qt-free core with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(text.context, text.source)


_CATALOGUES: dict[str, QTranslator] = {}


def catalogue_translator(language: str) -> Callable[[Text], str]:
    """A translate function bound to one language's catalogue, independent of the language the
    window shows (and safe on a worker thread: the catalogue is loaded once, then only read).
    Used for printed sheets, so a sheet is in one language even if the window switches."""
    if language not in LANGUAGES or language == "en":
        return lambda text: text.source
    translator = _CATALOGUES.get(language)
    if translator is None:
        translator = QTranslator()
        if not translator.load(locale_for(language), "amk", "_", str(I18N_DIR)):
            log.warning("translation amk_%s not found in %s", language, I18N_DIR)
        _CATALOGUES[language] = translator
    bound = translator

    def translate(text: Text) -> str:
        return bound.translate(text.context, text.source) or text.source

    return translate


def locale_for(language: str) -> QLocale:
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translations:
    """The installed translators; `apply(language)` swaps them, which makes Qt send a
    LanguageChange event to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._loaded: dict[tuple[str, str], QTranslator] = {}  # loaded once, reused on switches
        self.language = ""

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = ""

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.remove()
        locale = locale_for(language)
        QLocale.setDefault(locale)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # English is the source language and needs no catalogue. Otherwise Qt's own catalogue
        # first (standard buttons and dialogs), ours last: the last installed is searched first.
        catalogues = [] if language == "en" else [("qtbase", qt_dir), ("amk", str(I18N_DIR))]
        for name, directory in catalogues:
            translator = self._loaded.get((name, language))
            if translator is None:
                translator = QTranslator(self._app)
                if not translator.load(locale, name, "_", directory):
                    log.warning("translation %s_%s not found in %s", name, language, directory)
                    continue
                self._loaded[(name, language)] = translator
            self._app.installTranslator(translator)
            self._installed.append(translator)
        self.language = language
