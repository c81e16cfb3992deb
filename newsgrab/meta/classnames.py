"""Tests of class/id strings that every element of a page is asked, made as cheap as the answer allows.

The page scan (`meta.pagescan`) and pruning (`html.structural`) ask them of every element, so
each is a compiled search behind a bounded memo. Kept apart from the page scan because pruning
shares the article-body hint pieces with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsgrab.data import load_toml
from newsgrab.memo import Memo

#: distinct class/id strings remembered per question before its memo empties itself (about 1 MB
#: at most; a page repeats its class strings, and themes repeat across pages)
MAX_REMEMBERED_NAMES = 20_000


def name_test(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether a class/id string holds `pattern`, as fast as the answer allows.

    The metadata walk asks this of every element on the page (hence the memos below), and an
    alternation searched with IGNORECASE is slow. A name seen for the first time (ids are often
    unique) is lower-cased and searched without IGNORECASE; that is the same answer for ASCII names
    when the pattern's letters are all lower-case, so other names keep the IGNORECASE search (its
    Unicode case folding: "ſ", "K"). A pattern with letters outside ASCII keeps it for every name:
    its "ı" or "ſ" matches the ASCII "I" or "S" only under case folding.
    """
    if not pattern.pattern.isascii():
        search_folded = pattern.search
        return lambda name: search_folded(name) is not None
    if pattern.pattern != pattern.pattern.lower():  # not an assert: must hold under python -O
        raise ValueError("a name pattern must be written in lower case (no \\S, \\W, [A-Z])")
    search, search_lowered = pattern.search, re.compile(pattern.pattern).search

    def test(name: str) -> bool:
        return (search_lowered(name.lower()) if name.isascii() else search(name)) is not None

    return test


#: the letters outside ASCII that an IGNORECASE search matches to ASCII ones (Python's `re` documentation)
_ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def words_test(words: Iterable[str]) -> Callable[[str], bool]:
    """Whether a text holds one of `words` (lower case) in any case: what an IGNORECASE search of
    their alternation answers, faster.

    Such a search tries every word at every position with case folding (about 20 µs on a class
    string and a dateline: the page scan asks it of every date it finds). An ASCII text (most class
    names and datelines) is lower-cased and searched for the ASCII words only, without IGNORECASE
    (a tenth of the time): a word with a letter outside ASCII cannot occur in it, as no word may
    hold one of the four letters IGNORECASE matches to an ASCII one ("ı" to "I"): words with one (or
    with capitals) keep the IGNORECASE search for every text, as do texts beyond ASCII.
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:  # an empty alternation would match everywhere; not an assert: must hold under -O
        raise ValueError("words_test needs at least one word")
    search = re.compile("|".join(re.escape(w) for w in ordered), re.IGNORECASE).search
    if any(w != w.lower() or not _ASCII_CASE_TWINS.isdisjoint(w) for w in ordered):
        return lambda text: search(text) is not None
    ascii_words = [w for w in ordered if w.isascii()]
    search_lowered = re.compile("|".join(re.escape(w) for w in ascii_words)).search if ascii_words else None

    def test(text: str) -> bool:
        if text.isascii():
            return search_lowered is not None and search_lowered(text.lower()) is not None
        return search(text) is not None

    return test


#: pieces of class strings that may name an article body: pruning's prefilter before its hint
#: tokens decide (newsgrab.html.structural). Every hint token must contain one of these pieces
#: (tests/test_html_engine.py checks it). The page scan's walk collects those elements.
HINT_PREFILTER_PIECES = ("body", "Body", "ontent", "ext")
HINT_PIECE_RE = re.compile("|".join(re.escape(piece) for piece in HINT_PREFILTER_PIECES))
#: class string -> whether it holds a hint piece (the page scan and pruning share it)
HAS_HINT_PIECE: Memo[str, bool] = Memo(lambda cls: HINT_PIECE_RE.search(cls) is not None, MAX_REMEMBERED_NAMES)


#: whether a class/id string holds a comment section's markup word ("comment-list", "disqus_thread",
#: "reacties": data/thread_words.toml): the page scan notes such elements in its walk, where the
#: comment-thread detector looks (html/threadgate.py), and the detector counts it as a cue (html/threads.py)
is_thread_name = words_test(load_toml("thread_words.toml")["markup"]["words"])
