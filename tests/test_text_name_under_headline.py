"""A bare name as the first line under the headline (and its standfirst) is read unless the line is a
teaser's by its shape (issue 13; text/nameunder.py `take_name_under_headline`, `_is_teaser_line`). A
converter prints an author's card as a heading ("### Marta Quill" over "Sep 9, 2016 7:41 pm UTC",
"Marta Quill, @mquill" over "11.03.17 in Harbours", a link to the author's page): that is a byline.
One link to a story's address ("[Harbour Repairs](.../harbour-repairs-begin-after-the-storm/)", a
related story's title) or a name with its own date ("Ada Vesey - 28/06/2022", the line a list prints
under each teaser's title) is another story's: no author, a wrong one being worse than none."""

from __future__ import annotations

import pytest

from newsgrab.model import Block, Link, Metadata
from newsgrab.text.nameunder import take_name_under_headline

HEADLINE = Block(kind="h1", text="Harbour ferry adds a night crossing for the winter")
DEK = Block(kind="p", text="The late boat replaces a timetable that had not changed in two years.")
PARA = Block(kind="p", text="The operator said on Monday that the crossing would run every night from December "
                            "until the end of March, weather allowing.")


def _linked(text: str, url: str) -> Block:
    return Block(kind="p", text=text, links=[Link(text=text, url=url)], link_chars=len(text))


def _read(lines: list[Block]) -> tuple[set[int], list[str]]:
    blocks = [HEADLINE, DEK, *lines, PARA]
    meta = Metadata()
    taken = take_name_under_headline(blocks, 0, len(blocks), meta)
    return taken, list(meta.authors)


@pytest.mark.parametrize(
    "lines",
    [
        [Block(kind="h3", text="Marta Quill"), Block(kind="p", text="Sep 9, 2016 7:41 pm UTC")],
        [Block(kind="h3", text="Marta Quill, @mquill"), Block(kind="p", text="11.03.17 in Harbours")],
        [Block(kind="media", text=""), Block(kind="h3", text="Marta Quill"), Block(kind="p", text="Harbour reporter")],
        # a link to the author's page: two words in its last segment, no story's address
        [_linked("Marta Quill", "https://example.com/author/marta-quill/"), Block(kind="p", text="Harbour reporter")],
    ],
)
def test_a_name_under_the_headline_is_the_byline(lines: list[Block]) -> None:
    taken, authors = _read(lines)
    assert authors == ["Marta Quill"]
    assert len(taken) == 1


@pytest.mark.parametrize(
    "lines",
    [
        # a related story's title, one link to its address, another teaser under it
        [_linked("Harbour Repairs", "https://example.com/features/harbour-repairs-begin-after-the-storm/story/2311.html"),
         _linked("Ferry fares rise", "https://example.com/features/ferry-fares-rise-for-the-first-time/story/2309.html")],
        # a list's "Name - date" line under a teaser, the teaser's summary under it
        [Block(kind="p", text="Ada Vesey - 28/06/2022"),
         Block(kind="p", text="Why the late boat is always full. The crossings that leave after midnight.")],
    ],
)
def test_a_teasers_name_shaped_line_names_nobody(lines: list[Block]) -> None:
    assert _read(lines) == (set(), [])
