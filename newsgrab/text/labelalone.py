"""A byline's label alone on its line, its names on the next line ("By" / "Jane Doe", "投稿者" / "Jane Doe").

A label of a script that puts no space between words opens a byline with a space as others do with a
colon (text/byline.py `UNSPACED_BYLINE_RE`: "投稿者 Jane Doe"); get_text and markdownify print a credit
list's term and its value on lines of their own, so the line's end parts them as that space does, and
the label stands alone without its colon. Kept apart from text/byline.py, the labels' patterns, as the
one test the readers of a label over its names share (text/around.py, text/bylineonce.py).
"""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.byline import BYLINE_WORDS, UNSPACED_LABEL_WORDS


def is_label_alone(block: Block) -> bool:
    """Whether a line is a byline's label alone, its names on the next line: "By", "Author:" (BYLINE_WORDS),
    or a label of an unspaced script without its colon ("投稿者" over "Jane Doe"). Such a label as a list's
    item is a menu's entry, a search filter's ("* 著者" / "* 価格": search by author, by price), not
    a credit."""
    folded = block.text.casefold()
    return folded in BYLINE_WORDS or (folded in UNSPACED_LABEL_WORDS and block.kind != "li")
