"""The headline's own cell of a line that a converter laid out in columns.

inscriptis and w3m lay a page's table and flex columns out side by side: the headline and a menu
entry of the column beside it share one line, apart by a run of spaces ("Headline words      Home").
The line reader joins a line's text with single spaces, as it must for the body (splitting every line
into cells there moved body text and line numbers, and cost titles on w3m's two-column pages), so
the headline chosen may carry its neighbour's text. Only the chosen headline's line is read again
here: split at runs of MIN_GAP spaces or more, the one cell that the article's opening paragraphs
retell, or that the `<title>` line names, is the headline; a line whose cells are all or none of
them so is left whole (a headline with a wide gap inside it, a line of menu labels).
"""

from __future__ import annotations

import re

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.echo import lead_words, retold
from newsgrab.text.origin import origin_line
from newsgrab.text.titleshape import page_title_parts, title_like

#: spaces in a row that part two cells of a laid-out line (a sentence never has them; a converter
#: pads a cell to its column's width with them)
MIN_GAP = 3
_GAP_RE = re.compile(rf"\s{{{MIN_GAP},}}")
_WORD_RE = re.compile(r"[^\W_]")
#: lines of a dump one headline may be wrapped over inside its column
MAX_CELL_LINES = 4


def headline_cell(blocks: list[Block], index: int, start: int, text: str) -> str | None:
    """The cell of the lines the headline `blocks[index]` was read from that holds the headline, when
    those lines are laid out in columns and exactly one cell is the headline; else None. `text` is
    the dump and `start` the index of the article's first paragraph."""
    block = blocks[index]
    number = origin_line(block)
    if number is None or "   " not in text:
        return None
    lines = text.split("\n", number + MAX_CELL_LINES)[number - 1: number - 1 + MAX_CELL_LINES]
    # the lines must give the block's whole text: a block the line reader built otherwise is left alone
    rows: list[str] = []
    joined = ""
    for line in lines:
        rows.append(line.rstrip())
        joined = " ".join(joined.split() + line.split())
        if joined == block.text:
            break
        if not block.text.startswith(joined):
            return None
    if joined != block.text:
        return None
    cells = _cells(rows)
    if len(cells) < 2:
        return None
    page_title = page_title_parts(blocks[0]) if title_like(blocks[0]) else []
    lead = lead_words(blocks, start)
    named = [cell for cell in cells if fold_title(cell) in page_title or retold(cell, lead)]
    return named[0] if len(named) == 1 else None


def _cells(rows: list[str]) -> list[str]:
    """A line's cells (split at runs of MIN_GAP spaces), or the two columns of a few lines: the left
    cell of each line joined, and the right one, at the column where a gap of MIN_GAP spaces ends on
    one line and that every other line has a space before or ends ahead of (w3m wraps a headline
    inside its column: "Headline words that wrap Home" over "on this line        ━━━━"). A line
    with a cell of no letter or digit is one element's row of links drawn with separators ("«
    Previous   ::   Contents   ::   Next »"), not columns: none."""
    if len(rows) == 1:
        cells = _GAP_RE.split(rows[0].strip())
    else:
        cells = []
        for row in rows:
            for match in _GAP_RE.finditer(row):
                column = match.end()
                if match.start() and column < len(row) and all(
                        len(other) < column or other[column - 1] == " " for other in rows):
                    cells = [" ".join(" ".join(other[:column] for other in rows).split()),
                             " ".join(" ".join(other[column:] for other in rows).split())]
                    break
            if cells:
                break
    if len(cells) < 2 or not all(cell and _WORD_RE.search(cell) for cell in cells):
        return []
    return cells
