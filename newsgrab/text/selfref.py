"""A line that refers to the page itself ("this article", "this story", "this site"): a widget's words.

A whole-page dump prints the text of a page's dialogs, notices and buttons where the page hides or
tucks it away: "To revisit this article, visit My Profile", "The author chose to make this story
unlisted", "Search for this author on this site", "Are you sure you want to delete this Tweet?". Such
a line sits above the story in a headline's shape (a few words, no full stop), often far up, where the
headline ranking's height and length reward it. The page speaking of itself is the cue: a headline
speaks of its story's world, and its "this" names a thing in it ("How this harbour mystery was
solved"). The words live in data/self_words.toml (per language: demonstratives, the page's nouns);
title.py reads the cue of its candidates only, as the `self_reference` fact.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml

#: tables of data/self_words.toml that are not a language's words
_NOT_LANGUAGES = frozenset({"examples"})
#: what may stand before a demonstrative in its word ('"this article"', "(this page)", "¿Este artículo")
_QUOTES = "\"'“”‘’«»„()[]¿¡"


@cache
def _cue() -> tuple[frozenset[str], re.Pattern[str]]:
    """Every language's demonstratives (casefolded), and the pattern of a demonstrative right before
    one of its language's page nouns as whole words; read once. A line that holds none of the
    demonstratives as a word (most candidates) is not searched: the pattern's many branches tried at
    each character cost more than a split."""
    words: set[str] = set()
    parts = []
    for name, table in load_toml("self_words.toml").items():
        if name in _NOT_LANGUAGES:
            continue
        words.update(word.casefold() for word in table["this"])
        this = "|".join(map(re.escape, sorted(table["this"], key=len, reverse=True)))
        nouns = "|".join(map(re.escape, sorted(table["nouns"], key=len, reverse=True)))
        parts.append(rf"(?:{this})\s+(?:{nouns})")
    return frozenset(words), re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def refers_to_page(text: str) -> bool:
    """Whether a line holds a demonstrative and a page noun of one language side by side ("this
    article", "diesen Artikel", "cet article"): the page's widgets speaking of the page."""
    demonstratives, pattern = _cue()
    words = {word.strip(_QUOTES) for word in text.casefold().split()}
    return not demonstratives.isdisjoint(words) and pattern.search(text) is not None
