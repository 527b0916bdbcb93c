"""The Qt Linguist pipeline: catalogues complete, up to date, compiled, and loadable."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations as pipeline  # noqa: E402


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append(
                (name, message.findtext("source") or "", translation.get("type"), translation.text)
            )
    return out


def test_danish_catalogue_has_no_unfinished_or_vanished_entries() -> None:
    messages = _messages(ROOT / "translations" / "amk_da.ts")
    assert len(messages) > 50
    bad = [(c, s, t) for c, s, t, text in messages if t is not None or not text]
    assert bad == []


def test_placeholders_survive_translation() -> None:
    for _context, source, _type, text in _messages(ROOT / "translations" / "amk_da.ts"):
        for placeholder in ("%1", "%2"):
            assert (placeholder in source) == (placeholder in (text or "")), source


def test_catalogue_matches_the_sources(tmp_path: Path) -> None:
    """Regenerate the .ts from the code: a string added without a translation shows up here."""
    shutil.copy(ROOT / "translations" / "amk_da.ts", tmp_path / "amk_da.ts")
    pipeline.update(tmp_path)
    assert _messages(tmp_path / "amk_da.ts") == _messages(ROOT / "translations" / "amk_da.ts")


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    pipeline.build(ROOT / "translations", tmp_path)
    fresh = (tmp_path / "amk_da.qm").read_bytes()
    assert fresh == (ROOT / "amk_desktop" / "i18n" / "amk_da.qm").read_bytes(), (
        "run: python scripts/translations.py build"
    )


@pytest.mark.gui
def test_danish_is_the_default_and_qt_dialogs_speak_danish(qapp, translations, settings) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    assert settings.language == "da"
    translations.apply(settings.language)
    assert len(translations._installed) == 2  # qtbase_da and amk_da both found
    assert QCoreApplication.translate("Leaflet", "Dialogue questions") == "Dialogspørgsmål"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"
    translations.apply("en")
    assert QCoreApplication.translate("Leaflet", "Dialogue questions") == "Dialogue questions"
