"""A control's label printed as a name-shaped line beside the headline ("Social Sharing", "Close Alert",
"Open Navigation Menu") is no byline (text/controls.py, words in data/control_words.toml); a person's
name that holds a control word's letters, or shares a word with a control that a surname has too, is
still read. The data file's examples are held both ways; the dumps are invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.text.byline import byline_names
from newsgrab.text.controls import names_a_control
from tests.harbour_dump import DEK, HEADLINE, page

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("control_words.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["example"])
def test_a_control_label_names_no_one(line: str) -> None:
    assert names_a_control(line)
    assert byline_names(line) == []


@pytest.mark.parametrize("name", _DATA["counter_example"])
def test_a_person_with_a_control_word_s_letters_is_still_named(name: str) -> None:
    assert not names_a_control(name)
    assert byline_names(name) == [name]


@pytest.mark.parametrize("word", _DATA["words"])
def test_every_control_word_is_lower_case_and_read_as_whole_words(word: str) -> None:
    assert word == word.lower()
    assert names_a_control(f"Harbour {word.title()}")
    assert not names_a_control(f"Harbour {word.title()}x")


def test_a_control_label_under_the_standfirst_is_no_byline() -> None:
    article = newsgrab.extract(page("", f"{DEK}\n\nSocial Sharing"), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


def test_a_person_s_name_there_is_still_the_byline() -> None:
    article = newsgrab.extract(page("", f"{DEK}\n\nMara Lindqvist"), kind="text")
    assert article.authors == ["Mara Lindqvist"]
