"""Where a block of a text dump came from: the dump's line its unit starts on, kept in `Block.origin`.

blocks.py writes a text block's origin as "line N" (the HTML path writes an element's path there).
Readers that go back to the dump's own lines (a headline's column cells, a name wrapped over two
consecutive lines) read the number back with `origin_line`, so the format lives in one place.
"""

from __future__ import annotations

from newsgrab.model import Block

#: what a text block's `origin` opens with: "line N"
LINE_ORIGIN = "line "


def origin_line(block: Block) -> int | None:
    """The line of the dump a text block starts on, from its `origin` ("line 12"); None when the origin
    names no line (a block that was not read from a dump's lines)."""
    number = block.origin.removeprefix(LINE_ORIGIN)
    return int(number) if number != block.origin and number.isdigit() else None
