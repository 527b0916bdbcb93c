"""Screenshots of the survey window and its import dialog, for looking at changes (issue 13).

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/survey_screenshot.py [OUT_DIR]

Writes survey-<what>-<lang>-<size>.png: the window before a survey, with one survey, with an
earlier survey beside it, and the import dialog, in Danish and English at laptop (1366x768)
and projector (1920x1080) size. The answers are made up (`example_answers`), two surveys a year
apart, as Danish Excel saves them (`;`, Windows-1252), with a few broken rows.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from amk_desktop.app import MainWindow, create_application
from amk_desktop.formats.importers.survey_table import read_survey_table
from amk_desktop.i18n import Translations
from amk_desktop.ui.services.settings import Settings
from amk_desktop.ui.services.survey_import import SurveyImportDialog

SIZES = {"laptop": (1366, 768), "projector": (1920, 1080)}
DEPARTMENTS = {  # name: (people, their usual answer)
    "Hjemmeplejen Nord": (23, 3.6),
    "Hjemmeplejen Syd": (19, 3.1),
    "Køkkenet": (9, 4.1),
    "Natholdet": (3, 2.6),
    "Rengøring & service": (12, 2.8),
    "Administrationen": (8, 3.9),
    "Plejecenter Solbakken": (31, 3.3),
    "Plejecenter Egely": (27, 3.7),
    "Terapeuterne": (6, 4.3),
    "Visitationen": (4, 3.5),
    "Sygeplejen": (15, 3.4),
    "Aktivitetscentret": (7, 4.0),
}


def example_answers(seed: int, shift: float = 0.0) -> bytes:
    """A survey's answers as Danish Excel saves them, with three rows that cannot be used."""
    rng = random.Random(seed)
    lines = ["Afdeling;Spm1;Spm2;Spm3;Spm4;Spm5;Spm6;Spm7;Spm8"]
    for name, (people, usual) in DEPARTMENTS.items():
        for _ in range(people):
            answers = [
                ""
                if rng.random() < 0.04
                else str(min(5, max(1, round(rng.gauss(usual + shift, 0.8)))))
                for _ in range(8)
            ]
            lines.append(";".join([name, *answers]))
    lines.insert(9, ";4;4;4;4;4;4;4;4")  # no department
    lines.insert(30, "Køkkenet;4;6;4;4;x;4;4;4")  # 6 and x are no answers
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        now, before = Path(tmp) / "svar-2026.csv", Path(tmp) / "svar-2025.csv"
        now.write_bytes(example_answers(2026, 0.15))
        before.write_bytes(example_answers(2025))
        settings = Settings(QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat))
        window = MainWindow(settings, translations, autosave_directory=Path(tmp) / "autosave")

        class Accept:  # the import dialog, as if Import were pressed at once
            def __getattr__(self, name: str) -> object:
                return getattr(window.dialogs, name)

            def import_survey(self, parent: object, name: str, table: object) -> object:
                dialog = SurveyImportDialog(parent, name, table)  # type: ignore[arg-type]
                return dialog.imported

        survey = window.show_survey()
        survey._dialogs = Accept()  # type: ignore[assignment]
        if os.environ.get("AMK_PROJECTOR_MODE"):
            window.set_projector_mode(True)
        for language in ("da", "en"):
            translations.apply(language)
            survey.current = survey.earlier = None
            survey._rescore()
            for size_name, (width, height) in SIZES.items():
                survey.resize(width, height)
                survey.current = survey.earlier = None
                survey._rescore()
                settle()
                shots = {"empty": survey}
                survey.grab().save(str(out / f"survey-empty-{language}-{size_name}.png"))
                survey.import_answers(str(now))
                survey.table.choose("Køkkenet")
                settle()
                survey.grab().save(str(out / f"survey-one-{language}-{size_name}.png"))
                survey.import_answers(str(before), earlier=True)
                settle()
                survey.grab().save(str(out / f"survey-two-{language}-{size_name}.png"))
                del shots
            dialog = SurveyImportDialog(
                survey, now.name, read_survey_table(now.name, now.read_bytes())
            )
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"survey-import-{language}.png"))
            dialog.columns["department"].setCurrentIndex(0)
            settle()
            dialog.grab().save(str(out / f"survey-import-nodept-{language}.png"))
            dialog.close()
        for path in sorted(out.glob("survey-*.png")):
            print(path)
        QTimer.singleShot(0, app.quit)
    os._exit(0)


if __name__ == "__main__":
    main()
