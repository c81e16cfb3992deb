"""The lower-cased searches that stand in for IGNORECASE ones on hot paths (`classnames.name_test`)
give the regex's own answer, on mixed-case ASCII text and on text only Unicode case folding matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.clean import lexicon
from newsgrab.html import holders, overlap, paragraphs, structural, textshape
from newsgrab.meta import pagescan
from newsgrab.meta.classnames import name_test, words_test
from newsgrab.meta.lexicon import date_labels
from newsgrab.whitespace import ascii_letter_runs, ascii_word_runs

#: (the regex, its stand-in, texts it must find, texts it must not)
CASES = [
    (holders._PAYMENT_RE, holders._holds_payment_word,
     ["/img/PayPal-Donate.png Donate", "https://cdn.example.org/VISA_logo.svg", "Ko-Fi button",
      "\u017fpende", "\u212ao-fi"],  # long s and Kelvin sign: IGNORECASE folds them to s and k
     ["/img/team-photo.jpg The editors", "", "Kofferraum \u00e9t\u00e9"]),
    (structural._HIDDEN_STYLE_RE, structural.hidden_style,
     ["DISPLAY: None", "color:red; Visibility : HIDDEN"],
     ["display: block", "visibility:visible", "displa\u0443: none"]),
    (pagescan._BYLINE_CLASS_RE, pagescan._is_byline_name,
     ["post-Byline", "AUTHOR-name", "Contributor", "Auteur-\u00e9crit Writer"],
     ["authority-box", "Authorized", "rubrique"]),
    (re.compile(date_labels().alternation(published=False), re.IGNORECASE), pagescan._is_modified_hint,
     ["entry-date UPDATED", "dateModified", "Zuletzt AKTUALISIERT am", "MISE \u00c0 JOUR",
      "\u041e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e",
      "A\u212aTUALISIERT"],  # the Kelvin sign: IGNORECASE folds it to k, a text beyond ASCII keeps that search
     ["entry-date published", "Posted on March 5", "mise a jour", "", "\u00e9dit\u00e9"]),
    (paragraphs._COPYRIGHT_RE, paragraphs._copyright_line,
     ["COPYRIGHT 2024 Harbor News", "Copyright (c) the authors", "\u00a9 2024 Harbor News", "Tous droits \u00a9 2024",
      "Copyright \u00e9ditions du port"],
     ["The harbor commission voted on Monday.", "Copyrighted material is reused here", "", "copy right",
      "Les \u00e9ditions du port"]),
]


@pytest.mark.parametrize(("regex", "test", "found", "missed"), CASES)
def test_a_stand_in_answers_as_its_regex(regex: re.Pattern[str], test: object, found: list[str],
                                        missed: list[str]) -> None:
    assert callable(test)
    for text in found:
        assert regex.search(text) is not None, text
        assert test(text) is True, text
    for text in missed:
        assert regex.search(text) is None, text
        assert test(text) is False, text


def test_words_with_an_ascii_case_twin_keep_case_folding_for_ascii_texts() -> None:
    # "ı" (dotless i) matches an ASCII "I" only under IGNORECASE: the lower-cased search would miss "YAYIN"
    test = words_test(["yay\u0131n", "g\u00fcncellendi"])
    assert test("YAYIN tarihi") is True
    assert test("GÜNCELLENDİ") is True
    assert test("haber metni") is False
    assert words_test(["updated"])("LAST UPDATED") is True
    with pytest.raises(ValueError):
        words_test([])


def test_a_pattern_with_capitals_is_refused() -> None:
    with pytest.raises(ValueError):
        name_test(re.compile(r"\Sbyline", re.IGNORECASE))  # \S would read as \s once lower-cased


def test_a_pattern_with_letters_beyond_ascii_keeps_case_folding_for_ascii_names() -> None:
    # "ı" (dotless i) matches an ASCII "I" only under IGNORECASE: lower-casing "YAYIN" gives "yayin"
    regex = re.compile("yayın", re.IGNORECASE)
    test = name_test(regex)
    assert regex.search("YAYIN-tarihi") is not None
    assert test("YAYIN-tarihi") is True
    assert test("yayın-tarihi") is True
    assert test("haber-metni") is False


#: prose in several scripts: ASCII, Latin with accents, a capital with a Unicode lower case, CJK
TEXTS = ["The Harbor commission voted on Monday, 12 May, to extend the ferry_season by three weeks.",
         "La commission du port a vot\u00e9 lundi la prolongation de la saison des ferries.",
         "STRASSE und \u0130stanbul: 42 F\u00e4hren, 7 H\u00e4fen",
         "\u5e02\u8b70\u4f1a\u306f\u6708\u66dc\u65e5 ferry 2024",
         "K\u212aelvin", "", "   ", "___ 1_2 a-b"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_ascii_word_and_token_patterns_cut_as_the_general_ones(text: str) -> None:
    # the second opinion tokenises ASCII text with a plain range: the same words and tokens as the
    # Unicode patterns give (the general ones still read every other text)
    lowered = text.lower()
    assert overlap.tokens(text) == overlap.TOKEN_RE.findall(lowered)
    words = textshape._WORD_RE.findall(lowered)
    vocabulary = frozenset({"the", "on", "to", "la", "du", "de", "und"})
    expected = sum(word in vocabulary for word in words) / len(words) if words else 0.0
    assert textshape.function_word_share(text, vocabulary) == expected
    if lowered.isascii():
        assert ascii_letter_runs(lowered) == words
        assert ascii_word_runs(lowered) == lexicon.WORD_RE.findall(lowered)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_ascii_word_cutters_give_the_regex_words(text: str) -> None:
    # `ascii_letter_runs` and `ascii_word_runs` stand in for two regexes on ASCII text (the
    # tokenisers of the second opinion, the prose level, language guessing and the notice lists)
    assert ascii_letter_runs(text) == re.findall("[a-z]+", text)
    lowered = text.lower()
    assert ascii_word_runs(lowered) == re.findall(r"\w+", lowered) == lexicon.WORD_RE.findall(lowered)
    assert lexicon.folded_words(lowered) == lexicon.WORD_RE.findall(lowered)
