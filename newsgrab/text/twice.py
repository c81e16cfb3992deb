"""A byline printed twice: an author's photo and its link, each printing the author's name.

An author's card or byline holds the author's photo, whose `alt` text is the author's name, beside a
link whose text is the name again. A converter that prints an image's `alt` (w3m, lynx) prints the
name twice, on one line ("Jane Doe Jane Doe") or on two ("Jane Doe" / "Jane Doe", "Jane Doe" / "by
Jane Doe"); the name then reads as no person's on one line and as two bare name-shaped lines on two,
which is no byline near the headline unless a neighbour vouches for it. The copy is that voucher:
self-reference, no words. A section's or a subject's name is printed once under a headline, and a
menu repeats a name further apart than the next line. Only a person's name (`byline_names`) counts,
and only among the lines where bare names are read next to the headline (text/around.py's window,
above the article's first paragraph): further down the same pair is a credits list's or a comment's
("Jane Doe" / "Jane Doe" under a video).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgrab.meta.dates import has_digit
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import MAX_TIME_TAIL_WORDS, byline_names, undoubled
from newsgrab.text.cards import name_authors
from newsgrab.text.header import MAX_HEADER_LINE_CHARS

#: the kinds of block a name printed twice may be (a card's name in a heading, a theme's author list)
TWICE_KINDS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})
#: words of a name whose copy is looked for: one word is no voucher ("Tom Tom"), five are a phrase's
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4


def doubled_names(blocks: list[Block], index: int) -> tuple[list[str], set[int]]:
    """The people `blocks[index]` names when it prints a person's name twice: on its line ("Jane Doe
    Jane Doe", "Jane DoeBy Jane Doe", "Jane Doe Jane Doe 2 hours ago": what follows the copy is read
    as `byline_names` reads a name's tail, or is a short time stamp in any language) or as the name
    over the same name opening the next line, maybe after a byline word there ("Jane Doe" / "Jane
    Doe", "Jane Doe" / "by Jane Doe"); and the indices of the lines read. ([], set()) for anything
    else: a name printed once, a name of one word ("Tom Tom" may be one person's), a line that is no
    person's name ("Culture" / "Culture"), a subject's name over a headline that opens with it ("Jane
    Doe" / "Jane Doe: 'My next film ...'")."""
    block = blocks[index]
    text = block.text.strip()
    if block.kind not in TWICE_KINDS or not text or len(text) > MAX_HEADER_LINE_CHARS:
        return [], set()
    if (names := _names_printed_twice(text)) is not None:
        return names, {index}
    if index + 1 >= len(blocks) or blocks[index + 1].kind not in TWICE_KINDS:
        return [], set()
    under = blocks[index + 1].text.strip()
    if not (under.startswith(text) or under.endswith(text)):  # no copy of the line there: the cheap test first
        return [], set()
    joined = f"{text} {under}"
    if (names := _names_printed_twice(joined, opening=text)) is not None:
        return names, {index, index + 1}
    return [], set()


def _names_printed_twice(text: str, opening: str | None = None) -> list[str] | None:
    """The names of a line that opens with a name of MIN_NAME_WORDS to MAX_NAME_WORDS words and its
    copy ("Jane Doe Jane Doe ..."), or that is a name and its copy glued or joined by a byline word
    (`undoubled`: "Jane DoeJane Doe", "Jane Doe by Jane Doe"), read without the copy (`byline_names`,
    or the name alone before a short time stamp: "Jana Nováková Jana Nováková před 2 hodinami");
    None when no name is printed twice there, or when the name is not `opening` (the first of two
    lines joined)."""
    words = text.split()
    for size in range(MIN_NAME_WORDS, min(MAX_NAME_WORDS, len(words) // 2) + 1):
        if words[:size] == words[size:2 * size]:
            name, rest = " ".join(words[:size]), words[2 * size:]
            if opening is not None and name != opening:
                return None
            stamp = 0 < len(rest) <= MAX_TIME_TAIL_WORDS and has_digit(" ".join(rest))
            return byline_names(" ".join([name, *rest])) or (byline_names(name) if stamp else [])
    once = undoubled(text)
    if once == text or (opening is not None and once != opening):
        return None
    return byline_names(once)


def take_doubled_name(blocks: list[Block], window: Iterable[int], taken: set[int], meta: Metadata) -> set[int]:
    """Name the author from the first line of `window` (in the caller's order, nearest the headline
    first) that prints a person's name twice (`doubled_names`) and was not read yet; return the indices
    of the lines read (nothing when no line does)."""
    for index in window:
        if index in taken:
            continue
        names, lines = doubled_names(blocks, index)
        if names and not lines & taken:
            return name_authors(meta, names, lines)
    return set()
