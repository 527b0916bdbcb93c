"""Tables on the sheets: reportlab's `Table` with our row-splitting rule, and long tables
handed to reportlab a page at a time.

* A table row taller than `ROW_SPLIT_LIMIT` breaks over pages (``splitInRow``); shorter rows
  move whole to the next page under a repeated header row.
* reportlab's `Table` measures all the rows left every time it breaks over a page, so a long
  table costs time in the square of its rows; `_TableFeed` hands it a page's worth at a time.
  Row heights are computed as reportlab computes them (`_row_heights`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Table as _Table

from amk_desktop.export.reportlab_setup import FONT

_HUGE = 1e12  # "no limit" for measuring

ROW_SPLIT_LIMIT = 300.0  # pt: a table row taller than this may break over pages (< half a page)
ROW_SPLIT_MIN = 24.0  # pt: the least of a broken row left on either page


class Table(_Table):  # type: ignore[misc]
    """reportlab's Table, left-aligned, breaking inside a row only when that row is taller than
    `ROW_SPLIT_LIMIT` (so a 5000-word cell still prints). reportlab alone also breaks ordinary
    rows at the foot of a page, leaving a repeated header and a sliver of a row there."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("hAlign", "LEFT")
        kwargs.setdefault("splitInRow", ROW_SPLIT_MIN)
        super().__init__(data, *args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        parts: list[Any] = self._splitRows(availHeight, doInRowSplit=False)
        if not parts and self.splitInRow:
            row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=True)
            if row < len(self._rowHeights) and self._rowHeights[row] > ROW_SPLIT_LIMIT:
                parts = self._splitRows(availHeight, doInRowSplit=True)
        return parts


def _table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """Table commands with our font for plain-string cells (reportlab's default is Helvetica,
    which would be referenced even by an empty cell)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


TableMaker = Callable[[list[list[Any]], list[float | None] | None], Table]

STRING_CELL_LEADING = (
    8 * 1.2
)  # a plain-string cell: the font size of `_table_style`, reportlab's leading


def _row_heights(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    padding: tuple[float, float, float, float],
    check: Callable[[], None],
) -> list[float]:
    """The height reportlab's `Table` gives each row of fixed-width columns without spans, as
    `Table._calc_height` computes it: the tallest cell (its flowables' heights and the space
    between them) and the top and bottom padding. `padding` is (top, right, bottom, left)."""
    top, right, bottom, left = padding
    heights: list[float] = []
    for number, row in enumerate(rows):
        if not number % 64:
            check()
        tallest = 0.0
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, str):
                height = STRING_CELL_LEADING * len(value.split("\n"))
            else:
                height = 0.0
                first: float | None = None
                after = 0.0
                for flowable in value if isinstance(value, list | tuple) else [value]:
                    _, flowable_height = flowable.wrap(width - left - right, _HUGE)
                    before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
                    height += flowable_height + after + before
                    if first is None:
                        first = before
                height -= (first or 0.0) + after
            tallest = max(tallest, height)
        heights.append(tallest + (bottom + top))
    return heights


class _TableFeed(Flowable):  # type: ignore[misc]
    """A table of many rows, handed to reportlab a page at a time.

    reportlab's `Table` measures all the rows that are left every time it breaks over a page,
    so a long table costs time in the square of its rows. For each page this builds a `Table`
    of the header, what the previous page left over (`head`) and only as many new rows as the
    page can take, plus two: that table splits exactly where the whole one would (reportlab
    looks no further than the first row that does not fit), and what it leaves is carried to
    the next page. Heights come from `_row_heights`, so `wrap` costs next to nothing."""

    def __init__(
        self,
        make: TableMaker,
        table_width: float,
        header: list[Any],
        header_height: float,
        rows: Sequence[list[Any]],
        heights: Sequence[float],
        start: int = 0,
        head: Table | None = None,
        after: list[float] | None = None,
    ) -> None:
        super().__init__()
        self._make = make
        self._table_width = table_width
        self._header = header
        self._header_height = header_height
        self._rows = rows
        self._heights = heights
        self._start = start
        self._head = head
        if after is None:  # after[i]: the height of rows[i:]
            after = [0.0] * (len(heights) + 1)
            for index in range(len(heights) - 1, -1, -1):
                after[index] = after[index + 1] + heights[index]
        self._after = after
        self.hAlign = "LEFT"

    def _head_rows(self, width: float) -> tuple[list[list[Any]], list[float | None], list[float]]:
        """The rows the previous page left over: cells, heights as reportlab carried them,
        and their heights."""
        if self._head is None:
            return [], [], []
        self._head.wrap(width, _HUGE)
        rows = [list(row) for row in self._head._cellvalues[1:]]
        argh = list(self._head._argH[1:])
        return rows, argh, [float(height) for height in self._head._rowHeights[1:]]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, _, carried = self._head_rows(availWidth)
        self.width = self._table_width
        self.height = self._header_height + sum(carried) + self._after[self._start]
        return self.width, self.height

    def _page_table(self, width: float, height: float) -> tuple[Table, int]:
        """This page's table: the header, the rows carried over and new rows up to two past
        the first row that crosses the foot of the page; and the index after the new rows."""
        carried_rows, carried_heights, carried = self._head_rows(width)
        room = height - self._header_height
        total = 0.0
        past = -1  # rows of the table after the one that crosses the foot (-1: none crosses)
        for row_height in carried:
            if past >= 0:
                past += 1
            else:
                total += row_height
                past = 0 if total > room else -1
        end = self._start
        whole = self._start  # new rows before the one that crosses the foot
        while end < len(self._rows) and past < 2:
            if past >= 0:
                past += 1
            else:
                total += self._heights[end]
                past = 0 if total > room else -1
                whole += past < 0
            end += 1
        new_rows = list(self._rows[self._start : end])
        header_heights: list[float | None] = [None]
        if self._head is not None:
            header_heights = [self._head._argH[0]]
        # the heights of rows wholly on the page are known (reportlab would measure them again);
        # the row that crosses the foot and those after it are measured by reportlab, which
        # decides where to break
        known = [*self._heights[self._start : whole]]
        table = self._make(
            [self._header, *carried_rows, *new_rows],
            [*header_heights, *carried_heights, *known, *([None] * (end - whole))],
        )
        if self._head is not None:
            # what reportlab added to the rest when it broke the table between two rows: the
            # line below the last row on the page, again above the first row of the rest
            table.setStyle(
                [
                    (op, (sc, 1), (ec, 1), *rest)
                    for op, (sc, sr), (ec, er), *rest in self._head._linecmds
                    if op == "LINEABOVE" and sr == er == 1
                ]
            )
        return table, end

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table, end = self._page_table(availWidth, availHeight)
        parts: list[Flowable] = table.split(availWidth, availHeight)
        if not parts:
            return []
        rest = _TableFeed(
            self._make,
            self._table_width,
            self._header,
            self._header_height,
            self._rows,
            self._heights,
            end,
            parts[1] if len(parts) > 1 else None,
            self._after,
        )
        if len(parts) == 1 and end >= len(self._rows):
            return parts
        return [parts[0], rest]

    def draw(self) -> None:  # the rest fits on this page: one table of it
        table, _ = self._page_table(self.width, _HUGE)
        table.wrapOn(self.canv, self.width, _HUGE)
        table.drawOn(self.canv, 0, 0)


FEED_ROWS = 60  # body rows: a longer table is handed to reportlab a page at a time
DEFAULT_PADDING = (3.0, 6.0, 3.0, 6.0)  # reportlab's cell padding: top, right, bottom, left


def long_table(
    header: list[Any],
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    commands: Sequence[tuple[Any, ...]],
    check: Callable[[], None],
    padding: tuple[float, float, float, float] = DEFAULT_PADDING,
) -> Flowable:
    """A table under a header row repeated on every page: a `Table`, or for more than
    `FEED_ROWS` rows a `_TableFeed` (linear in its rows, where reportlab's own is quadratic).
    `padding` must be the padding `commands` give the cells (top, right, bottom, left)."""
    style = _table_style(commands)

    def make(data: list[list[Any]], heights: list[float | None] | None = None) -> Table:
        table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1)
        table.hAlign = "LEFT"
        table.setStyle(style)
        return table

    if len(rows) <= FEED_ROWS:
        return make([header, *rows])
    header_height = _row_heights([header], widths, padding, check)[0]
    heights = _row_heights(rows, widths, padding, check)
    return _TableFeed(make, sum(widths), header, header_height, list(rows), heights)
