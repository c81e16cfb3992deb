"""The author's box at the story's end of a whole-page dump: a byline over a bio that opens with the name.

Many themes print the writer once more after the story, in a box of their own: the byline ("By Nora
Vale", "Written by" / "Nora Vale", a handle under it) and a short bio under it that opens with the
writer's name, given name or whole ("Nora has covered the harbour since 2009 ...", "Nora Vale writes
about ..."). When the header's byline is out of the text path's reach (markup a converter flattened
into one-word lines, a header read wrong), the box is where a dump still names the author; the related
box under it signs each teaser with another writer, so the labelled bylines disagree and
text/bylineonce.py names nobody. `read_bio` (text/farther.py) reads a bio that names a role of
data/byline_words.toml after a verb of its own list; here the box vouches for itself by repetition:
the paragraph under the byline names the byline's person first. That holds in any language that
writes a name with capitals, with no verb or role list: a teaser's byline is followed by the next
teaser's headline, a comment's name by the comment, and neither opens with the name it sits under.
A name without its label is read only past the story's span (inside it, a list article's person over
the paragraph about them has the same shape).
"""

from __future__ import annotations

import re

from newsgrab.meta.people import split_authors
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import (
    BYLINE_RE,
    PERSON_RE,
    bio_name,
    byline_names,
    is_handle,
    name_over_lines,
    undoubled,
    unglued_byline,
    without_handle,
)
from newsgrab.text.header import HEADER_KINDS, MAX_HEADER_LINE_CHARS, take_header_line
from newsgrab.text.labelalone import is_label_alone

#: blocks past the story's span where an author's box is looked for (a span may also run on over the
#: box and the related box under it to the page's footer: the whole story is read too)
BOX_LINES_AFTER = 12
#: blocks over the headline where the name a bio under the story is about may be printed alone (an
#: author's card over the headline: the photo's alt and the name, the mail line, a follow button)
NAME_ABOVE_HEADLINE = 6
#: characters; a bio is a paragraph at least this long (a teaser's headline or a label is shorter)
MIN_BIO_CHARS = 60
#: what follows the person's name at a bio's opening: maybe a handle in brackets, then a word in small
#: letters (the bio's verb in whatever language: "has", "is", "est", "schreibt") or a possessive
_AFTER_NAME_RE = re.compile(r"(?:\s*\(@\w{2,30}\))?(?:\s+[^\W\d_A-ZÀ-ÖØ-ÞА-Я]|['’]s\s)")


def read_author_box(blocks: list[Block], start: int, end: int, meta: Metadata) -> int | None:
    """Fill `meta.authors` from the author's box of the story whose span runs from `start` to `end`: a
    byline (labelled; a bare name past `end`) whose next paragraph, past a handle's line, opens with
    the byline's one person's name or given name (`_opens_with`); return the byline's index, or None
    when no such box was found or authors were known."""
    if meta.authors:
        return None
    for index in range(start, min(len(blocks), end + BOX_LINES_AFTER)):
        names, lines = _box_names(blocks, index, past_story=index >= end)
        if len(names) != 1:
            continue
        under = index + lines
        if under < len(blocks) and is_handle(blocks[under].text):  # "@noravale" under the name
            under += 1
        if under < len(blocks) and _opens_with(blocks[under], names[0]):
            meta.authors = names
            meta.provenance["authors"] = "author-box"
            return index
    return None


def _box_names(blocks: list[Block], index: int, *, past_story: bool) -> tuple[list[str], int]:
    """The people the line at `index` names as a byline, and how many lines it takes: a labelled byline
    ("By Nora Vale @noravale"), a label alone over the name ("By" / "Nora Vale"), or, with `past_story`,
    a bare person's name ("Nora Vale"); ([], 0) for any other line."""
    block = blocks[index]
    if block.kind not in HEADER_KINDS or len(block.text) > MAX_HEADER_LINE_CHARS:
        return [], 0
    if is_label_alone(block):
        if index + 1 >= len(blocks) or blocks[index + 1].kind not in HEADER_KINDS:
            return [], 0
        name, lines = name_over_lines(blocks, index + 1)
        return split_authors(without_handle(undoubled(name))), 1 + lines
    text = unglued_byline(block).text
    if BYLINE_RE.match(text):
        scratch = Metadata()
        return (scratch.authors, 1) if take_header_line(block, scratch) else ([], 0)
    if past_story and block.kind == "p":
        return byline_names(text), 1
    return [], 0


def _opens_with(block: Block, name: str) -> bool:
    """Whether a paragraph is a bio of the person `name`: at least MIN_BIO_CHARS long, it opens with the
    name whole or its first word (the given name) and then a word in small letters ("Nora has
    covered ...", "Nora Vale (@noravale) is ..."). A name of one word, or in capitals, vouches for
    nothing (a desk's, a wire's)."""
    if block.kind not in ("p", "li") or len(block.text) < MIN_BIO_CHARS or not PERSON_RE.match(name) or name.isupper():
        return False
    text = block.text
    for opening in (name, name.split()[0]):
        if text.startswith(opening) and _AFTER_NAME_RE.match(text, len(opening)):
            return True
    return False


def read_named_bio(blocks: list[Block], headline: int, start: int, meta: Metadata) -> int | None:
    """Fill `meta.authors` from a writer's bio anywhere under the story's first block `start` (`bio_name`:
    "Nora Vale is the harbour reporter for the Courier ...") when the same person's name is printed as
    a line of its own near the headline at `headline` (at most NAME_ABOVE_HEADLINE blocks over it, down
    to `start`): the author's card over the headline, which alone is a bare name like a menu's or a
    caption's, and the bio, which alone may be a box far past the story's end; return the name's
    index, or None. Each vouches for the other: a quoted expert's bio inside the story is not printed
    as a bare name by the headline."""
    if meta.authors:
        return None
    people = {name for block in blocks[start:] if block.kind == "p" and (name := bio_name(block.text))}
    if not people:
        return None
    for index in range(max(0, headline - NAME_ABOVE_HEADLINE), start):
        if index != headline and (names := byline_names(blocks[index].text)) and len(names) == 1 and names[0] in people:
            meta.authors = names
            meta.provenance["authors"] = "author-bio"
            return index
    return None
