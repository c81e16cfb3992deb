"""A person's name then the outlet they write for ("Nora Vale for The Harbour Courier"): the person only.

byline_words.toml `outlet_prepositions` per language, each both ways: the example's outlet goes, and an
organisation that holds the word in its own name, one word before it, signs whole."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.meta.people import split_authors


def _cases() -> list[tuple[str, str, list[str], str]]:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["outlet_preposition_example"], t["outlet_preposition_expected"],
             t["outlet_preposition_negative"]) for lang, t in data.items() if "outlet_prepositions" in t]


def test_the_languages_that_list_the_words_give_their_cases() -> None:
    assert {lang for lang, *_ in _cases()} >= {"en", "de", "fr", "es", "it", "pt", "nl"}


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _cases())
def test_each_languages_outlet_prepositions_both_ways(language: str, example: str, expected: list[str],
                                                      negative: str) -> None:
    assert split_authors(example) == expected, language
    # "Friends of The Harbour Courier": one word before the preposition is no person's name
    assert split_authors(negative) == [negative.split(None, 1)[1]], language


@pytest.mark.parametrize(("byline", "expected"), [
    ("By Nora Vale for The Harbour Courier", ["Nora Vale"]),
    ("By Nora Vale of The Harbour Courier", ["Nora Vale"]),
    ("By Nora Vale and Piet Marrow for The Harbour Courier", ["Nora Vale", "Piet Marrow"]),
    # the rest is no outlet: the words stay (a name the reader can still see is wrong, not a cut one)
    ("By Nora Vale for Harbour Safety", ["Nora Vale for Harbour Safety"]),
])
def test_the_outlet_after_the_preposition_goes_only_when_it_is_an_outlet(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected
