"""Language guessing's shortcuts give the answers of the plain counts they stand in for: the first
GUESS_MAX_WORDS words read lazily, each language's function words counted over the distinct words,
and a text with no Han, kana or hangul character ruled out in one pass."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.meta import language


def _plain_function_word_guess(text: str) -> str | None:
    words = re.findall(r"[^\W\d_]+", text.lower())[: language.GUESS_MAX_WORDS]
    if len(words) < language.GUESS_MIN_WORDS:
        return None
    scores = sorted(((sum(1 for w in words if w in vocabulary), lang)
                     for lang, vocabulary in language.function_words().items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= language.GUESS_MIN_SHARE * len(words) and best >= language.GUESS_MARGIN * max(second, 1):
        return lang
    return None


def _plain_script_guess(text: str) -> str | None:
    han, kana, hangul = (len(r.findall(text)) for r in (language._HAN_RE, language._KANA_RE, language._HANGUL_RE))
    cjk = han + kana + hangul
    if not cjk or cjk < language.SCRIPT_MIN_SHARE * len(language._LETTER_RE.findall(text)):
        return None
    if kana >= language.KANA_MIN_SHARE * cjk:
        return "ja"
    return "ko" if hangul > han else "zh"


_WORDS = ["the", "and", "of", "der", "die", "und", "le", "la", "et", "el", "que", "news", "Reservoirs",
          "fell", "東京", "です", "서울", "은", "“", "—", "2019", " ", " ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=900).map(" ".join))
def test_guesses_agree_with_the_plain_counts(text: str) -> None:
    assert language.guess_by_function_words(text) == _plain_function_word_guess(text)
    assert language.guess_by_script(text) == _plain_script_guess(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("the officials said that the reservoirs of the region and the farms of the valley were dry " * 60, "en"),
    ("der Bericht und die Zahlen der Behörde zeigen, dass die Ernte und der Ertrag fielen " * 60, "de"),
    ("Zürich cafés raised prices; Geneva bakers followed; Basel butchers waited “quietly” — twice", None),
])
def test_function_word_examples(text: str, expected: str | None) -> None:
    assert language.guess_by_function_words(text) == _plain_function_word_guess(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("東京で会議が開かれました。", "ja"),
    ("서울에서 회의가 열렸다", "ko"),
    ("北京举行会议", "zh"),
    ("Plain ASCII text", None),
    ("Non-ASCII but Latin: “café” — naïve", None),
])
def test_script_examples(text: str, expected: str | None) -> None:
    assert language.guess_by_script(text) == _plain_script_guess(text) == expected


_LONG_WORDS = [*_WORDS, "ΟΔΟΣ", "Σ.Α", "İstanbul", "½", "x", "Reservoirs fell"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_LONG_WORDS), min_size=900, max_size=2000).map(" ".join))
def test_long_texts_agree_with_the_plain_counts(text: str) -> None:
    """Past GUESS_PREFIX_CHARS the words are read from a prefix first: the same first words as the
    whole text lowercased (a final sigma and a dotted capital I at the cut included)."""
    assert language.guess_by_function_words(text) == _plain_function_word_guess(text)
    assert language._first_words(text) == re.findall(r"[^\W\d_]+", text.lower())[: language.GUESS_MAX_WORDS]


@pytest.mark.parametrize("prefix", language.GUESS_PREFIX_CHARS)
@pytest.mark.parametrize("shift", [-2, -1, 0, 1, 2])
def test_a_final_sigma_at_the_prefix_cut(shift: int, prefix: int) -> None:
    """A capital sigma at a prefix's end lowercases as a final one there ("ς"), as a medial one
    in the whole text ("σ" before ".Α"): the word that holds it is the prefix's last, and the words
    read are the ones before it (or, with too few of them, the next prefix's or the whole text's)."""
    for count in (language.GUESS_MAX_WORDS - 1, language.GUESS_MAX_WORDS, language.GUESS_MAX_WORDS + 1):
        filler = "the " * count
        pad = prefix - len(filler) - 4 + shift
        text = filler + "Ω" * pad + "ΟΔΟΣ.Α and the rest " * 50
        assert language._first_words(text) == re.findall(r"[^\W\d_]+", text.lower())[: language.GUESS_MAX_WORDS]
