"""A unit of text input that is one short phrase printed two to four times in a row (a story card's
headline in its picture's alt, its link's title and its heading; a picture's alt text and its
<noscript> copy) goes from the body (clean/repeats.py, `structure.printed-over`); a sentence
printed twice, a short name said twice and a unit with other words stay. The samples are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.repeats import phrase_words, printed_over
from newsgrab.model import Block
from tests.harbour_dump import STORY

CARD = "How the Harbour Crane Was Repaired"


@pytest.mark.parametrize(("text", "words"), [
    (f"{CARD} {CARD} {CARD}", 6),
    (f"{CARD} {CARD}", 6),
    ("Photo of the quay Photo of the quay", 4),
    ("Quay at dawn Quay at dawn", 3),
])
def test_a_phrase_printed_over_is_found(text: str, words: int) -> None:
    assert phrase_words(text) == words


@pytest.mark.parametrize("text", [
    "The crane was repaired on Thursday. The crane was repaired on Thursday.",  # a sentence: left
    "New York New York",  # a short name twice
    "Harbour map Harbour map",  # (a phrase under MIN_PHRASE_CHARS)
    f"{CARD} {CARD} and more",  # other words beside the copies
    f"{CARD} {CARD} {CARD} {CARD} {CARD}",  # more copies than a card prints
    CARD,
])
def test_anything_else_is_not(text: str) -> None:
    assert phrase_words(text) == 0


def test_only_text_input_is_read() -> None:
    html = [Block("p", f"{CARD} {CARD}")]
    assert printed_over(html, [b.text for b in html]) == [None]
    lines = [Block("p", f"{CARD} {CARD}", origin="line 3"), Block("p", "Quay at dawn Quay at dawn", origin="line 5")]
    assert printed_over(lines, [b.text for b in lines]) == ["related", "image-credit"]


def _dump(card: str) -> str:
    first, second, third = STORY.strip().split("\n\n")
    return (f"Harbour Gazette\n\nThe harbour crane is back after three days of repairs\n\n{first}\n\n"
            f"{card}\n\n{second}\n\n{third}\n")


def test_a_card_set_into_the_article_leaves_the_body() -> None:
    article = newsgrab.extract(_dump(f"{CARD} {CARD} {CARD}"), kind="text")
    assert CARD not in article.body
    assert [(r.rule, r.category) for r in article.removed if CARD in r.text] == [("structure.printed-over", "related")]
    assert all(part in article.body for part in STORY.strip().split("\n\n"))


def test_a_subheading_printed_once_stays() -> None:
    article = newsgrab.extract(_dump(CARD), kind="text")
    assert CARD in article.body
