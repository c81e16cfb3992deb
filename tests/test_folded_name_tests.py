"""The lower-cased searches that stand in for IGNORECASE ones on hot paths (`classnames.name_test`)
give the regex's own answer, on mixed-case ASCII text and on text only Unicode case folding matches."""

from __future__ import annotations

import re

import pytest

from newsgrab.html import holders, structural
from newsgrab.meta import pagescan
from newsgrab.meta.classnames import name_test, words_test
from newsgrab.meta.lexicon import date_labels

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
