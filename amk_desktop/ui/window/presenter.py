"""The presenter screen (`presenter_view`, F5; Escape leaves): a second window for the projector.

On the second screen when there is one, otherwise full screen over the laptop's window (which is
one Alt+Tab away). It shows, large enough for the back of the room, the slides of the 8-minute
introduction ("Hvad er arbejdsmiljøkompetence?", "De seks faktorer") and the live chart with its
legend, and at the top the current agenda item and its time left. It never shows notes or any
editable text: the facilitator's notes stay on the laptop. Right, Page Down or Space go to the
next page (a presenter's clicker sends those), Left or Page Up back.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from amk_desktop.core import content
from amk_desktop.core.agenda import ITEM_COUNT, ITEMS
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.agenda_timer import Clock, clock_text
from amk_desktop.ui.widgets.chart_legend import earlier_label, legend_html
from amk_desktop.ui.widgets.radar_chart import RadarChart

PAGES = ("what_is", "six_factors", "chart")
# text sizes as parts of the window's height (1080 px: 43 px body, 65 px headings)
BODY_SCALE = 0.04
HEADING_SCALE = 0.06


class PresenterView(QWidget):
    closed = Signal()

    def __init__(self, model: SessionModel, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_view")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._model = model
        self._clock = clock

        self.agenda_label = QLabel(self)
        self.agenda_label.setObjectName("presenter_agenda")
        self.agenda_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("presenter_time")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.agenda_label, 1)
        top.addWidget(self.time_label)

        self.pages = QStackedWidget(self)
        self.what_is = self._slide("presenter_slide_what_is")
        self.six_factors = self._slide("presenter_slide_six_factors")
        chart_page = QWidget(self.pages)
        self.chart = RadarChart(model, chart_page, label_scale=1 / 28, max_label_px=64)
        self.chart.setObjectName("presenter_chart")
        self.legend = QLabel(chart_page)
        self.legend.setObjectName("presenter_legend")
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend)
        for page in (self.what_is, self.six_factors, chart_page):
            self.pages.addWidget(page)
        self.pages.setCurrentIndex(PAGES.index("chart"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.show_agenda)
        model.agenda_changed.connect(self.show_agenda)
        model.session_replaced.connect(self._everything_changed)
        model.groups_changed.connect(self.show_legend)
        model.group_renamed.connect(self.show_legend)
        model.current_group_changed.connect(self.show_legend)  # "the current group" mode
        self.setPalette(QGuiApplication.palette())
        self.retranslate()

    def _slide(self, name: str) -> QLabel:
        slide = QLabel(self.pages)
        slide.setObjectName(name)
        slide.setWordWrap(True)
        slide.setTextFormat(Qt.TextFormat.RichText)
        slide.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return slide

    # -- what is shown -------------------------------------------------------------------------
    @property
    def page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))

    def set_mode(self, mode: str) -> None:
        """The chart's mode, as the facilitator chose it on Under."""
        self.chart.set_mode(mode)
        self.show_legend()

    def _everything_changed(self) -> None:
        self.show_legend()
        self.show_agenda()

    def show_agenda(self) -> None:
        agenda = self._model.agenda
        now = self._clock()
        if agenda.running and not self._ticker.isActive() and self.isVisible():
            self._ticker.start()
        elif not agenda.running and self._ticker.isActive():
            self._ticker.stop()
        if agenda.done or not agenda.started:
            self.agenda_label.setText("")
            self.time_label.setText("")
            return
        name = tr_text(ITEMS[agenda.current][1])
        self.agenda_label.setText(
            fill(self.tr("%1/%2 %3"), str(agenda.current + 1), str(ITEM_COUNT), name)
        )
        state = agenda.state(now)
        colour = {"due": "#8A5A00", "over": "#B3261E"}.get(state, "")
        words = {"due": self.tr("Time is up"), "over": self.tr("Over time")}.get(state, "")
        time = clock_text(agenda.remaining(now))
        if colour:  # the words as well as the colour
            shown = f'<span style="color:{colour}">{escape(words)} {escape(time)}</span>'
        else:
            shown = escape(time)
        self.time_label.setText(shown)

    def show_legend(self) -> None:
        self.legend.setText(
            legend_html(
                self._model.groups,
                self.chart.mode,
                self._model.current_index,
                earlier_label(self._model.baseline, self._model.current_group, self.chart.mode),
            )
        )

    def _show_slides(self) -> None:
        self.what_is.setText(
            f"<h1>{escape(tr_text(content.WHAT_IS_HEADING))}</h1>"
            + "".join(f"<p>{escape(tr_text(text))}</p>" for text in content.WHAT_IS)
        )
        self.six_factors.setText(
            f"<h1>{escape(tr_text(content.SIX_FACTORS_HEADING))}</h1><ul>"
            + "".join(
                f"<li><b>{escape(tr_text(f.label))}</b>: {escape(tr_text(f.help))}</li>"
                for f in FACTORS
            )
            + "</ul>"
        )

    # -- size: text for the back of the room ------------------------------------------------------
    def _fit_text(self) -> None:
        height = max(self.height(), 300)
        body = QFont(self.font())
        body.setPixelSize(max(16, int(height * BODY_SCALE)))
        for label in (self.what_is, self.six_factors, self.legend, self.agenda_label):
            label.setFont(body)
        factors = QFont(body)  # six factors with their help: a little smaller to fit
        factors.setPixelSize(max(16, int(height * BODY_SCALE * 0.8)))
        self.six_factors.setFont(factors)
        clock = QFont(body)
        clock.setPixelSize(max(20, int(height * HEADING_SCALE)))
        clock.setBold(True)
        self.time_label.setFont(clock)
        # the chart's labels at least as large as the legend (the chart makes them a quarter
        # larger than its own font)
        chart_font = QFont(body)
        chart_font.setPixelSize(max(12, int(body.pixelSize() * 0.8)))
        self.chart.setFont(chart_font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    # -- opening and leaving ------------------------------------------------------------------
    def present(self, laptop: QWidget) -> None:
        """On a screen other than the laptop window's when there is one; full screen."""
        screens = QGuiApplication.screens()
        own = laptop.screen()
        other = next((screen for screen in screens if screen is not own), None)
        target = other or own
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        # during the purpose and the introduction of the model: the slides first
        agenda = self._model.agenda
        self.show_page("what_is" if agenda.started and agenda.current <= 1 else "chart")
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.show_agenda()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.pages.currentIndex()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.pages.setCurrentIndex(min(index + 1, len(PAGES) - 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.pages.setCurrentIndex(max(index - 1, 0))
        elif key == Qt.Key.Key_Home:
            self.pages.setCurrentIndex(0)
        elif key == Qt.Key.Key_End:
            self.pages.setCurrentIndex(len(PAGES) - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        super().closeEvent(event)
        self.closed.emit()

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AMK Desktop – presenter screen"))
        self._show_slides()
        self.show_legend()
        self.show_agenda()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
