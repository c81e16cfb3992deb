"""An author's card printed as two lines near the headline, a person's name over its role alone
("Mara Lindqvist" / "Senior Reporter"), is a byline by its own shape (text/cards.py `take_card_name`):
it outranks a bare name-shaped line that is one only by sitting next to the headline (a section's
name), above the headline as below it; so does a name over its card's link (data/card_links.toml:
"View More Articles"), not over a share button. Past the article's first paragraph a name over a role
is a quoted person's. Invented dumps, held both ways."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.text.cards import card_links, is_card_link
from tests.harbour_dump import HEADLINE, STORY, page


def test_a_card_under_the_headline_outranks_a_section_beside_it() -> None:
    article = newsgrab.extract(page("", "Harbour Life\n\nMara Lindqvist\n\nSenior Reporter"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_a_card_above_the_headline_is_read() -> None:
    article = newsgrab.extract(page("Mara Lindqvist\n\nStaff Writer", "Harbour Life"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]


def test_the_section_beside_the_headline_is_still_read_without_a_card() -> None:
    article = newsgrab.extract(page("", "Harbour Life"), kind="text")
    assert article.authors == ["Harbour Life"]


def test_a_name_over_a_role_inside_the_story_is_no_byline() -> None:
    paragraphs = STORY.split("\n\n")
    quoted = "\n\n".join([*paragraphs[:2], "Petra Holm", "Senior Analyst", *paragraphs[2:]])
    article = newsgrab.extract(page("", "", quoted), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


@pytest.mark.parametrize("link", card_links())
def test_every_card_link_of_the_file_reads_as_one(link: str) -> None:
    assert is_card_link(link.title())
    assert is_card_link(f"{link} Mara")


@pytest.mark.parametrize("line", ["Share on Facebook", "Comments", "Followers of the harbour master's weekly column"])
def test_a_share_button_or_a_sentence_is_no_card_link(line: str) -> None:
    assert not is_card_link(line)


def test_the_files_example_is_a_card_and_its_counter_example_is_not() -> None:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("card_links.toml").read_text(encoding="utf-8"))
    name, link = data["example"]
    section, button = data["counter_example"]
    assert is_card_link(link) and not is_card_link(button)
    with_card = newsgrab.extract(page("", f"{section}\n\n{name}\n\n{link}"), kind="text")
    assert with_card.authors == [name]
    without = newsgrab.extract(page("", f"{section}\n\n{button}\n\n{name}"), kind="text")
    assert with_card.title == without.title == HEADLINE
    assert without.authors == [section]
