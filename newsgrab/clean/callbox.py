"""A box of calls set into the article, as a whole-page converter prints it: a call, its blurb, a call.

A newsletter's or a channel's promotion set between the story's paragraphs is a box: a call on its own
line ("Sign up for The Harbour Briefing"), a sentence or two that sell it to the reader ("Hey, I'm Jane
Doe, the desk's night editor. I'll send you the day's tides."), and a second call or button ("Sign up
via push alert", "Subscribe"). In HTML the box is one element the stage reads by its markup; a converter
prints each part as a paragraph of its own, and the score reads each alone: the call lines are short
prompts it may leave (a prompt without a link is a weak notice on its own), and the blurb is prose
that names no publisher. Read together the shape is plain in any language: two prompts
(`shapes.is_prompt`, paragraphs or headings: a list of steps is the article's) with at most
`MAX_BOX_BLOCKS` short blocks between them, each of which addresses the reader or calls to act and
reports no one's words (the score's `reader-address` / `call-to-action` cues, not `reported-speech`),
and one of the prompts opens with a call to subscribe, donate or follow (the notice words' `action:`
lists of those categories). The box goes whole, under that call's category.

The article's own paragraphs between two prompts report what someone said or tell what happened; a
paragraph that merely mentions a newsletter has no prompt on either side. Text input only
(`Block.origin` "line N"): an HTML page's box is markup the stage has read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from newsgrab.clean.lexicon import ACTION_PREFIX, Vocabulary, folded_words
from newsgrab.clean.shapes import HEADING_KINDS, from_text, is_prompt
from newsgrab.model import Block

#: short blocks a box holds at most between its two calls (a blurb of a sentence or two, a tag line)
MAX_BOX_BLOCKS = 2
#: characters; each block between the calls is at most this long
MAX_BLURB_CHARS = 300
#: characters; a box's call line is at most this long ("Sign up for The Harbour Briefing")
MAX_CALL_CHARS = 80
#: the categories of call that make a box (a "Read more" between teasers opens a card, not a box)
BOX_CATEGORIES = ("newsletter", "donation", "follow")
#: the score's cues of which every block between the calls holds one, and the one it may not hold
_SELLING_CUES = ("reader-address", "call-to-action")
_REPORTED = "reported-speech"
#: the kinds of a box's blocks: a list's items are the list's steps ("Sign up for the bundle", "If you
#: already have an account, upgrade it", "Sign up for ..."), however much they sound like calls
_KINDS = frozenset({"p"}) | HEADING_KINDS


def call_boxes(blocks: Sequence[Block], texts: Sequence[str], vocabulary: Vocabulary,
               cues_of: Callable[[int], Mapping[str, float]]) -> dict[int, str]:
    """The blocks of boxes of calls in text input (see the module), each with the box's category.
    `vocabulary`: the page's notice words (their `action:` lists); `cues_of(k)`: the score's cues of
    block `k`, asked only of the blocks between two prompts."""
    found: dict[int, str] = {}
    if not from_text(blocks):
        return found
    calls = [k for k, block in enumerate(blocks) if block.kind in _KINDS and _is_call(texts[k])]
    for first, second in pairwise(calls):
        between = [k for k in range(first + 1, second) if blocks[k].kind != "media"]
        if not between or len(between) > MAX_BOX_BLOCKS:
            continue
        category = _category(texts[first], vocabulary) or _category(texts[second], vocabulary)
        if category is None or not all(_sells(blocks[k], texts[k], cues_of(k)) for k in between):
            continue
        found.update(dict.fromkeys(range(first, second + 1), category))
    return found


def _category(text: str, vocabulary: Vocabulary) -> str | None:
    """The first of `BOX_CATEGORIES` whose call words the prompt opens with ("Sign up ..." newsletter)."""
    words = folded_words(text.casefold())
    return next((category for category in BOX_CATEGORIES if vocabulary[ACTION_PREFIX + category].opens(words)), None)


def _is_call(text: str) -> bool:
    return len(text) <= MAX_CALL_CHARS and is_prompt(text)


def _sells(block: Block, text: str, cues: Mapping[str, float]) -> bool:
    """Whether a block between two calls is the box's blurb: short, addressing the reader or calling to
    act, and reporting no one's words."""
    return (block.kind in _KINDS and 0 < len(text) <= MAX_BLURB_CHARS and not cues.get(_REPORTED)
            and any(cues.get(cue) for cue in _SELLING_CUES))
