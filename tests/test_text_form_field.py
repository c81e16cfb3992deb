"""A line that holds an empty form field as w3m or lynx prints it ("Search [          ] Go",
"[ ] Keep me signed in", "Search ____") is a form's line, not a headline (text/formfield.py, patterns in
data/form_fields.toml, asked by titleshape.title_like). A headline with a tag in brackets stays a
headline. The data file's examples are held both ways; the dumps are invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.formfield import holds_form_field
from newsgrab.text.titleshape import title_like
from tests.harbour_dump import MENU, STORY

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("form_fields.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["examples"]["example"])
def test_a_line_with_an_empty_field_is_a_form(line: str) -> None:
    assert holds_form_field(line)
    assert not title_like(Block(kind="p", text=line))


@pytest.mark.parametrize("line", _DATA["examples"]["counter_example"])
def test_brackets_or_underscores_around_words_are_no_field(line: str) -> None:
    assert not holds_form_field(line)


def test_a_headline_with_a_tag_in_brackets_stays_headline_shaped() -> None:
    assert title_like(Block(kind="p", text="Crane Returns to the Harbour After Forty Years [UPDATED]"))


def _dump(form: str, headline: str) -> str:
    """A page as w3m prints it: no heading marks, the archive's search form above the headline, its
    byline and date, the story."""
    return (f"Harbour Post\n\n{MENU}\n\n{form}\n\nPorts\n\n{headline}\n\n"
            f"By Anna Berg\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n")


#: the search form's label runs longer than the short headline, and sits higher above the story
FORM = "Search Every Harbour Report Since Nineteen Twelve [                    ] Search"


def test_a_search_form_above_the_headline_is_not_the_title() -> None:
    assert newsgrab.extract(_dump(FORM, "Crane Week"), kind="text").title == "Crane Week"


def test_lynxs_field_is_no_title_either() -> None:
    lynx = FORM.replace("[                    ]", "____________________")
    assert newsgrab.extract(_dump(lynx, "Crane Week"), kind="text").title == "Crane Week"


def test_without_its_field_the_form_line_would_win() -> None:
    # the same words without the field outrank the headline: the field is what tells them apart
    bare = FORM.replace(" [                    ]", "")
    assert newsgrab.extract(_dump(bare, "Crane Week"), kind="text").title != "Crane Week"
