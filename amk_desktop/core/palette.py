"""Group colours, shared by the chart in the window and the printed sheet.

Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; every group is
also named in the legend, so colour never carries the meaning alone.
"""

GROUP_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#8C6D31",  # brown (yellow is unreadable on white paper)
)


def group_colour(index: int) -> str:
    return GROUP_COLOURS[index % len(GROUP_COLOURS)]


# Beyond the eight colours a group repeats a colour with another line and another mark, so no
# two of the first 32 groups look alike (in the chart, the legend, the list and on paper).
LINE_STYLES: tuple[str, ...] = ("solid", "dash", "dot", "dashdot")
MARKERS: tuple[str, ...] = ("■", "◆", "●", "▲")
# dash patterns in line widths (Qt's pens and reportlab's strokeDashArray take them so)
DASH_PATTERNS: dict[str, tuple[float, ...]] = {
    "solid": (),
    "dash": (4.0, 2.0),
    "dot": (1.0, 1.6),
    "dashdot": (4.0, 1.6, 1.0, 1.6),
}


def _cycle(index: int) -> int:
    return (index // len(GROUP_COLOURS)) % len(LINE_STYLES)


def group_line_style(index: int) -> str:
    return LINE_STYLES[_cycle(index)]


def group_dash(index: int) -> tuple[float, ...]:
    return DASH_PATTERNS[group_line_style(index)]


def group_marker(index: int) -> str:
    """The group's mark in legends: a square, then a diamond, a dot, a triangle."""
    return MARKERS[_cycle(index)]


# the joint summary's rows that have something to talk about (light, for black text), in the
# window and on paper: the lowest rated, and those where the groups disagree
SUMMARY_LOWEST_HEX = "#FDE2C8"
SUMMARY_DISAGREE_HEX = "#DDE7F7"

# the summary chart, in the window and on paper: the mean of the groups, and the band from the
# lowest to the highest score on each axis (Okabe-Ito orange)
SUMMARY_MEAN_HEX = "#1F4E79"
SUMMARY_BAND_HEX = "#E69F00"

# what was measured earlier, beside what is measured now: the survey a year before (issue 13)
# and the earlier meeting's outline in the spider chart (issue 12); always with words as well
EARLIER_HEX = "#7A828A"  # neutral grey, 3.9:1 on white
SURVEY_CURRENT_HEX = SUMMARY_MEAN_HEX
SURVEY_EARLIER_HEX = EARLIER_HEX
