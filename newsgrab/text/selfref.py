"""A line that refers to the page itself ("this article", "this story", "this site"): a widget's words.

A whole-page dump prints the text of a page's dialogs, notices and buttons where the page hides or
tucks it away: "To revisit this article, visit My Profile", "The author chose to make this story
unlisted", "Search for this author on this site", "Are you sure you want to delete this Tweet?". Such
a line sits above the story in a headline's shape (a few words, no full stop), often far up, where the
headline ranking's height and length reward it. The page speaking of itself is the cue: a headline
speaks of its story's world, and its "this" names a thing in it ("How this medical mystery was
solved"). The words live in data/self_words.toml (per language: demonstratives, the page's nouns);
title.py reads the cue of its candidates only, as the `self_reference` fact.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml

#: tables of data/self_words.toml that are not a language's words
_NOT_LANGUAGES = frozenset({"examples"})


@cache
def _self_re() -> re.Pattern[str]:
    """A demonstrative right before one of its language's page nouns, as whole words (read once)."""
    data = load_toml("self_words.toml")
    parts = []
    for name, table in data.items():
        if name in _NOT_LANGUAGES:
            continue
        this = "|".join(map(re.escape, sorted(table["this"], key=len, reverse=True)))
        nouns = "|".join(map(re.escape, sorted(table["nouns"], key=len, reverse=True)))
        parts.append(rf"(?:{this})\s+(?:{nouns})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def refers_to_page(text: str) -> bool:
    """Whether a line holds a demonstrative and a page noun of one language side by side ("this
    article", "diesen Artikel", "cet article"): the page's widgets speaking of the page."""
    return _self_re().search(text) is not None
