"""The bare name under a headline, and the shapes around a name that make it a byline.

A converter prints an author's card or a standfirst as a heading, and a photo's empty block between
the headline and the name; `take_name_under_headline` reads a bare name there. A bare name's shape is
a teaser's too: its title as one link to the story ("Quick Refunds"), or a list's "Name - date"
line under each teaser's title; such a line is no byline (`_is_teaser_line`).
Kept apart from text/around.py (near the 400-line limit), which reads every other header line
around the headline and takes from here the two tests both use: the line under a name past its
social handle, and a line that opens with a date.
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import has_digit, parse_date
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names, is_handle
from newsgrab.text.datelines import TEXT_DATE_RE
from newsgrab.urls import article_shaped

#: kinds of block a bare name under the headline may be printed as (an author's card in a heading)
NAME_KINDS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
#: sentence-shaped lines (a standfirst) between the headline and a bare name under it at most
MAX_DEK_LINES = 1
#: a digit a capital runs into: two items a converter glued ("2019Updated:")
_DIGIT_THEN_CAPITAL_RE = re.compile(r"(?<=\d)(?=[A-Z])")


def below_handle(blocks: list[Block], index: int) -> int:
    """The line under a name's line, past the author's social handle when it sits alone on the line
    under the name ("Jane Doe" / "@janedoe" / "Friday 11 November 2011": a theme prints the handle
    under the byline, in its own element, and the date under both): the handle is part of the byline,
    no line of its own between the name and what anchors it."""
    below = index + 1
    return below + 1 if below < len(blocks) and is_handle(blocks[below].text) else below


def opens_with_date(text: str) -> bool:
    """Whether a line opens with a date `parse_date` reads, whatever follows it ("Nov. 20, 2019Updated:
    Nov. 20, 2019 1:35 a.m.", an update glued to the date, which no dateline test reads whole)."""
    found = TEXT_DATE_RE.match(_DIGIT_THEN_CAPITAL_RE.sub(" ", text)) if has_digit(text) else None
    return found is not None and parse_date(found.group(0)) is not None


def take_name_under_headline(blocks: list[Block], headline: int, end: int, meta: Metadata) -> set[int]:
    """Read a bare name that is the first line of text under the headline and its standfirst, over
    the lead photo ("headline" / "One sentence of dek." / photo / "### Jane Doe"): converters print
    a standfirst or an author's card as a heading (`<h2>`, `<h3>`) too, and a photo's empty block
    between the lines parts them in the text though not on the page. At most MAX_DEK_LINES
    sentence-shaped lines are passed over; the first other line is the name or nothing is taken. Nor
    is a name-shaped line that is a teaser's by its shape (`_is_teaser_line`): in issue 13's converted
    tune pages the reader named the author on two sites and a teaser on two ("Quick Refunds",
    another story's link under a related story's headline; "Ada Vesey - 28/06/2022", a list's line
    under a teaser taken for the headline)."""
    deks = 0
    for index in range(headline + 1, end):
        block = blocks[index]
        if block.kind == "media":
            continue
        if block.kind not in NAME_KINDS:
            return set()
        if names := byline_names(block.text):
            if _is_teaser_line(block):
                return set()
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            return {index}
        if deks >= MAX_DEK_LINES or not block.text.endswith((".", "!", "?")):
            return set()
        deks += 1
    return set()


def _is_teaser_line(block: Block) -> bool:
    """Whether a name-shaped line under the headline is a teaser's: one link to a story's address
    (`urls.article_shaped`: a date, an id or a slug of words in its path, no listing's segment;
    "[Quick Refunds](https://example.com/features/firms-answer-complaints-on-social-media/)"), or
    the name with its own date ("Ada Vesey - 28/06/2022"), the line a list prints under each teaser's
    title: a bare name is this reader's, a name with its date the "Name, Date" reader's, which reads
    it where the header is."""
    if has_digit(block.text):
        return True
    return block.link_chars >= len(block.text) and any(article_shaped(link.url) for link in block.links)
