"""Printing and print preview of our own PDFs.

The agreements sheet exists once, as the reportlab PDF (`amk_desktop.export`); printing and
the preview show exactly that document, rendered page by page with PDFium (pypdfium2) at the
printer's resolution, so paper, preview and exported file never differ. The PDF is built
beforehand on a worker thread (`amk_desktop.ui.services.output`); only the painting happens
here, on the GUI thread, page by page, with a `progress` callback between pages that may stop
the run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text on paper; keeps a page's bitmap around 35 MB at most

# progress(pages painted, pages in all) -> False to stop the run
PageProgress = Callable[[int, int], bool]


def page_count(pdf: bytes) -> int:
    import pypdfium2  # noqa: PLC0415 - only when printing

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pdf(
    printer: QPrinter,
    pdf: bytes,
    *,
    progress: PageProgress | None = None,
    max_dpi: int = MAX_DPI,
) -> bool:
    """Paint every page of `pdf` onto `printer`, fitted to the printable area. False when the
    printer cannot be opened (no print system, or a broken queue). `progress` is called after
    each page; when it returns False the print run is aborted (a print to a PDF file, which
    cannot be aborted, is removed) and the result is True: the user stopped it, there is
    nothing to report."""
    import pypdfium2  # noqa: PLC0415 - only when printing

    document = pypdfium2.PdfDocument(pdf)
    printer.setFullPage(True)  # our PDF has its own margins: print it at 100 %
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return False
    stopped = False
    try:
        dpi = min(printer.resolution(), max_dpi)
        target = printer.paperRect(QPrinter.Unit.DevicePixel)
        total = len(document)
        for number in range(total):
            if number:
                printer.newPage()
            _paint_page(painter, document[number], dpi, target.width(), target.height())
            if progress is not None and not progress(number + 1, total):
                stopped = True
                break
    finally:
        aborted = stopped and printer.abort()
        # end() is False when the job could not be handed to the print system
        ended = painter.end() if painter.isActive() else aborted
        document.close()
    if stopped and not aborted and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)
    return ended or stopped


def _paint_page(painter: QPainter, page: object, dpi: float, width: float, height: float) -> None:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # type: ignore[attr-defined]
    array = bitmap.to_numpy()
    rows, columns = array.shape[:2]
    image_format = (
        QImage.Format.Format_RGBA8888 if array.shape[2] == 4 else QImage.Format.Format_RGB888
    )
    image = QImage(array.data, columns, rows, array.strides[0], image_format).copy()
    scale = min(width / columns, height / rows)
    area = QRectF(0, 0, columns * scale, rows * scale)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(area, image)
    page.close()  # type: ignore[attr-defined]
