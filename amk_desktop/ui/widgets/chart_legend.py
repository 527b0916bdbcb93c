"""The chart's legend as rich text, for the window and the presenter screen alike: each group
shown with its colour and name, or the mean with its band."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from amk_desktop.core.baseline import Baseline, matching_group, meeting_name
from amk_desktop.core.palette import (
    EARLIER_HEX,
    SUMMARY_BAND_HEX,
    SUMMARY_MEAN_HEX,
    group_colour,
    group_marker,
)
from amk_desktop.core.session import Group
from amk_desktop.core.text import fill
from amk_desktop.ui.widgets.agreements import format_date
from amk_desktop.ui.widgets.text_fields import elide

NAME_LENGTH = 40  # characters of a group's name in the legend
MOST_GROUPS = 12  # groups named in the legend; the group list (and its tool tips) has them all


def earlier_label(baseline: Baseline | None, current: Group, mode: str) -> str | None:
    """What the chart's earlier outline is, when it draws one (RadarChart: the current
    group's of the same name, or the mean in the mean mode), else None: whose outline, and
    the earlier meeting by its date (its title is often this meeting's), else its name."""
    if baseline is None:
        return None
    when = (
        format_date(baseline.details.date)
        if baseline.details.date
        else elide(meeting_name(baseline.details, baseline.file), NAME_LENGTH)
    )
    if mode == "mean":
        return fill(QCoreApplication.translate("ChartLegend", "the mean on %1"), when)
    if matching_group(current, baseline.groups) is None:
        return None
    name = elide(" ".join(current.name.split()), NAME_LENGTH)
    return fill(QCoreApplication.translate("ChartLegend", "%1 on %2"), name, when)


def earlier_html(words: str) -> str:
    """The earlier meeting's outline (issue 12): grey and dashed, with what it is."""
    said = fill(QCoreApplication.translate("ChartLegend", "earlier: %1"), words)
    return f'<span style="color:{EARLIER_HEX}">╌╌</span>&nbsp;{escape(said)}'


def legend_html(
    groups: Sequence[Group], mode: str, current: int, earlier: str | None = None
) -> str:
    """`mode` as `RadarChart.set_mode`: "all", "current" or "mean"; `earlier`: what the
    earlier outline drawn too is (`earlier_label`), if one is."""
    tail = f" &nbsp; {earlier_html(earlier)}" if earlier is not None else ""
    return _groups_html(groups, mode, current) + tail


def _groups_html(groups: Sequence[Group], mode: str, current: int) -> str:
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
