"""A role printed before the name ("Senior Editor Nora Vale", "Redakteurin Anna Berg"): the name only."""

from __future__ import annotations

import pytest

from newsgrab.meta.people import split_authors
from newsgrab.meta.roles import strip_leading_role


@pytest.mark.parametrize(("name", "expected"), [
    ("Senior Editor Nora Vale", "Nora Vale"),
    ("Correspondent Piet Marrow", "Piet Marrow"),
    ("Redakteurin Anna Berg", "Anna Berg"),
    ("Staff Writer Jan van der Berg", "Jan van der Berg"),
    # no role first: a surname that is a role word stays ("Mark Senior")
    ("Mark Senior", "Mark Senior"),
    # one word after the role is no whole name
    ("Special Olympics", "Special Olympics"),
    # a role alone, or roles around a desk, is left to the role readers
    ("Senior Editor", "Senior Editor"),
    ("Senior Business Writer", "Senior Business Writer"),
    # the words after the role are lower case: a role and its desk, not a name
    ("Editor at large", "Editor at large"),
])
def test_strip_leading_role(name: str, expected: str) -> None:
    assert strip_leading_role(name) == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Senior Editor Nora Vale", ["Nora Vale"]),
    ("Chief Correspondent Nora Vale and Piet Marrow", ["Nora Vale", "Piet Marrow"]),
    ("By Nora Vale, Senior Editor", ["Nora Vale"]),
    ("By Mark Senior", ["Mark Senior"]),
])
def test_a_role_before_a_name_in_a_byline(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected
