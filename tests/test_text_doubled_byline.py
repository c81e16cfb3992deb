"""A person's name printed twice in the header (text/twice.py): an author's photo whose alt text is the
name beside a link that is the name again, which w3m and lynx print as "Jane Doe Jane Doe" on one line
or as "Jane Doe" over "Jane Doe" (or "by Jane Doe"). The copy vouches for the name as a role line or a
time stamp does; a name printed once that no neighbour vouches for, a subject's name over a headline
that opens with it, and a pair far down the story are no byline. Invented dumps, held both ways."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.twice import doubled_names
from tests.harbour_dump import DEK, HEADLINE, STORY, page

#: share buttons between the headline and the byline, as a theme prints them (no name, no date)
SHARES = "  * Share on Facebook\n  * Share on Twitter\n  * Share by e-mail"


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind="p", text=text) for text in texts]


@pytest.mark.parametrize(("lines", "names", "read"), [
    (("Mara Lindqvist Mara Lindqvist",), ["Mara Lindqvist"], {0}),
    (("Mara Lindqvist Mara Lindqvist vor 2 Stunden",), ["Mara Lindqvist"], {0}),
    (("Mara Lindqvist", "Mara Lindqvist"), ["Mara Lindqvist"], {0, 1}),
    (("Mara Lindqvist", "by Mara Lindqvist"), ["Mara Lindqvist"], {0, 1}),
])
def test_a_name_printed_twice_names_the_author(lines: tuple[str, ...], names: list[str], read: set[int]) -> None:
    assert doubled_names(_blocks(*lines), 0) == (names, read)


@pytest.mark.parametrize("lines", [
    ("Mara Lindqvist",),
    ("Mara Lindqvist", "Harbour Life"),
    ("Mara Lindqvist", f"Mara Lindqvist: {HEADLINE}"),  # a subject's name over the headline that opens with it
    ("Mara Lindqvist", "Mara Lindqvist and the harbour master spoke on Thursday."),
    ("Culture", "Culture"),  # one word: no person's name
    ("Harbour Office Opening Hours Harbour Office Opening Hours and fees",),
])
def test_a_line_not_printed_twice_or_no_name_names_no_one(lines: tuple[str, ...]) -> None:
    assert doubled_names(_blocks(*lines), 0)[0] == []


def test_a_name_printed_twice_under_the_share_buttons_is_the_byline() -> None:
    article = newsgrab.extract(page("", f"{DEK}\n\n{SHARES}\n\nMara Lindqvist\n\nMara Lindqvist"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_a_name_printed_once_there_is_no_byline() -> None:
    article = newsgrab.extract(page("", f"{DEK}\n\n{SHARES}\n\nMara Lindqvist"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


def test_a_name_printed_twice_with_a_time_stamp_in_another_language_is_the_byline() -> None:
    article = newsgrab.extract(page("", "Mara Lindqvist Mara Lindqvist vor 2 Stunden"), kind="text")
    assert article.authors == ["Mara Lindqvist"]


def test_a_name_printed_twice_far_down_the_story_is_no_byline() -> None:
    more = (
        "The slipway will stay open through the winter, the office said, and the crane's spare gearbox "
        "is due from the yard in Bergen before the end of the month, weather allowing.\n\n"
        "Skippers who lost days at sea may ask the harbour office for a refund of their berth fees for "
        "the week; the form is at the office and on the notice board by the fish market.\n\n"
        "Photographs of the repairs were taken by the harbour's volunteers.\n\n"
        "Credits\n\n  * Mara Lindqvist\n\n    Mara Lindqvist\n"
    )
    article = newsgrab.extract(page("", SHARES, story=f"{STORY}\n{more}"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []
