"""The disclosure pass's literal search (clean/disclosures.py) is a trie of the disclaimer list's
literals: it must find a literal in exactly the texts a flat alternation of the same literals does.
A list of few literals (`MAX_LITERAL_TESTS`) is also handed back as its literals, tested one by one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.clean.cues import DISCLAIMER_LIST
from newsgrab.clean.disclosures import MAX_LITERAL_TESTS, _literal_re
from newsgrab.clean.lexicon import vocabulary


def _literals(language: str | None) -> list[str]:
    words = vocabulary(language)[DISCLAIMER_LIST]
    return sorted({*words.words, *words.prefixes,
                   *(max(phrase, key=len) for phrases in words.phrases.values() for phrase in phrases)})


def _flat(language: str | None) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(literal) for literal in _literals(language)))


@pytest.mark.parametrize("language", [None, "en", "de"])
def test_every_literal_is_found_inside_a_sentence(language: str | None) -> None:
    search = _literal_re(vocabulary(language)[DISCLAIMER_LIST])[0]
    for literal in _literals(language):
        assert search.search(f"this post, {literal}ly written, was paid for") is not None


def test_a_sentence_with_no_literal_is_passed_over() -> None:
    """A hard negative: words that open as literals do and part from them ("commissary", "sponsor
    of", "disclose") hold none."""
    search = _literal_re(vocabulary(None)[DISCLAIMER_LIST])[0]
    text = "the commissary's sponsor of the fair did not disclose the names of its backers"
    assert _flat(None).search(text) is None
    assert search.search(text) is None


#: pieces of the literals and of the words around them: texts near a literal and texts holding one
_PIECES = st.sampled_from([literal[:cut] for literal in _literals(None) for cut in (2, 4, len(literal))]
                          + [" ", "s", "ion", "é", "the ", "commis", "sponsor"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_trie_finds_what_the_flat_alternation_finds(text: str) -> None:
    found = _literal_re(vocabulary(None)[DISCLAIMER_LIST])[0].search(text) is not None
    assert found == (_flat(None).search(text) is not None)


def test_few_literals_are_handed_back_to_be_tested_one_by_one() -> None:
    """English's few literals come back as they are (the pass tests them with `in`); the all-languages
    list's many do not (one search costs less than that many tests)."""
    assert len(_literals("en")) <= MAX_LITERAL_TESTS < len(_literals(None))
    assert _literal_re(vocabulary("en")[DISCLAIMER_LIST])[1] == tuple(_literals("en"))
    assert _literal_re(vocabulary(None)[DISCLAIMER_LIST])[1] is None


_EN_PIECES = st.sampled_from([literal[:cut] for literal in _literals("en") for cut in (2, 5, len(literal))]
                             + [" ", "s", "the ", "commis", "sponsor"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_EN_PIECES, max_size=12).map("".join))
def test_the_literals_one_by_one_find_what_the_search_finds(text: str) -> None:
    search, few = _literal_re(vocabulary("en")[DISCLAIMER_LIST])
    assert few is not None
    assert any(literal in text for literal in few) == (search.search(text) is not None)
