"""Plain text on the sheets: made printable, and laid out as reportlab lays it out, in time
proportional to its length.

Safety (every text, user text and translations alike):

* Every text that reaches a `Paragraph` goes through `para_text`: NFC, control characters
  removed, characters the font cannot show replaced, XML-escaped, newlines turned into
  ``<br/>``. So ``<b>``, ``&`` and ``<img src=...>`` print literally. Text drawn by
  `_TextLines` goes through `printable` and is never parsed at all.
* Characters the embedded DejaVu Sans has no glyph for (colour emoji, CJK, most Indic
  scripts...) and every character outside the Basic Multilingual Plane are printed as ``□``
  (`PLACEHOLDER`); emoji modifiers, variation selectors and joiners without a glyph are
  dropped, so one emoji gives one box. Characters outside the BMP are replaced even when
  DejaVu has a glyph because reportlab 5.1 writes their /ToUnicode entry wrongly (``<1F600>``
  instead of a UTF-16 pair), which would make the PDF's text wrong for screen readers and
  copy/paste. The session file keeps the original text; only the print shows the box.
  Right-to-left text prints in logical order without shaping (reportlab has no bidi).
* No word is cut without a hyphen: a word wider than its column (only such a word) is broken
  into pieces that each fill the column with a hyphen added (`_break_word`; after a hyphen of
  its own where it has one), in `_TextLines` and in `Paragraph` alike, so both still make the
  same lines; a word that fits is never broken. The text's own characters are all printed,
  in order; only the added hyphens are new.

Time: reportlab's `Paragraph` breaks the rest of its text again on every page it runs over (and
pops words off the front of a list), so plain text is laid out once by `_TextLines`, which
makes the very lines a `Paragraph` would (reportlab's greedy breaking, ported in `_Breaker`;
checked line by line on random texts in the tests), draws them the same way and splits over
pages by slicing its lines. A text it would not show exactly (`_exact`) stays a `Paragraph` up
to `LONG_TEXT` characters. Markup the sheets compose (the small print under an action, the
legend) stays a `Paragraph`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, itemgetter
from string import whitespace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import _processed_frags
from reportlab.platypus.paragraph import lstrip as _rl_lstrip
from reportlab.platypus.paragraph import split as _rl_split
from reportlab.platypus.paragraph import strip as _rl_strip

from amk_desktop.export.reportlab_setup import _FastTTFont, _fp_str, _glyphs

PLACEHOLDER = "□"  # printed for a character the embedded font cannot show
LONG_TEXT = 1000  # characters: a longer text is always laid out by `_TextLines`
CHECK_WORDS = 4096  # lines of source text laid out between two `cancelled()` checks
BLANK_RUN = 8  # empty lines in a row shown of a long text (see `_Breaker.lines`)
WORD_CACHE = 100_000  # words whose width is remembered, per font and size
SHORT_TEXT = 200  # characters: the lines of a shorter text are remembered (`_break_text`)
LINES_CACHE = 20_000  # short texts whose lines are remembered

# -- printable text and paragraphs ----------------------------------------------------------------
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me"})
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


@lru_cache(maxsize=32)  # the same text is checked, measured and laid out
def printable(text: str) -> str:
    """`text` as the embedded font can print it: NFC, newlines normalised to ``\\n``, tabs as
    spaces, control characters removed, characters without a glyph replaced by `PLACEHOLDER`.
    Invisible characters without a glyph (joiners, variation selectors, tags, combining marks,
    emoji skin-tone modifiers) are dropped, so one emoji prints as one box."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isascii():
        return _ASCII_CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    glyphs = _glyphs()
    if glyphs.issuperset(map(ord, set(text) - {"\n"})):
        return text
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n" or code in glyphs:
            out.append(char)
        elif unicodedata.category(char) in _INVISIBLE_CATEGORIES or 0x1F3FB <= code <= 0x1F3FF:
            continue
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


def para_text(text: str) -> str:
    """THE escape helper: any plain text (user text or translation) for a `Paragraph`."""
    return escape(printable(text)).replace("\n", "<br/>")


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab's Paragraph, remembering its line breaks per width, and breaking a word wider
    than a line with hyphens (`_hyphenated_frags`) where reportlab would cut it without one.

    A table wraps every cell again each time it splits over a page, which made a 200-row
    agreements table spend most of the export breaking the same lines again (measured:
    930 -> 620 ms; output byte-identical). Each width is broken from the paragraph's own
    fragments (reportlab replaces them with its word list of the last width), and the word list
    that goes with a width's lines comes back with them (a split reads it)."""

    def breakLines(self, width: Any) -> Any:
        key = tuple(width) if isinstance(width, list | tuple) else width
        cache: dict[Any, Any] = self.__dict__.setdefault("_line_cache", {})
        found = cache.get(key)
        if found is None:
            source: list[Any] = self.__dict__.setdefault("_source_frags", self.__dict__["frags"])
            hyphenated = None
            if self.style.splitLongWords:
                widths = width if isinstance(width, list | tuple) else [width]
                hyphenated = _hyphenated_frags(source, min(widths))
            self.frags = source if hyphenated is None else hyphenated
            lines = super().breakLines(width)
            found = cache[key] = (lines, self.frags)
        self.frags = found[1]
        return found[0]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain `text` (user text or a translation), escaped by `para_text`."""
    return Paragraph(para_text(text), style)


# -- long texts: reportlab's lines, made once -----------------------------------------------------
# One line of a `_TextLines`: its text, the width left over (negative: the words are squeezed
# as reportlab squeezes them, `spaceShrinkage`), the spaces that squeeze applies to, and what
# joins it to the next line in the source ("\n" a line break, " " a wrap, "" a broken word,
# `HYPHENATED` a word broken with an added hyphen, the line's last character).
_Line = tuple[str, float, int, str]


def _source_text(lines: Sequence[_Line]) -> str:
    """The text `lines` were made of (added hyphens dropped where the word goes on), up to the
    end of the last line (its joiner left out)."""
    if not lines:
        return ""
    joined = [line[0][:-1] if line[3] == HYPHENATED else line[0] + line[3] for line in lines[:-1]]
    joined.append(lines[-1][0])
    return "".join(joined)


def _split_word(
    word: str, line_width: float, max_width: float, char_width: Callable[[str], float]
) -> list[tuple[str, int]]:
    """reportlab's `_splitWord`: a word wider than a line cut into pieces, the first filling
    what is left of the current line. Pieces are (text, 1), the last one (text, 2)."""
    pieces: list[tuple[str, int]] = []
    start = 0
    for index, char in enumerate(word):
        width = char_width(char)
        new_width = line_width + width
        if new_width > max_width and (index > start or width <= max_width):
            pieces.append((word[start:index], 1))
            start = index
            new_width = width
        line_width = new_width
    pieces.append((word[start:], 2))
    return pieces


# -- words wider than a line: broken with hyphens ------------------------------------------------
HYPHEN = "-"
HYPHENATED = "\xad"  # `_Line` joiner: the line ends in an added hyphen, the word goes on below
_FIT = 1e-6  # points: a piece fits when its summed widths are this far within the line
LAST_PIECE = 3  # characters: the least left for the last line of a broken word, where it fits


class _Piece(str):
    """A piece of a word broken at a hyphen of its own (or, in a column narrower than a letter
    and a hyphen, anywhere): the word goes on, without a space, on the next line."""

    __slots__ = ()
    joiner = ""


class _HyphenatedPiece(_Piece):
    """A piece of a word broken with a hyphen added (its last character)."""

    __slots__ = ()
    joiner = HYPHENATED


# -- where a word may break: between syllables (pyphen's hyphenation dictionaries) --------------
_HYPHENATION: ContextVar[str] = ContextVar("hyphenation", default="da_DK")
SYLLABLE_WORD_MAX = 80  # characters: a longer "word" (a code, a link) breaks by width alone


def set_hyphenation(locale: str) -> None:
    """The language whose syllables break words too wide for a column, for this thread's
    build ("da" or "en"): each sheet sets it as it starts."""
    _HYPHENATION.set("da_DK" if locale == "da" else "en_GB")


@lru_cache(maxsize=4)
def _dictionary(language: str) -> Any:
    import pyphen  # noqa: PLC0415 - only a sheet with a word too wide for its column needs it

    return pyphen.Pyphen(lang=language)


def _syllable_breaks(word: str) -> list[int]:
    """The places in `word` where it may break between syllables, in order, only between two
    letters (a hyphen of the word's own is a break already); a syllable of one letter is
    joined to the one before ("med-ar", never "me-d-ar" or "me-darbejdere")."""
    if len(word) > SYLLABLE_WORD_MAX or not any(char.isalpha() for char in word):
        return []
    points = [
        p
        for p in _dictionary(_HYPHENATION.get()).positions(word)
        if 0 < p < len(word) and word[p - 1].isalpha() and word[p].isalpha()
    ]
    taken = set(points)
    return [p for p in points if p + 1 not in taken]


def _alone_on_its_line(
    ends: Sequence[float], base: float, cut: int, room: float, hyphen: float
) -> bool:
    """Whether a piece that ends at `cut` (a hyphen added) leaves no room on its line for the
    next piece: it fills more than half the line (the next piece, not the last, fills at least
    half of its own), and the rest of the word, when that is the last piece, is wider than
    what is left (the pieces are laid out as words: two on one line would read as two words).
    In the units of `ends`."""
    piece = ends[cut - 1] - base + hyphen
    if 2 * piece <= room:
        return False
    rest = ends[-1] - ends[cut - 1]
    return rest > room or rest > room - piece


def _break_word(
    word: str, ends: Sequence[float], unit: float, hyphen: float, limit: float
) -> list[tuple[int, bool]]:
    """Where `word` is broken to fit lines `limit` points wide: the end of each piece but the
    last, and whether a hyphen (`hyphen` points wide) is added there. ``ends[i]`` is the
    width of ``word[: i + 1]`` in units of `unit` points (`_word_ends`).

    Greedy: each piece is as long as fits with the added hyphen; where the piece holds a
    hyphen of the word's own in its second half, it ends there instead (nothing added), or
    else, where it holds a break between syllables in its second half, at the last of them
    ("Vejvedligeholdelses-medarbejder-gruppen", not "…delse-smedarbejder…"); the last piece
    takes `LAST_PIECE` characters from the one before rather than be shorter. In a line
    narrower than one character and a hyphen, pieces are as long as fit without one (at least
    one character). Time: linear in the word (each end found by bisection)."""
    count = len(word)
    syllables = _syllable_breaks(word)
    room = (limit - _FIT) / unit  # the line, in the units of `ends`
    short = (limit - hyphen - _FIT) / unit  # the line less a hyphen
    breaks: list[tuple[int, bool]] = []
    start = 0
    base = 0.0  # the width of word[:start]
    while start < count and ends[-1] - base > room:  # the rest does not fit
        end = bisect_right(ends, base + short, start, count)
        if end > start:  # word[start:end] and a hyphen fit
            own = word.rfind(HYPHEN, start + 1, min(end + 1, count - 1))
            at = bisect_right(syllables, end) - 1  # the last break between syllables that fits
            syllable = syllables[at] if at >= 0 and syllables[at] > start else -1
            if own >= 0 and _alone_on_its_line(ends, base, own + 1, room, 0.0):
                breaks.append((own + 1, False))
            elif syllable > 0 and _alone_on_its_line(ends, base, syllable, room, hyphen / unit):
                breaks.append((syllable, True))
            else:
                breaks.append((end, True))
        else:
            end = max(bisect_right(ends, base + room, start, count), start + 1)
            breaks.append((end, False))
        start = breaks[-1][0]
        base = ends[start - 1]
    if breaks and breaks[-1][1] and count - start < LAST_PIECE:  # a letter or two left over
        before = breaks[-2][0] if len(breaks) > 1 else 0
        moved = count - LAST_PIECE
        if moved - before >= LAST_PIECE and ends[-1] - ends[moved - 1] <= room:
            breaks[-1] = (moved, True)
    return breaks


def _word_ends(
    font: Any, size: float, text: str, known: dict[str, float]
) -> tuple[list[float], float]:
    """The widths of ``text[:1]``, ``text[:2]``, ... and the points in one of their units: the
    TrueType face's own widths summed by C-level loops (in thousandths of `size`, as
    `TTFont.stringWidth` sums them), or else each character's `font.stringWidth`, remembered
    in `known` (a `_WORD_WIDTHS` table: a character is a word of its own there too)."""
    if isinstance(font, _FastTTFont):
        face: Any = font.face
        found: Iterable[float] = map(
            face.charWidths.get, map(ord, text), repeat(face.defaultWidth, len(text))
        )
        return list(accumulate(found)), 0.001 * size
    for char in set(text):
        if char not in known:
            known[char] = font.stringWidth(char, size)
    return list(accumulate(map(known.__getitem__, text))), 1.0


def _pieces(word: str, breaks: list[tuple[int, bool]]) -> list[str]:
    """`word` cut at `breaks` (`_break_word`): `_Piece`s, the added hyphens in, and the rest."""
    pieces: list[str] = []
    start = 0
    for end, added in breaks:
        if added:
            pieces.append(_HyphenatedPiece(word[start:end] + HYPHEN))
        else:
            pieces.append(_Piece(word[start:end]))
        start = end
    pieces.append(word[start:])
    return pieces


def _widths_table(font_name: str, size: float) -> dict[str, float]:
    key = (font_name, size)
    return _WORD_WIDTHS.get(key) or _WORD_WIDTHS.setdefault(key, {})


def _ends_words(frag: Any) -> bool:
    """Whether a fragment without text ends the word before it: a line break, an image."""
    if hasattr(frag, "lineBreak"):
        return True
    return bool(getattr(getattr(frag, "cbDefn", None), "width", 0))


def _frag_words(frags: Sequence[Any], texts: Sequence[str]) -> list[list[tuple[int, int, int]]]:
    """The words of a paragraph's fragments as reportlab's `_getFragWords` finds them (a word
    may run over several fragments: ``R&amp;D`` is three): each word's parts as (fragment,
    start, end) in the fragments' `texts`."""
    words: list[list[tuple[int, int, int]]] = []
    word: list[tuple[int, int, int]] = []

    def close() -> None:
        nonlocal word
        if word:
            words.append(word)
            word = []

    hanging = True  # leading spaces are dropped (at the start, after a line break)
    for index, (frag, frag_text) in enumerate(zip(frags, texts, strict=True)):
        text = frag_text
        if text:
            offset = 0
            if hanging:
                text = _rl_lstrip(text)
                if not text:
                    continue
                offset = len(frag_text) - len(text)
                hanging = False
            found = _rl_split(text)
            if text[0] in whitespace or not found:
                close()
            position = 0
            last = len(found) - 1
            for number, part in enumerate(found):
                if part:
                    start = text.find(part, position)
                    position = start + len(part)
                    word.append((index, offset + start, offset + position))
                if number < last:
                    close()
            if text[-1] in whitespace:
                close()
        elif _ends_words(frag):
            close()
            hanging = hasattr(frag, "lineBreak")
    close()
    return words


def _frag_word_breaks(
    frags: Sequence[Any], texts: Sequence[str], parts: list[tuple[int, int, int]], limit: float
) -> list[tuple[int, int, str]]:
    """Where to break the word of `parts` (`_frag_words`) when it is wider than `limit` and
    has no soft hyphen: (fragment, place in its text, what to insert there)."""
    width = sum(
        pdfmetrics.stringWidth(texts[i][start:end], frags[i].fontName, frags[i].fontSize)
        for i, start, end in parts
    )
    word = "".join(texts[i][start:end] for i, start, end in parts)
    if width <= limit or "\xad" in word:
        return []
    faces = {(frags[i].fontName, frags[i].fontSize) for i, _, _ in parts}
    hyphen = max(pdfmetrics.stringWidth(HYPHEN, name, size) for name, size in faces)
    if len(faces) == 1:  # (always, in the sheets' markup)
        name, size = faces.pop()
        font = pdfmetrics.getFont(name)
        ends, unit = _word_ends(font, size, word, _widths_table(name, size))
    else:
        widths: list[float] = []
        for i, start, end in parts:
            name, size = frags[i].fontName, frags[i].fontSize
            font = pdfmetrics.getFont(name)
            widths += [font.stringWidth(char, size) for char in texts[i][start:end]]
        ends, unit = list(accumulate(widths)), 1.0
    part_ends = list(accumulate(end - start for _, start, end in parts))
    places: list[tuple[int, int, str]] = []
    for cut, added in _break_word(word, ends, unit, hyphen, limit):
        number = bisect_right(part_ends, cut - 1)  # the part of the piece's last character
        i, start, _ = parts[number]
        before = part_ends[number - 1] if number else 0
        places.append((i, start + cut - before, "- " if added else " "))
    return places


def _may_have_wide_word(frags: Sequence[Any], texts: Sequence[str], limit: float) -> bool:
    """Whether a word of the fragments may be wider than `limit`, told quickly: a word of a
    fragment is, or a word runs on from one fragment into the next (``R&amp;D``)."""
    open_word = False  # the last fragment ended inside a word
    for frag, text in zip(frags, texts, strict=True):
        if not text:
            open_word = open_word and not _ends_words(frag)
            continue
        if open_word and text[0] not in whitespace:
            return True
        font = pdfmetrics.getFont(frag.fontName)
        found = _rl_split(text)
        widths = map(font.stringWidth, found, repeat(frag.fontSize, len(found)))
        if max(widths, default=0.0) > limit:
            return True
        open_word = text[-1] not in whitespace
    return False


def _hyphenated_frags(frags: list[Any], limit: float) -> list[Any] | None:
    """A paragraph's parsed fragments with each word wider than `limit` broken as `_break_word`
    breaks it (an added hyphen and a space, or a space after its own hyphen, at each break),
    so reportlab's own breaking puts each piece at the end of a line; None when no word is
    that wide. Left to reportlab: a word with soft hyphens (it hyphenates there itself) and
    the parts of a paragraph split over pages (already broken at their width)."""
    if not frags or limit <= 0 or _processed_frags(frags):
        return None
    if not all(hasattr(frag, "text") for frag in frags):
        return None
    texts = [frag.text for frag in frags]
    if not _may_have_wide_word(frags, texts, limit):
        return None
    inserts: dict[int, list[tuple[int, str]]] = {}
    for parts in _frag_words(frags, texts):
        for i, place, insert in _frag_word_breaks(frags, texts, parts, limit):
            inserts.setdefault(i, []).append((place, insert))
    if not inserts:
        return None
    hyphenated = list(frags)
    for i, places in inserts.items():
        text = texts[i]
        cut_text: list[str] = []
        last = 0
        for place, insert in places:
            cut_text += [text[last:place], insert]
            last = place
        cut_text.append(text[last:])
        hyphenated[i] = frags[i].clone(text="".join(cut_text))
    return hyphenated


def widest_word(texts: Iterable[str], style: ParagraphStyle, longest: int, sample: int) -> float:
    """The width in `style` of the widest word of plain `texts` that has at most `longest`
    characters, looked for in each text's first `sample` characters (0.0 for none). Each
    word is measured once, however many times it occurs."""
    found: set[str] = set()
    for text in texts:
        printed = printable(text[:sample])
        found.update(printed.split() if "\xa0" not in printed else _rl_split(printed))
    font = pdfmetrics.getFont(style.fontName)
    return max(
        (font.stringWidth(word, style.fontSize) for word in found if len(word) <= longest),
        default=0.0,
    )


LIMITS = 256  # words on a line whose width limit is computed once per text
FEW_WORDS = 16  # a text of more words is broken by bisection (`_Breaker._greedy`)
_TIE = 1e-6  # points: closer to a line's limit, the words' widths are added as reportlab adds them
# word -> width per (font, size), shared by the texts of a build (cleared by `_Sheet`)
_WORD_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
# (font, size) -> the font, the width of a space and of a hyphen
_FONT_METRICS: dict[tuple[str, float], tuple[Any, float, float]] = {}
# the lines of a short text per style and width: names, dates and statuses repeat in a table
_SHORT_LINES: dict[tuple[str, str, float, float, float, float, float], list[_Line]] = {}


def clear_layout_caches() -> None:
    """Forget the words and texts measured (a build keeps nothing of a session after it)."""
    _WORD_WIDTHS.clear()
    _SHORT_LINES.clear()


class _Breaker:
    """Breaks plain text into the lines our `Paragraph` makes of a paragraph of one plain
    fragment (reportlab's greedy `breakLines`; spaces squeezed by `spaceShrinkage`; a word wider
    than a line broken with hyphens first, `_break_word`), without its `words.pop(0)`
    (quadratic in the words) and with each word's width measured once."""

    def __init__(self, style: ParagraphStyle, width: float, check: Callable[[], None]) -> None:
        key = (style.fontName, style.fontSize)
        metrics = _FONT_METRICS.get(key)
        if metrics is None:
            font = pdfmetrics.getFont(style.fontName)
            metrics = _FONT_METRICS[key] = (
                font,
                font.stringWidth(" ", style.fontSize),
                font.stringWidth(HYPHEN, style.fontSize),
            )
        self.font, self.space, self.hyphen = metrics
        self.size = style.fontSize
        self.max_width = width - style.leftIndent - style.rightIndent  # no first-line indents
        self.shrink = style.spaceShrinkage * self.space
        self.widths = _WORD_WIDTHS.get(key) or _WORD_WIDTHS.setdefault(key, {})
        if len(self.widths) > WORD_CACHE:
            self.widths.clear()
        self.check = check
        self.fragments = False

    def width(self, word: str) -> float:
        width = self.widths.get(word)
        if width is None:
            width = self.widths[word] = self.font.stringWidth(word, self.size)
        return width

    def lines(self, text: str) -> list[_Line]:
        """The lines a `Paragraph` of plain `text` (newlines as ``<br/>``) shows: each line
        of the source broken as reportlab breaks it; an empty source line is an empty line,
        and a last empty source line is dropped, as reportlab drops it. A run of more than
        `BLANK_RUN` empty lines shows as `BLANK_RUN` (thousands of empty lines would be
        thousands of empty pages, and they hold no text)."""
        segments = text.split("\n")
        if len(segments) > 1 and not _rl_strip(segments[-1]):
            segments.pop()
        # a line break or an escaped character makes reportlab parse the paragraph into several
        # fragments, and its loop for those differs in one detail (see `_greedy`)
        self.fragments = len(segments) > 1 or any(char in text for char in "&<>")
        words, widths = self._words(text, segments)
        empty: _Line = ("", self.max_width, 0, "\n")
        lines: list[_Line] = []
        blank_run = 0
        first = 0
        for number, found in enumerate(words):
            if not number % CHECK_WORDS:
                self.check()
            if not found:
                if len(segments) > 1:
                    blank_run += 1
                    if blank_run <= BLANK_RUN:
                        lines.append(empty)
                continue
            blank_run = 0
            last = first + len(found)
            if last == first + 1 and widths[first] <= self.max_width:  # a short line
                word = found[0]
                lines.append((word, self.max_width - widths[first], word.count("\xa0"), "\n"))
            else:
                broken = self._greedy(found, widths[first:last])
                joined, extra, spaces, _ = broken[-1]
                broken[-1] = (joined, extra, spaces, "\n")
                lines += broken
            first = last
        return lines

    def _words(self, text: str, segments: list[str]) -> tuple[list[list[str]], list[float]]:
        """The words of each line of `text` as reportlab splits them, and all their widths
        (reportlab's own `stringWidth`, remembered per word: words repeat)."""
        words: list[list[str]] = []
        widths: list[float] = []
        known = self.widths.get
        width = self.width
        for number, segment in enumerate(segments):
            if not number % CHECK_WORDS:
                self.check()
            stripped = _rl_strip(segment)
            found = stripped.split() if "\xa0" not in stripped else _rl_split(stripped)
            words.append(found)
            found_widths: list[float | None] = list(map(known, found))  # (in C: words repeat)
            if None in found_widths:
                widths += [
                    width(word) if w is None else w
                    for word, w in zip(found, found_widths, strict=True)
                ]
            else:
                widths += found_widths  # type: ignore[arg-type]  # (no None in it)
        self.check()
        if widths and max(widths) > self.max_width:
            words, widths = self._hyphenate(words, widths)
        return words, widths

    def _hyphenate(
        self, words: list[list[str]], widths: list[float]
    ) -> tuple[list[list[str]], list[float]]:
        """`words` and `widths` with each word wider than a line replaced by its pieces
        (`_break_word`, as our `Paragraph` breaks it) and theirs."""
        limit = self.max_width
        new_words: list[list[str]] = []
        new_widths: list[float] = []
        start = 0
        for number, found in enumerate(words):
            if not number % CHECK_WORDS:
                self.check()
            stop = start + len(found)
            found_widths = widths[start:stop]
            start = stop
            if not found or max(found_widths) <= limit:
                new_words.append(found)
                new_widths += found_widths
                continue
            line: list[str] = []
            for word, width in zip(found, found_widths, strict=True):
                if width <= limit:
                    line.append(word)
                    new_widths.append(width)
                    continue
                ends, unit = _word_ends(self.font, self.size, word, self.widths)
                pieces = _pieces(word, _break_word(word, ends, unit, self.hyphen, limit))
                line += pieces
                new_widths += map(self.width, pieces)
            new_words.append(line)
        return new_words, new_widths

    def _greedy(  # noqa: PLR0912 - reportlab's loop, branch for branch
        self, words: list[str], widths: list[float]
    ) -> list[_Line]:
        """reportlab's loop (paragraph.py, `breakLines`, the one-fragment case); `widths`
        are the words' widths."""
        max_width, space, shrink = self.max_width, self.space, self.shrink
        lines: list[_Line] = []
        line: list[str] = []
        last_kind = 0  # of the last word on `line`: 0 a word, 1 a piece of a broken word, 2 its end

        def finish(extra: float) -> None:
            joined = " ".join(line)
            if last_kind == 1:
                joiner = ""
            else:
                joiner = line[-1].joiner if line and isinstance(line[-1], _Piece) else " "
            lines.append((joined, extra, len(line) + joined.count("\xa0") - 1, joiner))

        current = -space
        forced = False
        pieces: list[tuple[str, int]] = []  # of a broken word, the next one last
        index = 0
        count = len(words)
        fragments = self.fragments
        known_limits = min(LIMITS, count + 1)  # (a line holds at most `count` words)
        limits = [max_width + shrink * size for size in range(known_limits)]  # by words on it
        # Word j fits on a line of `size` words at `current` while current + (space + w) for
        # each word up to j, less `shrink` for each, stays within max_width + shrink * (size - 1):
        # one rising sum, searched by bisection (in C) for the first word that does not fit.
        # Where the sum comes within `_TIE` of the limit, the loop below decides, in
        # reportlab's own order of additions. (An empty word adds no space in reportlab's
        # loop for several fragments: then the loop decides throughout.)
        rising: list[float] | None = None
        if count > FEW_WORDS and not (fragments and 0.0 in widths):
            rising = list(accumulate(map(add, widths, repeat(space - shrink))))
        while pieces or index < count:
            if not pieces and not forced:  # the common case, words that fit, in a tight loop
                size = len(line)
                first = index
                decided = False
                if rising is not None:
                    base = rising[index - 1] if index else 0.0
                    threshold = max_width + shrink * (size - 1) - current + base
                    stop = bisect_right(rising, threshold, index, count)
                    decided = not (
                        (stop < count and rising[stop] - threshold < _TIE)
                        or (stop > index and threshold - rising[stop - 1] < _TIE)
                    )
                    if decided and stop > index:
                        current += rising[stop - 1] - base + shrink * (stop - index)
                        index = stop
                if not decided:
                    limit = limits[size] if size < known_limits else max_width + shrink * size
                    while index < count:
                        width = widths[index]
                        new_width = current + space + width if width or not fragments else current
                        if new_width > limit:
                            break
                        current = new_width
                        index += 1
                        size += 1
                        limit = limits[size] if size < known_limits else max_width + shrink * size
                if index > first:
                    line += words[first:index]
                    last_kind = 0
                if index >= count:
                    break
            if pieces:
                word, kind = pieces.pop()
                width = self.width(word)
                forced = forced or not word
            else:
                word, kind, width = words[index], 0, widths[index]
                index += 1
            # reportlab's many-fragment loop adds no space for an empty word
            new_width = current + space + width if width or not self.fragments else current
            limit = max_width + shrink * len(line)
            if new_width > limit and not forced and not kind and width > max_width:
                pieces.extend(reversed(_split_word(word, current + space, max_width, self.width)))
                forced = True
                continue
            if new_width <= limit or not line or forced:
                if word:
                    line.append(word)
                    last_kind = kind
                if forced:
                    forced = False
                    finish(max_width - new_width)
                    line = []
                    current = -space
                else:
                    current = new_width
            else:
                finish(max_width - current)
                line = [word]
                last_kind = kind
                current = width
        if line:
            finish(max_width - current)
        return lines


def _break_text(
    text: str, style: ParagraphStyle, width: float, check: Callable[[], None]
) -> list[_Line]:
    """The lines of plain `text` in `style` at `width` (see `_Breaker.lines`); those of a short
    text are remembered for the build (the list is shared: it is never changed)."""
    if len(text) > SHORT_TEXT:
        return _Breaker(style, width, check).lines(text)
    key = (
        text,
        style.fontName,
        style.fontSize,
        style.leftIndent,
        style.rightIndent,
        style.spaceShrinkage,
        width,
    )
    lines = _SHORT_LINES.get(key)
    if lines is None:
        if len(_SHORT_LINES) > LINES_CACHE:
            _SHORT_LINES.clear()
        lines = _SHORT_LINES[key] = _Breaker(style, width, check).lines(text)
    return lines


class _TextLines(Flowable):  # type: ignore[misc]
    """A long plain text, laid out once per width (`_break_text`: the lines reportlab's
    `Paragraph` would make) and drawn as `Paragraph` draws them; splitting over a page slices
    the lines instead of breaking the rest of the text again, so any length costs linear time.

    Split exactly like a `Paragraph`: no orphan (a single line at the foot of a page); a page
    that ends on an empty line does not count it; and when a page ends at a line break, the
    rest begins with an empty line (reportlab keeps the break itself with the rest)."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        check: Callable[[], None],
        layout: tuple[float, list[_Line], int, int] | None = None,
        blank_first: bool = False,
    ) -> None:
        super().__init__()
        self.style = style
        self._text = text
        self._check = check
        self._layout = layout  # width, lines, first line, end
        self._blank_first = blank_first  # an empty line before the first one

    def _lines(self, width: float) -> tuple[float, list[_Line], int, int]:
        layout = self._layout
        if layout is None or layout[0] != width:
            text = self._text
            if text is None and layout is not None:  # a part wrapped at another width
                _, old, start, stop = layout
                text = _source_text(old[start:stop])
                if self._blank_first:
                    text = "\n" + text
            lines = _break_text(text or "", self.style, width, self._check)
            layout = self._layout = (width, lines, 0, len(lines))
            self._blank_first = False
        return layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, _, start, stop = self._lines(availWidth)
        self.width = availWidth
        self.height = (self._blank_first + stop - start) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # like Paragraph.split, the lines of the last wrap (a table passes the column's
        # width here, its wrap had the width inside the padding)
        layout = self._layout
        width, lines, start, stop = layout if layout is not None else self._lines(availWidth)
        fits = int(availHeight / float(self.style.leading))
        if fits <= 1:
            return []
        if self._blank_first + stop - start <= fits:
            return [self]
        middle = start + fits - self._blank_first
        first_stop = middle - 1 if not lines[middle - 1][0] else middle
        first = _TextLines(
            None, self.style, self._check, (width, lines, start, first_stop), self._blank_first
        )
        rest = _TextLines(
            None,
            self.style,
            self._check,
            (width, lines, middle, stop),
            lines[middle - 1][3] == "\n",
        )
        return [first, rest]

    def draw(self) -> None:
        assert self._layout is not None  # wrapped before it is drawn
        _, lines, start, stop = self._layout
        count = self._blank_first + stop - start
        if not count:
            return
        style = self.style
        canv = self.canv  # (`drawOn` saves and restores the canvas's state around `draw`)
        canv.setFillColor(style.textColor)
        # the text object `canv.beginText` would write (our font is a TrueType subset font,
        # so `setFont` writes nothing until a line picks its subset), without making one
        orientation = "1 0 0 1" if canv.bottomup else "1 0 0 -1"
        origin = _fp_str(style.leftIndent, count * style.leading - style.fontSize)
        code = ["BT", f"{orientation} {origin} Tm", f"{_fp_str(style.leading)} TL"]
        if self._blank_first:
            code.append(" T*")
        # what PDFTextObject._textOut(line, 1) writes, without its per-line set-up
        font, doc, pdf_escape = pdfmetrics.getFont(style.fontName), canv._doc, canv._escape
        set_font = f"{_fp_str(style.fontSize)} Tf {_fp_str(style.leading)} TL"
        current_subset = -1
        shown = lines[start:stop]
        known = font.subset_zero(doc)
        table: dict[int, str] | None = None
        if known is not None and not any(map(known[1].search, map(itemgetter(0), shown))):
            table = known[0]  # every character has its code in the first subset
            code.append(f"{font.getSubsetInternalName(0, doc)} {set_font}")
            current_subset = 0
        for line, extra, spaces, _ in shown:
            squeeze = extra <= -1e-8 and spaces > 0
            if squeeze:  # as PDFTextObject.setWordSpace
                code.append(f"{_fp_str(extra / spaces)} Tw")
            if not line:
                code.append(" T*")
            elif table is not None:
                code.append(f"({line.translate(table)}) Tj T*")
            else:
                parts = []
                for subset, chars in font.splitString(line, doc):
                    if subset != current_subset:
                        parts.append(f"{font.getSubsetInternalName(subset, doc)} {set_font}")
                        current_subset = subset
                    parts.append(f"({pdf_escape(chars)}) Tj")
                parts.append("T*")
                code.append(" ".join(parts))
            if squeeze:
                code.append("0 Tw")
        code.append("ET")
        canv._code.append(" ".join(code))


def _exact(printed: str) -> bool:
    """Whether `_TextLines` shows `printed` exactly as a `Paragraph` would (compared line by line
    on thousands of random texts in tests/test_pdf_export.py): not with soft hyphens (reportlab
    hyphenates there), nor with a no-break space in a paragraph that reportlab parses into
    several fragments (one with a line break or an escaped ``&``, ``<``, ``>``)."""
    if "\xad" in printed:
        return False
    return "\xa0" not in printed or not any(char in printed for char in "\n&<>")


def _text_flow(text: str, style: ParagraphStyle, check: Callable[[], None]) -> Flowable:
    """Plain `text` as one flowable: `_TextLines` (reportlab's lines, in linear time and
    several times faster), or the `Paragraph` of `_p` for a text that is empty or that
    `_TextLines` would not show exactly, up to `LONG_TEXT` characters. A longer text is
    always `_TextLines`; its soft hyphens are dropped (invisible except where a word breaks)."""
    printed = printable(text)
    if not printed or (len(printed) <= LONG_TEXT and not _exact(printed)):
        return Paragraph(escape(printed).replace("\n", "<br/>"), style)
    return _TextLines(printed.replace("\xad", ""), style, check)
