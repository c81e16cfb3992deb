"""The lower-cased searches that stand in for IGNORECASE ones on hot paths (`classnames.name_test`)
give the regex's own answer, on mixed-case ASCII text and on text only Unicode case folding matches."""

from __future__ import annotations

import re

import pytest

from newsgrab.html import holders, structural
from newsgrab.meta import pagescan
from newsgrab.meta.classnames import name_test

#: (the regex, its stand-in, texts it must find, texts it must not)
CASES = [
    (holders._PAYMENT_RE, holders._holds_payment_word,
     ["/img/PayPal-Donate.png Donate", "https://cdn.example.org/VISA_logo.svg", "Ko-Fi button",
      "\u017fpende", "\u212ao-fi"],  # long s and Kelvin sign: IGNORECASE folds them to s and k
     ["/img/team-photo.jpg The editors", "", "Kofferraum \u00e9t\u00e9"]),
    (structural._HIDDEN_STYLE_RE, structural._hidden_style,
     ["DISPLAY: None", "color:red; Visibility : HIDDEN"],
     ["display: block", "visibility:visible", "displa\u0443: none"]),
    (pagescan._BYLINE_CLASS_RE, pagescan._is_byline_name,
     ["post-Byline", "AUTHOR-name", "Contributor", "Auteur-\u00e9crit Writer"],
     ["authority-box", "Authorized", "rubrique"]),
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
