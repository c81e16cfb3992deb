"""A name with its role under a headline is a byline by its shape (issue 13; text/byline.py
`names_a_role`, read in text/around.py): "Jane Doe Senior Politics Editor, Example Post" two lines
under the dateline, a share count between, names Jane Doe as a name with its time stamp does; held
the other way with a publication named after a role ("The Hollywood Reporter"), a menu whose run of
capitalised words holds a role's word inside it ("Events Video Special Issues Jobs"), and a bare name
with nothing beside it."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.byline import byline_names, names_a_role

PARAS = [
    "The city council voted on Tuesday to close the old bus depot and move its drivers to the new garage.",
    "Drivers said the longer journey to work would add half an hour to their shifts on most days of the week.",
    "The council said the new garage would save money on heating and repairs within the first two years.",
    "A union representative said members would be balloted on the change before the end of the month.",
    "The depot site is expected to be sold to a housing association that plans to build two hundred homes.",
    "Residents near the new garage asked for a limit on the hours buses can run their engines at night.",
]
MENU = "\n".join(f"* {word}" for word in ("Home", "News", "Politics", "Business", "Weather", "Contact"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe Senior Politics Editor, Example Post", True),
        ("Jane Doe, Staff Writer", True),
        ("Jane Doe Contributor", True),
        ("The Hollywood Reporter", False),
        ("Events Video Special Issues Jobs", False),
        ("Jane Doe", False),
    ],
)
def test_a_role_that_ends_the_names_line_makes_it_a_byline(line: str, expected: bool) -> None:
    names = byline_names(line)
    assert bool(names and names_a_role(line, names)) is expected


def _dump(line: str) -> str:
    return (f"{MENU}\n\nPOLITICS\n\nCouncil votes to close the old bus depot\n\n"
            "The decision ends ninety years of buses on Mill Street.\n\n11/28/2016 04:23 pm ET\n\n1k\n\n"
            f"{line}\n\nPHOTO AGENCY\n\n" + "\n\n".join(PARAS) + "\n")


def test_a_name_with_its_role_under_the_dateline_names_the_author() -> None:
    article = newsgrab.extract(_dump("Jane Doe Senior Politics Editor, Example Post"), kind="text")
    assert article.authors == ["Jane Doe"]
    assert article.published == "2016-11-28"


@pytest.mark.parametrize("line", ["The Hollywood Reporter", "Events Video Special Issues Jobs"])
def test_a_publication_or_a_menu_in_that_place_names_nobody(line: str) -> None:
    assert newsgrab.extract(_dump(line), kind="text").authors == []
