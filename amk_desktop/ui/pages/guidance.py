"""The leaflet's guidance as readable pages: Før (before) and Efter (after) the exercise."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from amk_desktop.core import content
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.text import Text
from amk_desktop.i18n import tr_text


def _p(text: Text) -> str:
    return f"<p>{escape(tr_text(text))}</p>"


def _h(text: Text, level: int = 2) -> str:
    return f"<h{level}>{escape(tr_text(text))}</h{level}>"


def _ul(items: tuple[Text, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(tr_text(i))}</li>" for i in items) + "</ul>"


def before_html() -> str:
    factors = "".join(
        f"<li><b>{escape(tr_text(f.label))}</b>: {escape(tr_text(f.help))}</li>" for f in FACTORS
    )
    return "".join(
        [
            _h(content.WHAT_IS_HEADING, 1),
            *(_p(t) for t in content.WHAT_IS),
            _h(content.WHEN_HEADING),
            _p(content.WHEN_INTRO),
            _ul(content.WHEN_GROUPS),
            _p(content.WHEN_OUTRO),
            _h(content.SIX_FACTORS_HEADING),
            f"<ul>{factors}</ul>",
            _h(content.HOW_HEADING),
            _h(content.BEFORE_HEADING, 3),
            _ul(content.BEFORE_STEPS),
        ]
    )


def during_html() -> str:
    return _h(content.DURING_HEADING, 3) + _ul(content.DURING_STEPS)


class GuidancePage(QTextBrowser):
    """A page of readable leaflet text in a column of comfortable width, rebuilt when the
    language changes. Scrolls with the keyboard like any document."""

    COLUMN_WIDTH = 880

    def __init__(
        self, object_name: str, build_html: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(24)
        self._build_html = build_html
        self.retranslate()

    def retranslate(self) -> None:
        self.setHtml(self._build_html())
        self.setAccessibleName(self.tr("Guidance from the dialogue tool"))
        self._centre_column()

    def _centre_column(self) -> None:
        # the widget's width, not viewport(): the first viewport() call from Python costs
        # ~20 ms of PySide type set-up, and this runs before the first paint
        side = max(24, (self.width() - self.COLUMN_WIDTH) // 2)
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre_column()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
