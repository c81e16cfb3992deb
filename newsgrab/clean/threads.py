"""The blocks of a readers' comment thread the HTML stage found by the DOM's shape, and their removal.

A thread is read from the page as written (html/threads.py: repeated units, each a name or an
avatar, a date line, a text of its own), where its controls, avatars and class words still are;
the serialiser hands the finding on with each block of it as the hint `comment-thread:<cues>`
(`Block.hints`). Text input carries no hints, so this pass finds nothing there. A module of its
own: the related-run pass (related.py) reads the blocks' text and links, this one only a hint.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgrab.model import Block

#: the hint the HTML stage gives the blocks of a comment thread (html/threads.py: "comment-thread:<cues>"),
#: and the removal it makes (its rule gets the cues: "structure.comments:units=4+avatar+control")
THREAD_HINT, THREAD_REMOVAL = "comment-thread", ("structure.comments", "comments")


def thread_blocks(blocks: Sequence[Block]) -> dict[int, tuple[str, str]]:
    """The blocks the HTML stage marked as part of a readers' comment thread (`Block.hints`; text
    input has none), each with its removal: the rule with the cues that found the thread, and
    the category. A thread sits where the related run does, after the article or amid its
    closing boxes, and is read from the DOM's shape, not the blocks' (html/threads.py)."""
    found: dict[int, tuple[str, str]] = {}
    rule, category = THREAD_REMOVAL
    for i, block in enumerate(blocks):
        for hint in block.hints:
            family, _, cues = hint.partition(":")
            if family == THREAD_HINT:
                found[i] = (f"{rule}:{cues}" if cues else rule, category)
                break
    return found
