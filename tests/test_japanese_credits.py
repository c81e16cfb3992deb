"""Japanese credit labels (data/byline_words.toml [ja]): 文 (text), alone or joined to another task with
"・" (取材・文, 文・写真), before a colon, the full-width equals sign or the full-width slash, is no part of the
name. Every name here is invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.meta.people import split_authors

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))


def test_the_data_example_both_ways() -> None:
    table = _DATA["ja"]
    assert split_authors(table["credit_example"]) == table["credit_expected"]
    # a word that opens with 文 is no label: nothing is cut from it
    assert split_authors(table["credit_negative"]) == [table["credit_negative"]]


@pytest.mark.parametrize(("byline", "expected"), [
    ("文＝山田花子", ["山田花子"]),
    ("文：山田花子", ["山田花子"]),
    ("取材・文／山田花子", ["山田花子"]),
    ("文・写真：山田花子", ["山田花子"]),
    ("構成・文＝山田花子", ["山田花子"]),
    ("文化部", ["文化部"]),
    ("著者：山田花子", ["山田花子"]),
])
def test_japanese_credits(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected
