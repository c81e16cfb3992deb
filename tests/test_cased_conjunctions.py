"""Conjunctions of the rules' languages that a byline's names are split on (data/byline_words.toml): a
conjunction that is a given name too ("dan", Indonesian "and"; "Dan" a name) and a one-letter one
(Czech "a") split only in lower case; Polish "przez" (by) opens a byline as "By" does."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.meta.people import split_authors

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))


def _cased_cases() -> list[tuple[str, str, list[str], str]]:
    return [(lang, t["cased_conjunction_example"], t["cased_conjunction_expected"], t["cased_conjunction_negative"])
            for lang, t in _DATA.items() if "cased_conjunctions" in t]


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _cased_cases())
def test_each_languages_cased_conjunctions_both_ways(language: str, example: str, expected: list[str],
                                                     negative: str) -> None:
    assert len(expected) == 2, language
    assert split_authors(example) == expected, language
    assert len(split_authors(negative)) == 1, language  # the capitalised word is part of the one name


def test_cased_conjunctions_are_listed() -> None:
    assert _cased_cases(), "no language lists cased_conjunctions"


@pytest.mark.parametrize(("byline", "expected"), [
    ("Oleh Siti Rahayu dan Budi Santoso", ["Siti Rahayu", "Budi Santoso"]),
    ("Oleh Dan Wirawan", ["Dan Wirawan"]),
    ("By Nora Vale and Dan Marrow", ["Nora Vale", "Dan Marrow"]),
    ("Autoři: Jana Nováková a Petr Dvořák", ["Jana Nováková", "Petr Dvořák"]),
    ("Jana Nováková, Petr Dvořák a Eva Svobodová", ["Jana Nováková", "Petr Dvořák", "Eva Svobodová"]),
    ("Autor: Jana A. Nováková", ["Jana A. Nováková"]),  # a capital initial is no conjunction
    ("Przez Anna Nowak", ["Anna Nowak"]),
    ("Przez Anna Nowak i Piotr Kowalski", ["Anna Nowak", "Piotr Kowalski"]),
])
def test_bylines_split_on_these_conjunctions(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_a_polish_sentence_opening_with_przez_names_nobody() -> None:
    assert split_authors("Przez trzy lata rada miasta odkładała głosowanie nad falochronem.") == []


def test_a_text_header_line_splits_on_them_too() -> None:
    """The text path's byline line reads the same words (text/byline.py, text/namephrase.py)."""
    from newsgrab.model import Block, Metadata
    from newsgrab.text.header import take_header_line

    def authors(line: str) -> list[str]:
        meta = Metadata()
        take_header_line(Block(kind="p", text=line), meta)
        return meta.authors

    assert authors("Oleh Siti Rahayu dan Budi Santoso") == ["Siti Rahayu", "Budi Santoso"]
    assert authors("Oleh Dan Wirawan") == ["Dan Wirawan"]
    assert authors("Autoři: Jana Nováková a Petr Dvořák") == ["Jana Nováková", "Petr Dvořák"]
