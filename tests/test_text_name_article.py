"""A bare line that opens with a definite article names no person (issue 13; `byline.byline_names`,
`meta.roles.opens_with_article`, data/byline_words.toml `name_articles`): a heading between formulas
("The Harbour Inequality"), a publication's name ("Die Hafenzeitung") is no byline; a person whose
name merely starts with the same letters ("Theo Dwyer"), or opens with an article a surname takes
("Le Van Minh"), still is. Every name is invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.byline import byline_names

STORY = [
    "The ferry company said on Monday that the evening crossing would stop running from the first of May.",
    "Passengers who use the late boat to get home from the mainland said they had not been told in advance.",
    "The company blamed the price of fuel and a shortage of crew, and said the morning boats would not change.",
]


@pytest.mark.parametrize("line", ["The Harbour Inequality", "Die Hafenzeitung Heute", "Il Corriere Del Porto"])
def test_a_line_opening_with_an_article_names_nobody(line: str) -> None:
    assert byline_names(line) == []


@pytest.mark.parametrize("line", ["Theo Dwyer", "Le Van Minh", "Nora Vale"])
def test_a_persons_name_is_still_read(line: str) -> None:
    assert byline_names(line) == [line]


def test_a_heading_under_the_headline_is_no_author() -> None:
    text = "\n\n".join(["Harbour Notes", "Home | Maths | About", "Two Bounds for the Ferry Timetable",
                        "The Harbour Inequality", "March 4, 2024", *STORY, "Contact | Terms"])
    assert newsgrab.extract(text, kind="text").authors == []


def test_a_name_under_the_headline_is_still_the_author() -> None:
    text = "\n\n".join(["Harbour Notes", "Home | Maths | About", "Two Bounds for the Ferry Timetable",
                        "Theo Dwyer", "March 4, 2024", *STORY, "Contact | Terms"])
    assert newsgrab.extract(text, kind="text").authors == ["Theo Dwyer"]
