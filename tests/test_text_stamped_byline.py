"""A person's name with its time stamp under the headline ("Jane Doe 05.24.16 5:42 AM", "Jane Doe 1 day
ago") is a byline by its own shape (text/cards.py `take_stamped_name`): it is read past a standfirst
the text path takes for the article's first paragraph, and it outranks a bare name-shaped line that is
one only by sitting next to the headline (a section's name). Above the headline the same shape is a
teaser's and is not read. Invented dumps, held both ways."""

from __future__ import annotations

import pytest

import newsgrab
from tests.harbour_dump import DEK, HEADLINE, page


@pytest.mark.parametrize("stamp", ["05.24.16 5:42 AM", "1 day ago", "• 8h"])
def test_a_stamped_name_under_a_standfirst_is_the_byline(stamp: str) -> None:
    article = newsgrab.extract(page("", f"{DEK}\n\nMara Lindqvist {stamp}"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_a_stamped_name_outranks_a_bare_name_beside_the_headline() -> None:
    article = newsgrab.extract(page("", "Harbour Life\n\nMara Lindqvist 2 hours ago"), kind="text")
    assert article.authors == ["Mara Lindqvist"]


def test_a_bare_name_beside_the_headline_is_still_read_without_a_stamped_one() -> None:
    article = newsgrab.extract(page("", "Mara Lindqvist"), kind="text")
    assert article.authors == ["Mara Lindqvist"]


def test_a_stamped_name_shape_above_the_headline_is_no_byline() -> None:
    article = newsgrab.extract(page("Winter Harbour 2019 Deals", ""), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []
