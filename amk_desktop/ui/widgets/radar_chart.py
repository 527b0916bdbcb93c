"""The live spider chart (pyqtgraph). Imported only when the Under step is first shown.

All geometry comes from `amk_desktop.core.radar`, so the printed sheet draws the same chart.
Each group owns two items (its outline and its markers) that are updated in place on every
score change; the grid and the labels are built once per resize or language change.
"""

from __future__ import annotations

import textwrap

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from amk_desktop.core import radar
from amk_desktop.core.baseline import matching_group
from amk_desktop.core.factors import FACTOR_KEYS, FACTORS
from amk_desktop.core.figures import one_decimal
from amk_desktop.core.palette import (
    EARLIER_HEX,
    SUMMARY_BAND_HEX,
    SUMMARY_MEAN_HEX,
    group_colour,
    group_dash,
)
from amk_desktop.core.radar import Point
from amk_desktop.core.summary import summarize
from amk_desktop.core.text import fill
from amk_desktop.i18n import tr_text
from amk_desktop.ui.session_model import SessionModel
from amk_desktop.ui.widgets.text_fields import elide

LABEL_WRAP = 18  # characters per line of an axis label
MARKER_RADIUS = 0.025  # chart units
MIN_LABEL_PX = 10
MAX_LABEL_PX = 30
LABEL_OVER_BODY = 1.25  # the axis labels at least this many times the body text
BAND_WIDTH = 0.07  # chart units: the lowest-highest band along each spoke


def _polyline_path(outline: radar.Outline) -> QPainterPath:
    path = QPainterPath()
    if outline.closed:
        poly = outline.polygon
        path.moveTo(*poly[0])
        for x, y in poly[1:]:
            path.lineTo(x, y)
        path.closeSubpath()
    else:
        for (x1, y1), (x2, y2) in outline.segments:
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
    return path


def _bands_path(bands: list[tuple[float, float] | None]) -> QPainterPath:
    """Per axis, a line from the lowest to the highest score (drawn with a broad pen)."""
    path = QPainterPath()
    for index, band in enumerate(bands):
        if band is not None:
            path.moveTo(*radar.score_point(index, band[0], len(bands)))
            path.lineTo(*radar.score_point(index, band[1], len(bands)))
    return path


def _markers_path(points: tuple[Point, ...], radius: float) -> QPainterPath:
    path = QPainterPath()
    for x, y in points:
        path.addEllipse(QPointF(x, y), radius, radius)
    return path


class _ShapeItem(QGraphicsPathItem):
    """A group's polygon, painted as `_paint_group` does."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        _paint_group(painter, self, None)


def _paint_group(
    painter: QPainter, shape: QGraphicsPathItem, markers: QGraphicsPathItem | None
) -> None:
    """A group's polygon and markers: the translucent fill without antialiasing (its edge lies
    under the antialiased outline anyway), which halves the cost of many overlaid groups."""
    path = shape.path()
    if shape.brush().style() != Qt.BrushStyle.NoBrush:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shape.brush())
        painter.drawPath(path)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(shape.pen())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if markers is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(markers.brush())
        painter.drawPath(markers.path())


class _OtherGroupsLayer(QGraphicsItem):
    """Every group but the current one, painted once into a cached picture: a slider moves
    only the current group, so a change repaints one polygon over the cached picture instead
    of all of them (20 overlaid groups cost what one does). Redrawn when another group's
    scores, the current group, the mode or the size change."""

    def __init__(self) -> None:
        super().__init__()
        self.members: list[_GroupItems] = []
        self._rect = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(5)

    def set_members(self, members: list[_GroupItems]) -> None:
        self.prepareGeometryChange()
        self.members = members
        rect = QRectF()
        for items in members:
            margin = items.shape.pen().widthF()
            rect = rect.united(
                items.shape.path().boundingRect().adjusted(-margin, -margin, margin, margin)
            )
            rect = rect.united(items.markers.path().boundingRect())
        self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for items in self.members:
            _paint_group(painter, items.shape, items.markers)


class _GroupItems:
    """The two scene items that draw one group (the current group's are shown; the others'
    hold what `_OtherGroupsLayer` paints)."""

    def __init__(self, colour: QColor, dash: tuple[float, ...] = ()) -> None:
        self.colour = colour
        self.dash = dash  # groups beyond the palette repeat a colour with another line
        self.shape = _ShapeItem()
        self.markers = QGraphicsPathItem()
        self.outline = radar.outline([None] * len(FACTOR_KEYS))

    def style(self, emphasised: bool, line_width: float) -> None:
        # The width is in chart units (not a cosmetic pen): a cosmetic pen's width counts as
        # chart units in the item's bounding rectangle, which then covered the whole chart
        # and made every slider step repaint all of it.
        pen = QPen(self.colour, line_width * (1.0 if emphasised else 0.6))
        if self.dash:
            pen.setDashPattern(list(self.dash))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.shape.setPen(pen)
        fill = QColor(self.colour)
        fill.setAlpha(70 if emphasised else 25)
        self.shape.setBrush(QBrush(fill) if self.outline.closed else QBrush(Qt.BrushStyle.NoBrush))
        self.markers.setPen(QPen(Qt.PenStyle.NoPen))
        self.markers.setBrush(QBrush(self.colour))
        self.shape.setZValue(10 if emphasised else 5)
        self.markers.setZValue(11 if emphasised else 6)

    def set_visible(self, visible: bool) -> None:
        self.shape.setVisible(visible)
        self.markers.setVisible(visible)


class RadarChart(pg.PlotWidget):  # type: ignore[misc]
    def __init__(
        self,
        model: SessionModel,
        parent: QWidget | None = None,
        *,
        label_scale: float = 1 / 34,
        max_label_px: int = MAX_LABEL_PX,
    ) -> None:
        """`label_scale`: the labels' size as a part of the chart's short side (the presenter
        screen asks for more, `max_label_px` bounds it); never smaller than the body text."""
        super().__init__(parent, background=None)
        self.setObjectName("radar_chart")
        self._label_scale = label_scale
        self._max_label_px = max_label_px
        self._emphasis = 1.0  # projector mode: larger labels (`set_label_emphasis`)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the sliders and table take focus
        self.setAntialiasing(True)
        self.setMinimumSize(260, 240)
        self._model = model
        self._line_width_px = 3.0
        self._pixels_per_unit = 100.0
        self._label_font = QFont(self.font())
        self._groups: list[_GroupItems] = []
        self._mode = "all"
        self._mean = _GroupItems(QColor(SUMMARY_MEAN_HEX))
        self._mean_summary = summarize(model.groups)  # what the mean mode draws and says
        self._band = QGraphicsPathItem()
        band = QColor(SUMMARY_BAND_HEX)
        band.setAlpha(115)
        band_pen = QPen(band, BAND_WIDTH)
        band_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._band.setPen(band_pen)
        self._band.setZValue(4)

        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.vb.disableAutoRange()
        plot.vb.setDefaultPadding(0)
        self._plot = plot

        self._grid = QGraphicsPathItem()
        self._grid.setCacheMode(QGraphicsPathItem.CacheMode.DeviceCoordinateCache)
        plot.addItem(self._grid)
        self._axis_labels: list[pg.TextItem] = []
        self._ring_labels: list[pg.TextItem] = []
        for index in range(len(FACTORS)):
            label = pg.TextItem(anchor=radar.label_anchor(index))
            plot.addItem(label)
            self._axis_labels.append(label)
        for level in radar.RING_LEVELS:
            label = pg.TextItem(str(level), anchor=(0.0, 1.0))
            plot.addItem(label)
            self._ring_labels.append(label)

        for item in (self._band, self._mean.shape, self._mean.markers):
            plot.addItem(item)
            item.setVisible(False)
        # a follow-up meeting (issue 12): the earlier result under this one, grey and dashed
        # (the current group's of the same name, or in the mean mode the earlier mean)
        self._earlier = QGraphicsPathItem()
        self._earlier.setZValue(3)
        self._earlier.setVisible(False)
        self.earlier_outline: radar.Outline | None = None
        plot.addItem(self._earlier)
        self._others = _OtherGroupsLayer()
        plot.addItem(self._others)

        self._build_grid()
        self._apply_palette()
        self.retranslate()

        model.score_changed.connect(self._on_score_changed)
        model.groups_changed.connect(self._rebuild_groups)
        model.session_replaced.connect(self._rebuild_groups)
        model.current_group_changed.connect(self._restyle_groups)
        model.baseline_changed.connect(self._update_earlier)
        model.group_renamed.connect(self._update_earlier)
        self._rebuild_groups()
        self._ready = True

    @property
    def _line_width(self) -> float:
        """The group outline's width in chart units."""
        return self._line_width_px / self._pixels_per_unit

    # -- what is drawn, for tests and the accessibility text -----------------------------------
    def group_outline(self, group_index: int) -> radar.Outline:
        return self._groups[group_index].outline

    def group_path(self, group_index: int) -> QPainterPath:
        return self._groups[group_index].shape.path()

    def group_shown(self, group_index: int) -> bool:
        """Whether the group is drawn: as the current group, or in the layer of the others."""
        items = self._groups[group_index]
        return bool(items.shape.isVisible()) or any(m is items for m in self._others.members)

    def set_label_emphasis(self, scale: float) -> None:
        """Labels `scale` times their usual share of the chart (projector mode: the chart's
        room shrinks as the text around it grows, and its labels must grow all the same)."""
        self._emphasis = scale
        if self.__dict__.get("_ready", False):
            self._fit_view()

    @property
    def label_pixel_size(self) -> int:
        """The axis labels' size in pixels (the presenter screen and projector mode: large)."""
        return int(self._label_font.pixelSize())

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def mean_outline(self) -> radar.Outline:
        """The mean of the groups, as drawn in the "mean" mode."""
        return self._mean.outline

    @property
    def bands_path(self) -> QPainterPath:
        return self._band.path()

    # -- what is shown -------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Show every group ("all"), only the current group ("current"), or the groups' mean
        with each factor's lowest-highest band ("mean")."""
        if mode not in radar.CHART_MODES:
            raise ValueError(mode)
        self._mode = mode
        self._show_mode()
        self._update_description()

    def _show_mode(self) -> None:
        mode, current = self._mode, self._model.current_index
        for index, items in enumerate(self._groups):
            items.set_visible(mode != "mean" and index == current)
        self._update_others()
        mean = mode == "mean"
        for item in (self._band, self._mean.shape, self._mean.markers):
            item.setVisible(mean)
        if mean:
            self._update_mean()
        self._update_earlier()

    def _update_earlier(self, *_args: object) -> None:
        """The earlier meeting's outline to compare with: the current group's of the same
        name, or (mean mode) the earlier groups' mean; none without an earlier meeting."""
        baseline = self._model.baseline
        outline = None
        if baseline is not None:
            if self._mode == "mean":
                means = [factor.mean for factor in summarize(baseline.groups).factors]
                outline = radar.outline(means)
            else:
                earlier = matching_group(self._model.current_group, baseline.groups)
                outline = radar.outline(earlier.ordered_scores()) if earlier else None
        self.earlier_outline = outline
        self._earlier.setVisible(outline is not None)
        if outline is None:
            return
        pen = QPen(QColor(EARLIER_HEX), self._line_width * 0.8)
        pen.setDashPattern([3.0, 2.0])
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._earlier.setPen(pen)
        self._earlier.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self._earlier.setPath(_polyline_path(outline))

    def _update_others(self) -> None:
        current = self._model.current_index
        shown = self._mode == "all"
        self._others.set_members(
            [items for index, items in enumerate(self._groups) if shown and index != current]
        )

    def _update_mean(self) -> None:
        summary = self._mean_summary = summarize(self._model.groups)
        means = [factor.mean for factor in summary.factors]
        self._mean.outline = radar.outline(means)
        self._mean.shape.setPath(_polyline_path(self._mean.outline))
        self._mean.markers.setPath(_markers_path(self._mean.outline.markers, MARKER_RADIUS))
        self._mean.style(True, self._line_width)
        self._band.setPath(
            _bands_path(
                [
                    None if f.lowest is None or f.highest is None else (f.lowest, f.highest)
                    for f in summary.factors
                ]
            )
        )

    # -- groups --------------------------------------------------------------------------------
    def _rebuild_groups(self) -> None:
        """Groups were added, removed or replaced: one pair of items per group (a group's
        colour follows its place, so only the items at the end come or go), all redrawn."""
        count = len(self._model.groups)
        while len(self._groups) > count:
            items = self._groups.pop()
            self._plot.removeItem(items.shape)
            self._plot.removeItem(items.markers)
        for index in range(len(self._groups), count):
            items = _GroupItems(QColor(group_colour(index)), group_dash(index))
            self._plot.addItem(items.shape)
            self._plot.addItem(items.markers)
            self._groups.append(items)
        for index in range(count):
            self._update_group(index)
        self._restyle_groups()

    def _restyle_groups(self) -> None:
        current = self._model.current_index
        for index, items in enumerate(self._groups):
            items.style(index == current, self._line_width)
        self._show_mode()
        self._update_description()

    def _on_score_changed(self, group_index: int, _key: str) -> None:
        self._update_group(group_index)
        self._groups[group_index].style(group_index == self._model.current_index, self._line_width)
        if group_index != self._model.current_index and self._mode == "all":
            self._update_others()  # another group changed (the table, collecting, undo)
        if self._mode == "mean":
            self._update_mean()
        self._update_description()

    def _update_group(self, index: int) -> None:
        items = self._groups[index]
        was_closed = items.outline.closed
        items.outline = radar.outline(self._model.groups[index].ordered_scores())
        items.shape.setPath(_polyline_path(items.outline))
        items.markers.setPath(_markers_path(items.outline.markers, MARKER_RADIUS))
        if was_closed != items.outline.closed:
            items.style(index == self._model.current_index, self._line_width)

    # -- static parts ------------------------------------------------------------------------
    def _build_grid(self) -> None:
        path = QPainterPath()
        for level in radar.RING_LEVELS:
            points = radar.ring(level)
            path.moveTo(*points[0])
            for x, y in points[1:]:
                path.lineTo(x, y)
        for index in range(len(FACTORS)):
            (x0, y0), (x1, y1) = radar.spoke(index)
            path.moveTo(x0, y0)
            path.lineTo(x1, y1)
        self._grid.setPath(path)

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        pen = QPen(grid, 1.2)
        pen.setCosmetic(True)
        self._grid.setPen(pen)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for label in self._axis_labels:
            label.setColor(text)
        for label in self._ring_labels:
            label.setColor(grid.darker(130))

    def retranslate(self) -> None:
        for index, (label, factor) in enumerate(zip(self._axis_labels, FACTORS, strict=True)):
            # labels above and below the chart have room to be wider than those at the sides
            on_side = radar.label_anchor(index)[0] != 0.5
            wrap = LABEL_WRAP if on_side else LABEL_WRAP * 2
            label.setText(textwrap.fill(tr_text(factor.label), wrap))
        self._fit_view()
        self._update_description()

    def _update_description(self) -> None:
        if not self._groups:
            return
        self.setAccessibleName(self.tr("Spider chart"))
        if self._mode == "mean":
            summary = self._mean_summary  # (`_update_mean` made it for this change)
            parts = []
            for factor, figures in zip(FACTORS, summary.factors, strict=True):
                mean = figures.mean
                shown = (
                    self.tr("not rated")
                    if mean is None
                    else fill(
                        self.tr("%1 (%2 to %3)"),
                        self.locale().toString(one_decimal(mean), "f", 1),
                        str(figures.lowest),
                        str(figures.highest),
                    )
                )
                parts.append(f"{tr_text(factor.label)}: {shown}")
            self.setAccessibleDescription(
                fill(self.tr("Mean of %1 groups: %2"), str(summary.group_count), "; ".join(parts))
            )
            return
        group = self._model.current_group
        parts = []
        for factor in FACTORS:
            value = group.scores[factor.key]
            shown = self.tr("not rated") if value is None else str(value)
            parts.append(f"{tr_text(factor.label)}: {shown}")
        self.setAccessibleDescription(
            fill(self.tr("Scores of %1: %2"), elide(group.name), "; ".join(parts))
        )

    # -- size --------------------------------------------------------------------------------
    def _fit_view(self) -> None:
        """Scale the chart to the widget: labels grow with the chart (projector) and the outer
        ring shrinks just enough that no label is clipped."""
        width = max(self.viewport().width(), 1)
        height = max(self.viewport().height(), 1)
        margin = 6.0
        # Start from a size that reads at the back of the room and shrink the labels until the
        # chart itself keeps at least a third of the short side.
        # never smaller than the window's body text (projector mode made it larger, and the
        # chart's labels then came out smaller than the text around them)
        # (a quarter larger: labels of a chart read from across the room)
        least = max(MIN_LABEL_PX, round(QFontInfo(self.font()).pixelSize() * LABEL_OVER_BODY))
        most = max(least, round(self._max_label_px * self._emphasis))
        wanted = min(width, height) * self._label_scale * self._emphasis
        pixel_size = int(max(least, min(most, wanted)))
        while True:
            self._label_font.setPixelSize(pixel_size)
            metrics = QFontMetricsF(self._label_font)
            sizes = []
            for label in self._axis_labels:
                text = label.toPlainText()
                rect = metrics.boundingRect(QRectF(0, 0, 10_000, 10_000), 0, text)
                sizes.append((rect.width() + 8, rect.height() + 6))  # TextItem's own margins
            gap = pixel_size * 0.5
            radius = radar.fit_radius(width - 2 * margin, height - 2 * margin, sizes, gap)
            if radius >= min(width, height) / 6 or pixel_size <= least:
                break
            pixel_size -= 1
        for label in self._axis_labels:
            label.setFont(self._label_font)
        self._line_width_px = max(2.0, pixel_size / 5)
        radius = max(radius, 20.0)
        self._pixels_per_unit = radius
        half_w, half_h = width / (2 * radius), height / (2 * radius)
        self._plot.vb.setRange(xRange=(-half_w, half_w), yRange=(-half_h, half_h), padding=0)
        for index, label in enumerate(self._axis_labels):
            label.setPos(*radar.point_at(index, 1 + gap / radius))
        small = QFont(self._label_font)
        small.setPixelSize(max(10, int(pixel_size * 0.7)))
        nudge = 3 / radius  # a few pixels right of the vertical spoke
        for level, label in zip(radar.RING_LEVELS, self._ring_labels, strict=True):
            label.setFont(small)
            x, y = radar.point_at(0, level / radar.RING_LEVELS[-1])
            label.setPos(x + nudge, y)
        for index, items in enumerate(self._groups):
            items.style(index == self._model.current_index, self._line_width)
        self._mean.style(True, self._line_width)
        self._update_others()
        self._update_earlier()  # its line's width follows the chart's size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.__dict__.get("_ready", False):
            self._fit_view()

    def changeEvent(self, event: QEvent) -> None:
        if not self.__dict__.get("_ready", False):  # events sent while pyqtgraph constructs
            super().changeEvent(event)
            return
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_view()  # the labels follow the body text (projector mode)
        super().changeEvent(event)
