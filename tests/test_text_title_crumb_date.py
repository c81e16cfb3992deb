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
from newsgrab.text.titleshape import is_breadcrumb, title_like
from tests.harbour_dump import MENU, STORY


def _shaped(text: str) -> bool:
    return title_like(Block("p", text, [], [], 0))


@pytest.mark.parametrize("line", [
    "Home > Security",
    "Home  ›  Harbour News",
    "ホーム > 港のニュース",
    "Главная → Новости порта",
])
def test_a_trail_of_two_short_steps_is_a_breadcrumb(line: str) -> None:
    assert is_breadcrumb(line)
    assert not _shaped(line)


@pytest.mark.parametrize("line", [
    "Analysis › Why the harbour crane will stay shut for another winter",
    "Home › The harbour crane is back after three days of repairs",  # (the container fact's)
    "L'équipe fait sa « semaine verte » à Nice",  # French quotes, no arrow
])
def test_one_arrow_before_a_headline_is_no_two_step_trail(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize("line", ["13 Aug", "Nov 20", "22 December", "5. Mai", "DEC 7"])
def test_a_day_and_a_month_alone_is_no_headline(line: str) -> None:
    assert not _shaped(line)


@pytest.mark.parametrize("line", ["March 8 Is the Harbour's Busiest Day", "Apollo 11", "Top 50", "7 Days"])
def test_a_day_among_other_words_or_a_number_with_a_word_stays_headline_shaped(line: str) -> None:
    assert _shaped(line)


def _dump(above: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{above}\n\nCrane Week\n\nAugust 13, 2021\n\n{STORY}\n{MENU}\n"


@pytest.mark.parametrize("trail", ["Home > Harbour Crane News", "Home > The Harbour Crane"])
def test_the_headline_under_a_two_step_trail_is_the_title(trail: str) -> None:
    assert newsgrab.extract(_dump(trail), kind="text").title == "Crane Week"


def test_the_headline_under_a_trail_and_a_calendar_tile_is_the_title() -> None:
    # the trail's last step ends with an arrow of its own; with the trail no candidate, the tile
    # would be the first line under the menu and outrank the headline
    above = "Blog\n\nHome » Column »\n\n13 Aug\n\nColumn"
    assert newsgrab.extract(_dump(above), kind="text").title == "Crane Week"


def test_the_headline_under_a_calendar_tile_and_its_section_is_the_title() -> None:
    above = "Blog\n\n13 Aug\n\nColumn"
    assert newsgrab.extract(_dump(above), kind="text").title == "Crane Week"
