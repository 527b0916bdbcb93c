"""The main window: steps, the leaflet's text, language, what a person sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QSlider, QWidget

from amk_desktop.core.palette import group_colour
from tests.gui_helpers import slider_point, visible_texts

pytestmark = pytest.mark.gui

# NFA's own wording, copied from the leaflet (shared/seeds), not from our catalogue.
LEAFLET_DA = {
    "before": [
        "Hvad er Arbejdsmiljøkompetencemodellen?",
        "’Arbejdsmiljøkompetence’ beskriver en gruppes kompetence til aktivt at kunne handle i "
        "forhold til problemer, den identificerer i arbejdsmiljøet.",
        "Arbejdsmiljøkompetencemodellen er et redskab, der kan hjælpe jer med at tale om "
        "arbejdsmiljøkompetencen på jeres arbejdsplads.",
        "Hvornår er det oplagt at bruge modellen?",
        "i en mindre gruppe (fx en arbejdsmiljøgruppe eller en styregruppe med leder- og "
        "medarbejderrepræsentanter)",
        "i en større gruppe (fx alle medarbejderne i jeres afdeling)",
        "med alle medarbejdere på jeres arbejdsplads.",
        "På den måde forbedrer modellen jeres muligheder for at identificere og løse problemer i "
        "det psykiske arbejdsmiljø i afdelingen eller på arbejdspladsen.",
        "Sådan gør I",
        "Før dialogøvelsen",
        "Find et sted, hvor I kan tale uforstyrret. Sæt god tid af til øvelsen (mindst 60 "
        "minutter).",
        "Find en tovholder/mødeleder.",
        "Medbring et eller flere print af siderne ’Dialogøvelse’ og ’Dialogspørgsmål’",
        "inddele dem i mindre grupper med 4-6 personer.",
        "I kan med fordel orientere jer i minirapporten ’Veje til et bedre psykisk arbejdsmiljø.",
    ],
    "during": [
        "Vurdér hver af de seks faktorer i jeres arbejdsmiljøkompetence på en skala fra 1-5, "
        "hvor 1 er lav og 5 er høj.",
        "Under dialogøvelsen",
        "Start med at fortælle medarbejderne om formålet med øvelsen – at starte en dialog om "
        "arbejdsmiljøkompetencen i jeres afdeling/på jeres arbejdsplads (2 minutter).",
        "Snak kort sammen om modellen (8 minutter).",
        "Brug trin 2 ’Under’ i programmet eller de tomme dialogark.",
        "Det vil være en god idé at gennemføre dialogøvelsen i én eller flere mindre grupper.",
        "Åbenhed, tillid og psykologisk tryghed",
        "Innovation",
        "Motivation",
        "Tid og ressourcer",
        "Systematik",
        "Teknikker og viden",
        "Dialogspørgsmål",
        "Hvorfor ser vores arbejdsmiljøkompetence ud, som den gør?",
        "Hvilke faktorer har vi især brug for at gøre noget ved for at styrke vores "
        "arbejdsmiljøkompetence?",
        "Hvad skal vi gøre mere af?",
        "Hvad skal vi gøre mindre af?",
        "Hvordan kan vi i fællesskab gøre en indsats for at styrke vores fælles "
        "arbejdsmiljøindsats og arbejdsmiljøkompetence?",
    ],
    "after": [
        "Efter dialogøvelsen",
        "Hvis I har flere grupper, er det en god idé at lave en fælles opsamling, hvor I drøfter "
        "på tværs af grupperne (10 minutter).",
        "Afslutning og aftaler (10 minutter):",
        "Er der behov for, at I gør en særlig indsats for at styrke arbejdsmiljøkompetencen på "
        "jeres arbejdsplads?",
        "Er der nogle særlige faktorer, som I har behov for at arbejde med?",
        "Hvordan vil I håndtere den videre proces?",
        "Har I behov for at arbejde videre med det psykiske arbejdsmiljø og trivslen på jeres "
        "arbejdsplads? Her kan I overveje at bruge ’Arbejdsmiljøinterviewet’ og ’Problemløseren’.",
    ],
}


def page(window, step: str) -> QWidget:
    found = window.findChild(QWidget, f"step_{step}")
    assert found is not None
    return found


@pytest.mark.parametrize("step", ["before", "during", "after"])
def test_every_text_of_the_leaflet_appears_in_danish(window, step) -> None:
    window.show_step(step)  # Under and Efter are built on first use
    texts = visible_texts(page(window, step))
    missing = [t for t in LEAFLET_DA[step] if " ".join(t.split()) not in texts]
    assert missing == []


def test_the_window_starts_on_before_and_walks_through_the_steps(qtbot, make_window) -> None:
    win = make_window()
    win.show()
    assert win.pages.currentWidget() is page(win, "before")
    back = win.findChild(QPushButton, "back_button")
    forward = win.findChild(QPushButton, "next_button")
    assert not back.isEnabled()
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is page(win, "during")
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is page(win, "after")
    assert not forward.isEnabled()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is page(win, "during")
    qtbot.mouseClick(win.findChild(QPushButton, "step_button_before"), Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is page(win, "before")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keySequence(win, QKeySequence("Ctrl+3"))
    assert win.pages.currentWidget() is page(win, "after")


def test_main_window_constructs_with_no_arguments(qtbot) -> None:
    from amk_desktop.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert len(win.model.groups) == 1
    assert win.model.current_group.ordered_scores() == [None] * 6


def test_the_root_builds_the_services_once_and_the_window_only_takes_them(qtbot) -> None:
    import inspect

    from amk_desktop.app import MainWindow, build_services
    from amk_desktop.ui.window import main_window

    services = build_services()
    win = main_window.MainWindow(services)
    qtbot.addWidget(win)
    assert win.services is services and win.dialogs is services.dialogs
    assert win.document.autosaver.directories[0] == services.autosave_directory
    # no second root: the window's constructor takes the services, it does not make them
    source = inspect.getsource(main_window.MainWindow.__init__)
    assert "is not None else" not in source and "Settings(" not in source
    assert issubclass(MainWindow, main_window.MainWindow)


def test_about_goes_through_the_dialogs_service(make_window, dialogs) -> None:
    win = make_window()
    win.about_action.trigger()
    ((kind, text),) = dialogs.calls
    assert kind == "about" and "AMK Desktop" in text and "NFA" in text


def test_the_chart_is_not_built_before_it_is_needed(qtbot, make_window) -> None:
    win = make_window()
    assert win._during_page is None and win._after_page is None  # start-up builds Før only
    assert "pyqtgraph" not in __import__("sys").modules or win.during_page.chart is None
    assert win.during_page.chart is None
    win.show_step("during")
    assert win.during_page.chart is not None
    assert win.during_page.chart.objectName() == "radar_chart"


def test_switching_language_keeps_the_work_and_retranslates(window, qtbot) -> None:
    s = window.findChild(QSlider, "factor_slider_trust")
    qtbot.mouseClick(s, Qt.MouseButton.LeftButton, pos=slider_point(s, 4))
    notes = window.findChild(QPlainTextEdit, "question_notes_1")
    qtbot.keyClicks(notes, "Vi taler åbent")
    window.findChild(type(window.fullscreen_action), "language_action_en").trigger()
    # installing a translator posts LanguageChange to every widget
    qtbot.waitUntil(lambda: "Openness, trust and psychological safety" in visible_texts(window))
    english = visible_texts(window)
    assert "Why does our work-environment competence look the way it does?" in english
    assert "Openness, trust and psychological safety" in english
    assert "Dialogspørgsmål" not in english
    assert window.model.current_group.scores["trust"] == 4
    assert notes.toPlainText() == "Vi taler åbent"
    assert window._settings.language == "en"
    window.findChild(type(window.fullscreen_action), "language_action_da").trigger()
    qtbot.waitUntil(lambda: "Dialogspørgsmål" in visible_texts(window))


def _colour_share(image, colour: QColor, tolerance: int = 40) -> float:
    step = 4
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            total += 1
            if (
                abs(c.red() - colour.red())
                + abs(c.green() - colour.green())
                + abs(c.blue() - colour.blue())
                < tolerance
            ):
                hits += 1
    return hits / total


def test_window_is_not_blank_at_laptop_size(window, qtbot) -> None:
    for key, value in (
        ("trust", 4),
        ("innovation", 3),
        ("motivation", 5),
        ("resources", 2),
        ("systematics", 3),
        ("knowledge", 4),
    ):
        window.model.set_score(key, value)
    qtbot.wait(50)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1366, 768)
    background = image.pixelColor(image.width() // 2, image.height() - 2)
    assert _colour_share(image, background, 10) < 0.9  # not one flat colour
    chart = window.during_page.chart
    chart_image = chart.grab().toImage()
    assert _colour_share(chart_image, QColor(group_colour(0)), 60) > 0.002  # the polygon shows
    assert chart.width() > 400 and chart.height() > 400


def test_building_the_later_steps_keeps_the_menus_alive(make_window, qtbot) -> None:
    """Regression: deleting the placeholder of a lazily built step used to take the menu bar
    with it on the next deferred-delete pass (then every language switch failed)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    win = make_window()
    win.show_step("during")
    win.show_step("after")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
    for menu in (win.file_menu, win.edit_menu, win.view_menu, win.help_menu, win.menuBar()):
        assert shiboken6.isValid(menu)
    win.set_language("en")
    qtbot.waitUntil(lambda: win.file_menu.title() == "&File")


def test_f11_switches_full_screen_even_where_the_platform_binds_f11(window, qtbot) -> None:
    shortcuts = [key.toString() for key in window.fullscreen_action.shortcuts()]
    assert "F11" in shortcuts
    assert len(shortcuts) == len(set(shortcuts))  # no "Ambiguous shortcut overload: F11"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.fullscreen_action.isChecked()
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.fullscreen_action.isChecked()


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_guidance_points_to_the_programs_steps_not_the_leaflets_pages(window, language) -> None:
    """The leaflet's page references ("side 4 og 5 i Dialogværktøjet", "tabellen nedenfor")
    point to pages a user of the program does not have (issue 10)."""
    window.set_language(language)
    QApplication.processEvents()  # the language change reaches the widgets as events
    texts = ""
    for step in ("before", "during", "after"):
        window.show_step(step)
        texts += visible_texts(page(window, step))
    for gone in (
        "side 2",
        "side 4",
        "dialogværktøjet",
        "tabellen nedenfor",
        "page 2",
        "pages 4",
        "dialogue tool.",
        "table below",
        "act actively",
        "moving the working",
    ):
        assert gone not in texts, gone
    step_name = "trin 2 ’Under’" if language == "da" else "step 2 ‘During’"
    assert step_name in texts
