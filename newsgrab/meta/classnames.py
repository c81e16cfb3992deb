"""Tests of class/id strings that every element of a page is asked, made as cheap as the answer allows.

The page scan (`meta.pagescan`) and pruning (`html.structural`) ask them of every element, so
each is a compiled search behind a bounded memo. Kept apart from the page scan because pruning
shares the article-body hint pieces with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


#: pieces of class strings that may name an article body: pruning's prefilter before its hint
#: tokens decide (newsgrab.html.structural). Every hint token must contain one of these pieces
#: (tests/test_html_engine.py checks it). The page scan's walk collects those elements.
HINT_PREFILTER_PIECES = ("body", "Body", "ontent", "ext")
HINT_PIECE_RE = re.compile("|".join(re.escape(piece) for piece in HINT_PREFILTER_PIECES))
#: class string -> whether it holds a hint piece (the page scan and pruning share it)
HAS_HINT_PIECE: Memo[str, bool] = Memo(lambda cls: HINT_PIECE_RE.search(cls) is not None, MAX_REMEMBERED_NAMES)
