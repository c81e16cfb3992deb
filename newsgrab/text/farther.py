"""The header lines further from the headline than text/around.py reads: into the article, far above it, its bio.

`read_around` reads the window next to the headline, where a bare name or a bare date is the story's.
Further out the same shapes are a teaser's, a caption's or a comment's as often, so these readers
take only what labels itself as the story's own (a dateline or a labelled byline as a whole line, a
"By"/"Posted" label, a bio that opens with a person's name and a role), and only what the header
still lacks. Kept apart from around.py, whose window rules they do not share.
"""

from __future__ import annotations

from newsgrab.meta.dates import has_digit
from newsgrab.model import Block, Metadata
from newsgrab.text.around import is_lone_line
from newsgrab.text.byline import (
    BY_ON_RE,
    BYLINE_RE,
    POSTED_BY_RE,
    agency_names,
    bio_name,
    byline_names,
    is_role_line,
    unglued_byline,
)
from newsgrab.text.header import (
    HEADER_KINDS,
    MAX_HEADER_LINE_CHARS,
    is_dateline,
    labelled_date,
    take_dates,
    take_header_line,
)
from newsgrab.text.span import is_prose

#: blocks past the window read around the headline where a dateline or a labelled byline is still read
LINES_INTO_ARTICLE = 6
#: paragraphs of the story's prose above a byline with none of it below (`past_story`): the story has
#: ended, and the "By" line under it is a related teaser's ("Related" / "Ferry Runs All Winter" / "By Ada
#: Lin" under a short story of three paragraphs); a standfirst and captions over the story's byline have
#: the story under them
MAX_PROSE_BEFORE_BYLINE = 3


def past_story(blocks: list[Block], story: int, index: int, end: int) -> bool:
    """Whether the line at `index` sits past the story: MAX_PROSE_BEFORE_BYLINE paragraphs of prose from
    the story's first block `story` above it, and none between it and the article's end `end`. Position
    and shape, no words: a byline there is a related teaser's or a comment's, not the story's."""
    return (not any(map(is_prose, blocks[index + 1:end]))
            and sum(map(is_prose, blocks[story:index])) >= MAX_PROSE_BEFORE_BYLINE)
#: blocks above the headline where a labelled byline or a labelled date is still read when nothing nearer was
FAR_ABOVE = 8
#: blocks at the end of the article and after it where an author's bio is read
BIO_LINES_INSIDE = 8
BIO_LINES_AFTER = 12


def _past(blocks: list[Block], story: int | None, index: int, end: int) -> bool:
    """`past_story` when the story's first block is known, else False."""
    return story is not None and past_story(blocks, story, index, end)


def read_into_article(blocks: list[Block], begin: int, end: int, meta: Metadata, *, story: int | None = None
                      ) -> set[int]:
    """Read the datelines and labelled bylines among the first LINES_INTO_ARTICLE blocks from `begin`
    (the end of the window read around the headline) up to `end` (the article's end); return their indices.

    The lines around the start of the article span hold the header as often as the lines around the
    headline: under the lead photo's caption ("The Associated Press" / "Published Monday, March
    4, 2024 9:10AM EST" / "BERLIN -- ..."), under a standfirst and a newsletter box ("SUBSCRIBE" /
    "Mar. 5, 2024, 8:41 AM UTC" / "By Jane Harbour" / the first paragraph). Only a line that is a
    dateline or a labelled byline as a whole is read there, or a name with its time stamp ("Jane Doe
    05.24.16 5:42 AM", `byline_names`), or an agency's or a desk's name alone right above a dateline
    read here (`agency_names`, a line or a list's one item: the two-line "Reuters March 4, 2019"
    that read_around reads under the headline), never a bare name, a source or a tag line (which a
    story may hold or end with), and only what the header still lacks. A dateline read on the window's
    last block keeps the block right under it in reach: the byline a theme prints under its date ("Mar.
    6, 2024, 9:12 AM UTC" / "By Jane Harbour"), which a caption and a newsletter box above can push one
    block past the window (inscriptis prints each of their lines as a block of its own). With the
    story's first block `story` given, a byline past the story's prose (`past_story`) is not its own:
    a related teaser's under a short story."""
    taken: set[int] = set()
    stop = min(end, begin + LINES_INTO_ARTICLE)
    index = begin - 1
    while (index := index + 1) < stop:
        if meta.authors and meta.published:
            break
        block = blocks[index]
        text = unglued_byline(block).text
        if block.kind not in HEADER_KINDS or len(text) > MAX_HEADER_LINE_CHARS:
            continue
        wanted = (is_dateline(text) and meta.published is None) or (
            not meta.authors and BYLINE_RE.match(text) and not _past(blocks, story, index, end))
        if wanted and take_header_line(block, meta):
            taken.add(index)
            if not meta.authors and index > 0 and is_lone_line(blocks, index - 1) and (
                    names := agency_names(blocks[index - 1].text)):
                meta.authors = names  # "The Associated Press" / "Published Monday, March 4, 2024 9:10AM EST"
                meta.provenance["authors"] = "header-line"
                taken.add(index - 1)
            if not meta.authors:  # a byline printed right under the dateline, past the window's edge
                stop = max(stop, min(end, index + 2))
        elif (not meta.authors and has_digit(text) and (names := byline_names(text))
              and not _past(blocks, story, index, end)):  # "Jane Doe 05.24.16 5:42 AM"
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            take_dates(text, meta)
            taken.add(index)
    return taken


def read_far_above(blocks: list[Block], headline: int, low: int, meta: Metadata) -> set[int]:
    """Read the labelled bylines and labelled dates among the FAR_ABOVE blocks above `low` (the top of the
    window read around the headline at `headline`), nearest first; return their indices.

    A page's header may sit further above its headline than the window read around it: the byline and
    the date of a header printed before the headline ("By Gabriel Sherman" / share buttons / kicker /
    headline), a header whose headline the text path took a line too low (a dek, a second printing).
    Out there a bare name or a bare date is a teaser's as often as the story's, so only what labels
    itself as the story's own is read, with the HTML path's labels (data/byline_words.toml,
    data/date_labels.toml): "By Jane Doe", "Par Marie Dupont", "Published August 23, 2010", "Posted on
    3 Oct 2016 by ...". The first line of the text (the `<title>` a converter prints) is left alone, and
    only what the header still lacks is filled."""
    taken: set[int] = set()
    for index in range(low - 1, max(0, headline - FAR_ABOVE) - 1, -1):
        if meta.authors and meta.published:
            break
        block = blocks[index]
        text = unglued_byline(block).text
        if index == 0 or block.kind not in HEADER_KINDS or len(text) > MAX_HEADER_LINE_CHARS:
            continue
        byline = bool(BYLINE_RE.match(text) or BY_ON_RE.match(text) or POSTED_BY_RE.match(text))
        dated = has_digit(text) and (labelled_date(text) or ("", ""))[0] == "published"
        if ((byline and not meta.authors) or (dated and meta.published is None)) and take_header_line(block, meta):
            taken.add(index)
    return taken


def read_bio(blocks: list[Block], end: int, meta: Metadata) -> None:
    """Name the author from the bio printed under the story when no line near the headline did: a
    paragraph that opens with a person's name, its verb and a role (`bio_name`: "Jane Doe (@janedoe) is
    an Opinion contributor at ...", "Jane Doe is a Staff Writer at ..."), among the BIO_LINES_AFTER
    blocks after the article (`end` is where its span ends) or among its last BIO_LINES_INSIDE blocks
    when the card's other line agrees: the name or the role alone beside it ("Staff Writer"; a span
    may run on over the card to the site's footer). A theme prints the author's card under the story,
    and a converter that keeps no links and drops the header's byline (inscriptis, w3m on a page whose
    byline is a script's) leaves the card as the only place the author is named. Position, not
    wording, says whose bio it is: inside the story a sentence of that shape tells of someone it
    quotes ("Jane Doe is a senior fellow at ..."); the story's last block is where a pasted column
    or a cross-post prints its writer's bio ("Jane Doe is a reporter for The Harbour Courier."), the
    writer's role being one of the trade (data/byline_words.toml "roles"). The block stays in the
    body (the cleaning stage weighs a bio there as it does on the HTML path)."""
    for index in range(max(0, end - BIO_LINES_INSIDE), min(len(blocks), end + BIO_LINES_AFTER)):
        block = blocks[index]
        if block.kind not in ("p", "li") or not (name := bio_name(block.text)):
            continue
        beside = [blocks[i].text for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
        if index >= end - 1 or any(text == name or is_role_line(text) for text in beside):
            meta.authors = [name]
            meta.provenance["authors"] = "author-bio"
            return
