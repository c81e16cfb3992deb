"""The byline of a whole-page dump whose lines around the headline named nobody: one labelled once.

The readers of text/around.py and text/farther.py look for the byline near the headline and the
article's span. When the headline search chose another line (a caption, a deal list's item, a list
of the page's social accounts) or the header sits past their windows, the story's byline is out of
their reach. A byline that labels itself as one ("By Jane Doe", "Written by Jane Doe", "Posted by
Jane Doe on 3 May 2024", "January 17, 2017 at 6:08 PM ET by Jane Doe"; the labels of
data/byline_words.toml, in every language there) says it names an author by what it says, not by
where it is. What makes such a line someone else's is a list of them: the teasers of a related
box, a blog's index, the comments under a story, each signed by its own writer. So the line is
taken only when every labelled byline of the text names the same people, and only when the first
comes before the article's end + LINES_AFTER_ARTICLE (comments and teasers come below the story).
Self-consistency: as `take_labelled_once` (text/datefallback.py) takes a publication date labelled
once. Position settles one case of bylines that disagree: when those above the story's first
paragraph all name the same people and every other one sits past the article's end, the ones above
are the story's header and the ones below a related box's teasers ("By" / "Jane Doe" over the
headline, "By" / "Ann Lee" under each teaser further down); a byline inside the story, or two
bylines above it that disagree (a strip of teasers over the headline), leave the text unsigned. One
teaser is no list: a byline under the story's paragraphs and a line of no prose (the teaser's
headline) is not the story's either (`_under_story`).
"""

from __future__ import annotations

from newsgrab.meta.dates import has_digit
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.people import split_authors
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import (
    BY_ON_RE,
    BYLINE_RE,
    DATE_BY_RE,
    PERSON_RE,
    POSTED_BY_RE,
    name_over_lines,
    undoubled,
    unglued_byline,
)
from newsgrab.text.farther import past_story
from newsgrab.text.header import HEADER_KINDS, MAX_HEADER_LINE_CHARS, take_header_line
from newsgrab.text.labelalone import is_label_alone
from newsgrab.text.span import is_prose
from newsgrab.whitespace import fold_space

_WORDS = byline_words()
#: the first words of the labels and post verbs that open a labelled byline ("by", "written", "author",
#: "posted"), in the languages of data/byline_words.toml; a line in an unspaced script or opening with a
#: letter outside ASCII is tried in full
_FIRST_WORDS = frozenset(label.split()[0] for label in (*_WORDS.text_labels(), *_WORDS.posted))
#: the words before a byline's names inside a line ("January 17, 2017 at 6:08 PM ET by Jane Doe")
_OPENERS = frozenset(_WORDS.openers)
#: blocks past the article's end where its byline may still sit (under a gallery, a standfirst box);
#: the comments and the teasers come after them
LINES_AFTER_ARTICLE = 6


def take_byline_once(blocks: list[Block], end: int, meta: Metadata, *, start: int = 0) -> int | None:
    """Fill `meta.authors` from the people every labelled byline of the text names, when the first such
    line comes before `end` (the article's end) + LINES_AFTER_ARTICLE; return its index, or None when
    nothing was taken: authors already known, no labelled byline, bylines naming other people (a
    list of teasers or comments), or the first of them past the article. Bylines naming other people
    still give the story's when those above `start` (the story's first block) agree and every other
    one sits at or past `end` (`_header_byline`)."""
    if meta.authors:
        return None
    bylines: list[tuple[int, list[str]]] = []
    for index in range(len(blocks)):
        found = _labelled_names(blocks, index)
        if not found:
            continue
        if not _are_people(found):
            return None  # a heading shaped like a byline: the text's bylines say nothing sure
        bylines.append((index, found))
    if not bylines:
        return None
    first, names = bylines[0]
    if any(_key(found) != _key(names) for _, found in bylines):
        header = _header_byline(bylines, start, end)
        if header is None:
            return None  # other people sign other lines: a list, none of them the story's own
        first, names = header
    if first >= end + LINES_AFTER_ARTICLE or _under_story(blocks, start, first, end):
        return None
    meta.authors = names
    meta.provenance["authors"] = "byline"
    return first


def _header_byline(bylines: list[tuple[int, list[str]]], start: int, end: int) -> tuple[int, list[str]] | None:
    """The byline above the story among `bylines` (index, names) that name different people: the one
    nearest the story's first block `start` when every byline above it names the same people and none
    lies between `start` and `end` (the story's span), the others all past its end (a related box's
    teasers, each signed by its own writer); None otherwise. Position, no words: in issue 13's
    converted tune pages the bylines above the story agreed with the HTML path on every dump where
    they and the teasers' bylines below disagreed (get_text prints nymag's "By" / "Gabriel Sherman"
    six lines over the headline the text path took, the teasers' "By" / name under the story)."""
    above = [byline for byline in bylines if byline[0] < start]
    if not above or len({_key(names) for _, names in above}) > 1:
        return None
    if any(start <= index < end for index, _ in bylines):
        return None
    return above[-1]


def _under_story(blocks: list[Block], start: int, index: int, end: int) -> bool:
    """Whether the byline at `index` is a teaser's under the story: past the story's prose (from its
    first block `start` to the article's end `end`: `farther.past_story`), a line of no prose, the
    teaser's headline, right above it ("Related" / "Ferry Runs All Winter" / "By Ada Lin" under a
    short story). A writer's signature under the story's last paragraph ("Written by Jane Doe") stays."""
    return index > start and not is_prose(blocks[index - 1]) and past_story(blocks, start, index, end)


def _labelled_names(blocks: list[Block], index: int) -> list[str]:
    """The people a line names when it is a labelled byline as a whole ("By Jane Doe", "Posted by Jane
    Doe on ...", "... 2017 by Jane Doe"), or a byline's label alone with the names on the next line
    ("By" / "Jane Doe"); [] for any other line."""
    block = blocks[index]
    if block.kind not in HEADER_KINDS or len(block.text) > MAX_HEADER_LINE_CHARS:
        return []
    text = unglued_byline(block).text
    folded = text.casefold()
    first = folded.split(None, 1)[0].split(":", 1)[0].split("：", 1)[0] if folded else ""
    if first not in _FIRST_WORDS and first.isascii() and not (has_digit(text) and _OPENERS & set(folded.split())):
        return []  # no label opens the line, no "by" inside it: most lines, turned away before the patterns
    if is_label_alone(block):  # the label alone, the names on the next line
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is None or following.kind not in HEADER_KINDS or len(following.text) > MAX_HEADER_LINE_CHARS:
            return []
        return split_authors(undoubled(name_over_lines(blocks, index + 1)[0]))
    if not (BYLINE_RE.match(text) or POSTED_BY_RE.match(text) or BY_ON_RE.match(text)
            or (has_digit(text) and DATE_BY_RE.match(text))):
        return []
    scratch = Metadata()
    return scratch.authors if take_header_line(block, scratch) else []


def _are_people(names: list[str]) -> bool:
    """Whether every name is a person's or a desk's as a byline writes it, capitalised words
    (`PERSON_RE`), or a blog's user name, one lower-case word, which a header line names only in a
    post line's frame (text/postline.py: "Posted by jdoe at 8:38 pm"): a heading that opens with a
    word a byline opens with names nobody ("Por qué Jerusalén está dividida", "Von Hafen zu
    Hafen", "By the time of his second album")."""
    return bool(names) and all(PERSON_RE.match(name) or _is_user_name(name) for name in names)


def _is_user_name(name: str) -> bool:
    """One lower-case word of letters ("jdoe"): what `split_authors` keeps only from author markup or
    a post line (`explicit`)."""
    return name.isalpha() and name.islower()


def _key(names: list[str]) -> frozenset[str]:
    """The people of a byline as a set of folded names, to tell the same byline printed twice."""
    return frozenset(fold_space(name).casefold() for name in names)
