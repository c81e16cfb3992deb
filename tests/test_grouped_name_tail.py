"""The tail cut from a byline after its names (`people._TAIL_RE`: a date label, "is a", "edited by", an
interface word, an aside in brackets) writes its date labels and interface words with a branch per first
letter under one word boundary (`BylineWords.grouped_alternation`), which is cheaper to search: tested here
to cut exactly what the plain alternation of the same words cuts, on texts built to trip it (a word inside
a longer one, in another case, after a mark, letters that fold to others), and to cut after every word of
the two data files."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.meta.lexicon import byline_words, date_labels
from newsgrab.meta.people import _TAIL_RE

_WORDS = byline_words()
_LABELS = date_labels().modified + date_labels().published
_PLAIN = re.compile(
    rf"\b(?:{date_labels().alternation()})\b.*$"
    r"|\b(?:is|was|has been|covers|writes)\s+(?:a|an|the)\b.*$"
    r"|\b(?:edited|photographs?|photos?|illustrations?|translated|fact-checked|reviewed)\s+by\b.*$"
    rf"|\b(?:{_WORDS.alternation(_WORDS.interface)})(?!\w).*$"
    r"|\([^)]*\)|（[^）]*）|\[[^\]]*\]",
    re.IGNORECASE,
)
_PIECES = [*_LABELS[::7], *_WORDS.interface[::9], "Updated", "UPDATED", "updatedness", "Follow", "Followers", "is",
           "a", "an", "the", "was", "Edited", "by", "Photos", "(obe)", "（jn）", "[AP]", "(", ")", "[", "Mia Tran",
           "Oskar Lind", "ſ", "ı", "İ", "K", " ", "  ", ":", "·", "-", "_", "9", "é", "ü"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
@settings(max_examples=400, deadline=None)
def test_the_grouped_tail_cuts_what_the_plain_alternation_cuts(pieces: list[str]) -> None:
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    assert _TAIL_RE.sub(" ", text) == _PLAIN.sub(" ", text)


@pytest.mark.parametrize("word", [*_LABELS, *_WORDS.interface])
def test_every_label_and_interface_word_cuts_the_tail_after_a_name(word: str) -> None:
    assert _TAIL_RE.sub(" ", f"Oskar Lind {word.title()} 4 hours ago").strip() == "Oskar Lind"


@pytest.mark.parametrize("text", ["Oskar Lindupdated", "Mia Tranfollow", "Oskar Lind-Isaksen"])
def test_a_word_inside_a_name_cuts_nothing(text: str) -> None:
    assert _TAIL_RE.sub(" ", text) == text
