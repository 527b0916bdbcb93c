"""The meeting's clock (`agenda_timer`), on every step: the agenda item now, its time left, and
start/pause, more time and the next item. When an item's time is up it turns amber, and red when
it is well over, with the words for it (colour never alone), never a dialog; what is left of the
meeting is shared again over the items to come, and the tool tip shows the whole agenda as it
now fits. The rules are in `core/agenda.py`; the clock is injected (tests use a fake one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from amk_desktop.core.agenda import ITEM_COUNT, ITEMS, Agenda
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.appearance import set_font_role

Clock = Callable[[], float]  # seconds of a monotonic clock
ADD_SECONDS = 60.0  # what "+1 min" gives the current item
# while running, the time is written into the session every second, and counts as a change
# (the session is saved by autosave) this often
CHECKPOINT_SECONDS = 60.0
DUE_STYLE = "background: #FFD27A; color: black; border-radius: 4px; padding: 1px 6px;"
OVER_STYLE = "background: #B3261E; color: white; border-radius: 4px; padding: 1px 6px;"


def clock_text(seconds: float) -> str:
    """mm:ss (h:mm:ss from an hour), with a minus when over."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0 if seconds < 0 else 0.999))  # counts down to 0:00, not past
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    return str(round(seconds / 60))


class AgendaTimer(QWidget):
    def __init__(self, model: SessionModel, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_timer")
        self._model = model
        self._clock = clock
        self._last_checkpoint = 0.0

        self.item_label = QLabel(self)
        self.item_label.setObjectName("agenda_item")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("agenda_time")
        set_font_role(self.time_label, 1.2, bold=True)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("agenda_state")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("agenda_start_button")
        self.start_button.clicked.connect(self.start_or_pause)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("agenda_add_time_button")
        self.add_button.clicked.connect(self.add_time)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("agenda_next_button")
        self.next_button.clicked.connect(self.next_item)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("agenda_menu_button")
        self.menu_button.setText("⋯")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.reset_action = menu.addAction("")
        self.reset_action.setObjectName("agenda_reset_action")
        self.reset_action.triggered.connect(self.reset)
        self.menu_button.setMenu(menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (
            self.item_label,
            self.time_label,
            self.state_label,
            self.start_button,
            self.add_button,
            self.next_button,
            self.menu_button,
        ):
            layout.addWidget(part)
        layout.addStretch(1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        model.agenda_changed.connect(self.refresh)
        model.session_replaced.connect(self._session_replaced)
        self.retranslate()

    # -- actions -----------------------------------------------------------------------------
    @property
    def agenda(self) -> Agenda:
        return self._model.agenda

    def _set(self, agenda: Agenda) -> None:
        self._model.set_agenda(agenda)
        self.refresh()

    def start_or_pause(self) -> None:
        now = self._clock()
        agenda = self.agenda
        self._last_checkpoint = now
        self._set(agenda.pause(now) if agenda.running else agenda.start(now))

    def add_time(self) -> None:
        self._set(self.agenda.add_time(ADD_SECONDS))

    def next_item(self) -> None:
        now = self._clock()
        self._last_checkpoint = now
        self._set(self.agenda.skip(now))

    def reset(self) -> None:
        self._set(self.agenda.reset())

    def _session_replaced(self) -> None:
        self.refresh()

    def tick(self) -> None:
        """Once a second while the clock runs: the display, and the time spent into the
        session (a save holds it; every `CHECKPOINT_SECONDS` it is a change an autosave
        keeps)."""
        now = self._clock()
        agenda = self.agenda
        if agenda.running:
            counted = agenda.pause(now).start(now)
            if now - self._last_checkpoint >= CHECKPOINT_SECONDS:
                self._last_checkpoint = now
                self._model.set_agenda(counted)  # the session changed: an autosave follows
            else:
                self._model.keep_agenda_time(counted)  # a save now holds this second
        self.refresh()

    # -- display -------------------------------------------------------------------------------
    def refresh(self) -> None:
        now = self._clock()
        agenda = self.agenda
        if agenda.running and not self._ticker.isActive():
            self._ticker.start()
        elif not agenda.running and self._ticker.isActive():
            self._ticker.stop()
        if agenda.done:
            self.item_label.setText(self.tr("The agenda is done"))
            self.time_label.setText("")
        else:
            name = tr_text(ITEMS[agenda.current][1])
            self.item_label.setText(
                fill(self.tr("%1/%2 %3"), str(agenda.current + 1), str(ITEM_COUNT), name)
            )
            self.time_label.setText(clock_text(agenda.remaining(now)))
        state = agenda.state(now)
        words = {"due": self.tr("Time is up"), "over": self.tr("Over time")}.get(state, "")
        self.state_label.setText(words)  # (its room is kept: the buttons never move)
        style = {"due": DUE_STYLE, "over": OVER_STYLE}.get(state, "")
        if self.state_label.styleSheet() != style:
            for label in (self.state_label, self.time_label):
                label.setStyleSheet(style)
                label.ensurePolished()
                label.updateGeometry()
        self.start_button.setText(self.tr("Pause") if agenda.running else self.tr("Start"))
        self.start_button.setEnabled(not agenda.done)
        self.add_button.setEnabled(not agenda.done)
        self.next_button.setEnabled(not agenda.done)
        plan = self._plan_text(agenda, now)
        self.setToolTip(plan)
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(plan)

    def _plan_text(self, agenda: Agenda, now: float) -> str:
        """The agenda as the meeting now goes, one item a line ("(planned 10)" where an item
        to come has less time than planned)."""
        lines = [fill(self.tr("Meeting of %1 minutes"), str(agenda.meeting_minutes))]
        fitted = agenda.fitted(now)
        for index, (_key, name, _minutes) in enumerate(ITEMS):
            minutes = minutes_text(fitted[index])
            if index < agenda.current:
                line = fill(self.tr("✓ %1: %2 min"), tr_text(name), minutes)
            elif index == agenda.current:
                line = fill(self.tr("▶ %1: %2 min"), tr_text(name), minutes)
            else:
                line = fill(self.tr("%1: %2 min"), tr_text(name), minutes)
                allowed = agenda.allowed(index)
                if fitted[index] < allowed - 30:
                    line += " " + fill(self.tr("(planned %1)"), minutes_text(allowed))
            lines.append(line)
        over = agenda.over_by(now)
        if over >= 60:
            lines.append(fill(self.tr("The meeting runs %1 min over"), minutes_text(over)))
        return "\n".join(lines)

    def _fit_time(self) -> None:
        """Room for the longest name, time and words, so that the buttons never move while
        the clock runs or the items change (they are what the facilitator clicks)."""
        metrics = self.time_label.fontMetrics()
        self.time_label.setMinimumWidth(metrics.horizontalAdvance("−0:00:00") + 14)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names = [
            fill(self.tr("%1/%2 %3"), str(ITEM_COUNT), str(ITEM_COUNT), tr_text(name))
            for _key, name, _minutes in ITEMS
        ]
        names.append(self.tr("The agenda is done"))
        item_metrics = self.item_label.fontMetrics()
        self.item_label.setMinimumWidth(max(map(item_metrics.horizontalAdvance, names)) + 4)
        words = (self.tr("Time is up"), self.tr("Over time"))
        state_metrics = self.state_label.fontMetrics()
        self.state_label.setMinimumWidth(max(map(state_metrics.horizontalAdvance, words)) + 24)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def retranslate(self) -> None:
        self._fit_time()
        self.add_button.setText(self.tr("+1 min"))
        self.add_button.setToolTip(self.tr("Give the current item one minute more (F8)"))
        self.start_button.setToolTip(self.tr("Start or pause the meeting's clock (F6)"))
        self.next_button.setText(self.tr("Next item"))
        self.next_button.setToolTip(self.tr("On to the next item of the agenda (F7)"))
        self.menu_button.setToolTip(self.tr("More"))
        self.menu_button.setAccessibleName(self.tr("More"))
        self.reset_action.setText(self.tr("Start the agenda again"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_time()
        super().changeEvent(event)
