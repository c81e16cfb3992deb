"""A bracketed line of a dump: lynx's or w3m's mark for a picture, or the author's own text.

lynx and w3m print an image they do not show as its alt text in brackets on a line of its own
("[logo]", "[IMG]", "[photo-2.jpg]"), a script's or a form's place the same way, and text/lines.py
skips such a line. An article puts running text in brackets too: a figure's placeholder ("[figure 3:
the two branches after the merge]"), an editor's note, a chat or a thought set apart in fiction
("[Mira: I can't find the key.]"). What tells them apart is the shape of what the brackets hold, in
any language: a mark is a label of a few words, a file name or an address, markup, or a headline
(mostly capitalised words: a related link printed without its link, "[Related: Storage Giant Sets
Its Sights On Flash]"); running text has MIN_TEXT_WORDS words or more and reads as a sentence does.
"""

from __future__ import annotations

#: words a bracketed line holds at least to be running text ("[javascript protected email address]",
#: a mark of four, is not)
MIN_TEXT_WORDS = 5
#: characters that only a mark holds: an address's or a file's (`/`, `=`, `%`), markup's (`<`, `>`)
_MARK_CHARS = frozenset("/=%<>")


def is_bracketed_text(line: str) -> bool:
    """Whether a line that is all in brackets is running text rather than a converter's mark."""
    inner = line.strip()[1:-1]
    words = inner.split()
    if len(words) < MIN_TEXT_WORDS or any(char in _MARK_CHARS for char in inner):
        return False
    # (a one-letter word, "I" or "a", says nothing of the case its language writes words in)
    counted = [word for word in words if len(word) > 1 and word[0].isalpha()]
    return 2 * sum(1 for word in counted if word[0].isupper()) <= len(counted)
