"""A headline wrapped over two lines: the line chosen and its neighbour, when the page names the two as one.

A page's headline element may break its text over two lines on purpose ("An Ode to the" / "Rosetta
Spacecraft as It Flings Itself Into a Comet": two spans styled apart, a `<br>`), and a converter then
prints two lines; the ranking (title.py) picks one of them, the half with more words or the one with
the byline under it. The page says which two lines are one: the `<title>` line that BeautifulSoup
and markdownify print first (or lynx's line of the page's `<link>` titles) names the two joined and
not the chosen line alone: the page naming its own headline, in any language. A kicker over the
headline is no part of it: the `<title>` names the headline alone too ("Economy | Headline | Site").
(The join printed whole elsewhere on the page was tried as a second cue for the converters that
print no `<title>`: it moved no tune dump, and is left out.)
"""

from __future__ import annotations

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.header import is_header_line
from newsgrab.text.titleshape import HEADING_KINDS, MAX_TITLE_WORDS, WIDE_RE

#: words the two lines have together at most (a headline's); wide CJK characters count as words
MAX_JOINED_WORDS = MAX_TITLE_WORDS


def joined_headline(blocks: list[Block], index: int, page_title: list[str]) -> str | None:
    """The text of `blocks[index]` joined with the line right above or under it, when the `<title>`
    parts (`page_title`, folded: titleshape.page_title_parts) name the join and not the line alone;
    None otherwise."""
    if not page_title or fold_title(blocks[index].text) in page_title:
        return None
    for above, below in ((index - 1, index), (index, index + 1)):
        if above < 1 or below >= len(blocks):
            continue
        other = blocks[below if above == index else above]
        if not _joinable(other):
            continue
        joined = f"{blocks[above].text} {blocks[below].text}"
        if len(joined.split()) + len(WIDE_RE.findall(joined)) > MAX_JOINED_WORDS:
            continue
        if fold_title(joined) in page_title:
            return joined
    return None


def _joinable(block: Block) -> bool:
    """Whether a line may be a part of a headline: a plain line or a heading, not a link, a byline
    or a date, and ending with no sentence's stop."""
    text = block.text
    return (block.kind in HEADING_KINDS or block.kind == "p") and block.link_chars * 2 <= len(text) \
        and bool(text) and not text.endswith((".", ",", ";")) and not is_header_line(text)
