"""A call to follow a link that is not there: "Click here for more information.", "Get more ideas here!"

A page's promotion says what to do with a link ("Click here to subscribe", "Get the app here"); in
HTML the link shows what it points at, but a text that lost its links leaves a short imperative
sentence whose "here" points at nothing. Two stages read the shape: the notice cleaner removes such
a block from a linkless body (clean/textshapes.py `lost_link_calls`), and the text path's headline
ranking turns such a line down (text/title.py, the `link_call` fact: "Click here for an exclusive
fashion shoot with ..." stands above a story in a headline's shape). The words are data,
data/link_calls.toml, per language.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml
from newsgrab.sentences import SENTENCE_END_RE

#: characters a block that closes on a lost link's call has at most (a promotion, not a paragraph) ...
MAX_LOST_CALL_CHARS = 200
#: ... and words its closing sentence has at most (a call is said in few words)
MAX_LOST_CALL_WORDS = 10
#: a short label before the call ("Pro tip:", "Ad:"), read past as `related.is_promo` reads past it
_CALL_LABEL_RE = re.compile(r"^[^:\uff1a]{1,30}[:\uff1a]\s*")
_CALL_WORD_RE = re.compile(r"\w[\w'’-]*")
#: quotation marks: a call inside a quote is someone's words ("“Get out of here!” she shouted")
_QUOTES = frozenset('"“”„‘«»')


@cache
def link_call_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that open a call to follow a link and the words that stood for the link, in every
    language of data/link_calls.toml (read once per process)."""
    data = load_toml("link_calls.toml")
    languages = [words for words in data.values() if isinstance(words, dict)]
    return (frozenset(word for words in languages for word in words["calls"]),
            frozenset(word for words in languages for word in words["here"]))


def is_lost_link_call(text: str) -> bool:
    """Whether a block closes on a call to follow a link that is not there (see the module): at most
    `MAX_LOST_CALL_CHARS`, no quotation mark, and its last sentence (after a short label) at most
    `MAX_LOST_CALL_WORDS` words that open with a call's verb and hold the link's word right after
    it or last ("Click here for more information.", "Get started with the plan here."). Prose says
    "here" of a place with another verb or a subject ("Spring is here.", "We are here to stay")."""
    if len(text) > MAX_LOST_CALL_CHARS:
        return False
    calls, here = link_call_words()
    folded = text.casefold()
    # most short blocks hold no word of the link: a substring test passes them over before any regex
    if not any(word in folded for word in here) or not _QUOTES.isdisjoint(text):
        return False
    rest = _CALL_LABEL_RE.sub("", folded, count=1).rstrip()
    start = 0
    for end in SENTENCE_END_RE.finditer(rest):
        if end.end() < len(rest):
            start = end.end()
    words = _CALL_WORD_RE.findall(rest[start:])
    return (0 < len(words) <= MAX_LOST_CALL_WORDS and words[0] in calls
            and (words[-1] in here or (len(words) > 1 and words[1] in here)))
