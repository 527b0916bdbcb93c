"""The chart's legend as rich text, for the window and the presenter screen alike: each group
shown with its colour and name, or the mean with its band."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from amk_desktop.core.palette import (
    SUMMARY_BAND_HEX,
    SUMMARY_MEAN_HEX,
    group_colour,
    group_marker,
)
from amk_desktop.core.session import Group
from amk_desktop.core.text import fill
from amk_desktop.ui.widgets.text_fields import elide

NAME_LENGTH = 40  # characters of a group's name in the legend
MOST_GROUPS = 12  # groups named in the legend; the group list (and its tool tips) has them all


def legend_html(groups: Sequence[Group], mode: str, current: int) -> str:
    """`mode` as `RadarChart.set_mode`: "all", "current" or "mean"."""
    if mode == "mean":
        return (
            f'<span style="color:{SUMMARY_MEAN_HEX}">■</span>&nbsp;'
            + escape(
                fill(
                    QCoreApplication.translate("ChartLegend", "Mean of %1 groups"),
                    str(len(groups)),
                )
            )
            + f' &nbsp; <span style="color:{SUMMARY_BAND_HEX}">▬</span>&nbsp;'
            + escape(QCoreApplication.translate("ChartLegend", "lowest to highest score"))
        )
    shown = [current] if mode == "current" else list(range(len(groups)))
    more = len(shown) - MOST_GROUPS
    if more > 1:  # the legend never takes the chart's room (200 groups squeezed it away)
        shown = shown[:MOST_GROUPS]
    else:
        more = 0
    items = [
        f'<span style="color:{group_colour(i)}">{group_marker(i)}</span>&nbsp;'
        f"{escape(elide(' '.join(groups[i].name.split()), NAME_LENGTH))}"
        for i in shown
    ]
    if more:
        items.append(
            escape(fill(QCoreApplication.translate("ChartLegend", "and %1 more"), str(more)))
        )
    return " &nbsp; ".join(items)
