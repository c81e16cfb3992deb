"""`ascii_gapped` lets text that is ASCII but for non-word characters take the ASCII word cut: the
words must be exactly the regexes' words, whatever the text holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.html import textshape
from newsgrab.meta import language
from newsgrab.whitespace import ascii_gapped, ascii_letter_runs, ascii_word_runs

_LETTERS_RE = re.compile(r"[^\W\d_]+")
_WORDS_RE = re.compile(r"\w+")

#: what article text holds beyond ASCII: punctuation and spaces (which part words), and the word
#: characters that must send a text to the regex (accents, Cyrillic, CJK, the Kelvin sign, dotted
#: capital I and the combining dot its lower case leaves, superscript and fraction digits)
_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00a0\u2009\u202f\u200b\u00ab\u00bb\u00a9\u00b7\u20ac"
_WORD_CHARACTERS = "\u00e9\u00fc\u00df\u0436\u4e2d\u3042\u212a\u0130\u0307\u00b2\u00bd\u00aa\u0661"


def _check(text: str) -> None:
    lowered = text.lower()
    gapped = ascii_gapped(lowered)
    letters, words = _LETTERS_RE.findall(lowered), _WORDS_RE.findall(lowered)
    if gapped is None:
        # refused only for a real reason: a word character beyond ASCII
        assert any(c.isalnum() and not c.isascii() for c in lowered)
        return
    assert gapped.isascii()
    assert ascii_letter_runs(gapped) == letters
    assert ascii_word_runs(gapped) == words


@settings(max_examples=400)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_cuts_as_the_regexes(text: str) -> None:
    _check(text)


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from("abc XYZ_09.,'-\n" + _PUNCTUATION)))
def test_punctuation_rich_text_cuts_as_the_regexes(text: str) -> None:
    _check(text)
    assert ascii_gapped(text.lower()) is not None


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from("ab Z 9_" + _PUNCTUATION + _WORD_CHARACTERS)))
def test_text_with_word_characters_beyond_ascii_cuts_as_the_regexes(text: str) -> None:
    _check(text)


@settings(max_examples=300)
@given(st.text())
def test_any_text_cuts_as_the_regexes(text: str) -> None:
    _check(text)


def test_a_quoted_dashed_sentence_takes_the_ascii_cut() -> None:
    sentence = "\u201cWe\u2019ll reopen the bridge\u00a0\u2014 by spring\u2026\u201d, the council said"
    gapped = ascii_gapped(sentence.lower())
    assert gapped is not None
    expected = ["we", "ll", "reopen", "the", "bridge", "by", "spring", "the", "council", "said"]
    assert ascii_letter_runs(gapped) == expected


def test_accented_cyrillic_and_kelvin_texts_keep_the_regex() -> None:
    assert ascii_gapped("le caf\u00e9 \u2014 ferm\u00e9") is None
    assert ascii_gapped("\u043c\u043e\u0441\u0442") is None
    assert ascii_gapped("5 \u212a") is None  # not lower-cased: the Kelvin sign is a word character
    assert ascii_gapped("x\u00b2") is None


def test_the_prose_level_and_the_language_words_are_those_of_the_regex() -> None:
    sentence = ("The mayor\u2019s office said on Monday that the \u201cnew\u201d plan \u2014 which is late"
                " \u2014 will be ready")
    lowered = sentence.lower()
    vocabulary = frozenset({"the", "on", "that", "which", "is", "will", "be", "s"})
    expected = sum(w in vocabulary for w in _LETTERS_RE.findall(lowered)) / len(_LETTERS_RE.findall(lowered))
    assert textshape.function_word_share(sentence, vocabulary) == expected
    assert language._words(lowered) == _LETTERS_RE.findall(lowered)
