"""The standfirst under a headline in a text dump, told from the headline it retells.

A standfirst printed without its full stop is shaped like a headline, only longer, and it retells
the story more than its headline does: the ranking (title.py) would take it for the headline. Kept
apart from title.py, which ranks the lines; this reads one pair of lines, and the top-of-text
reading (titletop.py) asks the same length question.
"""

from __future__ import annotations

import re

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.echo import echo_words
from newsgrab.text.titleshape import title_like

#: a sentence run on into the next word, with or without a space: a photo caption and its credit
#: ("...at the Economic Club last week.Credit...Anna Fairweather") printed as one line
RUN_ON_RE = re.compile(r"[^\W\d_]{2}[.!?][\"”’]?\s*[^\W\d_]")

#: words a line has at least, and words more the line under it has, for that line to be its standfirst
#: printed without a full stop (longer_line_under)
MIN_OVER_DEK_WORDS = 3
MORE_DEK_WORDS = 2
#: words a line has at least to be the standfirst of the headline-shaped line above it (standfirst_under):
#: a standfirst is a sentence or two; a headline under its kicker or topic label is mostly shorter
MIN_STANDFIRST_WORDS = 15


def longer_line_under(block: Block, following: Block) -> bool:
    """Whether the line under a headline-shaped line of MIN_OVER_DEK_WORDS words or more is a plain
    headline-shaped line longer by more than MORE_DEK_WORDS words: a standfirst printed without its
    full stop ("Una solución no violenta..." over "Los pueblos indígenas reclaman por derechos que
    ..."); a section's one- or two-word label over the headline is too short to count."""
    words = len(block.text.split())
    return (words >= MIN_OVER_DEK_WORDS and following.kind == "p" and title_like(following)
            and len(following.text.split()) > words + MORE_DEK_WORDS)


def standfirst_under(blocks: list[Block], above: int, index: int, likes: set[int]) -> bool:
    """Whether the candidate `blocks[index]` is the standfirst of the candidate line `above` it,
    printed without its full stop: a sentence's worth (MIN_STANDFIRST_WORDS words or more), longer
    than that plain line (no link text) by more than MORE_DEK_WORDS words (longer_line_under) or
    two sentences under a line of one, and retelling a word of it. A standfirst restates its
    headline; a kicker or a place label over the headline shares no word with it ("On the north
    coast" over "Boats Queue as the Crane Reopens"), a headline's short form over the whole one is
    held by it, and a headline under a topic label that shares its words is mostly shorter than a
    standfirst. The standfirst retells the story more than the headline does: its echo and its
    length outweigh the headline's without this."""
    if above not in likes or blocks[above].kind != "p" or blocks[above].link_chars:
        return False
    head, line = blocks[above], blocks[index]
    if len(line.text.split()) < MIN_STANDFIRST_WORDS:
        return False
    if not (longer_line_under(head, line) or (line.kind == "p" and len(head.text.split()) >= MIN_OVER_DEK_WORDS
                                               and bool(RUN_ON_RE.search(line.text))
                                               and not RUN_ON_RE.search(head.text))):
        return False
    return bool(echo_words(head.text) & echo_words(line.text)) and fold_title(head.text) not in fold_title(line.text)
