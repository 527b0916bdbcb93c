"""Geometry of the spider (radar) chart, shared by the window and the printed sheet.

Coordinates are in chart units: the centre is (0, 0), the outer ring (score 5) has radius 1,
y grows upwards. The first factor points straight up and the others follow clockwise, as on
NFA's paper sheet. Score s lies at radius s / 5, so the scale is fixed and never stretches to
fit the data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from amk_desktop.core.factors import SCORE_MAX, SCORE_MIN

Point = tuple[float, float]
AXIS_COUNT = 6
RING_LEVELS: tuple[int, ...] = tuple(range(SCORE_MIN, SCORE_MAX + 1))
# what the window's chart shows: every group, only the current group, or the groups' mean with
# each factor's lowest-highest band
CHART_MODES = ("all", "current", "mean")


def axis_angle(index: int, count: int = AXIS_COUNT) -> float:
    """Angle in radians of axis `index`, counter-clockwise from the positive x axis."""
    return math.pi / 2 - 2 * math.pi * index / count


def point_at(index: int, radius: float, count: int = AXIS_COUNT) -> Point:
    angle = axis_angle(index, count)
    return (radius * math.cos(angle), radius * math.sin(angle))


def score_point(index: int, score: float, count: int = AXIS_COUNT) -> Point:
    return point_at(index, score / SCORE_MAX, count)


def ring(level: int, count: int = AXIS_COUNT) -> list[Point]:
    """The closed polygon of one ring (first point repeated at the end)."""
    points = [score_point(i, level, count) for i in range(count)]
    return [*points, points[0]]


def spoke(index: int, count: int = AXIS_COUNT) -> tuple[Point, Point]:
    return ((0.0, 0.0), point_at(index, 1.0, count))


def label_anchor(index: int, count: int = AXIS_COUNT) -> Point:
    """Where a label's box hangs on its anchor point, as fractions (0, 0) = top left.

    Labels on the right of the chart start at the anchor, those on the left end at it; labels
    in the upper half sit above it, those in the lower half below it, so a label always points
    away from the centre.
    """
    angle = axis_angle(index, count)
    cx, cy = math.cos(angle), math.sin(angle)
    ax = 0.5 if abs(cx) < 1e-6 else (0.0 if cx > 0 else 1.0)
    return (ax, 0.5 + 0.5 * cy)


def fit_radius(
    width: float, height: float, label_sizes: Sequence[tuple[float, float]], gap: float
) -> float:
    """The largest outer-ring radius (in the same units as the sizes) at which every axis label,
    placed `gap` beyond the outer ring with `label_anchor`, fits inside width x height."""
    count = len(label_sizes)
    radius = min(width, height) / 2
    for index, (label_w, label_h) in enumerate(label_sizes):
        angle = axis_angle(index, count)
        ax, ay = label_anchor(index, count)
        # extent of the box beyond / before its anchor point, in chart directions (y up)
        for c, half, below, above in (
            (math.cos(angle), width / 2, ax * label_w, (1 - ax) * label_w),
            (math.sin(angle), height / 2, (1 - ay) * label_h, ay * label_h),
        ):
            if c > 1e-6:
                radius = min(radius, (half - above) / c - gap)
            elif c < -1e-6:
                radius = min(radius, (half - below) / -c - gap)
    return max(radius, 0.0)


@dataclass(frozen=True)
class Outline:
    """What to draw for one group's scores.

    `closed` is true when every factor is rated: then `polygon` is the filled polygon (first
    point repeated at the end). Otherwise only the rated points (`markers`) and the lines between
    neighbouring rated axes (`segments`) are drawn, so a missing score never looks like a 0 or 1.
    """

    markers: tuple[Point, ...]
    segments: tuple[tuple[Point, Point], ...]
    closed: bool

    @property
    def polygon(self) -> tuple[Point, ...]:
        if not self.closed:
            return ()
        return (*self.markers, self.markers[0])


def outline(scores: Sequence[float | None]) -> Outline:
    count = len(scores)
    points = [None if s is None else score_point(i, s, count) for i, s in enumerate(scores)]
    markers = tuple(p for p in points if p is not None)
    closed = count > 0 and len(markers) == count
    segments = []
    for i in range(count):
        a, b = points[i], points[(i + 1) % count]
        if a is not None and b is not None:
            segments.append((a, b))
    return Outline(markers=markers, segments=tuple(segments), closed=closed)
