"""A unit of text input that is one short phrase printed two to four times in a row, and nothing else.

A page prints some texts in several places that a browser never shows together: a story card's
headline sits in the picture's `alt`, the link's `title` and the card's heading; a picture with a
fallback copy for browsers without scripts (`<noscript>`) carries its `alt` twice. A converter
prints every one of them, back to back in one unit: "How to Fix the Crane How to Fix the Crane How
to Fix the Crane", "Photo of the quay Photo of the quay". A reader sees the phrase once, as the
card it is, or as no text at all (the picture); an article's own paragraph never says one phrase
back to back with nothing else. So such a unit goes: as the card it is ("related") when the phrase
is a headline's length, as a picture's text ("image-credit") when it is shorter. Shape only, in any
language written with spaces.

What stays: a phrase that ends as a sentence does (a test page's paragraph of lorem ipsum printed
twice, a chant: "Go! Go!"), a phrase shorter than MIN_PHRASE_CHARS ("New York, New York", a place
named twice), a unit that holds anything but the copies, and every unit of HTML input (its markup
was read).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgrab.clean.shapes import from_text
from newsgrab.model import Block
from newsgrab.sentences import ends_sentence

#: characters a phrase has at least (shorter doubles are names: "Bora Bora", "New York New York")
MIN_PHRASE_CHARS = 12
#: words a phrase has at most (a headline's, an alt text's); a longer one printed over is left alone
MAX_PHRASE_WORDS = 16
#: copies at most (alt, title, heading, and a screen reader's copy)
MAX_COPIES = 4
#: words from which the phrase is a card's headline rather than a picture's alt text
MIN_HEADLINE_WORDS = 4
#: the kinds of block a card's headline or a picture's text is printed as
_KINDS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6"})


def printed_over(blocks: Sequence[Block], texts: Sequence[str]) -> list[str | None]:
    """For each block, the removal category when it is one phrase printed over ("related" for a
    headline's length, "image-credit" below it), else None. Text input only."""
    found: list[str | None] = [None] * len(blocks)
    if not from_text(blocks):
        return found
    for i, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        if block.kind in _KINDS and len(text) >= 2 * MIN_PHRASE_CHARS and (words := phrase_words(text)):
            found[i] = "related" if words >= MIN_HEADLINE_WORDS else "image-credit"
    return found


def phrase_words(text: str) -> int:
    """The words of the phrase `text` prints two to MAX_COPIES times in a row and holds nothing
    else besides, or 0 (see the module's docstring)."""
    if text.find(text[:MIN_PHRASE_CHARS], MIN_PHRASE_CHARS) < 0:  # most blocks: the opening is not printed again
        return 0
    words = text.split()
    if len(words) > MAX_COPIES * MAX_PHRASE_WORDS:
        return 0
    for copies in range(2, MAX_COPIES + 1):
        size, left = divmod(len(words), copies)
        if left or not size or size > MAX_PHRASE_WORDS:
            continue
        phrase = words[:size]
        if all(words[k * size:(k + 1) * size] == phrase for k in range(1, copies)):
            one = " ".join(phrase)
            if len(one) < MIN_PHRASE_CHARS or ends_sentence(one):
                return 0
            return size
    return 0
