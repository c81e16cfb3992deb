"""The article's last sentence when it is too short to count as prose: the span goes on to it.

text/span.py finds the article as the run of blocks with the most prose, and a block shorter than
MIN_PROSE_CHARS is never prose there: a menu entry or a button is that short. So a story that ends on
a short sentence of its own paragraph ("The vote is on Monday.", "She did not reply.") ends its run
one paragraph early, and the sentence is left with the page chrome under it, though it reads as the
story's last line to anyone. What tells it from that chrome is its shape, the same in every language
written with a full stop: a sentence that starts with a capital letter and ends with one full stop,
with enough words in lowercase to be running text (a byline, "More by Nora Vale.", a list of names
is mostly capitals) and no link. A question or an exclamation there is more often the page's call
to the reader ("Ready to save more?", "Join us!") than the story's end, so only a statement goes.
At most MAX_CLOSING_SENTENCES such blocks are taken, right under the run; the notice pass after this
stage still judges them (a "Comments are closed." goes there, with its audit).
"""

from __future__ import annotations

import re

from newsgrab.model import Block

#: a statement: an opening quote or bracket maybe, a capital letter, and one full stop at its end (maybe
#: inside closing quotes), not an ellipsis ("Read more...") nor an abbreviation's dot alone
_STATEMENT_RE = re.compile(r"^[\"“‘'«(]?[^\W\d_a-zß-ÿ].*[^.][.][\"'”’»)]*$")
#: characters; a block shorter than this is never prose to text/span.py (a label, a button, a byline),
#: and only such a block is a sentence its run could not count
MIN_PROSE_CHARS = 40
#: words without a digit a closing sentence holds at least ("Updated at 1:23 p.m." has three)
MIN_CLOSING_WORDS = 4
#: sentences taken under the run at most: a story ends on one or two short lines, not on a list of them
MAX_CLOSING_SENTENCES = 2


def closing_sentences(blocks: list[Block], end: int) -> int:
    """The end of the article run `blocks[:end]` moved past the short statements right under it."""
    stop = min(len(blocks), end + MAX_CLOSING_SENTENCES)
    while end < stop and is_closing_sentence(blocks[end]):
        end += 1
    return end


def is_closing_sentence(block: Block) -> bool:
    """Whether a block is a short statement of running text (see the module's docstring)."""
    text = block.text
    if block.kind != "p" or block.link_chars or len(text) >= MIN_PROSE_CHARS or not _STATEMENT_RE.match(text):
        return False
    words = [word for word in text.split() if not any(char.isdigit() for char in word)]
    return len(words) >= MIN_CLOSING_WORDS and 2 * sum(1 for word in words if word[0].isupper()) <= len(words)
