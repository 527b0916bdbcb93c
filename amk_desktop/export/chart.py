"""The spider chart on the sheets, as reportlab vector shapes: the same geometry as the window's
chart (`amk_desktop.core.radar`), the groups in their colours (`amk_desktop.core.palette`), and
the legend's swatch of a group."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.pdfbase import pdfmetrics

from amk_desktop.core import radar
from amk_desktop.export.reportlab_setup import FONT, FONT_BOLD
from amk_desktop.export.text_layout import printable
from amk_desktop.export.theme import BAND_HEX, GRID_LINE, INK, MUTED, RULE, WHITE, _colour

CHART_FONT_SIZE = 8.5
RING_FONT_SIZE = 6.5
SCALE_FONT_SIZE_ON_PAPER = 9.0  # the blank sheets' scale: readable after a photocopier


LINE_WIDTH = 1.6  # points: a group's line in the chart and its legend


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default would pull in Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 8
    return drawing


def _wrap_words(text: str, font: str, size: float, max_width: float) -> list[str]:
    """An axis label broken into lines of at most `max_width` between words."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate, font, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


class _ChartSpace:
    """Chart units (centre 0, 0; outer ring radius 1; y up) to drawing points."""

    def __init__(self, cx: float, cy: float, radius: float) -> None:
        self.cx, self.cy, self.radius = cx, cy, radius

    def at(self, point: radar.Point) -> tuple[float, float]:
        return self.cx + self.radius * point[0], self.cy + self.radius * point[1]

    def flat(self, points: Iterable[radar.Point]) -> list[float]:
        return [coordinate for point in points for coordinate in self.at(point)]


def radar_drawing(
    width: float,
    height: float,
    labels: Sequence[str],
    series: Sequence[tuple[Sequence[float | None], str]] = (),
    *,
    font_size: float = CHART_FONT_SIZE,
    for_drawing_on: bool = False,
    bands: Sequence[tuple[float, float] | None] = (),
    dashes: Sequence[tuple[float, ...]] = (),
) -> Drawing:
    """The spider chart as vector shapes: rings 1-5, spokes, axis labels placed with
    `radar.label_anchor` and the radius from `radar.fit_radius`, then each series (scores,
    colour) as in the window: a translucent filled polygon when every factor is rated,
    otherwise only the lines between neighbouring rated axes; markers on rated points only.

    `for_drawing_on` (blank sheets): darker rings and a dot at every score on every spoke.
    `bands` (the joint summary): per axis, the lowest and highest score, drawn as a broad
    translucent bar along the spoke under the series. `dashes`: per series, its line's dash
    pattern in line widths (`palette.group_dash`: groups beyond the eight colours)."""
    drawing = _drawing(width, height)
    count = len(labels)
    leading = font_size * 1.2
    boxes: list[tuple[list[str], float, float]] = []
    for index, label in enumerate(labels):
        on_side = radar.label_anchor(index, count)[0] != 0.5
        max_width = width * (0.22 if on_side else 0.46)
        lines = _wrap_words(printable(label), FONT, font_size, max_width)
        label_w = max(pdfmetrics.stringWidth(line, FONT, font_size) for line in lines)
        boxes.append((lines, label_w, len(lines) * leading))
    gap = max(font_size * 0.8, RING_FONT_SIZE + 2.5)
    margin = 2.0
    radius = radar.fit_radius(
        width - 2 * margin, height - 2 * margin, [(w, h) for _, w, h in boxes], gap
    )
    space = _ChartSpace(width / 2, height / 2, max(radius, 10.0))
    _draw_grid(drawing, space, count, for_drawing_on)
    for index, (lines, _, label_h) in enumerate(boxes):
        ax, ay = radar.label_anchor(index, count)
        px, py = space.at(radar.point_at(index, 1 + gap / space.radius, count))
        top = py + ay * label_h
        anchor = "start" if ax == 0.0 else "end" if ax == 1.0 else "middle"
        for line_index, line in enumerate(lines):
            baseline = top - (line_index + 1) * leading + 0.25 * font_size
            drawing.add(
                String(
                    px,
                    baseline,
                    line,
                    fontName=FONT,
                    fontSize=font_size,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    for index, band in enumerate(bands):
        if band is not None:
            (x1, y1), (x2, y2) = (
                space.at(radar.score_point(index, score, count)) for score in band
            )
            drawing.add(
                Line(
                    x1,
                    y1,
                    x2,
                    y2,
                    strokeColor=_colour(BAND_HEX, 0.45),
                    strokeWidth=9,
                    strokeLineCap=1,
                )
            )
    _draw_series(drawing, space, series, dashes)
    return drawing


def _draw_grid(drawing: Drawing, space: _ChartSpace, count: int, for_drawing_on: bool) -> None:
    # a chart to draw on is photocopied: darker rings and dots, a larger, black scale
    ring_colour = MUTED if for_drawing_on else RULE
    for level in radar.RING_LEVELS:
        outer = level == radar.RING_LEVELS[-1]
        drawing.add(
            Polygon(
                space.flat(radar.ring(level, count)[:-1]),
                strokeColor=(MUTED if for_drawing_on else GRID_LINE) if outer else ring_colour,
                strokeWidth=(1.2 if for_drawing_on else 0.9) if outer else 0.55,
                fillColor=None,
            )
        )
    for index in range(count):
        start, end = radar.spoke(index, count)
        (x1, y1), (x2, y2) = space.at(start), space.at(end)
        drawing.add(Line(x1, y1, x2, y2, strokeColor=ring_colour, strokeWidth=0.55))
        if for_drawing_on:
            for level in radar.RING_LEVELS:
                x, y = space.at(radar.score_point(index, level, count))
                drawing.add(Circle(x, y, 1.6, fillColor=INK, strokeColor=None))
    for level in radar.RING_LEVELS:  # the scale, just right of the first (upright) spoke
        x, y = space.at(radar.score_point(0, level, count))
        drawing.add(
            String(
                x + 2.5,
                y + 1.5,
                str(level),
                fontName=FONT_BOLD if for_drawing_on else FONT,
                fontSize=SCALE_FONT_SIZE_ON_PAPER if for_drawing_on else RING_FONT_SIZE,
                fillColor=INK if for_drawing_on else MUTED,
                textAnchor="start",
            )
        )


def _dash_array(pattern: tuple[float, ...], width: float) -> list[float] | None:
    return [part * width for part in pattern] if pattern else None


def _draw_series(
    drawing: Drawing,
    space: _ChartSpace,
    series: Sequence[tuple[Sequence[float | None], str]],
    dashes: Sequence[tuple[float, ...]] = (),
) -> None:
    outlines = [(radar.outline(list(scores)), hex_colour) for scores, hex_colour in series]
    fill_alpha = 0.16 if len(series) <= 3 else 0.08
    for shape, hex_colour in outlines:  # fills first, so no fill covers another group's line
        if shape.closed:
            drawing.add(
                Polygon(
                    space.flat(shape.polygon[:-1]),
                    fillColor=_colour(hex_colour, fill_alpha),
                    strokeColor=None,
                )
            )
    for index, (shape, hex_colour) in enumerate(outlines):
        stroke = _colour(hex_colour)
        dash = _dash_array(dashes[index] if index < len(dashes) else (), LINE_WIDTH)
        if shape.closed:
            drawing.add(
                PolyLine(
                    space.flat(shape.polygon),
                    strokeColor=stroke,
                    strokeWidth=LINE_WIDTH,
                    strokeLineJoin=1,
                    strokeDashArray=dash,
                )
            )
        else:
            for a, b in shape.segments:
                (x1, y1), (x2, y2) = space.at(a), space.at(b)
                drawing.add(
                    Line(
                        x1,
                        y1,
                        x2,
                        y2,
                        strokeColor=stroke,
                        strokeWidth=LINE_WIDTH,
                        strokeLineCap=1,
                        strokeDashArray=dash,
                    )
                )
        for point in shape.markers:
            x, y = space.at(point)
            drawing.add(Circle(x, y, 2.3, fillColor=stroke, strokeColor=WHITE, strokeWidth=0.5))


def _swatch(hex_colour: str, complete: bool, dash: tuple[float, ...] = ()) -> Drawing:
    drawing = _drawing(18, 9)
    colour = _colour(hex_colour)
    if complete:
        drawing.add(Rect(0.5, 1, 17, 7, fillColor=_colour(hex_colour, 0.16), strokeColor=None))
    drawing.add(
        Line(
            0.5,
            4.5,
            17.5,
            4.5,
            strokeColor=colour,
            strokeWidth=LINE_WIDTH,
            strokeDashArray=_dash_array(dash, LINE_WIDTH),
        )
    )
    drawing.add(Circle(9, 4.5, 2.3, fillColor=colour, strokeColor=WHITE, strokeWidth=0.5))
    return drawing
