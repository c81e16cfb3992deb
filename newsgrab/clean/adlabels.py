"""An advertising slot's label, in any language, read as a block made only of a label's words.

A publisher prints a label over, under or in place of each ad set into the article
("Advertisement", "Anzeige", "Publicité", "Реклама", "広告"), often with a line telling the reader
the story goes on past it ("Story continues below advertisement", "Weiterlesen nach der Anzeige",
"La suite après cette publicité"), and publishers join the two as they please ("ADVERTISEMENT -
SCROLL TO CONTINUE WITH CONTENT", "Publicidad - Sigue leyendo debajo"). A phrase rule per wording
(rules/related.toml's `advertisement.marker`, the `*.advertisement.*` rules per language) meets only
the wordings written into it; a site that joins them otherwise keeps its label in the body.

What every such label shares is its vocabulary: it is made of the word for the ad, the words that
say the story goes on and where, and the articles and nouns around them, and of nothing else. So a
block is a label when every word of its text is one language's label word (newsgrab/data/ad_labels.toml,
or English's: a site in any language may print an English label) and it names the ad, or says the
story goes on somewhere ("Story continues below"). Article prose that speaks of advertising ("The
advertisement ran in 1984", "Werbung im Fernsehen ...") always has a word of its own (a verb, a
date, a name) and stays, however short. One set lookup a word, on short blocks only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from newsgrab.data import load_toml

#: longest block read as a label (longer is prose or a box of text, never a slot's label)
MAX_LABEL_CHARS = 90
#: most words a label has ("Artikel wird unter der Anzeige fortgesetzt", "scroll to continue with content")
MAX_LABEL_WORDS = 12
#: a word: letters and digits (an underscore is markdown's emphasis, "_Advertisement_")
_WORD_RE = re.compile(r"[^\W_]+")
#: what may close a sentence's tail after its stop (emphasis, a bracket, a quote)
_CLOSERS = " *_)]\"'”’»"
#: the language whose labels sites print whatever the page's language
_LINGUA_FRANCA = "en"


@dataclass(frozen=True, slots=True)
class LabelWords:
    """One language's label words (English's added to every other language's)."""

    ads: frozenset[str]
    onward: frozenset[str]
    direction: frozenset[str]
    every: frozenset[str]

    def reads(self, words: Sequence[str]) -> bool:
        """Whether `words`, all of them label words, name the ad or say the story goes on somewhere."""
        if not all(word in self.every for word in words):
            return False
        found = set(words)
        return bool(found & self.ads) or bool(found & self.onward and found & self.direction)


@cache
def label_languages() -> tuple[LabelWords, ...]:
    """The label words of every language of data/ad_labels.toml, each with English's, read once."""
    data = load_toml("ad_labels.toml")
    lists = {lang: {key: frozenset(str(w).casefold() for w in entry[key])
                    for key in ("ads", "onward", "direction", "fillers")} for lang, entry in data.items()}
    base = lists[_LINGUA_FRANCA]
    languages = []
    for lang, own in lists.items():
        merged = {key: own[key] | (base[key] if lang != _LINGUA_FRANCA else frozenset()) for key in own}
        languages.append(LabelWords(merged["ads"], merged["onward"], merged["direction"],
                                    frozenset().union(*merged.values())))
    return tuple(languages)


@cache
def _any_label_word() -> frozenset[str]:
    """Every language's label words together: most short blocks have a word none of them lists, and
    one set test answers them without asking each language."""
    return frozenset().union(*(language.every for language in label_languages()))


def is_ad_label(text: str) -> bool:
    """Whether a block's text (folded) is an ad slot's label: short, every word one language's
    label words, naming the ad or saying the story goes on ("Story continues below")."""
    if not text or len(text) > MAX_LABEL_CHARS or _sentence_tail(text):
        return False
    words = _WORD_RE.findall(text.casefold())
    if not words or len(words) > MAX_LABEL_WORDS or not _any_label_word().issuperset(words):
        return False
    return any(language.reads(words) for language in label_languages())


def _sentence_tail(text: str) -> bool:
    """Whether a text is the tail of a sentence a text dump wrapped onto a line of its own ("and
    sponsored content.", "advertisers."): it opens in lower case and ends as a sentence does. A label
    in lower case ("advertisement") has no stop, and one with a stop opens in capitals."""
    opening = next((c for c in text if c.isalpha()), "")
    return opening.islower() and text.rstrip(_CLOSERS).endswith((".", "!", "?"))


def ad_labels(texts: Sequence[str]) -> list[bool]:
    """Which blocks are ad labels (`is_ad_label`), each distinct text read once (a page repeats
    its label at every slot)."""
    seen: dict[str, bool] = {}
    return [seen[t] if t in seen else seen.setdefault(t, is_ad_label(t)) for t in texts]
