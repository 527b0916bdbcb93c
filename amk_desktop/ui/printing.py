"""Printing and print preview of our own PDFs.

The agreements sheet exists once, as the reportlab PDF (`amk_desktop.export.pdf`); printing and
the preview show exactly that document, rendered page by page with PDFium (pypdfium2) at the
printer's resolution, so paper, preview and exported file never differ.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text on paper; keeps a page's bitmap around 35 MB at most


def render_pdf(printer: QPrinter, pdf: bytes) -> bool:
    """Paint every page of `pdf` onto `printer`, fitted to the printable area. False when the
    printer cannot be opened (no print system, or a broken queue)."""
    import pypdfium2  # noqa: PLC0415 - only when printing

    document = pypdfium2.PdfDocument(pdf)
    printer.setFullPage(True)  # our PDF has its own margins: print it at 100 %
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return False
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        target = printer.paperRect(QPrinter.Unit.DevicePixel)
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            array = bitmap.to_numpy()
            height, width = array.shape[:2]
            image_format = (
                QImage.Format.Format_RGBA8888
                if array.shape[2] == 4
                else QImage.Format.Format_RGB888
            )
            image = QImage(array.data, width, height, array.strides[0], image_format).copy()
            scale = min(target.width() / width, target.height() / height)
            area = QRectF(0, 0, width * scale, height * scale)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(area, image)
            page.close()
    finally:
        ended = painter.end()  # False when the job could not be handed to the print system
        document.close()
    return ended
