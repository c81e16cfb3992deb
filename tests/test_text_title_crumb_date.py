"""Two short lines that sit over a headline in a whole-page dump and are not it
(titleshape.title_like): a breadcrumb trail of two steps around one arrow ("Home > Security",
MAX_CRUMB_STEP_WORDS words each side), and a day and a month alone, a blog's calendar tile over its
post ("13 Aug", "Nov 20"; month names from data/calendar_words.toml). A kicker with one arrow before a
headline of a headline's length, and a headline that names a day among other words, stay headlines.
The dumps are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.titleshape import title_like
from tests.harbour_dump import MENU, STORY


def _shaped(text: str) -> bool:
    return title_like(Block("p", text, [], [], 0))


@pytest.mark.parametrize("line", ["13 Aug", "Nov 20", "22 December", "5. Mai", "DEC 7"])
def test_a_day_and_a_month_alone_is_no_headline(line: str) -> None:
    assert not _shaped(line)


@pytest.mark.parametrize("line", ["March 8 Is the Harbour's Busiest Day", "Apollo 11", "Top 50", "7 Days"])
def test_a_day_among_other_words_or_a_number_with_a_word_stays_headline_shaped(line: str) -> None:
    assert _shaped(line)


def _dump(above: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{above}\n\nCrane Week\n\nAugust 13, 2021\n\n{STORY}\n{MENU}\n"


def test_the_headline_under_a_calendar_tile_and_its_section_is_the_title() -> None:
    above = "Blog\n\n13 Aug\n\nColumn"
    assert newsgrab.extract(_dump(above), kind="text").title == "Crane Week"
