"""A list of other stories' headlines amid the story: a gap in the article's span, not its end.

A page sets a "read also" box, a teaser block or a "more from" list between two parts of a story,
and a converter prints it as a run of short lines: headlines, each on a line of its own, linked or
not, maybe with a label over them and a kicker or a picture's name beside each. In text/span.py
such a run costs as a menu does (a wall of lines that are not prose, link text costing more), so the
article's run stopped at it and the story's second part was lost (bench/related_shapes_text.py
`--where middle`: over a thousand body blocks a fold). A reader sees a gap: the list is headline-
shaped (mostly lines of several words, none of them prose), short (MAX_GAP_BLOCKS), and prose of
the same story resumes right after it, paragraphs in a row. What ends the story instead, whatever
its language: a comment thread (a short control line printed again and again, text/thread.py's
mark), the footer (a copyright sign, the span's own test), or another article, whose headline and
byline stand right above its first paragraph. The span then takes the list in (the notice pass
after it judges the list's lines with its related-link readers, with its audit).
"""

from __future__ import annotations

from newsgrab.meta.people import split_authors
from newsgrab.model import Block
from newsgrab.text.byline import BYLINE_RE, MAX_HEADER_NAME_CHARS, byline_names
from newsgrab.text.namephrase import is_person_name
from newsgrab.text.thread import MAX_THREAD_CONTROL_CHARS, MIN_THREAD_REPEATS
from newsgrab.text.values import NEUTRAL_KINDS, text_mass, title_case

#: blocks (not counting pictures and rules) a gap holds at most: a box of a dozen teasers, each
#: printed on up to three lines (a picture's name, the headline, a kicker), with a label over them; a
#: longer run of short lines is the page's furniture, not a box in a story
MAX_GAP_BLOCKS = 40
#: headline-shaped lines a gap holds at least, and the share of its lines they are at least (a list
#: printed as picture-name / headline / kicker triples is a third headlines; a menu has none)
MIN_GAP_HEADLINES = 3
MIN_GAP_HEADLINE_SHARE = 1 / 3
#: words a headline holds at least (a menu entry, a label or a button holds fewer)
MIN_HEADLINE_WORDS = 4
#: characters (CJK weighted) of a headline with no spaces between its words at least
MIN_HEADLINE_MASS = 24
#: characters a gap's line holds at most: longer is a paragraph, not a list's line
MAX_GAP_LINE_CHARS = 200
#: prose blocks in a row that must open the prose after the gap: a story's paragraphs come in runs,
#: a teaser's summary stands alone between headlines
MIN_RESUME_PARAGRAPHS = 2
#: the value (text/values.py) the prose after the gap is worth at least: two short paragraphs
MIN_RESUME_VALUE = 150.0
#: the gap's lines right above the later prose where a byline marks another article's header
BYLINE_LINES = 2
#: what a caption, a label or a dateline ends on, and a headline does not
_NOT_HEADLINE_ENDS = (".", ":", ",", "|", "\u3002", "\uff1a")
#: blocks from the prose after the gap on read for a thread's repeated controls (three comments' worth)
THREAD_LOOKAHEAD = 12


def headline_gap(blocks: list[Block], values: list[float], gap_start: int, gap_end: int,
                 resumed: range) -> bool:
    """Whether `blocks[gap_start:gap_end]`, between two runs of prose, is a list of headlines the
    story goes on after: `resumed` walks the other run's blocks from the gap outward (down after a
    gap below the article, up before one above it)."""
    gap = [index for index in range(gap_start, gap_end) if blocks[index].kind not in NEUTRAL_KINDS]
    if not gap or len(gap) > MAX_GAP_BLOCKS:
        return False
    headlines = 0
    for index in gap:
        text = blocks[index].text
        if len(text) > MAX_GAP_LINE_CHARS or values[index] > 0:
            return False
        headlines += is_headline(text)
    if headlines < MIN_GAP_HEADLINES or headlines < MIN_GAP_HEADLINE_SHARE * len(gap):
        return False
    if not _resumes(blocks, values, resumed):
        return False
    if any(is_byline(blocks[index].text) for index in gap[-BYLINE_LINES:]):
        return False  # another article's header (or, above the run, this article's own)
    # a byline run into the prose (a byline and bio as one paragraph): below the gap another article's
    # first lines; above it, the article's own header, whose standfirst is no part of the story
    header = resumed if resumed.step < 0 else resumed[:MIN_RESUME_PARAGRAPHS]
    if any(opens_with_byline(blocks[index].text) for index in header):
        return False
    # a thread's controls are read from the prose on, past the run's end (its last "Reply" is no prose);
    # not in the gap, where a list repeats its items' kicker or "Read more" once per headline
    step = resumed.step
    stop = resumed.start + step * THREAD_LOOKAHEAD
    near = range(resumed.start, min(stop, len(blocks)) if step > 0 else max(stop, -1), step)
    return not _repeats_controls(blocks, near)


def is_headline(text: str) -> bool:
    """Whether a line has a headline's shape: several words (or a CJK line of as many characters),
    not closed by a full stop, a colon, a comma or a bar as a caption, a label or a dateline is
    ("The new headset.", "Jun 7, 2023, 8:54 PM UTC |"); a headline ends on its last word, or on a
    question or exclamation mark."""
    if text.rstrip().endswith(_NOT_HEADLINE_ENDS):
        return False
    return len(text.split()) >= MIN_HEADLINE_WORDS or text_mass(text) - len(text) >= MIN_HEADLINE_MASS


def is_byline(text: str) -> bool:
    """Whether a line is a byline: "By Jane Doe", "Von Anna Schmidt" (an opener and a person's name),
    or a person's name on its own line (text/byline.py's `byline_names`)."""
    if len(text) > MAX_HEADER_NAME_CHARS:
        return False
    return opens_with_byline(text) or bool(byline_names(text))


def opens_with_byline(text: str) -> bool:
    """Whether a block of any length opens with an opener and a person's name ("By Jane Doe, a deputy
    editor who has covered ..."): a byline a converter ran into the author's bio or the first lines."""
    if (match := BYLINE_RE.match(text)) is None:
        return False
    names = split_authors(match.group("who")[:MAX_HEADER_NAME_CHARS])
    return bool(names) and is_person_name(names[0])


def _resumes(blocks: list[Block], values: list[float], resumed: range) -> bool:
    """Whether the run `resumed` opens (from the gap's side) on MIN_RESUME_PARAGRAPHS prose blocks in
    a row that are not a list of names run together, and is worth MIN_RESUME_VALUE."""
    opening = [index for index in resumed if blocks[index].kind not in NEUTRAL_KINDS][:MIN_RESUME_PARAGRAPHS]
    if len(opening) < MIN_RESUME_PARAGRAPHS:
        return False
    if any(values[index] <= 0 or title_case(blocks[index].text) for index in opening):
        return False
    return sum(values[index] for index in resumed) >= MIN_RESUME_VALUE


def _repeats_controls(blocks: list[Block], indices: range) -> bool:
    """Whether a short line is printed MIN_THREAD_REPEATS times among the blocks: a comment thread's
    controls ("Reply", "Antworten"), printed once per comment (text/thread.py)."""
    counts: dict[str, int] = {}
    for index in indices:
        text = blocks[index].text
        if len(text) <= MAX_THREAD_CONTROL_CHARS:
            counts[text] = count = counts.get(text, 0) + 1
            if count >= MIN_THREAD_REPEATS:
                return True
    return False
