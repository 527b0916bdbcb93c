"""The main window: the three steps of the meeting (Før, Under, Efter), the menus, the title.

Thin on purpose: it arranges the pages and routes menu commands. The session lives in
`SessionModel`, the file it belongs to in `SessionDocument`, the pages show them.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from amk_desktop import APP_NAME, __version__
from amk_desktop.core import SESSION_FILE_SUFFIX
from amk_desktop.core.collect import CollectionPlan, Conflict
from amk_desktop.core.session import Session
from amk_desktop.core.text import fill
from amk_desktop.resources import data_path
from amk_desktop.ui.pages.before import BeforePage
from amk_desktop.ui.services import WindowServices, autosave
from amk_desktop.ui.services.dialogs import RecoveryChoice
from amk_desktop.ui.services.document import SessionDocument
from amk_desktop.ui.services.output import SheetOutput
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agenda_timer import AgendaTimer
from amk_desktop.ui.widgets.appearance import PROJECTOR_SCALE, set_font_role
from amk_desktop.ui.widgets.group_list import default_group_name

if TYPE_CHECKING:
    from amk_desktop.ui.pages.after import AfterPage
    from amk_desktop.ui.pages.during import DuringPage
    from amk_desktop.ui.window.presenter import PresenterView
    from amk_desktop.ui.window.survey_window import SurveyWindow
    from amk_desktop.ui.window.year_agreements import YearAgreementsWindow

STEPS: tuple[str, ...] = ("before", "during", "after")
EXAMPLE_SESSION = data_path("examples")


def full_screen_shortcuts() -> list[QKeySequence]:
    """F11 and the platform's own full-screen keys, each once: where the platform's list already
    holds F11 (GNOME, KDE), adding it again made Qt call it an ambiguous shortcut and do nothing."""
    shortcuts: list[QKeySequence] = []
    for key in (
        QKeySequence("F11"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen),
    ):
        if not key.isEmpty() and key not in shortcuts:
            shortcuts.append(key)
    return shortcuts


class MainWindow(QMainWindow):
    def __init__(self, services: WindowServices, session: Session | None = None) -> None:
        """A main window with the services the composition root built (`amk_desktop.app`;
        `amk_desktop.app.MainWindow()` builds them and the window in one line)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.services = services
        self._settings = services.settings
        self._translations = services.translations
        self.dialogs = services.dialogs
        self.appearance = services.appearance
        if session is None:
            session = Session.new(self._first_group_name())
        self.model = SessionModel(session, self)
        # an edit refused at a limit of the file format: say why, calmly (no dialog per key)
        self.model.limit_reached.connect(lambda _why, say: self.statusBar().showMessage(say, 15000))
        self.document = SessionDocument(
            self.model,
            self.dialogs,
            self._settings,
            services.autosave_directory,
            lambda: self,
            self,
        )
        self.document.state_changed.connect(self._update_title)
        self.output = SheetOutput(
            self.model, self._translations, self.dialogs, self._settings, lambda: self, self
        )
        self.output.exported.connect(self._on_exported)
        self.document.autosaver.failed.connect(self._on_autosave_failed)

        # step navigation: a bar of three steps on top, back/next at the bottom (created before
        # the pages, so that Tab goes: steps, the page's controls, back, next)
        self.step_buttons = QButtonGroup(self)
        self.step_buttons.setExclusive(True)
        step_bar = QHBoxLayout()
        step_bar.setContentsMargins(12, 8, 12, 0)
        for index, step in enumerate(STEPS):
            button = QPushButton(self)
            button.setObjectName(f"step_button_{step}")
            button.setCheckable(True)
            button.setFlat(True)
            set_font_role(button, 1.15)
            self.step_buttons.addButton(button, index)
            step_bar.addWidget(button, 1)
        self.step_buttons.idClicked.connect(self.show_step_index)

        # the steps: Før now; Under and Efter are built when first needed (or when the window
        # is idle), so that start-up paints the first step as fast as a bare window
        self.before_page = BeforePage(self.model)
        self._during_page: DuringPage | None = None
        self._after_page: AfterPage | None = None
        self._clock = services.clock
        self.presenter: PresenterView | None = None  # built on first F5 (it imports pyqtgraph)
        self.survey_window: SurveyWindow | None = None  # built when first opened
        self.year_agreements: YearAgreementsWindow | None = None
        self._today = services.today
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("step_pages")
        # placeholders for Under and Efter, referenced here so they stay alive until replaced
        self._placeholders = {1: QWidget(), 2: QWidget()}
        for page in (self.before_page, self._placeholders[1], self._placeholders[2]):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_button")
        self.back_button.clicked.connect(lambda: self.show_step_index(self.current_step - 1))
        self.next_button.clicked.connect(lambda: self.show_step_index(self.current_step + 1))
        # the meeting's clock, on every step (beside Back and Next: it takes no height)
        self.agenda_timer = AgendaTimer(self.model, services.clock, self)
        nav = QHBoxLayout()
        nav.setContentsMargins(12, 4, 12, 8)
        nav.addWidget(self.agenda_timer)
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
        self._update_baseline_actions()
        self.before_page.sheets_button.clicked.connect(self.blank_sheets_action.trigger)
        paper_groups = self.before_page.paper_groups
        paper_groups.setValue(self._settings.paper_groups)
        paper_groups.valueChanged.connect(self._remember_paper_groups)
        self.retranslate()
        if self._settings.projector_mode:
            self.set_projector_mode(True)
        self.show_step_index(0)
        self.resize(1280, 720)
        geometry = self._settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _first_group_name(self) -> str:
        return default_group_name(1)

    # -- steps -------------------------------------------------------------------------------
    @property
    def current_step(self) -> int:
        return self.pages.currentIndex()

    def show_step(self, step: str) -> None:
        self.show_step_index(STEPS.index(step))

    @property
    def during_page(self) -> DuringPage:
        if self._during_page is None:
            from amk_desktop.ui.pages.during import DuringPage  # noqa: PLC0415

            self._during_page = DuringPage(self.model)
            self._during_page.chart_mode.currentIndexChanged.connect(self._presenter_mode)
            if self.appearance.projector:
                self._during_page.set_label_emphasis(PROJECTOR_SCALE)
            self._place_page(1, self._during_page)
        return self._during_page

    @property
    def after_page(self) -> AfterPage:
        if self._after_page is None:
            from amk_desktop.ui.pages.after import AfterPage  # noqa: PLC0415

            self._after_page = AfterPage(self.model)
            self._after_page.export_button.clicked.connect(self.export_action.trigger)
            self._after_page.print_button.clicked.connect(self.print_action.trigger)
            self._place_page(2, self._after_page)
        return self._after_page

    def _place_page(self, index: int, page: QWidget) -> None:
        placeholder = self._placeholders[index]
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        # The empty placeholder stays alive, hidden (a few bytes). Deleting it here
        # (deleteLater) made PySide 6.11 destroy the window's menu bar on the next
        # deferred-delete pass: seen in tests, not understood yet; see docs/decisions.md.
        self.pages.removeWidget(placeholder)
        self.pages.setCurrentIndex(current)
        # a page added late joins the focus chain somewhere: put back/next after it again
        last: QWidget = page
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            tabbable = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            if tabbable and page.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        QWidget.setTabOrder(last, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

    def _prepare_when_idle(self) -> None:
        self.during_page.ensure_chart()
        _ = self.after_page

    def _step_shortcut(self, index: int) -> None:
        """Ctrl+1/2/3: the step, with the keyboard where the work is (on Under, the current
        group's first factor, so that Ctrl+2 and six digits rate a group)."""
        self.show_step_index(index)
        if STEPS[index] == "during":
            self.during_page.focus_first_factor()
        elif STEPS[index] == "after":
            self.after_page.focus_start()

    def show_step_index(self, index: int) -> None:
        index = max(0, min(index, len(STEPS) - 1))
        if STEPS[index] == "during":
            self.during_page.ensure_chart()
        elif STEPS[index] == "after":
            _ = self.after_page
        self.pages.setCurrentIndex(index)
        button = self.step_buttons.button(index)
        if button is not None:
            button.setChecked(True)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        if self._during_page is None or self._during_page.chart is None:
            # Build the other steps once the window is idle, so that they open without a pause
            # and start-up still paints the first step without importing pyqtgraph.
            QTimer.singleShot(300, self._prepare_when_idle)

    # -- files -------------------------------------------------------------------------------
    def new_session(self) -> bool:
        return self.document.new(self._first_group_name())

    def open_session(self, path: str | None = None) -> bool:
        opened = self.document.open(path)
        if opened:
            self.show_step("during")
        return opened

    def _open_chosen(self) -> None:
        self.open_session()  # not connected directly: triggered(bool) would pass a "path"

    def close_session(self) -> bool:
        return self.document.close(self._first_group_name())

    def open_example(self, name: str = "eksempel-afdeling.amk", step: str = "during") -> bool:
        """An example session (NFA's material is Danish) on `step`, as a new, untitled copy so
        that it is never overwritten."""
        if not self.document.maybe_save():
            return False
        from amk_desktop.formats.amk import load_session  # noqa: PLC0415

        self.model.replace_session(load_session(EXAMPLE_SESSION / name))
        self.document.new_from_copy()
        self.show_step(step)
        return True

    def _open_example_chosen(self) -> None:
        self.open_example()  # not connected directly: triggered(bool) would pass a "name"

    def open_follow_up_example(self) -> bool:
        """The example's follow-up a year later, on Før where the earlier agreements are
        reviewed."""
        return self.open_example("eksempel-opfoelgning.amk", "before")

    def offer_recovery(self) -> None:
        """After a crash: offer each session whose window is gone (from the autosave folder and
        its fallback). Damaged recovery information never hides an autosave."""
        from amk_desktop.core.text import fill  # noqa: PLC0415

        for item in autosave.find_recoverable(self.document.autosaver.directories):
            if item.original is None or item.saved_at is None:
                description = self.tr(
                    "A session whose file and time are unknown (its recovery information is "
                    "damaged)."
                )
            else:
                name = (
                    Path(item.original).name or item.original
                    if item.original
                    else self.tr("Untitled")
                )
                description = fill(
                    self.tr("“%1”, last autosaved %2."), name, self._local_time(item.saved_at)
                )
            choice = self.dialogs.ask_recover(self, description)
            if choice is RecoveryChoice.RECOVER:
                if self.document.is_modified and not self.document.maybe_save():
                    item.release()
                    continue
                if not self.document.recover(item):
                    item.release()  # kept for a later start; the error has been shown
                    continue
                self.show_step("during")
            elif choice is RecoveryChoice.DISCARD:
                item.discard()
            else:
                item.release()

    @staticmethod
    def _local_time(utc: str) -> str:
        """A UTC time as the files hold it (2025-03-14T09:30:00Z), in local time, written the
        way the user interface's language writes dates and times."""
        from PySide6.QtCore import QDateTime, QLocale  # noqa: PLC0415

        moment = QDateTime.fromString(utc, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return utc
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title_name}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self._settings.recent_files
        for number, path in enumerate(recent, start=1):
            # a file name is user text: "&" is no access key, "<b>" no markup
            action = menu.addAction(f"&{number}  {Path(path).name.replace('&', '&&')}")
            action.setToolTip(f"<qt>{escape(path)}</qt>")
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        if not recent:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._settings.clear_recent_files)

    @staticmethod
    def _session_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            url.toLocalFile()
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SESSION_FILE_SUFFIX)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._session_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Session files dropped on a fresh window open (the first of them); dropped on a
        meeting in progress, their groups are collected into it (after a preview)."""
        paths = self._session_paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        fresh = self.document.path is None and not self.document.is_modified
        if fresh and len(paths) == 1:
            self.open_session(paths[0])
        else:
            self.collect_groups(paths)

    def collect_groups(self, paths: list[str] | None = None) -> bool:
        """Collect the groups of other session files (chosen when `paths` is None) into this
        meeting, after a preview; one undo step. False when nothing was collected."""
        from amk_desktop.core.collect import (  # noqa: PLC0415
            offered_agreements,
            offered_reviews,
            plan_collection,
        )

        if paths is None:
            paths = self.dialogs.ask_collect_paths(self, self._settings.last_folder)
        if not paths:
            return False
        others = self.document.read_others(paths)
        if others is None:
            return False
        incoming = [(name, session.groups) for name, session in others]
        offered = offered_agreements(self.model.agreements, [s.agreements for _n, s in others])
        reviews = offered_reviews(self.model.baseline, [(n, s.baseline) for n, s in others])

        def plan_for(
            conflict: Conflict, with_agreements: bool = False, with_reviews: bool = False
        ) -> CollectionPlan:
            plan = plan_collection(self.model.groups, incoming, conflict, offered, reviews)
            return plan.with_agreements(with_agreements).with_reviews(with_reviews)

        first = plan_for(Conflict.KEEP_NEWER)
        if not (first.changes_anything or first.offered_agreements or first.offered_reviews):
            self.statusBar().showMessage(
                self.tr("Nothing to collect: every group of those files is already here."),
                10_000,
            )
            return False
        plan = self.dialogs.preview_collection(self, plan_for)
        if plan is None or not self.model.collect_groups(plan):
            return False
        self.statusBar().showMessage(
            fill(
                self.tr(
                    "Collected. Groups added: %1. Groups updated: %2. Agreements added: %3. "
                    "Reviews of earlier agreements taken: %4."
                ),
                len(plan.added),
                len(plan.replaced),
                len(plan.agreements),
                len(plan.reviews),
            ),
            10_000,
        )
        return True

    def _collect_chosen(self) -> None:
        self.collect_groups()  # not connected directly: triggered(bool) would pass "paths"

    # -- follow-up over the year (issue 12) ---------------------------------------------------
    def _read_earlier(self, path: str | None) -> tuple[str, Session] | None:
        """The earlier session chosen (or at `path`), or None (cancelled, or said why not)."""
        if path is None:
            path = self.dialogs.ask_open_path(self, self._settings.last_folder)
            if path is None:
                return None
        read = self.document.read_others([path])
        return read[0] if read else None

    def new_follow_up(self, path: str | None = None) -> bool:
        """A new meeting that follows up an earlier one (chosen, or at `path`): its details and
        groups carried over, its result kept to compare with, its agreements to review."""
        from amk_desktop.core.baseline import follow_up_session  # noqa: PLC0415

        earlier = self._read_earlier(path)
        if earlier is None:
            return False
        name, session = earlier
        follow_up = follow_up_session(session, name)
        cut = self._fit_chain(follow_up, name)
        if cut is None or not self.document.maybe_save():
            return False
        self.model.replace_session(follow_up)
        self.document.new_from_copy()
        self.show_step("before")
        said = fill(self.tr("A follow-up of %1: its agreements are listed to review."), name)
        self.statusBar().showMessage(" ".join([said, *self._cut_note(cut)]), 15_000)
        return True

    def _fit_chain(self, session: Session, name: str) -> int | None:
        """`limits.fit_chain`: None (and the facilitator told why) when the earlier meeting in
        `name` cannot be followed up in one file."""
        from amk_desktop.core import limits  # noqa: PLC0415

        cut = limits.fit_chain(session)
        if cut is None:
            self.dialogs.show_error(
                self,
                self.tr("Follow up an earlier meeting"),
                fill(
                    self.tr(
                        "%1 cannot be followed up: its agreements would not fit in one "
                        "session file (at most %2 MB). Nothing was changed."
                    ),
                    name,
                    limits.MAX_FILE_SIZE // (1024 * 1024),
                ),
            )
        return cut

    def _cut_note(self, cut: int) -> list[str]:
        """What the status bar adds when older meetings were left out of the chain."""
        if not cut:
            return []
        return [
            fill(
                self.tr(
                    "The oldest earlier meetings (%1) were left out, so that the file is not "
                    "too large."
                ),
                cut,
            )
        ]

    def _follow_up_chosen(self) -> None:
        self.new_follow_up()  # not connected directly: triggered(bool) would pass a "path"

    def choose_baseline(self, path: str | None = None) -> bool:
        """Compare this meeting with an earlier one (chosen, or at `path`), one undo step."""
        from amk_desktop.core.baseline import (  # noqa: PLC0415
            baseline_of,
            baseline_problem,
            with_review_kept,
        )

        earlier = self._read_earlier(path)
        if earlier is None:
            return False
        name, session = earlier
        problem = baseline_problem(self.model.session, session)
        if problem is not None:
            why = {
                "same": self.tr("That is this meeting's own file: choose an earlier meeting."),
                "later": self.tr(
                    "That meeting was held after this one: choose an earlier meeting."
                ),
                "follows": self.tr(
                    "That meeting follows up this one: choose a meeting held before it."
                ),
            }[problem]
            self.statusBar().showMessage(why, 15_000)
            return False
        # the earlier meeting chosen again keeps the review made of it in this meeting
        baseline = with_review_kept(baseline_of(session, name), self.model.baseline)
        # what fits beside this meeting's own content (`set_baseline` refuses the rest)
        trial = replace(self.model.session, baseline=baseline)
        cut = self._fit_chain(trial, name)
        if cut is None or not self.model.set_baseline(baseline):
            return False
        if cut:
            self.statusBar().showMessage(" ".join(self._cut_note(cut)), 15_000)
        return True

    def _baseline_chosen(self) -> None:
        self.choose_baseline()

    def show_year_agreements(self) -> YearAgreementsWindow:
        """The agreements due or overdue over the year (built on first use), in front."""
        if self.year_agreements is None:
            from amk_desktop.ui.window.year_agreements import YearAgreementsWindow  # noqa: PLC0415

            self.year_agreements = YearAgreementsWindow(
                self.model, lambda: self.document.display_name, self._today, self
            )
        self.year_agreements.refresh()
        self.year_agreements.show()
        self.year_agreements.raise_()
        return self.year_agreements

    def annual_record(self, paths: list[str] | None = None) -> bool:
        """The annual work-environment discussion record (PDF) from the year's session files
        (chosen, or `paths`) and the chains they carry. The meeting open in this window is
        one of them as it is now (unsaved changes too) when it has a file or anything in it;
        its file, if chosen, is not read again from the disk."""
        if paths is None:
            paths = self.dialogs.ask_year_paths(self, self._settings.last_folder)
            if not paths:
                return False  # cancelled
        own = self.document.path
        chosen = [p for p in paths if own is None or Path(p).resolve() != own.resolve()]
        others = self.document.read_others(chosen) if chosen else []
        if others is None:
            return False
        session = self.model.session
        in_use = (
            own is not None
            or bool(session.agreements)
            or session.baseline is not None
            or any(group.rated_count for group in session.groups)
        )
        sessions = [(self.document.display_name, session)] if in_use else []
        sessions += others
        if not sessions:
            return False
        return self.output.export_annual_record(sessions)

    def _annual_record(self) -> None:
        self.annual_record()

    def _update_baseline_actions(self) -> None:
        self.remove_baseline_action.setEnabled(self.model.baseline is not None)

    # -- the survey (issue 13) ---------------------------------------------------------------
    def show_survey(self) -> SurveyWindow:
        """The survey window (built on first use), shown and brought to the front."""
        if self.survey_window is None:
            from amk_desktop.ui.window.survey_window import SurveyWindow  # noqa: PLC0415

            self.survey_window = SurveyWindow(
                self.dialogs, self._settings, self.output, self.start_dialogue_for, self
            )
        self.survey_window.show()
        self.survey_window.raise_()
        self.survey_window.activateWindow()
        return self.survey_window

    def start_dialogue_for(self, department: str, result: str) -> bool:
        """A new dialogue session for `department` (from the survey; `result` says its score),
        after the question about unsaved changes; False when the facilitator cancels."""
        if not self.new_session():
            return False
        self.model.set_detail("department", department)
        self.show_step("before")
        self.statusBar().showMessage(
            fill(self.tr("A new dialogue for %1. The survey: %2"), department, result), 30_000
        )
        self.raise_()
        self.activateWindow()
        return True

    # -- menus -------------------------------------------------------------------------------
    def _action(
        self, name: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _choices(
        self, menu: QMenu, kind: str, choices: tuple[tuple[str, str], ...], current: str
    ) -> QActionGroup:
        """Checkable, exclusive actions `<kind>_action_<code>` with the code as data."""
        group = QActionGroup(self)
        for code, name in choices:
            action = QAction(name, self)
            action.setObjectName(f"{kind}_action_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current)
            group.addAction(action)
            menu.addAction(action)
        return group

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._action("new_action", self.new_session, keys.New)
        self.open_action = self._action("open_action", self._open_chosen, keys.Open)
        self.collect_action = self._action("collect_groups_action", self._collect_chosen)
        self.survey_action = self._action("survey_action", self.show_survey)
        self.follow_up_action = self._action("follow_up_action", self._follow_up_chosen)
        self.baseline_action = self._action("baseline_action", self._baseline_chosen)
        self.remove_baseline_action = self._action(
            "remove_baseline_action", lambda: self.model.set_baseline(None)
        )
        self.year_agreements_action = self._action(
            "year_agreements_action", self.show_year_agreements
        )
        self.annual_record_action = self._action("annual_record_action", self._annual_record)
        self.model.baseline_changed.connect(self._update_baseline_actions)
        self.model.session_replaced.connect(self._update_baseline_actions)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action("save_action", self.document.save, keys.Save)
        self.save_as_action = self._action("save_as_action", self.document.save_as, keys.SaveAs)
        self.close_action = self._action("close_action", self.close_session, keys.Close)
        self.quit_action = self._action("quit_action", self.close, keys.Quit)
        self.export_action = self._action(
            "export_pdf_action", self.output.export_agreements, "Ctrl+E"
        )
        self.print_action = self._action("print_action", self.output.print_agreements, keys.Print)
        self.preview_action = self._action("print_preview_action", self.output.preview_agreements)
        self.blank_sheets_action = self._action("blank_sheets_action", self._export_blank_sheets)
        self.paper_menu = QMenu(self)
        self.paper_actions = self._choices(
            self.paper_menu, "paper", (("a4", "A4"), ("letter", "US Letter")), self._settings.paper
        )
        self.paper_actions.triggered.connect(self._set_paper)
        self.file_menu.addActions([self.new_action, self.follow_up_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.collect_action)
        self.file_menu.addAction(self.survey_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.baseline_action, self.remove_baseline_action])
        self.file_menu.addAction(self.annual_record_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.print_action, self.preview_action])
        self.file_menu.addAction(self.blank_sheets_action)
        self.file_menu.addMenu(self.paper_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])

        self.edit_menu = self.menuBar().addMenu("")
        stack = self.model.undo_stack
        self.undo_action = self._action("undo_action", stack.undo)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(keys.Undo))
        self.redo_action = self._action("redo_action", stack.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self._update_undo_texts)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.add_group_action = self._action("add_group_action", self._add_group, "Ctrl+Shift+N")
        self.edit_menu.addAction(self.add_group_action)

        # the meeting's clock from the keyboard (the presenter's F5 beside them)
        self.agenda_menu = self.menuBar().addMenu("")
        timer = self.agenda_timer
        self.agenda_start_action = self._action("agenda_start_action", timer.start_or_pause, "F6")
        self.agenda_next_action = self._action("agenda_next_action", timer.next_item, "F7")
        self.agenda_add_action = self._action("agenda_add_time_action", timer.add_time, "F8")
        self.agenda_menu.addActions(
            [self.agenda_start_action, self.agenda_next_action, self.agenda_add_action]
        )

        self.view_menu = self.menuBar().addMenu("")
        self.step_actions: list[QAction] = []
        for index in range(len(STEPS)):
            action = self._action(
                f"step_action_{STEPS[index]}",
                lambda _=False, i=index: self._step_shortcut(i),
                f"Ctrl+{index + 1}",
            )
            self.view_menu.addAction(action)
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.year_agreements_action)
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setObjectName("fullscreen_action")
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcuts(full_screen_shortcuts())
        self.fullscreen_action.toggled.connect(self._set_fullscreen)
        self.view_menu.addAction(self.fullscreen_action)
        self.projector_action = QAction(self)
        self.projector_action.setObjectName("projector_action")
        self.projector_action.setCheckable(True)
        self.projector_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.projector_action.toggled.connect(self.set_projector_mode)
        self.view_menu.addAction(self.projector_action)
        self.presenter_action = QAction(self)
        self.presenter_action.setObjectName("presenter_action")
        self.presenter_action.setShortcut(QKeySequence("F5"))
        self.presenter_action.triggered.connect(self.toggle_presenter)
        self.view_menu.addAction(self.presenter_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = self._choices(  # each language named in its own language
            self.language_menu,
            "language",
            (("da", "Dansk"), ("en", "English")),
            self._translations.language,
        )
        self.language_actions.triggered.connect(
            lambda action: self.set_language(str(action.data()))
        )

        self.help_menu = self.menuBar().addMenu("")
        self.example_action = self._action("example_action", self._open_example_chosen)
        self.follow_up_example_action = self._action(
            "follow_up_example_action", self.open_follow_up_example
        )
        self.about_action = self._action("about_action", self._show_about)
        self.help_menu.addActions(
            [self.example_action, self.follow_up_example_action, self.about_action]
        )

    def _update_undo_texts(self) -> None:
        """'Undo Change score' / 'Fortryd Ændr score': the command's name, in our language."""
        stack = self.model.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        # commands carry their English source text (context "SessionModel")
        undo = (
            QCoreApplication.translate("SessionModel", stack.undoText()) if stack.canUndo() else ""
        )
        redo = (
            QCoreApplication.translate("SessionModel", stack.redoText()) if stack.canRedo() else ""
        )
        self.undo_action.setText(fill(self.tr("&Undo %1"), undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(fill(self.tr("&Redo %1"), redo) if redo else self.tr("&Redo"))

    def set_language(self, language: str) -> None:
        """Switch the language at once; every page re-translates itself, nothing is lost."""
        self._translations.apply(language)
        self._settings.language = self._translations.language
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self._translations.language)

    def set_projector_mode(self, on: bool) -> None:
        """Large text and high contrast for the back of the room; remembered between starts."""
        self.appearance.set_projector_mode(on)
        self._settings.projector_mode = on
        if self._during_page is not None:
            self._during_page.set_label_emphasis(PROJECTOR_SCALE if on else 1.0)
        if self.projector_action.isChecked() != on:
            self.projector_action.setChecked(on)

    def _export_blank_sheets(self) -> None:
        self.output.export_blank_sheets(self.before_page.paper_groups.value())

    def _remember_paper_groups(self, count: int) -> None:
        self._settings.paper_groups = count

    def _set_paper(self, action: QAction) -> None:
        self._settings.paper = str(action.data())

    def _on_autosave_failed(self, problem: autosave.AutosaveProblem) -> None:
        """Say once what is wrong with autosaving (the autosaver reports each kind of problem
        once), with a lasting note in the status bar; the work goes on."""
        from amk_desktop.core.text import fill  # noqa: PLC0415
        from amk_desktop.i18n import tr_text  # noqa: PLC0415
        from amk_desktop.ui.services.file_errors import REASONS  # noqa: PLC0415

        if problem.code == "not_a_folder":
            reason = self.tr("A file is in the place where the folder should be.")
        elif problem.code in REASONS:
            reason = tr_text(REASONS[problem.code])
        else:
            reason = self.tr("The folder cannot be used.")
        if problem.kind == "folder" and problem.folder is not None and problem.now_in is not None:
            title = self.tr("Autosave folder cannot be used")
            message = fill(
                self.tr(
                    "The folder for automatic saves cannot be used:\n%1\n\n%2\n\nYour work "
                    "continues, and it is still saved automatically, now in this folder:\n%3"
                ),
                problem.folder,
                reason,
                problem.now_in,
            )
            status = fill(
                self.tr("Automatic saves go to %1 because the usual folder cannot be used."),
                problem.now_in,
            )
        elif problem.kind == "no_folder":
            title = self.tr("Autosave folder cannot be used")
            message = fill(
                self.tr(
                    "No folder for automatic saves can be used:\n%1\n\n%2\n\nYour work "
                    "continues, but it is not saved automatically. Save it with File → Save As."
                ),
                problem.folder or "",
                reason,
            )
            status = self.tr("Automatic saving is off. Save your work with File → Save As.")
        else:
            title = self.tr("Autosave failed")
            message = fill(
                self.tr(
                    "Your work could not be saved automatically.\n\n%1\n\nYour work continues "
                    "in the window. Save it with File → Save As."
                ),
                reason,
            )
            status = fill(
                self.tr("Autosave failed: %1 Save your work with File → Save As."), reason
            )
        details = fill(QCoreApplication.translate("FileErrors", "Details: %1"), problem.detail)
        self.statusBar().showMessage(status)  # lasting: no timeout
        self.dialogs.show_error(self, title, f"{message}\n\n{details}")

    def _on_exported(self, path: str) -> None:
        self.statusBar().showMessage(fill(self.tr("Saved %1"), path), 10_000)

    def _add_group(self) -> None:
        """Ctrl+Shift+N: a new group, on Under, its name ready to be typed."""
        self.show_step("during")
        self.during_page.add_group()

    # -- the presenter screen ------------------------------------------------------------------
    def toggle_presenter(self) -> None:
        """F5: the presenter screen on the projector (or over this window); F5 or Escape
        there closes it."""
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            from amk_desktop.ui.window.presenter import PresenterView  # noqa: PLC0415 - lazy

            self.presenter = PresenterView(self.model, self._clock)
            self.presenter.closed.connect(self.activateWindow)
            # the meeting's clock keys work on the projector's window too
            self.presenter.addActions(
                [self.agenda_start_action, self.agenda_next_action, self.agenda_add_action]
            )
        self._presenter_mode()
        self.presenter.present(self)

    def _presenter_mode(self, *_args: object) -> None:
        if self.presenter is None:
            return
        page = self._during_page
        self.presenter.set_mode("all" if page is None else page.chart_mode_name)

    def _set_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _show_about(self) -> None:
        """The version, NFA's model, the licences (their texts ship with the program) and
        where to report a problem. Only the program's own text: no user text in rich text."""
        from html import escape  # noqa: PLC0415

        licences = data_path("licenses")
        self.dialogs.show_about(
            self,
            fill(self.tr("About %1"), APP_NAME),
            fill(
                self.tr(
                    "<p><b>%1</b> %2</p>"
                    "<p>Runs the dialogue tool ‘The work-environment competence model’ "
                    "(Arbejdsmiljøkompetencemodellen) from NFA, the National Research Centre for "
                    "the Working Environment, offline. The model, its questions and the survey "
                    "are NFA’s; AMK Desktop is not made by NFA.</p>"
                    "<p>AMK Desktop is free software under the GNU General Public License, "
                    "version 3 or later. It is built with Qt and Qt for Python (PySide6, LGPL "
                    "3), pyqtgraph (MIT), NumPy (BSD), ReportLab (BSD), Pyphen (LGPL/GPL/MPL), "
                    "python-calamine (MIT), pypdfium2 and PDFium (Apache 2.0/BSD), Pillow "
                    "(MIT-CMU) and the DejaVu fonts (free licence). The licence texts are in "
                    "the folder %3.</p>"
                    "<p>Found a problem, or missing something? Tell the person who gave you the "
                    "program, or write to the AMK Desktop developers with what you did and, if "
                    "you can, the session file.</p>"
                ),
                APP_NAME,
                __version__,
                f"<code>{escape(str(licences))}</code>",
            ),
        )

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._update_title()
        titles = (self.tr("Before"), self.tr("During"), self.tr("After"))
        subtitles = (
            self.tr("Prepare the meeting"),
            self.tr("The dialogue exercise"),
            self.tr("Summary and agreements"),
        )
        for index, (title, subtitle) in enumerate(zip(titles, subtitles, strict=True)):
            button = self.step_buttons.button(index)
            button.setText(f"{index + 1}  {title} · {subtitle}")
            button.setAccessibleName(fill(self.tr("Step %1 of 3: %2"), str(index + 1), title))
            self.step_actions[index].setText(
                fill(self.tr("Go to step %1: %2"), str(index + 1), title)
            )
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open…"))
        self.collect_action.setText(self.tr("&Collect groups from other files…"))
        self.collect_action.setToolTip(
            self.tr("Bring in the groups that scored on other laptops (their .amk files)")
        )
        self.survey_action.setText(self.tr("Survey of the &departments…"))
        self.survey_action.setToolTip(
            self.tr("NFA's 8-item survey: which departments to start the dialogue with")
        )
        self.follow_up_action.setText(self.tr("New &follow-up of an earlier meeting…"))
        self.follow_up_action.setToolTip(
            self.tr("Carry the details and groups over, and review the earlier agreements")
        )
        self.baseline_action.setText(self.tr("Compare with an &earlier meeting…"))
        self.remove_baseline_action.setText(self.tr("Stop comparing with the earlier meeting"))
        self.annual_record_action.setText(self.tr("Annual wor&k-environment discussion (PDF)…"))
        self.annual_record_action.setToolTip(
            self.tr("The written record of the year: choose the year's other meetings")
        )
        self.year_agreements_action.setText(self.tr("Agreements over the &year…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.close_action.setText(self.tr("&Close"))
        self.quit_action.setText(self.tr("&Quit"))
        self.export_action.setText(self.tr("&Export agreements sheet (PDF)…"))
        self.print_action.setText(self.tr("&Print agreements sheet…"))
        self.preview_action.setText(self.tr("Print pre&view…"))
        self.blank_sheets_action.setText(self.tr("Blank &dialogue sheets (PDF)…"))
        self.paper_menu.setTitle(self.tr("Paper si&ze"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_undo_texts()
        self.view_menu.setTitle(self.tr("&View"))
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.projector_action.setText(self.tr("&Projector mode (large text, high contrast)"))
        self.presenter_action.setText(self.tr("P&resenter screen for the projector"))
        self.add_group_action.setText(self.tr("Add &group"))
        self.agenda_menu.setTitle(self.tr("&Agenda"))
        self.agenda_start_action.setText(self.tr("&Start or pause the clock"))
        self.agenda_next_action.setText(self.tr("&Next item"))
        self.agenda_add_action.setText(self.tr("One &minute more"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.example_action.setText(self.tr("Open &example session"))
        self.follow_up_example_action.setText(
            self.tr("Open example of a &follow-up meeting a year later")
        )
        self.about_action.setText(fill(self.tr("&About %1"), APP_NAME))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.document.maybe_save():
            event.ignore()
            return
        self._settings.window_geometry = self.saveGeometry()
        for window in (self.survey_window, self.year_agreements):
            if window is not None:
                window.close()
        self.output.shutdown()
        self.document.shutdown()
        super().closeEvent(event)
