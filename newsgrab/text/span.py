"""Main-content detection on lines: where the article sits in a whole-page text dump.

A converter's dump of a page holds everything a browser shows: menus, section and trending lists,
cookie notices, the article, related links, comments, the footer. Each block gets a value from its
shape alone. Prose (long enough, ending as a paragraph does or holding sentences, little link text)
counts for its text, less when it is cut off with an ellipsis (a teaser's summary) or has no prose
beside it (a caption between headlines), nothing when the same text is printed twice (a cookie
dialog's copy). Anything else costs: a label, a link-list entry or a button more than a longer
fragment of content (a list item, a headline), each more for every such block right before it (a
long run of them is a wall, a caption or subheading between paragraphs is not), and link text
costs per character. In a text whose links are marked up (markdown), a line without a link costs
less: there, menus and teasers are links. The article is the run of blocks with the largest total
value (the densest prose region); headings, lists, quotes and captions inside it stay. A winning
run that starts among the last few blocks with a copyright sign there is the page's footer (its
terms and disclaimers, long sentences that outweigh an article made of lists), and the best run
above it is the article; so is it when the winner is one sentence under a comment thread or a stack
of dialogs (text/thread.py). The run then crosses a wall inside the article (a table or chart printed
one cell a line, a code sample one token a line) when the prose beyond it is worth twice its size.

A text with no page chrome above that run (a pasted article, text cleaned already) is kept whole,
and so is a short tail after it (else the story's last short statements, text/closing.py): the
notice pass after this stage judges those blocks, with its audit of what went and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab.model import Block
from newsgrab.text.closing import MIN_PROSE_CHARS, closing_sentences
from newsgrab.text.ends import ends_with
from newsgrab.text.thread import lone_prose, thread_between

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
#: blocks that are not prose above the run (or blocks of any kind after it) for that side of the
#: text to be cut as page chrome
MIN_CHROME_BLOCKS = 5

#: blocks; a run that starts this near the end of the text, with COPYRIGHT_SIGN in one of the blocks
#: from there on, is the page's footer (its terms and disclaimers), not an article
MAX_FOOTER_BLOCKS = 8
COPYRIGHT_SIGN = "\u00a9"

#: characters; a text longer than this counts as printed twice when another block opens or ends
#: with the same this many characters
REPEAT_KEY_CHARS = 60
#: blocks; how far apart two printings of a text that differ at one end may be
REPEAT_NEAR = 2

#: a run of prose on the other side of a wall without link text (a table printed one cell a line, a
#: chart's axis labels, a code sample one token a line) joins the article when its value is at least
#: this many times the wall's characters (at 1, teasers and disclaimers below a list of headlines
#: printed without links joined too: textbench bs4 0.924 -> 0.920, lynx and w3m holdout -0.005)
WALL_SIDE_FACTOR = 2.0
#: rounds of wall crossing (a story crosses a few charts; 8,000 "# heading" sections took 34 s, n²)
MAX_WALL_CROSSINGS = 64
#: a wall above the run is crossed only when it is at least this many blocks of at most this many
#: characters on average (a chart's labels, code tokens, a table of contents printed one section title
#: a line, a review's score box of one-word labels): above the first paragraph sit the headline,
#: byline and date, a few longer lines under a site's blurb, and joining them misplaces the header
#: lines (bench/meta cnet and politico-3 through w3m: the title became the site's tagline). At 12 an
#: encyclopedia's contents (16-17 a line through w3m, lynx, inscriptis) and a review's pros, cons and
#: score labels (14 through lynx) stopped the article under them and its lead above was lost
#: (bench Readability wikipedia-2 and engadget, tune half); a line of a headline list or a header is
#: longer than 20
MIN_WALL_ABOVE_BLOCKS = 10
WALL_ABOVE_TOKEN_CHARS = 20
#: such a wall is crossed to a run above it that holds at least MIN_WALL_ABOVE_PARAGRAPHS paragraphs
#: when they are worth this many times its characters (not WALL_SIDE_FACTOR): an article's lead over
#: its contents or a video player's labels, where a single block there is a caption or a language
#: chooser's line (bench Readability wikipedia, bug-1255978 and nytimes-4 crossed; msn and a textbench
#: caption not; a list of names run together is no paragraph: bench/meta politico through bs4)
MIN_WALL_ABOVE_PARAGRAPHS = 2
WALL_ABOVE_PARAGRAPHS_FACTOR = 0.8

_NEUTRAL_KINDS = frozenset({"media", "hr", "pre"})
_PROSE_KINDS = frozenset({"p", "li", "quote", "table"})


@dataclass(slots=True)
class Span:
    """The article's blocks: `blocks[start:end]`."""

    start: int
    end: int


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
        if block.kind in _NEUTRAL_KINDS:
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
    """Whether a block reads as a paragraph of prose, as `first_prose` tells one."""
    return block.kind not in _NEUTRAL_KINDS and bool(prose_weight(block, text_mass(block.text)))


def first_prose(blocks: list[Block], limit: int) -> int:
    """The index of the first prose block among the first `limit` blocks that are not media (0 when
    none is): an image between a site's line and the headline is not a line of text before it."""
    for index, block in enumerate(blocks):
        if block.kind == "media":
            limit += 1
        elif index >= limit:
            break
        elif is_prose(block):
            return index
    return 0


def _next_is_prose(prose: list[bool | None], start: int) -> bool:
    for index in range(start, len(prose)):  # (not a slice: that copies the rest of the list each time)
        here = prose[index]
        if here is not None:
            return here
    return False


def find_span(blocks: list[Block]) -> Span:
    """The run of blocks with the largest total value; the whole text when nothing above it is page
    chrome, and widened to the end when fewer than MIN_CHROME_BLOCKS blocks follow it."""
    if not blocks:
        return Span(0, 0)
    values = block_values(blocks)
    best, best_start, best_end = _best_run(values)
    if _is_footer(blocks, best_start):
        earlier = _best_run(values[:best_start])
        if earlier[0] > 0:
            best, best_start, best_end = earlier
    elif (lone_prose(values, best_start, best_end) and (earlier := _best_run(values[:best_start]))[0] > 0
          and thread_between(blocks, values, earlier[2], best_start)):
        best, best_start, best_end = earlier  # a footer's or a dialog's sentence under comments or dialogs
    if best <= 0:
        return Span(0, len(blocks))
    best_start, best_end = _bridge_walls(blocks, values, best, best_start, best_end)
    if _chrome_blocks(values[:best_start]) < MIN_CHROME_BLOCKS:
        return Span(0, len(blocks))  # no page chrome above the article: text that was clean already
    if sum(1 for value in values[best_end:] if value) < MIN_CHROME_BLOCKS:
        best_end = len(blocks)
    return Span(best_start, closing_sentences(blocks, best_end))  # and its last short sentences (text/closing.py)


def _best_run(values: list[float]) -> tuple[float, int, int]:
    """(total, start, end) of the run of values with the largest total (0, 0, 0 when none is positive)."""
    best = total = 0.0
    best_start = best_end = start = 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = value, index
        else:
            total += value
        if total > best:
            best, best_start, best_end = total, start, index + 1
    return best, best_start, best_end


def _is_footer(blocks: list[Block], start: int) -> bool:
    """Whether a run that starts at `start` is the page's legal footer, not its article: it starts
    among the last MAX_FOOTER_BLOCKS blocks of the text, with a copyright sign in one of them. A
    site's terms and disclaimers can outweigh an article made of lists (a meal plan) or one short
    paragraph, and they are the last thing on a page; an article run that ends in the footer is
    longer."""
    if len(blocks) - start > MAX_FOOTER_BLOCKS:
        return False
    return any(COPYRIGHT_SIGN in block.text for block in blocks[start:])


def _chrome_blocks(values: list[float]) -> int:
    return sum(1 for value in values if value <= -CHROME_COST)


def _bridge_walls(blocks: list[Block], values: list[float], total: float, start: int, end: int) -> tuple[int, int]:
    """The article run widened across a wall inside the article to the prose on its other side.

    A table printed one cell a line (bs4), a chart's axis labels, a code sample one token a line, an
    infobox, or a sentence a converter broke into pieces at each link and italic costs as a long run
    of labels does and stops the run, though the article goes on after it. Such a wall has no link
    text (a menu or a teaser list in a text whose links are marked up has), and the prose on each
    side is worth WALL_SIDE_FACTOR times the wall's characters, so a menu between an article and a
    one-paragraph author bio is not crossed (above the run, paragraphs in a row need less: see
    WALL_ABOVE_PARAGRAPHS_FACTOR). Nor is a run with a copyright sign in it: a site's
    disclaimers are long sentences under a list of links printed without their marks. Walls are
    crossed one at a time while that holds, and a crossed wall's cost leaves the article's total as
    it was: a wall costs more for every block of it (RUN_COST), so with its cost counted a story's
    first chart took the total below any second one, and a story with five charts (bench
    Readability nytimes-4) began under its last, 200 blocks below the headline."""
    changed, crossings, backward = True, 0, values[::-1]
    while changed and crossings < MAX_WALL_CROSSINGS:  # each crossing reads the text again
        changed, crossings = False, crossings + 1
        after = _run_from(values, end)
        if after is not None and not _has_copyright(blocks, after[1], after[2]):
            side, run_start, run_end = after
            wall = _wall_mass(blocks[end:run_start])
            if wall is not None and side >= WALL_SIDE_FACTOR * wall and total >= wall:
                total, end, changed = total + side, run_end, True
        before = _run_from(backward, len(values) - start)
        if before is not None and not _has_copyright(blocks, len(values) - before[2], len(values) - before[1]):
            side, run_start, run_end = before
            gap = blocks[len(values) - run_start:start]
            wall = _wall_mass(gap)
            if (wall is not None and total >= wall and len(gap) >= MIN_WALL_ABOVE_BLOCKS
                    and wall <= WALL_ABOVE_TOKEN_CHARS * len(gap)
                    and side >= _above_factor(blocks, values, len(values) - run_end, len(values) - run_start) * wall):
                total += side
                start, changed = len(values) - run_end, True
    return start, end


def _above_factor(blocks: list[Block], values: list[float], start: int, end: int) -> float:
    """What the run `blocks[start:end]` above a wall must be worth, in times the wall's characters: its
    paragraphs are counted without those of mostly capitalised words (a list of names run together,
    as a search form's list of authors prints: bench/meta politico through bs4)."""
    paragraphs = sum(1 for index in range(start, end) if values[index] > 0 and not title_case(blocks[index].text))
    return WALL_ABOVE_PARAGRAPHS_FACTOR if paragraphs >= MIN_WALL_ABOVE_PARAGRAPHS else WALL_SIDE_FACTOR


def _run_from(values: list[float], start: int) -> tuple[float, int, int] | None:
    """(total, start, end) of the run that starts at the first positive value from `start` on and
    has the largest total, or None when no value is positive."""
    first = next((index for index in range(start, len(values)) if values[index] > 0), None)
    if first is None:
        return None
    best = total = 0.0
    best_end = first
    for index in range(first, len(values)):
        total += values[index]
        if total > best:
            best, best_end = total, index + 1
    return best, first, best_end


def _wall_mass(gap: list[Block]) -> int | None:
    """The characters of a gap between two prose runs, or None when it has link text (a menu)."""
    if any(block.link_chars for block in gap):
        return None
    return sum(text_mass(block.text) for block in gap if block.kind not in _NEUTRAL_KINDS)


def _has_copyright(blocks: list[Block], start: int, end: int) -> bool:
    return any(COPYRIGHT_SIGN in blocks[index].text for index in range(start, end))
