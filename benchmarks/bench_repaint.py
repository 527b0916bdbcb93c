"""Slider change -> chart repainted, for the real window and for a bare QPainter widget (the
floor), interleaved in one process so that both see the same machine noise.

Run by `run_all.py` once per configuration (device pixel ratio x number of groups), because
QT_SCALE_FACTOR must be set before the QApplication exists:

    QT_SCALE_FACTOR=2 .venv/bin/python benchmarks/bench_repaint.py --groups 8 --changes 300

What is timed (milliseconds, `time.perf_counter`):

* `ours`: from just before `QSlider.setValue(v)` on a real factor slider of the current group
  until the event-loop pass in which the chart's viewport received its Paint event has returned,
  i.e. the whole frame that shows the new polygon is painted and flushed to the backing store.
  This includes what the app really does on a change: the model's signal, the slider's value
  label, pyqtgraph's scene bookkeeping, the UpdateRequest, painting every dirty widget (chart,
  slider, value label) and the flush.
* `floor`: the same change applied to a bare QWidget of the chart viewport's size that paints
  the same picture with QPainter in `paintEvent` (background, rings, spokes, axis and ring
  labels, the same polygons with the same pens, translucent fills and markers, antialiased),
  measured with the same loop: from just before the change until the pass in which it was
  painted has returned.
* `paint_only` (diagnostic): a synchronous `repaint()` of the whole chart viewport, resp. of the
  floor widget, with nothing else pending: the cost of drawing the picture alone.

The real and the floor change alternate (and swap order every change), so a noisy neighbour
hits both alike and the ratio stays stable.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import Any

import benchlib  # benchmarks/ is sys.path[0] when a script here is run

MAX_WAIT_S = 5.0


def make_floor(window: Any) -> Any:
    """A bare QWidget drawing exactly what the chart shows, in the same pixel geometry."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QFontMetricsF,
        QPainter,
        QPainterPath,
        QPaintEvent,
        QPalette,
        QPen,
        QPolygonF,
    )
    from PySide6.QtWidgets import QWidget

    from amk_desktop.core import radar
    from amk_desktop.core.palette import GROUP_COLOURS, group_colour

    chart = window.during_page.chart
    view_box = chart.getPlotItem().vb
    model = window.model
    marker_radius_units = 0.025  # radar_chart.MARKER_RADIUS

    def to_px(x: float, y: float) -> QPointF:
        point: QPointF = view_box.mapViewToDevice(QPointF(x, y))
        return point

    centre = to_px(0.0, 0.0)
    unit = to_px(1.0, 0.0).x() - centre.x()
    line_width = float(chart._line_width)
    label_font = QFont(chart._label_font)
    ring_font = QFont(label_font)
    ring_font.setPixelSize(max(10, int(label_font.pixelSize() * 0.7)))
    palette = chart.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    grid_colour = QColor(palette.color(QPalette.ColorRole.Mid))

    grid = QPainterPath()
    for level in radar.RING_LEVELS:
        points = radar.ring(level)
        grid.moveTo(to_px(*points[0]))
        for x, y in points[1:]:
            grid.lineTo(to_px(x, y))
    for index in range(radar.AXIS_COUNT):
        (x0, y0), (x1, y1) = radar.spoke(index)
        grid.moveTo(to_px(x0, y0))
        grid.lineTo(to_px(x1, y1))
    grid_pen = QPen(grid_colour, 1.2)
    grid_pen.setCosmetic(True)

    # the labels, where pyqtgraph's TextItems sit (anchor fractions of the text's box)
    labels: list[tuple[QFont, QColor, QRectF, str]] = []
    for font, colour, items in (
        (label_font, text_colour, chart._axis_labels),
        (ring_font, grid_colour.darker(130), chart._ring_labels),
    ):
        metrics = QFontMetricsF(font)
        for item in items:
            text = item.toPlainText()
            box = metrics.boundingRect(QRectF(0, 0, 10_000, 10_000), 0, text)
            anchor = item.anchor
            at = to_px(item.pos().x(), item.pos().y())
            left = at.x() - anchor.x() * box.width()
            top = at.y() - anchor.y() * box.height()
            labels.append((font, colour, QRectF(left, top, box.width(), box.height()), text))

    class Floor(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.setWindowTitle("floor: bare QPainter radar")
            self.scores = [list(g.ordered_scores()) for g in model.groups]
            self.current = model.current_index
            self.polygons: list[QPolygonF] = []
            self.markers: list[list[QPointF]] = []
            for scores in self.scores:
                polygon, markers = self._shapes(scores)
                self.polygons.append(polygon)
                self.markers.append(markers)

        @staticmethod
        def _shapes(scores: list[int]) -> tuple[QPolygonF, list[QPointF]]:
            outline = radar.outline(scores)
            markers = [to_px(x, y) for x, y in outline.markers]
            return QPolygonF([*markers, markers[0]]), markers

        def set_score(self, factor: int, value: int) -> None:
            scores = self.scores[self.current]
            scores[factor] = value
            polygon, markers = self._shapes(scores)
            self.polygons[self.current] = polygon
            self.markers[self.current] = markers
            self.update()

        def paintEvent(self, event: QPaintEvent) -> None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), base)
            painter.setPen(grid_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(grid)
            for font, colour, rect, text in labels:
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(rect, 0, text)
            order = [i for i in range(len(self.polygons)) if i != self.current] + [self.current]
            for index in order:
                colour = QColor(group_colour(index))
                emphasised = index == self.current
                # the chart's width is in chart units: the same width in pixels here
                pen = QPen(colour, line_width * unit * (1.0 if emphasised else 0.6))
                pen.setCosmetic(True)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                if index >= len(GROUP_COLOURS):  # as the chart: a repeated colour is dashed
                    pen.setStyle(Qt.PenStyle.DashLine)
                fill = QColor(colour)
                fill.setAlpha(70 if emphasised else 25)
                painter.setPen(pen)
                painter.setBrush(QBrush(fill))
                painter.drawPolygon(self.polygons[index])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour))
                radius = marker_radius_units * unit
                for point in self.markers[index]:
                    painter.drawEllipse(point, radius, radius)
            painter.end()

    floor = Floor()
    floor.resize(chart.viewport().size())
    floor.show()
    return floor


def make_counter(widget: Any) -> Any:
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.count = 0
            widget.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter()


def timed_change(app: Any, change: Any, counter: Any) -> tuple[float, int]:
    """Milliseconds from the change to the end of the pass that painted `counter`'s widget, and
    how many further paints of it the change caused (should be 0)."""
    before = counter.count
    start = time.perf_counter()
    change()
    while counter.count == before:
        app.processEvents()
        if time.perf_counter() - start > MAX_WAIT_S:
            raise RuntimeError("the widget was not repainted")
    elapsed = (time.perf_counter() - start) * 1000
    painted = counter.count
    app.processEvents()  # untimed: anything left over must not spill into the next sample
    app.processEvents()
    return elapsed, counter.count - painted


def timed_repaint(app: Any, widget: Any) -> float:
    app.processEvents()
    start = time.perf_counter()
    widget.repaint()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=8)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--paint-only", type=int, default=200, help="synchronous repaints")
    parser.add_argument("--shots", type=Path, help="save both pictures here, to compare them")
    args = parser.parse_args()

    benchlib.headless()
    from PySide6.QtWidgets import QSlider

    from amk_desktop.core.factors import FACTOR_KEYS

    app, window, _translations = benchlib.real_window(args.groups)
    chart = window.during_page.chart
    viewport = chart.viewport()
    floor = make_floor(window)
    benchlib.settle(0.3)
    ours_counter = make_counter(viewport)
    floor_counter = make_counter(floor)
    sliders = [window.findChild(QSlider, f"factor_slider_{key}") for key in FACTOR_KEYS]
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
        scale = round(viewport.devicePixelRatioF())
        viewport.grab().save(str(args.shots / f"ours_g{args.groups}_dpr{scale}.png"))
        floor.grab().save(str(args.shots / f"floor_g{args.groups}_dpr{scale}.png"))

    def ours_change(k: int) -> Any:
        slider = sliders[k % len(sliders)]
        value = 4 if slider.value() != 4 else 2
        return lambda: slider.setValue(value)

    def floor_change(k: int) -> Any:
        factor = k % len(sliders)
        value = 4 if floor.scores[floor.current][factor] != 4 else 2
        return lambda: floor.set_score(factor, value)

    ours: list[float] = []
    base: list[float] = []
    extra_paints = 0
    gc.collect()
    for k in range(args.warmup + args.changes):
        pair = [(ours_change(k), ours_counter, ours), (floor_change(k), floor_counter, base)]
        if k % 2:
            pair.reverse()
        for change, counter, samples in pair:
            elapsed, extra = timed_change(app, change, counter)
            if k >= args.warmup:
                samples.append(elapsed)
                extra_paints += extra
    # the sliders really went through the model to the chart
    expected = [s.value() for s in sliders]
    assert window.model.current_group.ordered_scores() == expected, "slider not applied"
    assert floor.scores[floor.current] == expected, "floor out of step"

    ours_paint: list[float] = []
    floor_paint: list[float] = []
    for k in range(args.paint_only):
        widgets = [(viewport, ours_paint), (floor, floor_paint)]
        if k % 2:
            widgets.reverse()
        for widget, paint_samples in widgets:
            paint_samples.append(timed_repaint(app, widget))

    benchlib.finish(
        {
            "groups": len(window.model.groups),
            "dpr": viewport.devicePixelRatioF(),
            "viewport": [viewport.width(), viewport.height()],
            "ours": benchlib.summary(ours),
            "floor": benchlib.summary(base),
            "ours_paint": benchlib.summary(ours_paint[10:]),
            "floor_paint": benchlib.summary(floor_paint[10:]),
            "extra_paints": extra_paints,
            "rss_mib": benchlib.peak_rss_mib(),
        },
        window,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
