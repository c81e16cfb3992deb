"""Where the scored region's text sits among the page's paragraphs, by shared word 4-grams.

The second opinion (`second_opinion.py`) weighs the region against a prose cluster by the page's
prose each covers and by where each starts under the headline; it reads the region's place from
the overlap of word 4-grams (shingles), which holds in any language and does not care how the
two cuts of the page split their text. `agreement` scores a candidate against the structured
data's `articleBody` the same way. Kept apart from the verdicts so the second opinion computes a
place only when its verdict reads one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab.html import settings
from newsgrab.html.paragraphs import GOOD, Paragraph
from newsgrab.model import Block
from newsgrab.whitespace import ascii_word_runs

#: a word, or one character of a script written without spaces (CJK), for word n-grams
TOKEN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_SHINGLE = 4


@dataclass(slots=True)
class Located:
    """Where the scored region's text sits among the paragraphs: the first paragraph it covers, and
    the prose characters it covers."""

    start: int | None
    prose: int
    #: the indexes of the prose paragraphs it covers
    covered: set[int]

    def prose_within(self, paragraphs: list[Paragraph], start: int, end: int) -> int:
        """Characters of the prose in paragraphs `start`..`end` (exclusive) that the region covers too."""
        return sum(paragraphs[i].weight for i in self.covered if start <= i < end)


def locate(first: list[Block], paragraphs: list[Paragraph]) -> Located:
    """Where the blocks `first` sit among `paragraphs`: a paragraph is covered when most of its
    4-grams (`COVERED_SHARE`) are the blocks' too, or, too short for one, all its words are."""
    # each text is cut into tokens once, for its 4-grams and (when too short for one) its words
    first_tokens = tokens("\n".join(b.text for b in first))
    first_shingles = shingled(first_tokens)
    located = Located(None, 0, set())
    if not first_shingles:
        return located
    words = set(first_tokens)
    for index, para in enumerate(paragraphs):
        if located.start is not None and (para.cls != GOOD or para.overlay):
            continue  # once the start is found, only prose outside overlays counts: no need to test the rest
        own_tokens = tokens(para.text)
        own = shingled(own_tokens)
        if own and len(own & first_shingles) < len(own) * settings.COVERED_SHARE:
            continue
        if not own and not set(own_tokens) <= words:  # too short for 4-grams
            continue
        if located.start is None:
            located.start = index
        if para.cls == GOOD and not para.overlay:
            located.prose += para.weight
            located.covered.add(index)
    return located


def shingles(text: str) -> set[tuple[str, ...]]:
    """The text's word 4-grams (`_SHINGLE` tokens in a row), made by zipping the token list with
    itself shifted: the tuples are built in C instead of a slice and a tuple a token in Python
    (a fifth less time for the whole function, the tokenising regex included)."""
    return shingled(tokens(text))


def tokens(text: str) -> list[str]:
    """The tokens of `text` lower-cased (`TOKEN_RE`); on ASCII text, where no character is CJK, the
    same tokens are its runs of a-z, 0-9 and "_", cut without a regex (`ascii_word_runs`)."""
    lowered = text.lower()
    return ascii_word_runs(lowered) if lowered.isascii() else TOKEN_RE.findall(lowered)


def shingled(token_list: list[str]) -> set[tuple[str, ...]]:
    """The 4-grams of a list of tokens (`shingles`)."""
    return set(zip(*(token_list[shift:] for shift in range(_SHINGLE)), strict=False))  # the shifted lists are shorter


def agreement(candidate: set[tuple[str, ...]], truth: set[tuple[str, ...]]) -> float:
    """F1 of the candidate's word 4-grams against the structured data's (0 when either is empty)."""
    common = len(candidate & truth)
    if not common:
        return 0.0
    precision, recall = common / len(candidate), common / len(truth)
    return 2 * precision * recall / (precision + recall)
