"""Whether a dump's first line is the page's `<title>`, read from the line's shape, not from the tool.

BeautifulSoup's get_text and markdownify print the page's `<title>` first ("Headline | Site"), and a
line of the header that prints a part of it is the headline (title.py's `page_title`). w3m, lynx,
inscriptis and html2text print no `<title>`: their first line is the page's logo text, a skip link,
a menu entry or a banner, and a banner the page prints again further down (a second header, a
sticky bar over the story) took the `<title>`'s standing there and won over the headline. The
caller does not say which tool made a dump, and dumps come from tools not seen here, so the first
line earns that standing by what it reads as:

- a title's parts: a separator between a short part shaped like a name (a site's or a section's,
  MAX_NAME_WORDS words at most) and a longer one, the headline ("Headline | Site", "Site - Headline",
  "Headline — Section — Site"); a menu's entries are all short, a row of teasers all long;
- or a title the page prints again: a heading or a headline-shaped line further down prints its
  longest part whole, or wrapped over two lines (a `<title>` that is the headline alone, "Harbour
  Ferry Returns After Ten Years", over the story's own heading).

Otherwise the first line is furniture like any other line and names nothing.
"""

from __future__ import annotations

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.titled import MAX_NAME_WORDS
from newsgrab.text.titleshape import HEADING_KINDS, TITLE_SEPARATOR_RE, length_words, page_title_parts, title_like


def first_line_names(blocks: list[Block]) -> list[str]:
    """`page_title_parts` of the first line when it reads as the page's `<title>` (`reads_as_page_title`);
    none when it is a banner, a skip link or a menu entry."""
    return page_title_parts(blocks[0]) if blocks and reads_as_page_title(blocks) else []


def reads_as_page_title(blocks: list[Block]) -> bool:
    """Whether the first line of a dump reads as the page's `<title>` (the module's docstring): shaped
    like a headline, and either a short name-like part and a longer one between title separators, or
    its longest part printed again whole as a heading or headline-shaped line."""
    first = blocks[0]
    if not title_like(first):
        return False
    parts = [part for part in TITLE_SEPARATOR_RE.split(first.text) if part.strip()]
    lengths = [length_words(part) for part in parts]
    if len(parts) > 1 and min(lengths) <= MAX_NAME_WORDS < max(lengths):
        return True
    most = max(lengths, default=0)
    named = {folded for part, length in zip(parts, lengths, strict=True)
             if length == most and (folded := fold_title(part))}
    return bool(named) and any(_prints(blocks, index, named) for index in range(1, len(blocks)))


def _prints(blocks: list[Block], index: int, named: set[str]) -> bool:
    """Whether `blocks[index]`, a heading or a headline-shaped line, prints the first line or one of
    its parts (`named`, folded) whole, alone or wrapped onto the next line (a headline set in a narrow
    column, which a converter breaks where the page did: titlejoin.py)."""
    block = blocks[index]
    if block.kind == "media" or not (block.kind in HEADING_KINDS or title_like(block)):
        return False
    folded = fold_title(block.text)
    if not folded or folded in named:
        return bool(folded)
    if index + 1 < len(blocks) and any(part.startswith(folded) for part in named):
        return fold_title(block.text + " " + blocks[index + 1].text) in named
    return False
