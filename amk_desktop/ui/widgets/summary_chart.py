"""The joint summary as a chart (`summary_chart`): the groups' mean as one outline, and on each
axis a broad band from the lowest to the highest score, as on the printed summary page.

Drawn with QPainter from `amk_desktop.core.radar` and `amk_desktop.core.summary` (no
pyqtgraph: the Efter step does not need it), and recomputed only while it is shown."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from amk_desktop.core import radar
from amk_desktop.core.factors import FACTORS
from amk_desktop.core.figures import one_decimal
from amk_desktop.core.palette import SUMMARY_BAND_HEX, SUMMARY_MEAN_HEX
from amk_desktop.core.summary import Summary, summarize
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel

LABEL_WRAP = 16  # characters per line of an axis label at the sides


class SummaryChart(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        self._model = model
        self._summary: Summary = summarize(model.groups)
        self._stale = False
        model.score_changed.connect(self._changed)
        model.groups_changed.connect(self._changed)
        model.session_replaced.connect(self._changed)
        self._describe()

    @property
    def summary(self) -> Summary:
        return self._summary

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def _changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self._summary = summarize(self._model.groups)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says of the chart: each factor's mean and range."""
        parts = []
        for factor, figures in zip(FACTORS, self._summary.factors, strict=True):
            if figures.mean is None:
                shown = self.tr("not rated")
            else:
                shown = fill(
                    self.tr("mean %1, lowest %2, highest %3"),
                    self.locale().toString(one_decimal(figures.mean), "f", 1),
                    str(figures.lowest),
                    str(figures.highest),
                )
            parts.append(f"{tr_text(factor.label)}: {shown}")
        self.setAccessibleName(self.tr("Summary chart"))
        self.setAccessibleDescription("; ".join(parts))

    # -- drawing -----------------------------------------------------------------------------
    def _labels(self) -> list[str]:
        labels = []
        for index, factor in enumerate(FACTORS):
            on_side = radar.label_anchor(index)[0] != 0.5
            wrap = LABEL_WRAP if on_side else LABEL_WRAP * 2
            labels.append(textwrap.fill(tr_text(factor.label), wrap))
        return labels

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetricsF(self.font())
        labels = self._labels()
        boxes = [metrics.boundingRect(QRectF(0, 0, 10_000, 10_000), 0, text) for text in labels]
        gap = metrics.height() * 0.4
        margin = 6.0
        width, height = float(self.width()), float(self.height())
        radius = radar.fit_radius(
            width - 2 * margin, height - 2 * margin, [(b.width(), b.height()) for b in boxes], gap
        )
        radius = max(radius, 20.0)
        centre = QPointF(width / 2, height / 2)

        def at(point: radar.Point) -> QPointF:
            return QPointF(centre.x() + point[0] * radius, centre.y() - point[1] * radius)

        # grid: rings and spokes
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1.0)
        painter.setPen(grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in radar.RING_LEVELS:
            painter.drawPolygon(QPolygonF([at(p) for p in radar.ring(level)]))
        for index in range(len(FACTORS)):
            start, end = radar.spoke(index)
            painter.drawLine(at(start), at(end))

        # labels, pointing away from the centre
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for index, (text, box) in enumerate(zip(labels, boxes, strict=True)):
            ax, ay = radar.label_anchor(index)
            anchor = at(radar.point_at(index, 1 + gap / radius))
            rect = QRectF(
                anchor.x() - ax * box.width(),
                anchor.y() - ay * box.height(),
                box.width(),
                box.height(),
            )
            align = (
                Qt.AlignmentFlag.AlignLeft
                if ax == 0.0
                else Qt.AlignmentFlag.AlignRight
                if ax == 1.0
                else Qt.AlignmentFlag.AlignHCenter
            )
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)

        # the lowest-highest band on each axis, then the mean
        band = QColor(SUMMARY_BAND_HEX)
        band.setAlpha(115)
        band_pen = QPen(band, max(6.0, radius * 0.07))
        band_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(band_pen)
        for index, figures in enumerate(self._summary.factors):
            if figures.lowest is not None and figures.highest is not None:
                painter.drawLine(
                    at(radar.score_point(index, figures.lowest)),
                    at(radar.score_point(index, figures.highest)),
                )
        means = [figures.mean for figures in self._summary.factors]
        outline = radar.outline(means)
        mean_colour = QColor(SUMMARY_MEAN_HEX)
        line = QPen(mean_colour, max(2.0, radius / 60))
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        path = QPainterPath()
        if outline.closed:
            path.addPolygon(QPolygonF([at(p) for p in outline.polygon]))
            fill_colour = QColor(mean_colour)
            fill_colour.setAlpha(60)
            painter.setBrush(QBrush(fill_colour))
        else:
            for start, end in outline.segments:
                path.moveTo(at(start))
                path.lineTo(at(end))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(line)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(mean_colour))
        dot = max(3.0, radius / 40)
        for point in outline.markers:
            painter.drawEllipse(at(point), dot, dot)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.update()
        super().changeEvent(event)
