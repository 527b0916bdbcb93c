"""The look of the printed sheets: colours, paper sizes and margins, paragraph styles."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from amk_desktop.core.palette import (
    SUMMARY_BAND_HEX,
    SUMMARY_DISAGREE_HEX,
    SUMMARY_LOWEST_HEX,
    SUMMARY_MEAN_HEX,
)
from amk_desktop.export.reportlab_setup import FONT, FONT_BOLD

# -- colours --------------------------------------------------------------------------------------
INK = colors.HexColor("#1C2126")
MUTED_HEX = "#5E6873"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT_HEX = SUMMARY_MEAN_HEX  # headings, and the summary chart's mean
ACCENT = colors.HexColor(ACCENT_HEX)
BAND_HEX = SUMMARY_BAND_HEX  # the joint summary's lowest-highest band
LOWEST_BG = colors.HexColor(SUMMARY_LOWEST_HEX)  # the summary's rows, as in the window
DISAGREE_BG = colors.HexColor(SUMMARY_DISAGREE_HEX)
RULE = colors.HexColor("#C3CBD3")
GRID_LINE = colors.HexColor("#A9B3BD")
HEADER_BG = colors.HexColor("#E8EDF2")
ZEBRA = colors.HexColor("#F5F7F9")
WHITE = colors.white


def _colour(hex_colour: str, alpha: float = 1.0) -> Any:
    """A ``#RRGGBB`` colour (a group's, `amk_desktop.core.palette`) with `alpha`."""
    colour = colors.HexColor(hex_colour)
    return colors.Color(colour.red, colour.green, colour.blue, alpha=alpha)


# -- paper and margins ----------------------------------------------------------------------------
PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 21 * mm
FOOTER_Y = 9 * mm


# -- paragraph styles -----------------------------------------------------------------------------
class _Styles:
    """The paragraph styles of the sheets, made for each build."""

    def __init__(self) -> None:
        base = ParagraphStyle(
            "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.kicker = ParagraphStyle(
            "kicker", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=ACCENT
        )
        self.title = ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=19, leading=23, spaceBefore=3
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=11, leading=14.5, textColor=MUTED, spaceBefore=1
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.label = ParagraphStyle("label", base, fontSize=8.5, leading=12.5, textColor=MUTED)
        self.value = ParagraphStyle("value", base, fontSize=9.5, leading=12.5)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.2)
        self.cell_centre = ParagraphStyle("cell_centre", self.cell, alignment=TA_CENTER)
        self.cell_muted = ParagraphStyle(
            "cell_muted", self.cell, alignment=TA_CENTER, textColor=MUTED
        )
        self.cell_head = ParagraphStyle(
            "cell_head", self.cell, fontName=FONT_BOLD, fontSize=7.5, leading=9.5
        )
        self.cell_head_centre = ParagraphStyle(
            "cell_head_centre", self.cell_head, alignment=TA_CENTER
        )
        self.note_group = ParagraphStyle(
            "note_group",
            base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            spaceBefore=4,
            keepWithNext=1,
            leftIndent=10,
        )
        self.note = ParagraphStyle("note", base, leftIndent=10, spaceAfter=2)
        self.muted_note = ParagraphStyle("muted_note", self.note, textColor=MUTED)
        self.bullet = ParagraphStyle(
            "bullet",
            base,
            leftIndent=12,
            bulletIndent=2,
            bulletFontName=FONT,
            spaceAfter=2,
        )
        self.footer = ParagraphStyle("footer", base, fontSize=7, leading=8.8, textColor=MUTED)
        self.factor_name = ParagraphStyle(
            "factor_name", base, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=7
        )
        self.factor_help = ParagraphStyle("factor_help", base, leftIndent=0)
        self.question = ParagraphStyle(
            "question", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, keepWithNext=1
        )
        self.blank_cell = ParagraphStyle("blank_cell", base, fontSize=10, leading=13)
        # a title too long for the title style, and an agreement too long for a table row
        self.long_title = ParagraphStyle(
            "long_title", base, fontName=FONT_BOLD, fontSize=11, leading=14.5, spaceBefore=3
        )
        self.block_number = ParagraphStyle(
            "block_number",
            base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=10,
        )
        self.block_label = ParagraphStyle(
            "block_label", self.cell_head, textColor=MUTED, spaceBefore=4
        )
        self.block_value = ParagraphStyle("block_value", self.cell, spaceAfter=1)
        self.block_small = ParagraphStyle(
            "block_small", self.cell, fontSize=7, leading=9.5, textColor=MUTED
        )
