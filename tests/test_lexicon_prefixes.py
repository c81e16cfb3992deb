"""The vocabulary's prefix words ("abonn*") are found by cutting a block's words to the prefixes'
shortest length and testing only the words whose head is a prefix's (`PrefixIndex`): the same
words a regex with a lookbehind finds, tested here against that regex on texts built to trip it (a
prefix inside a word, at a word's end, after a digit, an underscore, "©" or a letter of another
script)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.clean.lexicon import ACTION_PREFIX, EVIDENCE_LISTS, WORD_RE, PrefixIndex, languages, vocabulary

_PREFIXES = ["subscribe", "donat", "newsletter", "abonn", "комментар", "news"]
_PIECES = ["subscribe", "subscribers", "unsubscribe", "donation", "donate", "predonated", "newsletters", "news",
           "newsletter", "abonnieren", "Abonnement", "комментарии", "xкомментарий", "©", "©2024", "2024", "_news",
           "news_", "résumé", "ß", " ", " ", ".", "-", "'", "é", "9", "abo", "new"]


def _lookbehind(prefixes: list[str]) -> re.Pattern[str]:
    """A regex finding the words a prefix opens: a prefix where no word character precedes it."""
    ordered = sorted(prefixes, key=lambda p: (-len(p), p))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")\w*")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_prefixed_words_are_the_words_a_lookbehind_finds(pieces: list[str]) -> None:
    folded = "".join(pieces).casefold()
    words = WORD_RE.findall(folded)
    index = PrefixIndex.of(_PREFIXES)
    assert index is not None
    expected = set(_lookbehind(_PREFIXES).findall(folded))
    assert set(index.words(frozenset(words))) == expected, folded
    assert index.words(words) == [word for word in words if word in expected], folded  # in the block's order


def test_prefixes_are_filed_by_their_shortest_length() -> None:
    """The prefixes are filed under their first characters, as many as the shortest has: a word
    shorter than that, or with another head, is not tested further."""
    index = PrefixIndex.of(["abonn", "abonnement", "news", "newsletter"])
    assert index is not None and index.size == 4
    assert index.by_head == {"abon": ("abonn", "abonnement"), "news": ("news", "newsletter")}
    assert index.words(["our", "abonnements", "abonnees", "abo", "newsy", "new", "renews"]) == [
        "abonnements", "abonnees", "newsy"]
    assert index.words(["nothing", "here"]) == []
    assert PrefixIndex.of([]) is None


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


def test_every_shipped_prefix_is_found_by_its_vocabulary() -> None:
    """Every prefix of notice_cues.toml, in every vocabulary that holds it, is found as a word alone
    and as the opening of a longer one, by both indexes (the lists' and the evidence lists'): a new
    entry of the data file, however short, cannot be filed where no word's head is looked up."""
    for language in (None, *languages()):
        v = vocabulary(language)
        every = {prefix for found in v._prefixes.values() for prefix in found}
        assert (v._prefix_index is None) == (not every)
        for prefix in every:
            for word in (prefix, prefix + "xyz"):
                assert v._prefix_index is not None and v._prefix_index.words([word]) == [word], (language, word)
                assert v.hits([word], frozenset([word]), word), (language, word)
        evidence = {p for name, ws in v.lists.items()
                    if name in EVIDENCE_LISTS or name.startswith(ACTION_PREFIX) for p in ws.prefixes}
        for prefix in evidence:
            word = prefix + "xyz"
            assert v._evidence_index is not None and v._evidence_index.words([word]) == [word], (language, prefix)
            assert v.holds_evidence([word], word), (language, prefix)
