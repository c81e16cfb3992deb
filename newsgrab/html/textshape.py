"""What a stretch of text's shape tells, whatever its markup: its weight, how much it reads as prose,
whether it holds an address.

The paragraph classifier (html/paragraphs.py) weighs each paragraph with these; the candidate scoring
(html/scoring.py) and the boxes (html/boxes.py) ask the same of a whole candidate, so they sit apart
from the cutting of a page into paragraphs. They read text only: no element, no class name, no
language beyond the function-word list of the page's language (`newsgrab/data/function_words.toml`).
"""

from __future__ import annotations

import re

from newsgrab.html import settings
from newsgrab.meta.language import function_words
from newsgrab.sentences import count_sentence_ends
from newsgrab.whitespace import ascii_gapped, ascii_letter_runs

#: a word (on lower-cased text ASCII but for non-word characters: a run of a-z, cut by
#: `ascii_gapped` and `ascii_letter_runs` without a regex)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: an address block's marks (`contact_shaped`): an e-mail address, a run that may be a phone number.
#: The address starts where its run of name characters starts (the look-behind): tried from inside the
#: run, it fails where the run's start failed, after reading to the run's end again (a 40,000-letter
#: word took 3 s). A phone number lies in one run of its characters, from the run's first digit or
#: bracket to its last digit (`_PHONE_RUN_RE` starts a run there, `contact_shaped` cuts its end back to
#: the digit): searched in the whole text, a run without a digit at its end was read to that end from
#: each of its brackets
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"\+?[\d(][\d ()./-]{6,}\d")
_PHONE_RUN_RE = re.compile(r"[\d(][\d ()./-]*")
#: scripts written without spaces: a character there carries about a word's worth of text
_NO_SPACE_SCRIPT_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def text_weight(text: str) -> int:
    """Characters that weigh as text: in a script without spaces, each character counts as a word's worth."""
    if text.isascii() or _NO_SPACE_SCRIPT_RE.search(text) is None:  # (isascii reads the string's kind only)
        return len(text)
    dense = len(_NO_SPACE_SCRIPT_RE.findall(text))
    return len(text) + dense * (settings.NO_SPACE_CHAR_WEIGHT - 1)


def function_word_share(text: str, vocabulary: frozenset[str]) -> float:
    """Share of the text's words that are in `vocabulary` (0 for a text without words)."""
    lowered = text.lower()
    gapped = ascii_gapped(lowered)  # ASCII but for quotes, dashes, spaces: cut without the regex
    words = ascii_letter_runs(gapped) if gapped is not None else _WORD_RE.findall(lowered)
    if not words:
        return 0.0
    # summed in C (True counts 1): a generator's frame per word was most of this function's own time
    return sum(map(vocabulary.__contains__, words)) / len(words)


def prose_level(text: str, language: str | None) -> float:
    """How much a stretch of text reads as prose: its share of function words, or, for a language
    without a word list, its sentence ends per `PROSE_CHARS_PER_SENTENCE` weighted characters. A
    list of names, prices or links, or an address, is far below the page's own article."""
    vocabulary = function_words().get((language or "").split("-")[0].lower())
    if vocabulary is not None:
        return function_word_share(text, vocabulary)
    weight = text_weight(text)
    return count_sentence_ends(text) * settings.PROSE_CHARS_PER_SENTENCE / weight if weight else 0.0


def contact_shaped(text: str) -> bool:
    """Text holding an e-mail address or a phone number (a run of at least `PHONE_MIN_DIGITS`
    digits, spaces, dots, dashes and brackets): the shape of an address block, in any language."""
    if "@" in text and _EMAIL_RE.search(text):
        return True
    for run in _PHONE_RUN_RE.findall(text):
        number = run.rstrip(" ()./-")
        if sum(c.isdigit() for c in number) >= settings.PHONE_MIN_DIGITS and _PHONE_RE.fullmatch(number):
            return True
    return False
