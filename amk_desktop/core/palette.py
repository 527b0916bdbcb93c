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


# the joint summary's rows that have something to talk about (light, for black text), in the
# window and on paper: the lowest rated, and those where the groups disagree
SUMMARY_LOWEST_HEX = "#FDE2C8"
SUMMARY_DISAGREE_HEX = "#DDE7F7"

# the summary chart, in the window and on paper: the mean of the groups, and the band from the
# lowest to the highest score on each axis (Okabe-Ito orange)
SUMMARY_MEAN_HEX = "#1F4E79"
SUMMARY_BAND_HEX = "#E69F00"
