"""The leaflet's guidance as readable pages: Før (before) and Efter (after) the exercise."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from amk_desktop.core import content
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.text import Text
from amk_desktop.ui.i18n import tr_text


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


def after_html() -> str:
    return "".join(
        [
            _h(content.AFTER_HEADING, 1),
            "<ul>",
            f"<li>{escape(tr_text(content.AFTER_SUMMARY))}</li>",
            f"<li>{escape(tr_text(content.AFTER_CLOSING))}",
            _ul(content.CLOSING_QUESTIONS),
            "</li></ul>",
            f"<p><i>{escape(tr_text(content.CREDIT))}</i></p>",
        ]
    )


class GuidancePage(QScrollArea):
    """A page of readable leaflet text, rebuilt when the language changes."""

    def __init__(
        self, object_name: str, build_html: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._build_html = build_html
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 16, 32, 16)
        self.text = QLabel(body)
        self.text.setObjectName(f"{object_name}_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMaximumWidth(900)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self._build_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
