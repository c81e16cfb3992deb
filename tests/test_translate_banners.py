"""A translate banner that offers the article in N languages, in the words of a site's widget rather
than Global Research's ("Click the Translate button below the author's name to read this article in
51 languages."), goes; a sentence about a book read in many languages stays."""

from __future__ import annotations

import pytest

from newsgrab.rules import packaged_rules

_RULE = next(rule for rule in packaged_rules() if rule.id == "translate.site-in-n-languages")


@pytest.mark.parametrize("banner", [
    "Click the Translate button below the author’s name to read this article in 51 languages.",
    "Use the menu on the right to read our stories in 100+ languages.",
])
def test_a_widgets_offer_fires(banner: str) -> None:
    assert _RULE.fires(banner)


@pytest.mark.parametrize("sentence", [
    "Readers can now read this novel in 12 languages, the publisher said on Tuesday.",
    "Pupils read the story in two languages before the test.",
])
def test_a_sentence_about_languages_does_not(sentence: str) -> None:
    assert not _RULE.fires(sentence)
