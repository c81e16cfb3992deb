"""A row of share buttons printed as a line of their labels ("Facebook Twitter Email Print") is no
headline (text/titleshape.py `is_share_row`, names in data/share_names.toml); a headline that names
two share targets, joined by a comma or a word, still is. The data file's examples are held both ways;
the lines are invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.model import Block
from newsgrab.text.titleshape import is_share_row, title_like

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("share_names.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["example"])
def test_a_row_of_share_buttons_is_no_headline(line: str) -> None:
    assert is_share_row(line)
    assert not title_like(Block(kind="p", text=line))


@pytest.mark.parametrize("line", _DATA["counter_example"])
def test_a_headline_naming_share_targets_is_still_one(line: str) -> None:
    assert not is_share_row(line)
    assert title_like(Block(kind="p", text=line))


def test_the_row_is_dropped_for_its_share_names_not_its_shape() -> None:
    # the same row with a plain word between the names is shaped like a headline
    assert title_like(Block(kind="p", text="Twitter Harbour Email Quay Page"))
    assert not title_like(Block(kind="p", text="Email Twitter Facebook Print Harbour"))
    assert not title_like(Block(kind="li", text="WhatsApp Facebook Crane Download"))


@pytest.mark.parametrize("name", _DATA["names"])
def test_every_share_name_is_lower_case_and_read_as_a_whole_word(name: str) -> None:
    assert name == name.lower()
    assert is_share_row(f"Share {name.title()} Twitter") or is_share_row(f"Share {name.title()} Facebook")
    assert not is_share_row(f"Share {name.title()}x Twitterx")
