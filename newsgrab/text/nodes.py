"""Lines of one space between the text nodes of a paragraph (BeautifulSoup's `get_text("\\n")`).

That converter puts every text node on a line of its own, and the whitespace node between two
links, or an emphasis and a link ("rent on <a>iTunes</a> <a>Vudu</a>"), becomes a line holding one
space. Read as a blank line it cuts the sentence into pieces ("is currently" / "streaming on Hulu"
/ "and ready to rent at" / "YouTube"), which later steps read as separate, short,
non-prose blocks and drop. A line of exactly one space is not what a converter writes between
paragraphs (those are empty lines or source indentation), so where a text has several of them
inside open sentences, each such one is read as the space it was.

The cues are shape only (one space; the line above does not stop a clause; the line below starts
in lowercase, or the line above is itself mid-sentence; how often it happens), so they hold for any
converter and language. A list of headlines or menu items with a space node between each
("Serious allegation against Marlowe" / " " / "Dorothea Vance doesn't age") stays apart: both
sides start with a capital. A hard-wrapped text (lynx, w3m, html2text) never takes this path: its
columns already say which line goes on from which.
"""

from __future__ import annotations

from newsgrab.text.ends import ends_with
from newsgrab.text.wrap import CLAUSE_END_RE

#: one-space lines inside open sentences that a text needs before any of them is read as a space:
#: one or two may be a page's stray whitespace between two blocks; more are the converter's habit
MIN_SPACE_JOINS = 3


def _mid_sentence(line: str) -> bool:
    """A line that is itself the middle of something: it starts in lowercase ("and ready to rent
    at"), or it is a lone mark that belongs to what follows (a footnote's "^", a bullet's "•")."""
    return line[0].islower() or (len(line) == 1 and not line.isalnum())


def space_joins(lines: list[str]) -> frozenset[int]:
    """Indices of the one-space lines that stand for a space inside a sentence: between two lines of
    text, the one above not stopping a clause, and either the one below starting in lowercase or
    the one above being mid-sentence itself (a capitalised line after a capitalised line is as
    often the next headline of a list). None unless the text has MIN_SPACE_JOINS of them."""
    found = []
    for index in range(1, len(lines) - 1):
        if lines[index] != " ":
            continue
        above, below = lines[index - 1].strip(), lines[index + 1].strip()
        if not above or not below or ends_with(CLAUSE_END_RE, above, "\n", 1):
            continue
        if below[0].islower() or _mid_sentence(above):
            found.append(index)
    return frozenset(found) if len(found) >= MIN_SPACE_JOINS else frozenset()
