"""Bylines to people: split, strip what is not a name, keep organisations only when alone."""

from __future__ import annotations

import pytest

from newsgrab.meta.people import clean_name, is_organisation, keep_people, split_authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Jane Doe, John Smith & Ana Lima", ["Jane Doe", "John Smith", "Ana Lima"]),
        ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
        ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Written by: Anna Smith", ["Anna Smith"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Jane Doe - Senior Correspondent", ["Jane Doe"]),
        ("Ben Silverman Games Editor", ["Ben Silverman"]),
        ("By Jane Doe, jane.doe@example.com", ["Jane Doe"]),
        ("By Jane Doe Updated 3 hours ago", ["Jane Doe"]),
        ("By Jane Doe 5 mins ago", ["Jane Doe"]),
        ("By Jane Doe July 9, 2021 at 10:00 am", ["Jane Doe"]),
        ("Sunday, Feb 1, 2015 11:57 AM UTC", []),
        ("Jane Doe is a reporter covering city hall.", ["Jane Doe"]),
        ("Jane Doe (Associated Press)", ["Jane Doe"]),
        ("By Jane Doe | Reuters", ["Jane Doe"]),  # an agency beside a person is dropped
        ("By Jane Doe, The Associated Press", ["Jane Doe"]),
        ("Tech Industry by Steven Musil", ["Steven Musil"]),
        ("Written by Rob Ewaschuk Edited by Betsy Beyer", ["Rob Ewaschuk"]),
        ("James Akinaka • 8h", ["James Akinaka"]),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
        ("By South Front", ["South Front"]),  # an organisation alone is kept
        ("By Reuters", ["Reuters"]),
        ("Email the author", []),
        ("Follow @janedoe", []),
        ("Sign In| Sign Up| Subscribe", []),
        ("Jong, Michiel de", ["Michiel de Jong"]),  # "Last, First" is one person
        ("Kooman, F.", ["F. Kooman"]),
        ("Smith, Jones and Brown", ["Smith", "Jones", "Brown"]),  # ...but a list is a list
        ("", []),
    ],
)
def test_split_authors(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_keep_people_drops_the_site_and_agencies_when_a_person_is_named() -> None:
    assert keep_people(["Northshore Courier", "Aisha Rahman"], ["Northshore Courier"]) == ["Aisha Rahman"]
    assert keep_people(["AFP", "Marie Dupont"]) == ["Marie Dupont"]
    assert keep_people(["Northshore Courier"], ["Northshore Courier"]) == ["Northshore Courier"]


@pytest.mark.parametrize(
    ("name", "sites", "expected"),
    [
        ("Valley Herald Staff", [], True),
        ("Redaktion Blog am Fluss", ["Blog am Fluss"], True),
        ("The Associated Press", [], True),
        ("AP", [], True),
        ("Aisha Rahman", ["Northshore Courier"], False),
        ("Tom Pellow", [], False),
    ],
)
def test_is_organisation(name: str, sites: list[str], expected: bool) -> None:
    assert is_organisation(name, sites) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", "Jane Doe"),
        ("  By Jane  Doe ", "Jane Doe"),
        ("Текст: Венера Ерофеева", "Венера Ерофеева"),
        ("admin", None),
        ("jdadmin", None),
        ("kei_eno", None),  # a login, not a display name
        ("Email the author", None),
        ("Regan", "Regan"),
    ],
)
def test_clean_name_for_structured_sources(name: str, expected: str | None) -> None:
    assert clean_name(name) == expected


def test_site_sections_and_editions_are_organisations() -> None:
    assert keep_people(["Jill Disis", "CNN Business"], ["CNN"]) == ["Jill Disis"]
    assert keep_people(["Charlie Wood", "Business Insider"], ["Business Insider Deutschland"]) == ["Charlie Wood"]
