"""A house promotion whose one link a text converter dropped ("Harbour Nights: <blurb>. Here."): the HTML
stage reads it by its label and closing link (clean/related.py `is_promo`); in text the label, the blurb
and the link's word are left, and it goes as `structure.lost-link-promo` where no anchor with words is
kept (newsgrab/meta/linkcalls.py `is_lost_promo`, words in data/link_calls.toml). Held both ways: the
data file's examples and counter-examples, and invented dumps."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab.clean.textshapes import lost_link_promos
from newsgrab.meta.linkcalls import is_lost_promo
from newsgrab.model import Block, Link
from tests.harbour_dump import CRANE, crane_dump, removal_rules

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("link_calls.toml").read_text(encoding="utf-8"))
PROMO = "Harbour Nights: Our podcast on the docks after dark, every Friday. Here."


@pytest.mark.parametrize("line", [line for words in _DATA.values() if isinstance(words, dict)
                                  for line in words.get("promo_example", [])])
def test_a_promotion_left_with_its_link_s_word_is_one(line: str) -> None:
    assert is_lost_promo(line)


@pytest.mark.parametrize("line", [line for words in _DATA.values() if isinstance(words, dict)
                                  for line in words.get("promo_counter_example", [])])
def test_prose_that_ends_on_here_is_not(line: str) -> None:
    assert not is_lost_promo(line)


def test_the_data_file_holds_examples_both_ways() -> None:
    assert _DATA["en"]["promo_example"] and _DATA["en"]["promo_counter_example"]


def test_the_closing_clause_is_the_link_s_word_alone() -> None:
    assert is_lost_promo("More From Us: The harbour's story in twelve photographs, here.")
    assert not is_lost_promo("More From Us: The harbour's story in twelve photographs is here.")  # one clause
    assert not is_lost_promo("More From Us: twelve photographs, at the Harbour Here.")  # a name closes it
    assert not is_lost_promo("More from us: photographs, here.")  # no blurb
    assert not is_lost_promo("More from us: \u201cThe tide is in,\u201d she said, here.")  # someone's words
    assert not is_lost_promo("More from us: " + "a long blurb on the docks " * 20 + "here.")  # too long


def test_a_lost_promotion_amid_the_story_goes_and_the_story_stays() -> None:
    removed = removal_rules(crane_dump(CRANE[0], CRANE[1], PROMO, CRANE[2], CRANE[3]))
    assert removed == {PROMO: "structure.lost-link-promo"}


def test_an_editor_s_note_that_ends_on_here_stays() -> None:
    note = "Update: The board published its ruling on Friday, here."
    assert is_lost_promo(note)
    assert note not in removal_rules(crane_dump(*CRANE, note))


def test_where_anchors_with_words_are_kept_their_shape_decides() -> None:
    story = [Block("p", text) for text in CRANE]
    promo = Block("p", PROMO)
    assert lost_link_promos([*story, promo], [b.text for b in [*story, promo]]) == [False] * 4 + [True]
    here = Link("Here", "https://harbour.example/podcast")
    linked = Block("p", PROMO, links=[here], link_chars=4)
    assert lost_link_promos([*story, linked, promo], [b.text for b in [*story, linked, promo]]) == [False] * 6
