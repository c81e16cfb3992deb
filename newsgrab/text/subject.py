"""A bare name that the story's own prose talks about: its subject, not its byline.

A name-shaped line next to a whole page's headline is read as the byline when no label says so
(text/around.py: "Jane Doe" / "March 3, 2024"). A section's label, a guest list or a quotation's
attribution has that shape too ("North Korea" under a headline about Pyongyang; "Ana Ruiz, Eli Park"
over a podcast's notes; "— Ana Ruiz, Leeds, May 2, 2019" under a quotation), and the story then
names the same words inside its sentences ("... warnings from North Korea, saying ..."), again and
again. A reporter is rarely the subject of their own sentences and is named once at most, in a
closing line ("If you have a question for Jane Doe, ..."), so a bare name that two of the story's
paragraphs name, one of them after one of its words (a lower-case word before it: "of", "from",
"warnings"), is the subject the story is about.

Self-reference and case only, no list of places or organisations: it holds for every cased script,
and stays silent where a script has no case (a name there has no word before it to tell). A name
after a byline's opener in the prose is a credit, not a mention ("Reporting by Jane Doe", "Photo by
Jane Doe": data/byline_words.toml, the words every byline reader shares), and a labelled byline
("By Jane Doe", provenance "byline") is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsgrab.meta.lexicon import byline_words
from newsgrab.model import Block, Metadata

#: words a paragraph has at least to be the story's prose, where a mention is read: a caption's or a
#: credit's line ("Jane Doe/Example Wire"), a card or a list item is shorter
MIN_PROSE_WORDS = 12
#: prose paragraphs that name a subject at least: a story names its own author once, at its end
MIN_MENTIONS = 2
#: what may stand between a name and the word before it in a sentence: spaces and a comma ("In this
#: episode, Ana Ruiz ..."); a bracket or a dash before a name opens a credit or a dateline ("(Jane
#: Doe/Wire)", "-- Jane Doe")
_BEFORE_STRIP = " ,"


@cache
def _label_words() -> frozenset[str]:
    """The last word of every byline opener of data/byline_words.toml ("by", "von", "par"): the word
    before a name in a credit ("Reporting by Jane Doe", "Photo by Jane Doe"), which no mention of a
    subject has. A label that needs its colon ("From:") is a preposition in a sentence ("warnings
    from North Korea"), so only the openers count."""
    return frozenset(label.split()[-1] for label in byline_words().openers if label.split())


def drop_prose_subject(meta: Metadata, prose: Sequence[Block]) -> None:
    """Take back the authors a bare name gave (provenance "header-line") when the story's prose
    names one of them inside a sentence (`mentioned_in`): the line was the story's subject (a
    section's label, the guests of a show, a quotation's speaker), not its byline."""
    if meta.provenance.get("authors") != "header-line" or not meta.authors:
        return
    if any(mentioned_in(name, prose) for name in meta.authors):
        meta.authors = []
        del meta.provenance["authors"]


def mentioned_in(name: str, prose: Sequence[Block]) -> bool:
    """Whether the story's prose talks about `name`: at least MIN_MENTIONS paragraphs of at least
    MIN_PROSE_WORDS words name it as whole words, one of them right after a lower-case word that is
    no byline opener ("... warnings from North Korea, saying ..."), a sentence's own mention. A
    subject recurs; a story names its own author once, in a closing line ("If you have a question
    for Jane Doe, write to ...", "Follow Jane Doe on ..."), so one paragraph is not enough. A name
    opening its paragraph (an author's bio: "Jane Doe is a reporter ..."), after an opener ("By Jane
    Doe", "Photo by Jane Doe") or after punctuation alone ("-- Jane Doe", "(Jane Doe/Wire)") counts
    as a paragraph naming it, not as a sentence's mention."""
    if not any(char.lower() != char.upper() for char in name):
        return False  # a script without case: no word before a name tells a sentence from a label
    holding, in_sentence = 0, False
    for block in prose:
        text = block.text
        start = text.find(name)
        if start < 0 or len(text.split()) < MIN_PROSE_WORDS:
            continue
        whole = False
        while start >= 0:
            end = start + len(name)
            if _whole(text, start, end):
                whole = True
                in_sentence = in_sentence or _after_a_word(text[:start])
            start = text.find(name, start + 1)
        holding += whole
        if holding >= MIN_MENTIONS and in_sentence:
            return True
    return False


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as whole words (no letter or digit right before or after it)."""
    return not text[start - 1: start].isalnum() and not text[end: end + 1].isalnum()


def _after_a_word(before: str) -> bool:
    """Whether the text before a name ends with a lower-case word that is no byline label."""
    words = before.rstrip(_BEFORE_STRIP).split()
    if not words or before[-1:].isalnum():
        return False
    word = words[-1].strip(_BEFORE_STRIP)
    return word.islower() and word.isalpha() and word not in _label_words()
