"""The main window: the three steps of the meeting (Før, Under, Efter) and the menus.

Thin on purpose: it arranges the pages and routes menu commands; the session lives in
`SessionModel`, the pages show it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amk_desktop import APP_NAME, __version__
from amk_desktop.core.session import Session
from amk_desktop.ui.during_page import DuringPage
from amk_desktop.ui.guidance import GuidancePage, after_html, before_html
from amk_desktop.ui.i18n import Translations
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.settings import Settings

STEPS: tuple[str, ...] = ("before", "during", "after")


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        translations: Translations | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self._settings = settings if settings is not None else Settings()
        app = QCoreApplication.instance()
        assert app is not None, "MainWindow needs a running QApplication"
        self._translations = translations if translations is not None else Translations(app)
        if session is None:
            session = Session.new(self.tr("Group %1").replace("%1", "1"))
        self.model = SessionModel(session, self)

        # the steps
        self.before_page = GuidancePage("step_before", before_html)
        self.during_page = DuringPage(self.model)
        self.after_page = GuidancePage("step_after", after_html)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("step_pages")
        for page in (self.before_page, self.during_page, self.after_page):
            self.pages.addWidget(page)

        # step navigation: a bar of three steps on top, back/next at the bottom
        self.step_buttons = QButtonGroup(self)
        self.step_buttons.setExclusive(True)
        step_bar = QHBoxLayout()
        step_bar.setContentsMargins(12, 8, 12, 0)
        for index, step in enumerate(STEPS):
            button = QPushButton(self)
            button.setObjectName(f"step_button_{step}")
            button.setCheckable(True)
            button.setFlat(True)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            button.setMinimumHeight(button.sizeHint().height() + 8)
            self.step_buttons.addButton(button, index)
            step_bar.addWidget(button, 1)
        self.step_buttons.idClicked.connect(self.show_step_index)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_button")
        self.back_button.clicked.connect(lambda: self.show_step_index(self.current_step - 1))
        self.next_button.clicked.connect(lambda: self.show_step_index(self.current_step + 1))
        nav = QHBoxLayout()
        nav.setContentsMargins(12, 4, 12, 8)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(step_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        self.setCentralWidget(central)

        self._build_menus()
        self.retranslate()
        self.show_step_index(0)
        self.resize(1280, 720)
        geometry = self._settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- steps -------------------------------------------------------------------------------
    @property
    def current_step(self) -> int:
        return self.pages.currentIndex()

    def show_step(self, step: str) -> None:
        self.show_step_index(STEPS.index(step))

    def show_step_index(self, index: int) -> None:
        index = max(0, min(index, len(STEPS) - 1))
        if STEPS[index] == "during":
            self.during_page.ensure_chart()
        self.pages.setCurrentIndex(index)
        button = self.step_buttons.button(index)
        if button is not None:
            button.setChecked(True)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        if STEPS[index] != "during" and self.during_page.chart is None:
            # Build the chart once the window is idle, so that Under opens without a pause
            # and start-up still paints the first step without importing pyqtgraph.
            QTimer.singleShot(300, self.during_page.ensure_chart)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.step_actions: list[QAction] = []
        for index in range(len(STEPS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.show_step_index(i))
            self.view_menu.addAction(action)
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setObjectName("fullscreen_action")
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcuts(
            [QKeySequence("F11"), *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)]
        )
        self.fullscreen_action.toggled.connect(self._set_fullscreen)
        self.view_menu.addAction(self.fullscreen_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in (("da", "Dansk"), ("en", "English")):  # each in its own language
            action = QAction(name, self)
            action.setObjectName(f"language_action_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self._translations.language)
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.set_language(str(action.data()))
        )

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    def set_language(self, language: str) -> None:
        """Switch the language at once; every page re-translates itself, nothing is lost."""
        self._translations.apply(language)
        self._settings.language = self._translations.language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self._translations.language)

    def _set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<p><b>%1</b> %2</p><p>Runs the dialogue tool ‘The work-environment competence "
                "model’ from NFA, the National Research Centre for the Working Environment, "
                "offline.</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        titles = (self.tr("Before"), self.tr("During"), self.tr("After"))
        subtitles = (
            self.tr("Prepare the meeting"),
            self.tr("The dialogue exercise"),
            self.tr("Summary and agreements"),
        )
        for index, (title, subtitle) in enumerate(zip(titles, subtitles, strict=True)):
            button = self.step_buttons.button(index)
            button.setText(f"{index + 1}  {title} · {subtitle}")
            button.setAccessibleName(
                self.tr("Step %1 of 3: %2").replace("%1", str(index + 1)).replace("%2", title)
            )
            self.step_actions[index].setText(
                self.tr("Go to step %1: %2").replace("%1", str(index + 1)).replace("%2", title)
            )
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About %1").replace("%1", APP_NAME))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        super().closeEvent(event)
