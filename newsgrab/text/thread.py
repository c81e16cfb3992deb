"""A comment thread or a stack of dialogs above the one sentence that won the article span.

Under an article a page prints its comments (a name, "2 years", "Copy link to comment", the comment,
"Reply", for every comment) and, in its markup, the dialogs it may open (a dialog's title, its text,
"Close", for every dialog); below them comes the footer with its blurbs ("Our support team is
available 24/7. ..."). An article of a few short lines (a video's description, a tweet) is worth less
than one long sentence there, and that sentence won the span, so the headline was read from the lines
above the footer's blurb (a thread's "Copy link to comment"). An article is a run of paragraphs; a
lone sentence under such a thread is the footer's or a dialog's. The thread's mark is repetition:
one short line that is not prose, printed once for every comment or dialog, whatever its language
and wording ("Reply", "Antworten", "Close", "Verified account"). A menu prints its entries once, and
between a one-paragraph article and a standfirst or teaser above it nothing repeats.
"""

from __future__ import annotations

from newsgrab.model import Block

#: times a short line that is not prose is printed between the lone sentence and the best run above
#: it for that stretch to be a thread of comments or dialogs (one comment's or dialog's own controls
#: are printed once each, a thread's once per item: vimeo's 14 comments, twitter's dialogs)
MIN_THREAD_REPEATS = 3
#: characters; what such a control line holds at most ("Copy link to comment", "User avatar",
#: "Close", "Reply"): a teaser's headline repeated in a list is longer
MAX_THREAD_CONTROL_CHARS = 24


def lone_prose(values: list[float], start: int, end: int) -> bool:
    """Whether the run `values[start:end]` of block values (text/span.py) holds one prose block (a
    positive value) and no more; an article's run mostly holds many, so the count stops at two."""
    found = False
    for index in range(start, end):
        if values[index] > 0:
            if found:
                return False
            found = True
    return found


def thread_between(blocks: list[Block], values: list[float], above_end: int, start: int) -> bool:
    """Whether the blocks between the end `above_end` of the best run above a lone sentence and the
    sentence at `start` are a thread: a short line that is not prose is printed MIN_THREAD_REPEATS
    times or more among them."""
    counts: dict[str, int] = {}
    for index in range(above_end, start):
        text = blocks[index].text
        if values[index] < 0 and len(text) <= MAX_THREAD_CONTROL_CHARS:
            counts[text] = count = counts.get(text, 0) + 1
            if count >= MIN_THREAD_REPEATS:
                return True
    return False
