"""Main-content detection on lines: where the article sits in a whole-page text dump.

A converter's dump of a page holds everything a browser shows: menus, section and trending lists,
cookie notices, the article, related links, comments, the footer. Each block gets a value from its
shape alone (text/values.py: prose counts for its text, anything else costs, a long run of it a
wall). The article is the run of blocks with the largest total value (the densest prose region);
headings, lists, quotes and captions inside it stay. A winning
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

from dataclasses import dataclass

from newsgrab.model import Block
from newsgrab.text.closing import closing_sentences
from newsgrab.text.gaps import headline_gap
from newsgrab.text.thread import lone_prose, thread_between

# the block values and the single-block questions the title and byline readers ask live in
# text/values.py; they are named here too, where those readers have always imported them from
from newsgrab.text.values import CHROME_COST, NEUTRAL_KINDS
from newsgrab.text.values import block_values as block_values
from newsgrab.text.values import is_prose as is_prose
from newsgrab.text.values import prose_weight as prose_weight
from newsgrab.text.values import text_mass as text_mass
from newsgrab.text.values import title_case as title_case

#: blocks that are not prose above the run (or blocks of any kind after it) for that side of the
#: text to be cut as page chrome
MIN_CHROME_BLOCKS = 5

#: blocks; a run that starts this near the end of the text, with COPYRIGHT_SIGN in one of the blocks
#: from there on, is the page's footer (its terms and disclaimers), not an article
MAX_FOOTER_BLOCKS = 8
COPYRIGHT_SIGN = "\u00a9"

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


@dataclass(slots=True)
class Span:
    """The article's blocks: `blocks[start:end]`."""

    start: int
    end: int


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
    bridged = _bridge_gaps(blocks, values, best_start, best_end)
    if bridged != (best_start, best_end):  # the story goes on past a list amid it: walls beyond it too
        best_start, best_end = _bridge_walls(blocks, values, best, *bridged)
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


def _bridge_gaps(blocks: list[Block], values: list[float], start: int, end: int) -> tuple[int, int]:
    """The article run widened across a list of other stories' headlines amid the story (a "read
    also" box, a teaser block) to the story's prose on its other side (text/gaps.py), below the run
    and above it, one gap at a time; never to a run with a copyright sign in it or to the footer. At most
    MAX_WALL_CROSSINGS rounds, as for the walls: each round reads the text again."""
    changed, crossings, backward = True, 0, values[::-1]
    while changed and crossings < MAX_WALL_CROSSINGS:
        changed, crossings = False, crossings + 1
        after = _run_from(values, end)
        if (after is not None and not _has_copyright(blocks, end, after[2]) and not _is_footer(blocks, after[1])
                and headline_gap(blocks, values, end, after[1], range(after[1], after[2]))):
            end, changed = after[2], True
        before = _run_from(backward, len(values) - start)
        if before is not None:
            above_start, above_end = len(values) - before[2], len(values) - before[1]
            if (not _has_copyright(blocks, above_start, start)
                    and headline_gap(blocks, values, above_end, start, range(above_end - 1, above_start - 1, -1))):
                start, changed = above_start, True
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
    return sum(text_mass(block.text) for block in gap if block.kind not in NEUTRAL_KINDS)


def _has_copyright(blocks: list[Block], start: int, end: int) -> bool:
    return any(COPYRIGHT_SIGN in blocks[index].text for index in range(start, end))
