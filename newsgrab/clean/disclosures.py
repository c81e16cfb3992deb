"""Disclosures of who pays for a piece, found wherever they sit in the article.

The notice score's `disclosure` cue (cues.py) names a sponsor or a commission with the piece or the
site as its subject; that test is narrow enough to stand alone, but amid the article a disclosure is
too long for the score to read there or too short of other cues for it to take. This pass reads the
cue on every short block instead, and tokenises a block the score did not read only when it holds one
of the disclaimer list's literals (most blocks hold none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsgrab.clean.cues import DISCLAIMER_LIST, SHORTNESS_SPAN, disclosure
from newsgrab.clean.lexicon import WordSet, folded_words
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.data import Trie, trie_pattern
from newsgrab.model import Block

#: word lists whose literal search is kept (a page's vocabulary has one disclaimer list per rule set)
MAX_CACHED_LISTS = 32


#: literals a list may have for a block to be tested for each (`in`) rather than by one regex search:
#: the English list's 9 cost a block 1.1 us so against the search's 2.1 (which tries its alternation
#: at every "a", "c", "d", "e", "n", "p" and "s"); the all-languages list's 56, 5.2 us against 1.2
MAX_LITERAL_TESTS = 12

#: each word list's literal search, by the list's identity (a WordSet holds a dict, so it cannot be
#: a cache key itself); the list is kept beside its pattern, so its id is never reused while cached
_LITERALS: dict[int, tuple[WordSet, re.Pattern[str], tuple[str, ...] | None]] = {}


def _literal_re(words_of_list: WordSet) -> tuple[re.Pattern[str], tuple[str, ...] | None]:
    """One search for any literal an entry of `words_of_list` needs (a word, a prefix, a phrase's
    longest word) in a case-folded text (no IGNORECASE, which makes the engine fold each character it
    tries), and the literals themselves when they are few enough to test one by one
    (`MAX_LITERAL_TESTS`); built once a list, not once a page."""
    cached = _LITERALS.get(id(words_of_list))
    if cached is not None and cached[0] is words_of_list:
        return cached[1], cached[2]
    literals = {*words_of_list.words, *words_of_list.prefixes,
                *(max(phrase, key=len) for phrases in words_of_list.phrases.values() for phrase in phrases)}
    trie: Trie = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here
    pattern = re.compile(trie_pattern(trie))
    few = tuple(sorted(literals)) if len(literals) <= MAX_LITERAL_TESTS else None
    if len(_LITERALS) >= MAX_CACHED_LISTS:
        _LITERALS.clear()
    _LITERALS[id(words_of_list)] = (words_of_list, pattern, few)
    return pattern, few


def disclosures(blocks: Sequence[Block], texts: Sequence[str], views: Sequence[BlockText | None],
                 cues: Sequence[Mapping[str, float]], page: PageFacts) -> list[int]:
    """The blocks that disclose who pays for the piece (cues.disclosure: "This sponsored offer comes
    to you from X", "Disclosure: <site> earns a commission ..."), wherever they sit. The cue's subject
    test (the piece or the site) is narrow enough to stand alone, and a disclosure amid the article
    is too long for the score to read there or too short of other cues for it to take. A block the
    score did not read is tokenised only when it is short and holds a disclaimer's word as a string."""
    found: list[int] = []
    words_of_list = page.vocabulary[DISCLAIMER_LIST]
    literals, few = _literal_re(words_of_list)  # most blocks hold none and are passed over untokenised
    for i, block in enumerate(blocks):
        text = texts[i]
        if not text or len(text) > SHORTNESS_SPAN:
            continue
        if views[i] is not None:
            if cues[i].get("disclosure"):
                found.append(i)
            continue
        folded = text.casefold()
        if not (any(map(folded.__contains__, few)) if few is not None else literals.search(folded)):
            continue
        words = folded_words(folded)
        if words_of_list.first_hit(words, words) is None:
            continue
        if disclosure(BlockText.of(block, text, page.vocabulary, folded, words), page):
            found.append(i)
    return found
