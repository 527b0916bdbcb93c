"""What both sheets are built with: `_Sheet` (page geometry, styles, the finished PDF), the
page template with its footer and running header, the page-numbering canvas, cancellation.

* `build_agreements_sheet` and `build_blank_sheets` take a `cancelled` callable and raise
  `BuildCancelled` soon after it returns True (asked before each flowable and each page, and
  every few thousand lines of a long text).
* The footer and running header, the same on every page, are drawn once and their operators
  repeated (`_Sheet._decorate`). The running header and the document information are
  shortened from a bounded prefix of the text (a title may be 1,000,000 characters).
* `_KeepStart` keeps a label with the first lines of a field that may run over many pages.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from typing import Any, Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from amk_desktop.core import content
from amk_desktop.core.text import Text, fill
from amk_desktop.export.labels import PAGE_OF
from amk_desktop.export.reportlab_setup import _PDF_ESCAPES, FONT, _prepare
from amk_desktop.export.text_layout import (
    _p,
    _text_flow,
    clear_layout_caches,
    printable,
    set_hyphenation,
)
from amk_desktop.export.theme import (
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAPER_SIZES,
    RULE,
    _Styles,
)

# what the caller passes in (`Translate`, `Paper` and `Locale` are the package's public types)
Translate = Callable[[Text], str]
Paper = Literal["a4", "letter"]
Locale = Literal["da", "en"]
Cancelled = Callable[[], bool]


class BuildCancelled(Exception):  # noqa: N818 - cancelling is no error
    """The caller's `cancelled()` returned True while the sheet was being built."""


METADATA_LIMIT = 1000  # characters of a text in the PDF's document information (title, author)
HEADER_SOURCE_LIMIT = 2000  # characters of the running header measured (a line shows ~300)
APP_NAME = "AMK Desktop"
PDF_LANG: dict[str, str] = {"da": "da-DK", "en": "en-GB"}


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` (printable) cut with "…" to fit on one line of `width`. Only a bounded prefix is
    measured: far more characters than a line can show."""
    cut = len(text) > HEADER_SOURCE_LIMIT
    text = " ".join(printable(text[:HEADER_SOURCE_LIMIT]).split())
    if not cut and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _numbered_canvas(page_label: str, right_x: float, check: Callable[[], None]) -> type:
    """A canvas that, when saved, writes "Page x of y" on every page (two passes over the pages:
    the total is known only at the end)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def _escape(self, s: str | bytes) -> str:
            if isinstance(s, bytes):
                return s.decode("latin-1").translate(_PDF_ESCAPES)
            escaped: str = super()._escape(s)
            return escaped

        def showPage(self) -> None:
            check()
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            states, self._page_states = self._page_states, []
            for number, state in enumerate(states, start=1):
                if number % 64 == 0:
                    check()
                self.__dict__.update(state)
                states[number - 1] = {}  # the page's content goes into the document now
                self.saveState()
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(right_x, FOOTER_Y, printable(fill(page_label, number, total)))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


class _Frame(Frame):  # type: ignore[misc]
    """reportlab's Frame. `KeepTogether` (made for every heading kept with what follows)
    deep-copies the current frame to measure its content; a frame holds numbers, and the copy
    of those is shared (containers are still copied), which takes most of that cost away."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone: _Frame = copy.copy(self)
        for key, value in self.__dict__.items():
            if isinstance(value, list | dict | set):
                clone.__dict__[key] = copy.deepcopy(value, memo)
        return clone


class _DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Checks for cancellation before each flowable (and each remainder of a split one)."""

    def __init__(self, *args: Any, check: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._check = check

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self._check()
        super().handle_flowable(flowables)


def _metadata(text: str) -> str:
    """A text for the PDF's document information, bounded (the sheet prints it in full)."""
    text = printable(text[: METADATA_LIMIT + 1])
    return text if len(text) <= METADATA_LIMIT else text[: METADATA_LIMIT - 1] + "…"


class _Sheet:
    """Page geometry, styles and the finished document for one export."""

    def __init__(
        self, translate: Translate, paper: str, locale: str, cancelled: Cancelled | None = None
    ) -> None:
        if paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
        if locale not in PDF_LANG:
            raise ValueError(f"locale must be one of {sorted(PDF_LANG)}, not {locale!r}")
        self._cancelled = cancelled
        self.check()
        _prepare()
        clear_layout_caches()
        self.tr = translate
        self.locale: Locale = "da" if locale == "da" else "en"
        set_hyphenation(self.locale)  # words too wide for a column break between syllables
        self.page_size = PAPER_SIZES[paper]
        self.width = self.page_size[0] - 2 * MARGIN_X
        self.height = self.page_size[1] - MARGIN_TOP - MARGIN_BOTTOM
        self.styles = _Styles()
        self.running_header = ""
        self._page_marks: dict[str, list[str]] = {}  # see `_decorate`

    def check(self) -> None:
        """Raise `BuildCancelled` when the caller has cancelled the build."""
        if self._cancelled is not None and self._cancelled():
            raise BuildCancelled

    def flow(self, text: str, style: ParagraphStyle) -> Flowable:
        """Plain `text` (user text or a translation) as one flowable: a `Paragraph` as always
        for ordinary texts, `_TextLines` (the same lines, linear time) for long ones."""
        return _text_flow(text, style, self.check)

    def build(self, story: list[Flowable], *, title: str, author: str, subject: str) -> bytes:
        buffer = io.BytesIO()
        doc = _DocTemplate(
            buffer,
            check=self.check,
            pagesize=self.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_metadata(title),
            author=_metadata(author),
            subject=_metadata(subject),
            creator=APP_NAME,
            lang=PDF_LANG[self.locale],
            initialFontName=FONT,
            initialFontSize=9.5,
            displayDocTitle=1,
        )
        frame = _Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        canvas_class = _numbered_canvas(self.tr(PAGE_OF), self.page_size[0] - MARGIN_X, self.check)
        try:
            doc.build(story, canvasmaker=canvas_class)
        finally:  # nothing of this session is kept once the sheet is built
            printable.cache_clear()
            clear_layout_caches()
        self.check()
        return buffer.getvalue()

    def _decorate(self, canv: Any, doc: Any) -> None:
        """Footer (credit; the page number is added by the canvas) and, from page 2, a running
        header naming the meeting. They are the same on every page: drawn once, and the
        drawing operators (self-contained between q and Q) are repeated on later pages, which
        saves most of the cost of a page of a long document."""
        kind = "header" if doc.page > 1 and self.running_header else "plain"
        marks = self._page_marks.get(kind)
        if marks is not None:
            canv._code.extend(marks)
            return
        start = len(canv._code)
        canv.saveState()
        credit = _p(self.tr(content.CREDIT), self.styles.footer)
        _, h = credit.wrap(self.width - 62, 40)
        credit.drawOn(canv, MARGIN_X, FOOTER_Y + 8.8 - h)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, FOOTER_Y + 12, MARGIN_X + self.width, FOOTER_Y + 12)
        if kind == "header":
            top = self.page_size[1] - MARGIN_TOP + 9
            style = self.styles.footer
            header = _ellipsize(self.running_header, style.fontName, style.fontSize, self.width)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(MARGIN_X, top + 2, header)
            canv.line(MARGIN_X, top - 3, MARGIN_X + self.width, top - 3)
        canv.restoreState()
        self._page_marks[kind] = canv._code[start:]


class _KeepStart(Flowable):  # type: ignore[misc]
    """Its first flowables (a block's number, a field's label) kept with the first lines of the
    last one: the group goes on to the next page only when that start does not fit here.

    reportlab's `KeepTogether`, made for a heading kept with what follows, moves the group
    whenever the whole of it does not fit (a field longer than a page would always begin a new
    page), and wraps and copies its content at every try (a third of the time of the largest
    session's export). This one wraps each part once per width and, where the group fits,
    draws the parts itself; where it does not, it hands the frame its parts."""

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self._content = content
        self._heights: list[float] = []

    def getSpaceBefore(self) -> float:
        return float(self._content[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._content[-1].getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [f.wrap(availWidth, availHeight)[1] for f in self._content]
        between = sum(
            above.getSpaceAfter() + below.getSpaceBefore()
            for above, below in zip(self._content, self._content[1:], strict=False)
        )
        self.width = availWidth
        self.height = sum(self._heights) + between
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        *heads, body = self._content
        start = 0.0
        for flowable in heads:
            start += flowable.getSpaceBefore() + flowable.wrap(availWidth, availHeight)[1]
            start += flowable.getSpaceAfter()
        _, height = body.wrap(availWidth, availHeight)
        leading = getattr(getattr(body, "style", None), "leading", height)
        start += body.getSpaceBefore() + min(height, 2 * leading)
        if start <= availHeight or getattr(getattr(self, "_frame", None), "_atTop", True):
            return list(self._content)
        return []  # to the next page

    def draw(self) -> None:
        top = self.height
        for index, (flowable, height) in enumerate(zip(self._content, self._heights, strict=True)):
            if index:
                top -= flowable.getSpaceBefore()
            flowable.drawOn(self.canv, 0, top - height)
            top -= height + flowable.getSpaceAfter()
