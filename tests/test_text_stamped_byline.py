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


@pytest.mark.parametrize("stamp", ["2 hours ago", "před 2 hodinami", "il y a 3 heures"])
def test_a_name_over_its_relative_time_alone_is_stamped_too(stamp: str) -> None:
    # get_text and markdownify end the line at the element that holds the byline's time stamp
    article = newsgrab.extract(page("", f"Harbour Life\n\nMara Lindqvist\n\n{stamp}"), kind="text")
    assert article.authors == ["Mara Lindqvist"]
    assert stamp not in article.body


@pytest.mark.parametrize("under", ["Share", "2 hours", "Updated"])
def test_a_name_over_a_line_that_is_no_relative_time_is_not_stamped(under: str) -> None:
    # a button, a duration ("2 hours": no "ago") or a label under a name stamps nothing, so the name
    # does not outrank the line beside the headline, as a stamped one does
    article = newsgrab.extract(page("", f"Harbour Life\n\nMara Lindqvist\n\n{under}"), kind="text")
    assert article.authors != ["Mara Lindqvist"]


def test_a_commit_message_over_its_relative_time_is_no_byline() -> None:
    # a repository page lists each commit's message over its time: a file's name is no person's
    article = newsgrab.extract(page("", "Harbour Life\n\nCreate README.md\n\n2 years ago"), kind="text")
    assert article.authors != ["Create README.md"]
