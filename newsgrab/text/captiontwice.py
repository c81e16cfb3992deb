"""A caption printed twice in a row, and the headline printed again, taken out of a text's body.

lynx and w3m print a photo's alt text and then its caption (with or without the credit after it), one
under the other; markdownify prints the `<title>` line first and the page's heading again. Kept apart
from text/blocks.py (the order of the text path's readers) as the one pass over the body it makes last.
"""

from __future__ import annotations

import re

from newsgrab.model import Block
from newsgrab.text.span import is_prose

#: a credit in parentheses after a caption, the part by which its second printing differs
_CREDIT_TAIL_RE = re.compile(r"\s*\([^()]+\)\s*")
#: words a text printed twice in a row has at least to be taken as a photo's alt text and caption
MIN_TWICE_WORDS = 4


def drop_printed_twice(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks without a text printed twice in a row, nor the headline printed again.

    lynx and w3m print a photo's alt text and then its caption (with or without the credit after
    it), one under the other. The HTML path takes a figure's caption out of the body into `media`; a
    text dump has no image URL to hang it on. An article does not say the same sentence twice
    running; a text repeated further apart (an interview's recurring question) stays. A block that
    is the headline word for word is the headline printed a second time (the `<title>` line that
    markdownify prints first and the page's heading; lynx's copy of a headline above a gallery): the
    body never holds the headline.

    A text whose every paragraph is such a repeat keeps them all: the rule is for captions beside an
    article, and with no other prose there is nothing else to be the article (a page that prints one
    paragraph over and over, as the Readability test pages on metadata and share buttons do, came
    out empty)."""
    twice: set[int] = set()
    previous: int | None = None
    for index, block in enumerate(blocks):
        if block.kind == "media":
            continue
        if title is not None and block.text == title:
            twice.add(index)
            continue
        if (previous is not None and block.kind == blocks[previous].kind
                and _printed_twice(blocks[previous].text, block.text)):
            twice.update((previous, index))
        previous = index
    if not twice:
        return blocks
    kept = [block for index, block in enumerate(blocks) if index not in twice]
    if not any(is_prose(block) for block in kept) and any(is_prose(blocks[index]) for index in twice):
        return blocks
    return kept


def _printed_twice(one: str, other: str) -> bool:
    """Whether two texts are one caption printed twice: equal, or one of them the other with a photo
    credit in parentheses after it ("... in 2019. (Image credit: TNG Collaboration)"), at least
    MIN_TWICE_WORDS words long."""
    short, long = sorted((one, other), key=len)
    if len(short.split()) < MIN_TWICE_WORDS:
        return False
    return short == long or (long.startswith(short) and _CREDIT_TAIL_RE.fullmatch(long, len(short)) is not None)
