"""Screenshots of the real window for the README and for looking at changes.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshot.py [OUT_DIR]

Writes <step>-<lang>-<size>.png for the three steps, Danish and English, at laptop
(1366x768) and projector (1920x1080) size. QT_SCALE_FACTOR=2 shows 200 % scaling;
AMK_PROJECTOR_MODE=1 switches projector mode on; AMK_SCREENSHOT_GROUPS=6 shows six groups (the
joint summary of a larger meeting) instead of three.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from amk_desktop.app import MainWindow, create_application
from amk_desktop.i18n import Translations
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.window.main_window import STEPS

SIZES = {"laptop": (1366, 768), "projector": (1920, 1080)}
GROUPS = [
    ("Gruppe 1", [4, 3, 4, 2, 3, 3]),
    ("Køkkenet", [3, 4, 5, 2, 2, 3]),
    ("Natholdet", [2, 2, 3, 1, 2, 4]),
    ("Administrationen", [4, 4, 3, 3, 4, 5]),
    ("Weekendholdet", [3, 2, 4, 1, 3, 3]),
    ("Ledergruppen", [5, 4, 4, 3, 3, 4]),
]
GROUP_NOTES = {1: ["Travlt om morgenen – vi når ikke at tale sammen.", "Tid og ressourcer."]}
NOTES = [
    "Vi taler åbent om fejl på personalemøderne, men ikke altid på tværs af vagterne.",
    "Tid og ressourcer – og systematik: aftaler bliver ikke fulgt op.",
    "Mere sparring mellem kollegerne.",
    "",
    "",
]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat))
        window = MainWindow(settings, translations, autosave_directory=Path(tmp) / "autosave")
        model = window.model
        count = int(os.environ.get("AMK_SCREENSHOT_GROUPS", "3"))
        for index, (name, scores) in enumerate(GROUPS[:count]):
            if index:
                model.add_group(name)
            model.rename_group(index, name)
            for key, value in zip(
                ("trust", "innovation", "motivation", "resources", "systematics", "knowledge"),
                scores,
                strict=True,
            ):
                model.set_score(key, value, index)
        for question, text in enumerate(NOTES):
            model.set_note(question, text, 0)
        for group, notes in GROUP_NOTES.items():
            for question, text in enumerate(notes):
                model.set_note(question, text, group)
        model.set_detail("title", "Personalemøde i Hjemmeplejen Nord")
        model.set_detail("workplace", "Solbjerg Kommune")
        model.set_detail("date", "2026-11-24")
        model.set_detail("facilitator", "Mette Kjær")
        model.set_closing_answer(0, "Ja – vi vil især styrke tid og ressourcer.")
        row = model.add_agreement()
        model.set_agreement_field(row, "action", "Fast punkt om arbejdsmiljø på personalemødet")
        model.set_agreement_field(row, "factors", ["systematics", "resources"])
        model.set_agreement_field(row, "responsible", "Lars Holm")
        model.set_agreement_field(row, "deadline", "2027-01-31")
        model.set_current_index(0)
        if os.environ.get("AMK_PROJECTOR_MODE"):
            window.set_projector_mode(True)
        window.show()
        for language in ("da", "en"):
            translations.apply(language)
            for size_name, (width, height) in SIZES.items():
                window.resize(width, height)
                for step in STEPS:
                    window.show_step(step)
                    for _ in range(5):
                        QApplication.processEvents()
                    path = out / f"{step}-{language}-{size_name}.png"
                    window.grab().save(str(path))
                    print(path)
        window.model.undo_stack.setClean()  # nothing to save: close without asking
        window.close()


if __name__ == "__main__":
    main()
