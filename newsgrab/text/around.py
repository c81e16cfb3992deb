"""The header lines around a headline in a whole-page dump: bylines, datelines and the names next to them.

A converter's dump of a page has its byline and date somewhere around the headline, among share
buttons, section labels and photo captions, split over lines the way the page's markup split them
("By" / "Jane Doe November 19, 2019"; "Associated Press" / "Published 11:26 pm EST, Nov. 19, 2019").
`read_around` tries every block near the headline: explicit bylines first, then any header line
(text/header.py reads one line), then what only its neighbours make a byline: a link to an author's
page, a bare name next to the headline or a header line, an agency above a dateline. Kept apart from
header.py, which reads the lines of a pasted article's header and what one line says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab.meta.authors import author_link_name
from newsgrab.meta.dates import has_digit
from newsgrab.meta.people import split_authors
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block, Metadata
from newsgrab.text.authorslug import slug_spelt_name
from newsgrab.text.byline import (
    BY_ON_RE,
    BYLINE_RE,
    TRAILING_BY_RE,
    agency_names,
    byline_names,
    card_names,
    name_over_lines,
    names_a_role,
    undoubled,
    unglued_byline,
    without_handle,
)
from newsgrab.text.cards import (
    MAX_STAMPED_LINES_BELOW,
    take_card_name,
    take_stamped_name,
)
from newsgrab.text.cutline import rejoined
from newsgrab.text.datelines import date_over_break, kicker_date, numeric_date
from newsgrab.text.header import (
    HEADER_KINDS,
    MAX_HEADER_LINE_CHARS,
    SEPARATOR_RE,
    is_date_label,
    is_dateline,
    take_dates,
    take_header_line,
)
from newsgrab.text.labelalone import is_label_alone
from newsgrab.text.namephrase import is_person_name
from newsgrab.text.namerun import take_name_run
from newsgrab.text.nameunder import below_handle, opens_with_date, take_name_under_headline
from newsgrab.text.readtime import take_timed_name
from newsgrab.text.twice import take_doubled_name
from newsgrab.text.unlabelled import BAR_LIKE_RE, person_at_outlet

#: four lower-case words in a row, a sentence's run ("... its assets have been acquired by"): no date's
#: or time's stamp before a line's trailing "by" holds one ("6:20 AM PST 03/12/2019 by", "Written on Mar 27 by")
_PROSE_RUN_RE = re.compile(r"(?:\b[a-zß-ÿа-я][\w'’-]*\s+){4}")
#: where a byline that opens a long line runs on (`byline_head`): a comma before a small letter, a
#: sentence's end (after two letters: not an initial's) before a capital or a quote, an opening quote
_RUN_ON_RE = re.compile(r",\s+(?=[a-zß-ÿ])|(?<=[^\W\d_]{2})[.!?]\s+(?=[A-ZÀ-ÖØ-Þ«\"“])|\s+(?=[«\"“„])")
#: short label lines (a section's name) a header above the headline may hold between its name and its dateline
MAX_LABELS_ABOVE_DATELINE = 1
#: words of such a label at most
MAX_LABEL_WORDS = 3
#: blocks above and below another printing of the headline where its header lines are read
COPY_LINES_ABOVE = 2
COPY_LINES_BELOW = 4


def byline_head(text: str) -> str | None:
    """The byline that opens a line too long for a header line, up to where it runs on into something
    else (`_RUN_ON_RE`: a comma before a small letter, "By Jane Doe, a deputy editor and ..."; a
    sentence's end, "... newsletter. She has covered ..."; an opening quote, a caption's title after
    the dateline "Par Jeanne Roy — 24 mai 2019 à 18:42 «..."), None for any other line. lynx and
    w3m run a byline's line on into the author's bio or the lead photo's caption; the head is read
    only when every name of it before its first separator (" — ", " | ") has a person's name's shape,
    so a sentence that opens with the opener is none ("By signing up, you agree ...", "By the end of
    2017, ...", "By Sunday, the ...")."""
    if len(text) <= MAX_HEADER_LINE_CHARS or (byline := BYLINE_RE.match(text)) is None:
        return None
    end = _RUN_ON_RE.search(text, byline.start("who"), MAX_HEADER_LINE_CHARS)
    if end is None:
        return None
    names = split_authors(SEPARATOR_RE.split(text[byline.start("who"): end.start()], maxsplit=1)[0])
    if not names or not all(is_person_name(name) for name in names):
        return None
    return text[:end.start()]


def read_around(blocks: list[Block], low: int, high: int, meta: Metadata, *, names_before: int,
                title_at: tuple[int, ...] = (), link_names: Sequence[list[str]] = ()) -> set[int]:
    """Read the header lines among `blocks[low:high]` (the lines around a headline); return their indices.

    Bylines are read first, so a "Name, Date" line names the author only when no byline does (a wire
    story's "Reuters March 4, 2019"); a byline word on a line of its own ("By"), or ending a
    line, takes the name on the next line, and the dates of both lines ("By" / "Jane Doe November
    19, 2019", as get_text splits a byline at its link); a date label on a line of its own
    ("Published") is read with the line after it, as is a date's first half ("May 24," / "2016"); the
    line right above the headline may be a kicker and its date ("media Sept. 2, 2016", `kicker_date`:
    a section's link that a converter printed bare), which nowhere else is told from a sentence's end.
    Then a link to an author's page whose text is its own slug (`[Jane Doe](/author/jane-doe)`)
    names the author, then an author's card right under the headline or its dek, a name with its
    link or button ("Jane DoeView More Articles", `card_names`), before any "Name, Date" line below
    (a photo credit's or a teaser's, "Rob Miles March 3, 2021 09:15"). Last, the bare names, strongest
    shape first: a person's name with its time stamp after it under the headline ("Jane Doe 1 day
    ago", "Jane Doe • 8h"), then an author's card (a name over its role line or its link, "Jane Doe" /
    "Staff Writer", "Jane Doe" / "View More Articles"), then a line that is a person's name alone
    above `names_before` (the article's first paragraph) next to the headline or its dek
    (`title_at`) or to a header line, or with its time stamp above the headline, names the author
    when nothing else did, then a byline's row a converter printed one item a line over a dateline under
    the headline ("Jane Doe" / "Harbour News" / "Posted: May 3, 2021", text/namerun.py); failing
    that, a person's name beside the one reading time above the headline
    ("Jane Doe" / "Follow" / "Jan 5 · 7 min read", text/readtime.py: a platform's top bar may hold it
    further up than this window), then an agency's or a desk's name alone on the line above a dateline
    under the headline ("Associated Press" / "Published 11:26 pm EST, Nov. 19, 2019", the two-line form
    of "Reuters March 4, 2019"), a list's one item too ("* Our Harbour Staff", a theme's list of
    authors; a menu's last item is not alone: `is_lone_line`), and past the first paragraph too: the
    lead photo's caption reads as one, and the dateline right under the name, not the name's place,
    makes it the story's byline.
    """
    taken: set[int] = set()
    for index in range(low, high):
        block = blocks[index]
        if block.kind in HEADER_KINDS and not meta.authors and (head := byline_head(block.text)) is not None:
            # a byline run on into a bio or a caption: its names (and date) read, the line kept in the body
            take_header_line(Block(kind="p", text=head), meta)
            continue
        if block.kind not in HEADER_KINDS or len(block.text) > MAX_HEADER_LINE_CHARS:
            continue
        # "6:20 AM PST 03/12/2019 by", not "Supported by" nor a sentence's wrapped line ("... acquired by")
        trailing_by = (has_digit(block.text) and TRAILING_BY_RE.search(block.text)
                       and _PROSE_RUN_RE.search(block.text) is None)
        if (trailing_by or is_label_alone(block)) and index + 1 < high:
            name, lines = name_over_lines(blocks, index + 1)  # "By" / "Tim" / "Herrera" too
            authors = split_authors(without_handle(undoubled(name)))  # "By" / "Jane Doe@janedoe" too
            if authors and not meta.authors:
                meta.authors = authors
                meta.provenance["authors"] = "byline"
                taken.update(range(index, index + 1 + lines))
                for text in (block.text, blocks[index + 1].text):  # a date before the "by", or after the name
                    if has_digit(text):
                        take_dates(text, meta)
        elif (BYLINE_RE.match(text := unglued_byline(block).text) or BY_ON_RE.match(text)) and take_header_line(
                block, meta):
            taken.add(index)
    headline = title_at[0] if title_at else low
    if not meta.authors:
        taken |= _take_author_links(blocks, range(low, min(high, names_before)), headline, meta, link_names)
    under = max(title_at, default=high) + 1  # an author's card right under the headline (or its dek) first:
    if not meta.authors and under < min(high, names_before) and blocks[under].kind == "p" and (
            names := card_names(blocks[under].text)):  # it outranks a teaser's or a credit's "Name, Date"
        meta.authors = names
        meta.provenance["authors"] = "header-line"
        taken.add(under)
    dated: set[int] = set()  # the datelines read, for the agency above one
    for index in range(low, high):
        block = blocks[index]
        if index in taken or block.kind not in HEADER_KINDS or len(block.text) > MAX_HEADER_LINE_CHARS:
            continue
        if is_date_label(block.text) and index + 1 < high and has_digit(blocks[index + 1].text):
            # a converter that breaks lines at elements splits "<span>Published</span> <time>...</time>"
            block = Block(kind="p", text=f"{block.text} {blocks[index + 1].text}")
            if take_header_line(block, meta):
                taken.update((index, index + 1))
                dated.add(index)
            continue
        # a header line cut at its separators ("Jane Doe" / "/ Harbour News / Updated: ..."), read whole
        whole = rejoined(block, blocks[index + 1], MAX_HEADER_LINE_CHARS) if index + 1 < high else None
        if whole is not None and (take_header_line(whole, meta, name_is_author=not meta.authors)
                                  or _take_parts(whole, meta)):
            taken.update((index, index + 1))
            if is_dateline(whole.text):
                dated.add(index)
            continue
        # a date whose parts the page printed in elements of their own ("May 24," / "2016 7:00 a.m. PT")
        joined = date_over_break(block.text, blocks[index + 1].text) if index + 1 < high else None
        if (joined is not None and len(joined) <= MAX_HEADER_LINE_CHARS
                and take_header_line(Block(kind="p", text=joined), meta, name_is_author=not meta.authors)):
            taken.update((index, index + 1))
            dated.add(index)
            continue
        if take_header_line(block, meta, name_is_author=not meta.authors) or _take_parts(block, meta):
            taken.add(index)
            if is_dateline(block.text):
                dated.add(index)
        elif (index + 1 == headline and title_at and meta.published is None and has_digit(block.text)
              and (when := kicker_date(block.text)) is not None):  # a kicker beside the date, right above it
            meta.published = when
            meta.provenance["published"] = "header-line"
            taken.add(index)
            dated.add(index)
    bare = range(low, min(high, names_before))  # where bare names are read, strongest shape first:
    nearest = sorted(bare, key=lambda i: (i < headline, abs(i - headline)))
    if not meta.authors and bare:  # a name with its time stamp in the few lines under the headline
        first = max(title_at, default=low - 1) + 1  # under the headline and its dek
        below = range(first, min(high, first + MAX_STAMPED_LINES_BELOW))
        taken |= take_stamped_name(blocks, [i for i in below if i not in taken], meta)
    if not meta.authors and bare:  # an author's card: a name over its role or link (text/cards.py)
        taken |= take_card_name(blocks, bare, headline, taken, meta)
    if not meta.authors and bare:  # a name printed twice: a photo's alt and its link (text/twice.py)
        taken |= take_doubled_name(blocks, nearest, taken, meta)
    anchors = taken | set(title_at)
    # nearest below the headline first, where bylines sit; above it a button's words ("Learn More")
    # can be shaped like a name too
    for index in nearest:
        block = blocks[index]
        if meta.authors or index in taken:
            continue
        if block.kind != "p" or block.text.isupper():  # a list item or capitals: beside a dateline only
            if names := _name_by_dateline(blocks, index, dated, names_before):
                meta.authors = names
                meta.provenance["authors"] = "header-line"
                taken.add(index)
            continue
        if not (names := byline_names(block.text) or _person_of_outlet(block.text)):
            continue
        # a name with its time stamp ("Jane Doe 2 hours ago") or its role ("Jane Doe Senior Editor, Example
        # Post") is a byline by its shape, next to anything; a bare name right above the headline is its
        # kicker, the section's label ("Executive Branch", "Video Game"), not its byline
        beneath = below_handle(blocks, index)
        if (index - 1 in anchors or (beneath in anchors and not beneath == index + 1 == headline)
                or has_digit(block.text) or names_a_role(block.text, names)):
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            taken.add(index)
    for index in range(low, high):  # a name in capitals that the story signs off with, by any printing's dateline
        if not meta.authors and index not in taken and blocks[index].text.isupper() and (
                names := _name_by_dateline(blocks, index, dated, names_before)):
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            taken.add(index)
    if not meta.authors and title_at:  # a byline's row printed as a column over its dateline
        taken |= take_name_run(blocks, max(title_at), min(high, names_before), dated, taken, meta)
    if not meta.authors and title_at:
        taken |= _take_name_above_dateline(blocks, headline, dated, meta)
    if not meta.authors and title_at:
        taken |= take_name_under_headline(blocks, headline, min(high, names_before), meta)
    if not meta.authors and title_at and names_before > low:  # a name with its reading time above the headline
        taken |= take_timed_name(blocks, headline, meta)
    for index in range(headline + 1, high - 1):  # the dateline under it anchors it, past a caption too
        block = blocks[index]
        if meta.authors or index in taken or not is_lone_line(blocks, index) or index + 1 not in dated:
            continue
        if names := agency_names(block.text):
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            taken.add(index)
    return taken


def _person_of_outlet(text: str) -> list[str]:
    """The person of a bare "Name | Outlet" line ("Nora Vale | The Harbour Courier", "Nora Vale / Harbour
    Courier"): where she writes is no second name, and the line is no "Name, Date" line to read the site
    from; [] for any other line (`unlabelled.person_at_outlet`)."""
    if "," in text or ("|" not in text and BAR_LIKE_RE.search(text) is None):
        return []  # (most lines: no bar to part a name from its outlet)
    person = person_at_outlet(text)
    return [person] if person else []


def is_lone_line(blocks: list[Block], index: int) -> bool:
    """Whether `blocks[index]` is a line of its own or a list's one item ("* Our Harbour Staff": a theme
    prints the story's authors as a list, of one item when one desk signs it), where an agency's name
    above a dateline is read: a menu's item has another item above it ("* Staff" / "* Press Centre")."""
    kind = blocks[index].kind
    return kind == "p" or (kind == "li" and (index == 0 or blocks[index - 1].kind != "li"))


def _name_by_dateline(blocks: list[Block], index: int, dated: set[int], start: int) -> list[str]:
    """The name a list item or a line in capitals holds when it sits right above or below a dateline
    read around the headline: "* Telegraph Sport" / "12 March 2019 • 2:41pm" (a theme prints its
    authors as a list), "JANIE HAR" / "Nov. 20, 2019" (wire bylines in capitals). Elsewhere such a line
    is a menu's entry or a section's name ("WORLD NEWS"), so a name in capitals is taken only when the
    story signs off with it too: the same line again under one of the article's paragraphs, below
    `start` (its first). [] for anything else."""
    block = blocks[index]
    if block.kind not in ("p", "li") or not any(
            i in dated or (0 <= i < len(blocks) and opens_with_date(blocks[i].text)) for i in (index - 1, index + 1)):
        return []
    if not block.text.isupper():
        return byline_names(block.text)
    names = byline_names(block.text.title())
    if not names or len(block.text.split()) > MAX_LABEL_WORDS:
        return []
    signed = any(blocks[i].text == block.text and blocks[i - 1].text.endswith((".", "\"", "”"))
                 for i in range(start + 1, len(blocks)))
    return [name.upper() for name in names] if signed else []


def _take_name_above_dateline(blocks: list[Block], headline: int, dated: set[int], meta: Metadata) -> set[int]:
    """Read the byline of a header printed above the headline, name first ("Louise Tarrant" /
    "Business" / "11.15.2019 10:09 AM" / headline): a bare name at most MAX_LABELS_ABOVE_DATELINE
    short label lines (a section's name) above a dateline read just above the headline. The dateline
    makes the lines above it a header, so the name is looked for beyond the window kept above a
    headline, where a list's entry or a button's words ("Previous Next") are shaped like a name too;
    return the name's index."""
    above = [index for index in dated if index < headline]  # read in the window kept above the headline
    if not above:
        return set()
    for index in range(min(above) - 1, max(-1, min(above) - 2 - MAX_LABELS_ABOVE_DATELINE), -1):
        block = blocks[index]
        if block.kind != "p":
            return set()
        if names := byline_names(block.text):
            meta.authors = names
            meta.provenance["authors"] = "header-line"
            return {index}
        if len(block.text.split()) > MAX_LABEL_WORDS or has_digit(block.text):
            return set()  # not a label: the header ended above the dateline
    return set()


def _take_author_links(blocks: list[Block], window: range, headline: int, meta: Metadata,
                       link_names: Sequence[list[str]]) -> set[int]:
    """Read the first link to an author's page near the headline (nearest below it first) whose text
    is its own slug (meta.authors.author_link_name, the HTML path's test); return the index of its
    line when the line is nothing but the name, to be taken out of the body."""
    for index in sorted(window, key=lambda i: (i < headline, abs(i - headline))):
        block = blocks[index]
        relative = link_names[index] if index < len(link_names) else []
        if block.kind not in HEADER_KINDS or not (block.links or relative):
            continue
        names = [name for link in block.links
                 if (name := author_link_name(link.text, link.url) or slug_spelt_name(link.text, link.url))] + relative
        authors = [author for name in names for author in split_authors(name)]
        if authors:
            meta.authors = authors
            meta.provenance["authors"] = "byline"
            return {index} if block.text.strip(" |,:") == ", ".join(names) else set()
    return set()


def _take_parts(block: Block, meta: Metadata) -> bool:
    """Read a line that joins header items with separators ("February 1, 2019 | BY: Jane Doe",
    "By Jane Doe - 03/12/19 07:14 AM EST") part by part; True when a part was a date or a byline."""
    if not has_digit(block.text):
        return False
    parts = SEPARATOR_RE.split(block.text)
    if len(parts) < 2:
        return False
    read = False
    for part in parts:
        part = part.strip()
        when = numeric_date(part)
        if when is not None:
            if meta.published is None:
                meta.published = when
                meta.provenance["published"] = "header-line"
            read = True
        elif part and take_header_line(Block(kind="p", text=part), meta):
            read = True
    return read


def read_around_copies(blocks: list[Block], headline: int, title: str, meta: Metadata) -> set[int]:
    """Read the header lines around the other printings of the headline; return their indices.

    A page may print its headline more than once: in a gallery or a sticky bar above the article, in
    the `<title>` line, in a share box. The byline and date sit under one of them only, and not
    always under the one the article's paragraphs make the headline ("PG&E begins ..." / "JANIE HAR"
    / "Nov. 20, 2019" above a photo gallery, the story's own heading further down with share buttons
    under it). Self-reference, no words: a block whose text is the headline's (folded) marks a
    header, and the lines around it are read as those around the headline are (`read_around`), but
    for bare names (a sticky bar's buttons are shaped like them: "Currently Reading"). A
    block that is the headline with a dateline or a byline glued after it (get_text joins
    "<h1>..</h1><time>..</time>" when they share a line) is read for its tail. The text's first line
    is left alone: markdownify and get_text print the `<title>` there, above the site's header, whose
    date is today's ("Wed, Nov 20, 2019" on a story of the 13th). Only what the header
    still lacks is filled. `title` is the headline's text (the `<title>` line's without its site's
    name when the headline is that line)."""
    key = fold_title(title)
    if not key:
        return set()
    taken: set[int] = set()
    shortest, longest = len(title) // 2, 2 * len(title)  # a printing's length; folding every line costs
    for index, block in enumerate(blocks):
        if index in (headline, 0) or (meta.authors and meta.published) or not shortest <= len(block.text):
            continue  # the first line is the `<title>` a converter prints above the site's own header
        if len(block.text) <= longest and fold_title(block.text) == key:
            low, high = max(0, index - COPY_LINES_ABOVE), min(len(blocks), index + 1 + COPY_LINES_BELOW)
            # labelled bylines and datelines only: next to a copy in a sticky bar or a gallery a bare
            # name's shape is a button's too ("Currently Reading", "Open Navigation Menu")
            taken |= read_around(blocks, low, high, meta, names_before=low)
        elif block.text.startswith(title) and block.kind in HEADER_KINDS:
            tail = Block(kind="p", text=block.text[len(title):].strip(" |,–—-"))
            if (tail.text and len(tail.text) <= MAX_HEADER_LINE_CHARS
                    and (is_dateline(tail.text) or BYLINE_RE.match(tail.text)) and take_header_line(tail, meta)):
                taken.add(index)
    return taken
