"""What each block of a whole-page text dump is worth to the article span (text/span.py).

Each block gets a value from its shape alone. Prose (long enough, ending as a paragraph does or
holding sentences, little link text) counts for its text, less when it is cut off with an ellipsis
(a teaser's summary) or has no prose beside it (a caption between headlines), nothing when the same
text is printed twice (a cookie dialog's copy). Anything else costs: a label, a link-list entry or a
button more than a longer fragment of content (a list item, a headline), each more for every such
block right before it (a long run of them is a wall, a caption or subheading between paragraphs is
not), and link text costs per character. In a text whose links are marked up (markdown), a line
without a link costs less: there, menus and teasers are links. The span picks the run with the
largest total; the title and byline readers ask the same questions of single blocks (`prose_weight`,
`is_prose`, `text_mass`, `title_case`).
"""

from __future__ import annotations

import re

from newsgrab.model import Block
from newsgrab.text.closing import MIN_PROSE_CHARS
from newsgrab.text.ends import ends_with

#: a text that ends as a paragraph does: sentence punctuation, maybe inside closing quotes
#: (an ellipsis is left out: it ends the truncated summary of a teaser, not a paragraph)
_PARAGRAPH_END_RE = re.compile(r"(?:[^.][.!?]|[^.]:|[。！？])[\"'”’»)\]]*$")
#: what `_PARAGRAPH_END_RE` lets trail its punctuation, and the line break its `$` may stand before
_PARAGRAPH_TRAILING = "\"'”’»)]\n"
#: a sentence ends inside a text and the next one starts after a space (or a CJK full stop)
_SENTENCE_BREAK_RE = re.compile(r"[^.\s][.!?][\"'”’»)]*\s+[\"“«(]?[^\W\d_a-zß-ÿ]|[。！？]")
#: an element's tag at the start of a line: markup the converter passed through (a <noscript>
#: tracking pixel, an <img> or <div> of an advertisement), which is no one's prose
_TAG_START_RE = re.compile(r"</?[a-zA-Z][\w-]*[\s/>]")
_WIDE_CHAR_RE = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
#: a wide (CJK) character carries about as much text as this many Latin characters
WIDE_CHAR_WEIGHT = 3
#: characters; a block this long whose sentences run on past its end is prose (a paragraph the
#: converter cut in two at a link, or a paywall at its last sentence)
CUT_PROSE_CHARS = 100
#: share of capitalised words above which a long text without sentence punctuation is not prose
MAX_PROSE_CAPITALS_SHARE = 0.5
#: characters; a block this long is prose even without sentence punctuation
LONG_PROSE_CHARS = 200
#: share of link text above which a block is a link (list entry), not prose
MAX_PROSE_LINK_SHARE = 0.5
#: the value a block that is not prose costs (in characters of prose it takes to outweigh it)
CHROME_COST = 40
#: words; a line of at least this many words that is not prose is a fragment of content (a list
#: item, a caption, a headline), which costs little; a shorter one is a label (a menu entry, a button)
MIN_FRAGMENT_WORDS = 4
#: the value a fragment of content costs
FRAGMENT_COST = 20
#: what each character of link text costs
LINK_COST = 0.5
#: what each block that is not prose costs more for every such block right before it: a long run
#: of them (a menu, a list of links) is a wall between two prose regions, a short one (a caption,
#: a subheading, an advertisement's label) is not
RUN_COST = 8
#: blocks with link text a text must have for its links to be marked up (markdown, not plain text)
MIN_LINKED_BLOCKS = 10
#: what a label and a fragment without a link cost in a text whose links are marked up: there, a
#: menu entry or a teaser's headline is a link, and a line that is not one is most likely content
LINKED_LABEL_COST = 20
LINKED_FRAGMENT_COST = 5
#: share of its value that a run of sentences cut off with an ellipsis keeps
TRUNCATED_PROSE_SHARE = 0.5
#: share of its value that prose with no prose next to it keeps
ISOLATED_PROSE_SHARE = 0.5
#: characters each prose block gives up, so that a run of one-line teasers is not an article
PROSE_OFFSET = 40

#: characters; a text longer than this counts as printed twice when another block opens or ends
#: with the same this many characters
REPEAT_KEY_CHARS = 60
#: blocks; how far apart two printings of a text that differ at one end may be
REPEAT_NEAR = 2

NEUTRAL_KINDS = frozenset({"media", "hr", "pre"})
_PROSE_KINDS = frozenset({"p", "li", "quote", "table"})


def text_mass(text: str) -> int:
    """Characters, with a wide (CJK) character counted as WIDE_CHAR_WEIGHT."""
    if text.isascii():
        return len(text)
    return len(text) + (WIDE_CHAR_WEIGHT - 1) * len(_WIDE_CHAR_RE.findall(text))


def _words(text: str, mass: int) -> int:
    """Words, counting WIDE_CHAR_WEIGHT wide characters (which have no spaces between) as two."""
    spaced = text.count(" ") + 1
    return spaced if mass == len(text) else spaced + (mass - len(text)) // WIDE_CHAR_WEIGHT


def title_case(text: str) -> bool:
    """Whether most words start with a capital: a menu or a list of names run together, not prose."""
    words = text.split()
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals > MAX_PROSE_CAPITALS_SHARE * len(words)


def prose_weight(block: Block, mass: int) -> float:
    """How much a block counts as running text: 1 for prose (long enough, little link text, ending
    as a paragraph does, or long with sentences in it), TRUNCATED_PROSE_SHARE for sentences cut off
    with an ellipsis (a teaser's summary, a paywall's last lines), 0 for anything else."""
    if block.kind not in _PROSE_KINDS or mass < MIN_PROSE_CHARS:
        return 0.0
    if block.link_chars > MAX_PROSE_LINK_SHARE * len(block.text):
        return 0.0
    text = block.text
    if text.startswith("<") and _is_markup(text):
        return 0.0
    if ends_with(_PARAGRAPH_END_RE, text, _PARAGRAPH_TRAILING, 2):
        return 1.0
    if mass < CUT_PROSE_CHARS or not _SENTENCE_BREAK_RE.search(text):
        long_prose = mass >= LONG_PROSE_CHARS and not text.endswith(("...", "…")) and not title_case(text)
        return 1.0 if long_prose else 0.0
    return TRUNCATED_PROSE_SHARE if text.endswith(("...", "…")) else 1.0


def _is_markup(text: str) -> bool:
    """Whether a text opens with an HTML tag (`<img src="..."`, `<div>`), not a `<3` or a `< 5`:
    a converter passes a page's raw markup through (a tracking pixel in <noscript>), long and ending
    in `/>`, and as prose it could outweigh the article."""
    return _TAG_START_RE.match(text) is not None


def block_values(blocks: list[Block]) -> list[float]:
    """Each block's value: prose counts for its non-link text, anything else costs.

    Prose with no prose next to it (a photo caption between headlines, a teaser's summary) counts
    for ISOLATED_PROSE_SHARE of its text only: an article's paragraphs come in runs.
    """
    values: list[float] = []
    prose: list[bool | None] = []  # None: neutral (media, rules), skipped when looking at neighbours
    repeated = _repeated(blocks)
    linked = sum(1 for block in blocks if block.link_chars) >= MIN_LINKED_BLOCKS
    for block, twice in zip(blocks, repeated, strict=True):
        if block.kind in NEUTRAL_KINDS:
            values.append(0.0)
            prose.append(None)
            continue
        text = block.text
        mass = len(text) if text.isascii() else text_mass(text)  # (text_mass' own first branch, uncalled)
        # (prose_weight's own first test, so most blocks, too short or not of a prose kind, skip the call)
        weight = prose_weight(block, mass) if mass >= MIN_PROSE_CHARS and block.kind in _PROSE_KINDS else 0.0
        if weight:
            values.append(0.0 if twice else weight * (mass - block.link_chars) - PROSE_OFFSET)
            prose.append(True)
        else:
            label = block.link_chars * 2 > len(block.text) or _words(block.text, mass) < MIN_FRAGMENT_WORDS
            if linked and not block.link_chars:
                cost = LINKED_LABEL_COST if label else LINKED_FRAGMENT_COST
            else:
                cost = CHROME_COST if label else FRAGMENT_COST
            values.append(-cost - LINK_COST * block.link_chars)
            prose.append(False)
    previous = False
    run = 0  # blocks that are not prose since the last prose
    for index, here in enumerate(prose):
        if here is None:
            continue
        if here and not previous and not _next_is_prose(prose, index + 1):
            values[index] *= ISOLATED_PROSE_SHARE
        if here:
            run = 0
        else:
            values[index] -= RUN_COST * run
            run += 1
        previous = here
    return values


def _repeated(blocks: list[Block]) -> list[bool]:
    """Which blocks are printed twice: the same text anywhere in the page (a cookie dialog's copy),
    or a text of more than REPEAT_KEY_CHARS characters that a block at most REPEAT_NEAR blocks away
    holds whole at its start or end (a gallery caption printed again with "1of4" before it or a
    photo credit after it). Near only: a teaser far from the story opens as its first paragraph."""
    out = [False] * len(blocks)
    whole: dict[str, int] = {}
    near: dict[str, int] = {}
    for index, block in enumerate(blocks):
        text = block.text
        if text in whole:
            out[index] = out[whole[text]] = True
        whole[text] = index
        if len(text) <= REPEAT_KEY_CHARS:
            continue
        for key in ("<" + text[:REPEAT_KEY_CHARS], ">" + text[-REPEAT_KEY_CHARS:]):
            other = near.get(key)
            if other is not None and index - other <= REPEAT_NEAR and _holds(text, blocks[other].text, key[0]):
                out[index] = out[other] = True
            near[key] = index
    return out


def _holds(one: str, other: str, end: str) -> bool:
    """Whether one of two texts is the other's start (`end` "<") or end (">")."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) if end == "<" else long.endswith(short)


def is_prose(block: Block) -> bool:
    """Whether a block reads as a paragraph of prose, as `first_prose` (text/span.py) tells one."""
    return block.kind not in NEUTRAL_KINDS and bool(prose_weight(block, text_mass(block.text)))


def _next_is_prose(prose: list[bool | None], start: int) -> bool:
    for index in range(start, len(prose)):  # (not a slice: that copies the rest of the list each time)
        here = prose[index]
        if here is not None:
            return here
    return False
