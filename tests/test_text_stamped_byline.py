"""A person's name with its time stamp under the headline ("Jane Doe 05.24.16 5:42 AM", "Jane Doe 1 day
ago") is a byline by its own shape (text/cards.py `take_stamped_name`): it is read past a standfirst
the text path takes for the article's first paragraph, and it outranks a bare name-shaped line that is
one only by sitting next to the headline (a section's name). Above the headline the same shape is a
teaser's and is not read. Invented dumps, held both ways."""

from __future__ import annotations

import pytest

import newsgrab

MENU = "\n".join(f"  * {word}" for word in ("Home", "News", "Local", "Sport", "Weather", "Culture", "Opinion"))
HEADLINE = "The harbour crane is back after three days of repairs"
DEK = "Repairs to the north quay took longer than planned, and the first boats queued at dawn."
STORY = (
    "The harbour office reopened the outer basin on Thursday after three days of work on the crane of "
    "the north quay, and by seven o'clock the fishing boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said the harbour master, who has run the port for "
    "twenty-two years, as the crane lifted the first boat of the morning into the water.\n\n"
    "The office said the crane had been inspected twice since the autumn and that its gearbox "
    "failed during the storm on Monday night, when the wind reached ninety kilometres an hour.\n"
)


def _page(above: str, below: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{above}\n\n{HEADLINE}\n\n{below}\n\n{STORY}\n{MENU}\n"


@pytest.mark.parametrize("stamp", ["05.24.16 5:42 AM", "1 day ago", "• 8h"])
def test_a_stamped_name_under_a_standfirst_is_the_byline(stamp: str) -> None:
    article = newsgrab.extract(_page("", f"{DEK}\n\nMara Lindqvist {stamp}"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_a_stamped_name_outranks_a_bare_name_beside_the_headline() -> None:
    article = newsgrab.extract(_page("", "Harbour Life\n\nMara Lindqvist 2 hours ago"), kind="text")
    assert article.authors == ["Mara Lindqvist"]


def test_a_bare_name_beside_the_headline_is_still_read_without_a_stamped_one() -> None:
    article = newsgrab.extract(_page("", "Mara Lindqvist"), kind="text")
    assert article.authors == ["Mara Lindqvist"]


def test_a_stamped_name_shape_above_the_headline_is_no_byline() -> None:
    article = newsgrab.extract(_page("Winter Harbour 2019 Deals", ""), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []
