"""Echo: how much of a line the article's opening paragraphs retell.

A story's first sentences retell its headline; a teaser, a button or a menu label is not retold.
The headline ranking (title.py) and the label and teaser-list checks (teasers.py) all compare a
line with the same opening paragraphs, folded and cut to word stems the same way.
"""

from __future__ import annotations

import re

from newsgrab.model import Block
from newsgrab.text.titleshape import WIDE_RE

_ECHO_WORD_RE = re.compile(r"\w+")
#: a line above title.py's TITLE_LOOKBACK is a candidate when at least this share of its words, and at least
#: MIN_FAR_ECHO_WORDS of them, recur in the article's opening paragraphs
MIN_FAR_ECHO_SHARE = 0.6
MIN_FAR_ECHO_WORDS = 3
#: the article's opening paragraphs whose words a headline echoes
LEAD_BLOCKS = 5
#: characters a word has at least to count as echoed (shorter ones are mostly function words); a
#: word is compared on its first ECHO_STEM_CHARS characters, so "agrees" echoes "agreed"
MIN_ECHO_WORD_CHARS = 4
ECHO_STEM_CHARS = 5
#: the words MIN_ECHO_WORD_CHARS long at least, found as such (a run of word characters is matched
#: whole or, when shorter, not at all): no setcomp over the short words for their length
_LONG_WORD_RE = re.compile(rf"\w{{{MIN_ECHO_WORD_CHARS},}}")


def retold(text: str, lead: set[str]) -> bool:
    """Whether the article's opening paragraphs (their `echo_words`) retell a line: most of its words
    (MIN_FAR_ECHO_SHARE), and MIN_FAR_ECHO_WORDS of them at least."""
    words = echo_words(text)
    return len(words & lead) >= max(MIN_FAR_ECHO_WORDS, MIN_FAR_ECHO_SHARE * len(words))


def lead_words(blocks: list[Block], start: int) -> set[str]:
    """The `echo_words` of the article's opening paragraphs (LEAD_BLOCKS from `start`)."""
    return set().union(*(echo_words(b.text) for b in blocks[start: start + LEAD_BLOCKS] if b.kind != "media"))


def echo_words(text: str) -> set[str]:
    """The words of a text as an echo compares them: folded, MIN_ECHO_WORD_CHARS long at least, cut
    to ECHO_STEM_CHARS; a run of wide (CJK) characters, which has no spaces, as its character pairs."""
    folded = text.casefold()
    if folded.isascii() or not WIDE_RE.search(folded):  # (most texts: no word to cut into pairs)
        return {word[:ECHO_STEM_CHARS] for word in _LONG_WORD_RE.findall(folded)}
    out: set[str] = set()
    for word in _ECHO_WORD_RE.findall(folded):
        if WIDE_RE.search(word):
            out.update(word[i: i + 2] for i in range(len(word) - 1))
        elif len(word) >= MIN_ECHO_WORD_CHARS:
            out.add(word[:ECHO_STEM_CHARS])
    return out
