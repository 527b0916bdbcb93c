"""reportlab set up for the sheets: the embedded fonts, and reportlab's process-wide settings.

* Only the bundled DejaVu Sans (regular and bold) is used and embedded, registered as `FONT`
  and `FONT_BOLD`; the canvas and every drawing are created with it as initial font, so no
  base-14 Helvetica is referenced.
* Text widths, font subsetting and PDF string escaping give reportlab's results with C-level
  loops (`_FastTTFont`; `_PDF_ESCAPES`, which the document's canvas uses too), and the numbers
  a page writes are formatted once (`_fp_str`): reportlab 5 ships no compiled accelerator.
* `_prepare` (at the start of every build) registers the fonts and makes sure nothing is ever
  fetched from a URL or a file while rendering (``rl_config.trustedHosts/trustedSchemes`` are
  emptied; besides, every text is escaped by `text_layout.para_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import groupby, repeat
from typing import Any

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfgen_canvas
from reportlab.pdfgen import pathobject as pdfgen_pathobject
from reportlab.pdfgen import textobject as pdfgen_textobject
from reportlab.platypus import tables as platypus_tables

from amk_desktop.resources import data_path

FONT_DIR = data_path("fonts")
FONT = "AMKSans"
FONT_BOLD = "AMKSans-Bold"

# reportlab's escapePDF, as a translation table (the same strings, without a Python-level loop)
_PDF_ESCAPES = {
    code: f"\\{code:03o}" if code < 32 or code >= 127 else "\\" + chr(code)
    for code in range(256)
    if code < 32 or code >= 127 or chr(code) in "\\()"
}


class _FastTTFont(TTFont):  # type: ignore[misc]
    """reportlab's TrueType font with its two per-character loops done by C-level `map`s
    (reportlab 5 ships no compiled accelerator): `stringWidth` adds the same widths in the same
    order (identical floats), `splitString` returns the same subset runs once every character
    has its code in the subset (otherwise reportlab's own code assigns it)."""

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        face = self.face
        widths = map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth, len(text)))
        width: float = 0.001 * size * sum(widths)
        return width

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        if state is not None:
            if not isinstance(text, str):
                text = text.decode("utf-8")
            codes = list(map(state.assignments.get, map(ord, text.replace("\xa0", " "))))
            if not codes:
                return []
            if None not in codes:
                if max(codes) < 256:
                    return [(0, bytes(codes))]
                return [
                    (subset, bytes(code & 0xFF for code in run))
                    for subset, run in groupby(codes, key=lambda code: code >> 8)
                ]
        return super().splitString(text, doc, encoding)

    def subset_zero(self, doc: Any) -> tuple[dict[int, str], re.Pattern[str]] | None:
        """For `doc`: a `str.translate` table from the characters that already have a code
        in the first subset to that code as reportlab escapes it in a PDF string, and a
        pattern that finds any other character (None before the first text): a line in
        which it finds none is one ``(...) Tj`` in that subset."""
        state = self.state.get(doc)
        if state is None:
            return None
        size = len(state.assignments)
        cached = getattr(state, "amk_subset_zero", None)
        if cached is None or cached[0] != size:
            table = {
                char: _PDF_ESCAPES.get(code, chr(code))
                for char, code in state.assignments.items()
                if code < 256
            }
            if 32 in table:
                table[0xA0] = table[32]  # reportlab prints a no-break space as a space
            others = re.compile(
                f"[^{''.join(map(re.escape, map(chr, table)))}]" if table else ".", re.S
            )
            cached = state.amk_subset_zero = (size, table, others)
        return cached[1], cached[2]


@cache
def _register_fonts() -> None:
    regular = _FastTTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf"))
    bold = _FastTTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def _glyphs() -> frozenset[int]:
    """Code points both embedded faces can show (the bold face has fewer glyphs)."""
    _register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, FONT_BOLD)]
    shown = {cp for cp, glyph in faces[0].items() if glyph and cp <= 0xFFFF}
    return frozenset(cp for cp in shown if faces[1].get(cp))


_RL_FP_STR: Callable[..., str] = rl_accel.fp_str
_FP_STRS: dict[tuple[Any, ...], str] = {}
FP_STR_CACHE = 100_000  # numbers (and tuples of them) whose PDF form is remembered


def _fp_str(*values: Any) -> str:
    """reportlab's `fp_str` (a number as PDF writes it), remembered. Pages repeat the same
    coordinates, colours and sizes, and reportlab 5 formats each one anew in Python: for a
    long document that was a sixth of the time. Numbers equal as keys (1, 1.0, True) have
    the same PDF form, so the cache cannot change the output."""
    try:
        return _FP_STRS[values]
    except KeyError:
        text = _RL_FP_STR(*values)
        if len(_FP_STRS) >= FP_STR_CACHE:
            _FP_STRS.clear()
        _FP_STRS[values] = text
        return text
    except TypeError:  # a list: not a key
        return _RL_FP_STR(*values)


def _prepare() -> None:
    """Fonts registered; nothing may be fetched from a URL or a file while rendering; streams
    compressed without the ASCII85 layer (smaller and faster; every PDF reader supports it);
    the modules that draw use the remembering `_fp_str`. These are process-wide reportlab
    settings: this package is the app's only reportlab user."""
    _register_fonts()
    rl_config.trustedHosts = []
    rl_config.trustedSchemes = []
    rl_config.useA85 = 0
    for module in (pdfgen_canvas, pdfgen_textobject, pdfgen_pathobject, pdfdoc, platypus_tables):
        if module.fp_str is _RL_FP_STR:
            module.fp_str = _fp_str
