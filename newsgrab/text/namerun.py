"""A byline a converter printed as a run of short lines over its dateline, under the headline.

A page's byline is often a row of inline elements: the names, a separator, the outlet or the
place, then the date. A converter that ends a line at every element (get_text; markdownify for a
byline of links) prints the row as a column: "Jane Doe" / "Harbour News" / "Posted: May 3, 2021";
"Ana Ruiz" / "/" / "Luis Gómez" / "Madrid" / "12 MAY 2014 - 10:05 CET". One-line dumps keep the
row whole, and the header readers read it there; in the column the name is neither next to the
headline nor next to the dateline, the anchors the bare-name readers of text/around.py ask for, and
a dump that indents its paragraphs makes the flush name and date headings ("Jane Doe" over
"March 9 2016", both `h2`), which those readers leave alone. The row's items share their line's
kind: a name printed as a heading is read only over a dateline printed as the same heading (a
markdown "### Jane Doe" over a plain "March 14, 2024" is a section's or a card's heading, which
text/nameunder.py governs).

The dateline is the anchor (shape and position, no word): from a dateline read under the headline,
the lines above it are walked up while they are the row's items, at most MAX_RUN_LINES of them: one
short label with no digit (the outlet or the place) between the names and the date, a separator
alone on its line, and the names (`byline_names`, a person's shape). The run ends at the first
other line; the names it holds, in reading order, are the byline.
"""

from __future__ import annotations

import re

from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names
from newsgrab.text.nameunder import NAME_KINDS

#: lines of a byline's row a converter printed one a line, between its first name and its dateline
MAX_RUN_LINES = 4
#: label lines between the names and the date at most (the outlet or the place, as one-line dumps print one)
MAX_RUN_LABELS = 1
#: words of a label between the names and the date at most (an outlet, a place: "Harbour News", "Madrid")
MAX_RUN_LABEL_WORDS = 3
#: a separator a converter printed alone on its line ("/", "·", "|"), between two items of the row
_SEPARATOR_ALONE_RE = re.compile(r"^[/|·•&–—-]$")
#: what ends a sentence, which no label of a byline's row ends with
_SENTENCE_ENDS = (".", "!", "?", ":", "。")


def take_name_run(blocks: list[Block], above: int, end: int, dated: set[int], taken: set[int],
                  meta: Metadata) -> set[int]:
    """Read the names of a byline's row printed as a column over a dateline (see the module's
    docstring): the datelines in `dated` below `above` (the headline or its dek) are tried top
    down, names only above `end` (the article's first paragraph) and in lines no other reader took;
    return the indices of the row's lines read, the dateline's not included (it was read)."""
    for date_at in sorted(index for index in dated if above < index <= end):
        names: list[str] = []
        run: set[int] = set()
        top = date_at
        labels = 0
        for index in range(date_at - 1, max(above, date_at - 1 - MAX_RUN_LINES), -1):
            block = blocks[index]
            if index in taken or block.kind not in NAME_KINDS or block.kind not in ("p", blocks[date_at].kind):
                break  # a heading over a plain dateline is a section's or a card's, not an item of its row
            if _SEPARATOR_ALONE_RE.match(block.text):
                run.add(index)
                continue
            if found := byline_names(block.text):
                names = found + names
                run.add(index)
                top = index
                continue
            if names or labels >= MAX_RUN_LABELS or not _is_row_label(block.text):
                break  # above the names the row has ended; between them and the date only a label stands
            labels += 1
            run.add(index)
        if names:
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            return {index for index in run if index >= top}  # not a separator above the first name
    return set()


def _is_row_label(text: str) -> bool:
    """Whether a line may be an item of a byline's row between its names and its date: a few words
    with no digit that end no sentence (an outlet, a place, "CBC News", "Madrid")."""
    return (0 < len(text.split()) <= MAX_RUN_LABEL_WORDS and not any(c.isdigit() for c in text)
            and not text.endswith(_SENTENCE_ENDS))
