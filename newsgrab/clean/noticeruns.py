"""A run of notices amid a text dump: the article ended above it, so the block right above reads as after it.

In HTML the page ends with the article, and the notices under its last paragraph (an appeal to back
the podcast, a sponsor's line, a credit) sit after its last anchor, where the score reads them with
its `after-body` cue. A whole-page text dump goes on after them: a comment thread, a sidebar, a
forum's replies, all prose the score keeps, so the article's span runs on over them, the blocks under
its last paragraph are mid-page, and a notice there that the position cue alone tipped stays. What
the text keeps is the run of notices the pass did take (a newsletter box, its "Subscribe" button, a
call to the site's community): where `MIN_RUN` of them follow each other, the article's matter ended
above them, and the block right above (the last of the story or the first of the notices) is read as
after the article. The score decides it as it would after the last paragraph: plain prose is not
read at all (reading.py `read_view`: a paragraph with no word of a notice's lists, no address, no
site name), a paragraph the score keeps there stays, a notice goes, and the walk goes on up
(`MAX_READ_UP` blocks at most). Language-free: the run and the position, not words. Text input
only (HTML has its end). On the tune pages of fold A it takes a call to back a podcast above its
newsletter box, a contributor credit and a wire's credit line above a run of share buttons, a lone
"Tweet" button, and a "Send us your review" button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsgrab.clean.shapes import from_text, is_separator
from newsgrab.clean.views import BlockText
from newsgrab.model import Block

#: notices in a row (rule hits or structure's removals, separators passed over) that end the article above
MIN_RUN = 3
#: blocks above a run read at most, one after the other
MAX_READ_UP = 2

#: block `i`'s view and text cues, position cues left out (None for plain prose, which is never read)
Read = Callable[[int], tuple[BlockText | None, dict[str, float]]]


def above_notice_runs(blocks: Sequence[Block], texts: Sequence[str], taken: Sequence[bool],
                      may_go: Callable[[int], bool], read: Read, is_notice: Callable[[dict[str, float]], bool],
                      first_body: int) -> dict[int, tuple[BlockText, dict[str, float]]]:
    """The blocks right above a run of `MIN_RUN` notices or more (`taken`) that the score takes as
    notices after the article, each with its view and its cues there (`after-body` set).
    `may_go(i)`: whether block `i` may go at all (no rule decided it, not an editor's note), asked
    only of the blocks read; nothing at or above `first_body` (the article's first paragraph) goes.
    One walk up the page, a separator tested only inside a run, and at most `MAX_READ_UP` blocks
    read for each run."""
    if not from_text(blocks):
        return {}
    found: dict[int, tuple[BlockText, dict[str, float]]] = {}
    run = 0
    for i in range(len(blocks) - 1, -1, -1):
        if taken[i]:
            run += 1
            continue
        if not run or not texts[i] or is_separator(blocks[i], texts[i]):
            continue  # (a run's "* * *" fences its notices)
        if run >= MIN_RUN:
            k, steps = i, 0
            while k > first_body and steps < MAX_READ_UP and not taken[k] and may_go(k):
                view, cues = read(k)
                placed = {**cues, "after-body": 1.0}
                if view is None or not is_notice(placed):
                    break
                found[k] = view, placed
                k, steps = k - 1, steps + 1
                while k > first_body and (not texts[k] or is_separator(blocks[k], texts[k])):
                    k -= 1
        run = 0
    return found
