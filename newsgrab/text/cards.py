"""Bare names near a headline that a byline's own shape vouches for, read before a name that is one
only by sitting next to the headline: a name with its time stamp ("Jane Doe 1 day ago"), an author's
card (a name over its role line or its card's link, data/card_links.toml: "Jane Doe" / "Staff
Writer", "Jane Doe" / "View More Articles").

text/around.py reads the window around the headline and calls these in that order; they are kept
apart because each is a shape of several lines with its own reach, and a line beside the headline
that is shaped like a name (a section's or the site's name: "Tech Insider", "Yahoo Finance") is
taken only when neither names someone.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml
from newsgrab.meta.dates import has_digit
from newsgrab.meta.reltime import is_relative_time
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names, is_role_line
from newsgrab.text.headerdates import MAX_HEADER_LINE_CHARS

#: blocks under the headline (and its dek) where a name with its time stamp is read first: further down,
#: in a window that runs to a late first paragraph, the shape is a video player's ("Current Time 0:00")
MAX_STAMPED_LINES_BELOW = 6
#: a file's or a host's name in a line ("README.md", "index.js", "example.com"): a repository's list of
#: commits prints each message over its relative time ("Create README.md" / "2 years ago"), no byline
_FILE_NAME_RE = re.compile(r"\w\.[a-z]{1,4}\b")
#: words of a card's link line at most ("View all articles by Jane")
MAX_CARD_LINK_WORDS = 5


@cache
def card_links() -> tuple[str, ...]:
    """data/card_links.toml's links (read once per process): what an author's card prints under the name."""
    return tuple(load_toml("card_links.toml")["links"])


def is_card_link(text: str) -> bool:
    """Whether a line is the link or button an author's card prints under the name (data/card_links.toml:
    "View More Articles", "Follow"), folded, in at most MAX_CARD_LINK_WORDS words; not a share button
    ("Share on Facebook"), which sits under a section's name as often."""
    folded = " ".join(text.casefold().split())
    if not folded or len(folded.split()) > MAX_CARD_LINK_WORDS:
        return False
    return any(folded == link or folded.startswith(link + " ") for link in card_links())


def take_stamped_name(blocks: list[Block], window: list[int], meta: Metadata) -> set[int]:
    """Read the first line of `window` (the MAX_STAMPED_LINES_BELOW lines under the headline and its
    dek not read yet, nearest first) that is a person's name with its time stamp after it ("Jane Doe
    05.24.16 5:42 AM", "Jane Doe 1 day ago", `byline_names`) or a relative time alone on the line under
    it (`_stamp_under`: "Jane Doe" / "1 day ago"); return the indices read. The stamp makes the
    line a byline by its own shape, so it outranks a bare name that is one only by sitting next to the
    headline (a section's or a button's words: "Tech Insider" over "Jane Doe 1 day ago"), and it is
    read past the line taken for the article's first paragraph (a standfirst printed as a paragraph,
    the byline under it), as read_into_article reads it further down. Only in those few lines: above
    the headline the same shape is a teaser's or a menu's ("Harbour Winter Sale 2019 Deals" reads as
    "Apple Black" and a stamp), far under it a player's ("Current Time 0:00")."""
    for index in window:
        block = blocks[index]
        if block.kind != "p" or block.text.isupper() or len(block.text) > MAX_HEADER_LINE_CHARS:
            continue
        if has_digit(block.text):
            if names := byline_names(block.text):
                return name_authors(meta, names, {index})
        elif ((stamp := _stamp_under(blocks, index)) is not None and _FILE_NAME_RE.search(block.text) is None
              and (names := byline_names(block.text))):
            return name_authors(meta, names, {index, stamp})
    return set()


def _stamp_under(blocks: list[Block], index: int) -> int | None:
    """The index of the relative time alone on the line right under `blocks[index]` ("Jane Doe" / "1 day
    ago", "Tomáš Dvořáček" / "před 2 hodinami": get_text and markdownify end a line at the element that
    holds the byline's time stamp, where a one-line dump prints "Jane Doe 1 day ago"), or None. Only a
    relative time (data/relative_times.toml, every language) is taken so: it stamps the story it sits
    in, as a date alone under a name may be a teaser's or a caption's."""
    under = index + 1
    if under < len(blocks) and blocks[under].kind == "p" and is_relative_time(blocks[under].text):
        return under
    return None


def take_card_name(blocks: list[Block], window: range, headline: int, taken: set[int], meta: Metadata) -> set[int]:
    """Read the first line of `window` (nearest below the headline first) that is a person's name
    (`byline_names`) with its role alone on the line under it (`is_role_line`: "Jonah Tresk" / "Games
    Editor", "Jane Doe by Jane Doe" / "Senior Reporter") or its card's link (`is_card_link`: "Jane Doe"
    / "View More Articles"): an author's card, which a converter prints as two lines; return the
    indices of both. The role line makes the name a byline by the card's own
    shape, so it outranks a bare name that is one only by sitting next to the headline (the site's
    or a section's name: "Yahoo Finance" over the card under it). A role line under a line that names
    no person ("Opinion" / "Senior Editor") gives nothing."""
    for index in sorted(window, key=lambda i: (i < headline, abs(i - headline))):
        block, under = blocks[index], index + 1
        if (index in taken or under in taken or under >= len(blocks) or block.kind != "p" or block.text.isupper()
                or not (is_role_line(blocks[under].text) or is_card_link(blocks[under].text))):
            continue
        if names := byline_names(block.text):
            return name_authors(meta, names, {index, under})
    return set()


def name_authors(meta: Metadata, names: list[str], lines: set[int]) -> set[int]:
    """Set `names` as the authors, read from a header line (the readers here and text/readtime.py),
    and return `lines`, the indices of the lines read, for the caller's taken set."""
    meta.authors = names
    meta.provenance["authors"] = "header-line"
    return lines
