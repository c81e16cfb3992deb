"""The vocabulary's prefix words ("abonn*") are found by a regex with no lookbehind whose matches are
kept only where they are words of the text: the same words a lookbehind regex finds, tested here
against that regex on texts built to trip it (a prefix inside a word, at a word's end, after a digit,
an underscore, "©" or a letter of another script)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.clean.lexicon import (
    ACTION_PREFIX,
    EVIDENCE_LISTS,
    WORD_RE,
    _prefix_regex,
    _prefixed_words,
    languages,
    vocabulary,
)

_PREFIXES = ["subscribe", "donat", "newsletter", "abonn", "комментар", "news"]
_PIECES = ["subscribe", "subscribers", "unsubscribe", "donation", "donate", "predonated", "newsletters", "news",
           "newsletter", "abonnieren", "Abonnement", "комментарии", "xкомментарий", "©", "©2024", "2024", "_news",
           "news_", "résumé", "ß", " ", " ", ".", "-", "'", "é", "9"]


def _lookbehind(prefixes: list[str]) -> re.Pattern[str]:
    """The regex the index used before: a prefix where no word character precedes it."""
    ordered = sorted(prefixes, key=lambda p: (-len(p), p))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")\w*")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_prefixed_words_are_the_words_a_lookbehind_finds(pieces: list[str]) -> None:
    folded = "".join(pieces).casefold()
    words = WORD_RE.findall(folded)
    for prefixes in (_PREFIXES, [*_PREFIXES, "©"]):  # with a prefix that is no word: the lookbehind stays
        found = _prefix_regex(prefixes)
        assert found is not None
        expected = set(_lookbehind(prefixes).findall(folded))
        assert set(_prefixed_words(found, folded, frozenset(words))) == expected, folded
        assert set(_prefixed_words(found, folded, words)) == expected, folded


def test_word_prefixes_drop_the_lookbehind_and_a_sign_keeps_it() -> None:
    assert not _prefix_regex(["subscribe"]).pattern.startswith("(?<!")  # type: ignore[union-attr]
    assert _prefix_regex(["subscribe", "©"]).pattern.startswith("(?<!")  # type: ignore[union-attr]
    assert _prefix_regex([]) is None


def test_every_language_hits_prefix_words_as_words_only() -> None:
    """Each shipped vocabulary finds a word a prefix opens ("newsletters"), not one it sits inside."""
    for language in (None, *languages()):
        v = vocabulary(language)
        for text, listed in (("our newsletters, weekly", True), ("the xnewsletters, weekly", False)):
            words = WORD_RE.findall(text)
            assert ("action:newsletter" in v.hits(words, frozenset(words), text)) is listed, (language, text)
            assert v.holds_evidence(words, text) is listed, (language, text)


def test_a_few_prefixes_are_tested_as_substrings_before_the_regex() -> None:
    """A vocabulary of a few prefixes (English) tests each as a substring before running its regex
    (most blocks hold none); the all-languages one, with a hundred, runs the regex alone. Either
    way the same lists are hit, for a block that holds a prefixed word and for one that does not."""
    from newsgrab.clean.lexicon import MAX_PREFIX_TESTS, _holds_any, _needs

    assert _needs(["donat", "subscribe"]) == ("donat", "subscribe")
    assert _needs([f"p{i}" for i in range(MAX_PREFIX_TESTS + 1)]) is None
    assert _holds_any("please donate today", ("donat",)) and not _holds_any("a quiet day", ("donat",))
    assert _holds_any("anything", None)
    english, every = vocabulary("en"), vocabulary(None)
    assert english._prefix_needs is not None and every._prefix_needs is None
    for text, listed in (("subscribers get it first", True), ("the council met on tuesday", False)):
        words = WORD_RE.findall(text)
        for v in (english, every):
            assert ("action:newsletter" in v.hits(words, frozenset(words), text)) is listed, text
        assert english.holds_evidence(words, text) is listed, text  # (every language's lists hold "the" phrases)


def test_prefixes_are_one_alternation_nested_by_their_openings() -> None:
    """The prefixes share their openings in the regex ("abonn" once, its longer forms in the `\\w*`
    after it), so a position of a text tries only the branches that go on from its letters."""
    found = _prefix_regex(["abonn", "abonnement", "abonnee", "news"])
    assert found is not None
    assert found.pattern == r"(?:(?:abonn|news))\w*"
    assert found.findall("our abonnements and abonnees, news, and the abonnes") == [
        "abonnements", "abonnees", "news", "abonnes"]


def test_every_shipped_prefix_is_found_by_its_vocabulary() -> None:
    """Every prefix of notice_cues.toml, in every vocabulary that holds it, is found as a word alone
    and as the opening of a longer one, by both regexes (the lists' and the evidence lists'): a new
    entry of the data file cannot be left out of the nested alternation."""
    for language in (None, *languages()):
        v = vocabulary(language)
        every = {prefix for found in v._prefixes.values() for prefix in found}
        assert v._prefix_re is not None or not every
        for prefix in every:
            for text in (prefix, prefix + "xyz"):
                assert v._prefix_re is not None and v._prefix_re.fullmatch(text), (language, text)
        evidence = {p for name, ws in v.lists.items()
                    if name in EVIDENCE_LISTS or name.startswith(ACTION_PREFIX) for p in ws.prefixes}
        for prefix in evidence:
            assert v._evidence_re is not None and v._evidence_re.fullmatch(prefix + "xyz"), (language, prefix)
