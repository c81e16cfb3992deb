"""A call to follow a link that is not there: "Click here for more information.", "Get more ideas here!"

A page's promotion says what to do with a link ("Click here to subscribe", "Get the app here"); in
HTML the link shows what it points at, but a text that lost its links leaves a short imperative
sentence whose "here" points at nothing. Two stages read the shape: the notice cleaner removes such
a block from a linkless body (clean/textshapes.py `lost_link_calls`), and the text path's headline
ranking turns such a line down (text/title.py, the `link_call` fact: "Click here for an exclusive
fashion shoot with ..." stands above a story in a headline's shape). The words are data,
data/link_calls.toml, per language.

A house promotion loses its link the same way and keeps a shape of its own (`is_lost_promo`): the
HTML stage knows it as a short label ending in a colon, a blurb, and one link of a word or two that
closes it (clean/related.py `is_promo`); the converter leaves the label, the blurb and the link's
word, which says nothing but "here" ("Also from us: Harbour Nights, a podcast on the docks. Here.",
"You Might Also Like: The Tide Tables by Jane Doe, available here.").
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


#: characters a promotion whose link is gone has at most (related.py's longest teaser)
MAX_LOST_PROMO_CHARS = 400
#: words of the promotion's closing clause at most, the link's word among them ("Here.", "available here")
MAX_PROMO_CALL_WORDS = 2
#: words of the blurb between the promotion's label and its closing clause at least (related.py's)
MIN_PROMO_BLURB_WORDS = 3
#: what opens a promotion's closing clause: a sentence's end, a comma, a dash, a semicolon
_CLAUSE_BREAK_RE = re.compile(r"[.!?,;\u2014\u2013\uff0c\u3002]\s*")
#: what may close the promotion after the link's word
_PROMO_CLOSING = " .!?…:;)]»”\"'\u3002\uff01\uff1f"


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


def is_lost_promo(text: str) -> bool:
    """Whether a block is a house promotion whose one link the converter dropped (see the module): at
    most `MAX_LOST_PROMO_CHARS`, no quotation mark, a label of letters ending in a colon within its
    first 30 characters, a blurb of `MIN_PROMO_BLURB_WORDS` words or more, and a closing clause
    (after the last sentence end, comma, dash or semicolon) of at most `MAX_PROMO_CALL_WORDS` words
    whose last is a word that stood for the link, in lower case but where a sentence opens ("Here.",
    "available here."). The article's prose that ends on "here" says more in its last clause ("Read
    the full letter here.", "but now I'm here") or has no label; a field line ("Venue: here") no blurb."""
    if len(text) > MAX_LOST_PROMO_CHARS or not _QUOTES.isdisjoint(text):
        return False
    _calls, here = link_call_words()
    body = text.rstrip(_PROMO_CLOSING)
    last = body[-12:].casefold()
    if not any(last.endswith(word) for word in here):  # most blocks stop here, before any regex
        return False
    label = _CALL_LABEL_RE.match(body)
    if label is None or not any(ch.isalpha() for ch in label.group()):
        return False
    rest = body[label.end():]
    breaks = list(_CLAUSE_BREAK_RE.finditer(rest))
    if not breaks:
        return False
    cut = breaks[-1]
    clause, blurb = rest[cut.end():], rest[:cut.start()]
    words = _CALL_WORD_RE.findall(clause)
    if not 0 < len(words) <= MAX_PROMO_CALL_WORDS or words[-1].casefold() not in here:
        return False
    opens = cut.group().strip() in ".!?\u3002"
    if any(ch.isupper() for ch in (clause.strip()[1:] if opens else clause)):
        return False  # a name in the closing words: the article's ("... at the Harbour Here")
    return len(_CALL_WORD_RE.findall(blurb)) >= MIN_PROMO_BLURB_WORDS
