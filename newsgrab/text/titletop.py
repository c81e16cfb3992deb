"""The headline of a text whose top no page chrome marks, found by the dateline beside it or as the
text's one main heading under a short banner.

find_span reads a whole page whose banner is a few short lines (a site's name and slogan, a menu
run into one line, a login link, "previous / next post" links) as a text without chrome: the reading
of a pasted article then takes its first line for the title. A pasted article's first line is its
title with the byline under it; such a page's headline is the line a few lines down with its
dateline or byline beside it. Kept apart from title.py, which ranks the lines above a story that
page chrome marks.
"""

from __future__ import annotations

import re

from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.sentences import count_sentence_ends
from newsgrab.text.byline import PERSON_RE
from newsgrab.text.header import is_header_line
from newsgrab.text.headerdates import is_reading_time
from newsgrab.text.span import prose_weight, text_mass, title_case
from newsgrab.text.standfirst import MIN_OVER_DEK_WORDS, MORE_DEK_WORDS
from newsgrab.text.titleshape import HEADING_KINDS, MAX_PLAIN_TITLE_CHARS, title_like
from newsgrab.text.unlabelled import bare_names

#: lines at the top of a text without page chrome where a headline with its dateline is looked for
DATED_LOOKAHEAD = 8
#: lines under the first one where its own byline or dateline would sit (a pasted article's header)
FIRST_LINE_HEADER_REACH = 2
#: lines (media aside) above a text's one main heading at most, for it to be the headline under a banner
LONE_HEADING_LOOKAHEAD = 12
#: blocks (media aside) at the top of the article's run where its headline may sit inside it
INSIDE_REACH = 8
#: blocks under a headline inside the run where its byline or dateline sits
HEADER_UNDER = 2
#: paragraphs of the run above such a headline at most: a notice's sentence ("By signing up you agree
#: ..."); under more, the run is the story, and a line with a name and a date under it is an embedded
#: post's ("— Jane Doe (@jdoe) May 3, 2024" under a tweet's text)
MAX_PROSE_ABOVE_INSIDE = 1
#: words a name that opens a footer's line has at least, for a first line that opens with it to be
#: the site's banner (`site_named_again`; one word, "Harbour", opens many lines that name no site)
MIN_SITE_NAME_WORDS = 2
#: where the site's name ends in a footer's line: its address, its copyright, a slogan after a bar or a dash
SITE_NAME_END_RE = re.compile(r"\s*(?:[,|·•]|\s[-–—:]\s)")
#: blocks (media aside) under a headline where its byline or dateline sits, past a standfirst and a
#: photo's caption and credit
DATED_REACH = 6
#: the bars a byline's or a menu's items are parted by ("March 4, 2024 | Nora Vale", "Home · News")
BAR_RE = re.compile(r"\s+[|·•/]\s+")
#: items a line parted by bars has at least, each of MAX_MENU_ITEM_WORDS words at most, to be a menu
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 2


def headline_by_dateline(blocks: list[Block]) -> int | None:
    """In a text whose opening no page chrome marks, the headline a few lines down that has its
    dateline or byline beside it (the line right above or under it; not a bare name nor names joined,
    the byline: `names_only`), when the first line has none in the two lines under it: a page whose banner is
    short (a site's name and slogan, a menu run into one line, "previous / next post" links) prints
    its headline so, where a pasted article's first line is its title with the byline under it. The
    banner's lines are short (MAX_PLAIN_TITLE_CHARS at most): a cleaned text opens with a paragraph.
    A line over the byline under a shorter headline-shaped line is a standfirst: the line above is
    the headline. Looked for among the first DATED_LOOKAHEAD lines (media aside); None when no line
    there is one, or when the first line is printed again below (the `<title>` line markdownify and
    BeautifulSoup print first, which the clean text's reading takes)."""
    lines = [index for index, block in enumerate(blocks[:2 * DATED_LOOKAHEAD]) if block.kind != "media"]
    lines = lines[:DATED_LOOKAHEAD]
    header = _Headers(blocks, lines).at
    if len(lines) < 2 or blocks[lines[0]].kind in HEADING_KINDS or len(blocks[lines[0]].text) > MAX_PLAIN_TITLE_CHARS:
        return None  # (most cleaned texts: a paragraph first, no line of the loop below to try)
    # (by its mass: a CJK paragraph of 70 characters tells as much as a Latin one of 200)
    story = next((index for index in lines if text_mass(blocks[index].text) > MAX_PLAIN_TITLE_CHARS), len(blocks))
    banner = site_named_again(blocks, lines[0], story)
    if (title_like(blocks[lines[0]]) and not banner
            and any(header(at) for at in range(FIRST_LINE_HEADER_REACH + 1))):
        return None  # the first line's own byline or date under it: a pasted article's title (a kicker
        # or a trail over the headline, "Politics" or "Home » Politics", is shaped like none)
    if any(blocks[index].kind == "h1" for index in lines):
        return None  # a markdown dump's first-level heading: the clean text's reading takes it
    for at in range(1, len(lines)):  # the line right above or under its dateline
        above, line = blocks[lines[at - 1]], blocks[lines[at]]
        if len(above.text) > MAX_PLAIN_TITLE_CHARS:
            break  # a paragraph above: a cleaned text's opening, no banner (unless the foot names one)
        # names with no label over the date are the byline's first row ("Nora Vale & Piet Marrow" / "March 4,
        # 2024": a converter parts the byline element's names from its date); the headline sits over them
        beside = header(at - 1) or header(at + 1)
        if (beside or (header(at + 2) and names_only(blocks[lines[at + 1]].text))) and (
                title_like(line) and not names_only(line.text) and not is_bar_menu(line.text)):
            first = fold_title(blocks[lines[0]].text)
            if any(_holds(first, fold_title(blocks[lines[other]].text)) for other in range(1, len(lines))
                   if len(blocks[lines[other]].text) <= MAX_PLAIN_TITLE_CHARS  # (a paragraph may hold "Opinion")
                   and not (banner and lines[other] > story)  # (the footer's printing of the banner's site name)
                   and not _names_outlet(blocks[lines[other]].text, header(other))):
                return None
            if (MIN_OVER_DEK_WORDS <= len(above.text.split()) < len(line.text.split()) - MORE_DEK_WORDS
                    and title_like(above) and not is_bar_menu(above.text)):
                if at > 1:
                    return lines[at - 1]  # a standfirst over the byline, its shorter headline above it
                if not beside and not title_case(line.text):
                    # a sentence over the names and date under the first line is the first line's standfirst
                    # (a newsletter's title, subtitle, author, date); a line in title case there is the
                    # headline under a banner
                    return None
            return lines[at]
    # (past a menu printed as one line under the banner: "Home | News | Sport")
    opening = next((at for at in range(1, len(lines) - 1) if not is_bar_menu(blocks[lines[at]].text)), 1)
    under = blocks[lines[opening]]
    if (banner and not header(opening) and title_like(under) and not names_only(under.text)
            and len(blocks[lines[0]].text.split()) < len(under.text.split())):
        # no byline or dateline read beside it (a date in a shape the header's readers pass over, "3
        # hours ago", or none): the longer line right under a banner the foot names is the headline (a
        # headline the foot prints again, a "Share this" line's, is no shorter than the line under it)
        return lines[opening]
    return None


def site_named_again(blocks: list[Block], first: int, story: int) -> bool:
    """Whether the text's first line is the site's banner: a short line under the story's first
    paragraph (`blocks[story]`: a footer's name, address or copyright line) prints it again whole,
    holds it ("© 2024 Harbour Gazette. All rights reserved."), or opens with a name of at least
    MIN_SITE_NAME_WORDS words that the first line opens with ("Harbour Courier, 12 Quay Street" under
    "Harbour CourierNews Sport", a logo's name that lynx and w3m run into the menu beside it). A
    page prints its name at its top and its foot; a headline is not printed again under its story
    as a short line of its own, so a first line the foot names is no pasted article's title,
    whatever byline sits under the line below it."""
    folded = fold_title(blocks[first].text)
    if not folded:
        return False
    for block in blocks[story + 1:]:
        text = block.text
        if block.kind == "media" or len(text) > MAX_PLAIN_TITLE_CHARS:
            continue
        if folded in fold_title(text):
            return True
        name = SITE_NAME_END_RE.split(text, maxsplit=1)[0]
        if len(name.split()) >= MIN_SITE_NAME_WORDS and folded.startswith(fold_title(name)):
            return True
    return False


def names_only(text: str) -> bool:
    """Whether a line is a byline with no label: a person's name, several joined ("Nora Vale & Piet
    Marrow", "Nora Vale, Piet Marrow and Ada Lin"), or one with where she writes ("Nora Vale | Harbour
    Courier"). Such a line beside the date is the byline, never the headline it sits under."""
    return PERSON_RE.match(text) is not None or bool(bare_names(text))


def banner_over(blocks: list[Block], headline: int) -> int:
    """Where the body may start under a headline `headline_by_dateline` found: the headline's index when
    every line above it is a banner's (a kicker, a trail, a site's name and slogan, a menu: no sentence
    ends in any), so none of them is body; 0 when one is a sentence, which a banner never is (a short
    paragraph of a story whose headline the search took too low keeps its place)."""
    return 0 if any(count_sentence_ends(block.text) for block in blocks[:headline]) else headline


class _Headers:
    """Whether the n-th line of `lines` is a byline or dateline, each line asked once. An object's
    method, not a function nested in `headline_by_dateline`: compiled by mypyc, a nested function and
    its enclosing call's environment refer to each other, a cycle only the cyclic collector frees."""

    __slots__ = ("_blocks", "_known", "_lines")

    def __init__(self, blocks: list[Block], lines: list[int]) -> None:
        self._blocks = blocks
        self._lines = lines
        self._known: dict[int, bool] = {}

    def at(self, at: int) -> bool:
        """Whether line `at` (an index into `lines`; False past either end) is a header line."""
        known = self._known.get(at)
        if known is None:
            text = self._blocks[self._lines[at]].text if 0 <= at < len(self._lines) else ""
            # a reading time ("4 min read") sits in the byline's rows as a date does, and is no headline
            known = self._known[at] = bool(text) and (is_header_line(text) or is_reading_time(text)
                                                        or barred_byline(text))
        return known


def _names_outlet(text: str, is_header: bool) -> bool:
    """Whether a line that holds the first line's name is a byline or a dateline naming the outlet
    its writer writes for ("Nora Vale | Harbour Courier", "By Nora Vale for The Harbour Courier",
    "nora.vale@harbourcourier.example"), not a second printing of the first line: a byline under a
    line is evidence that the line is the headline, and the banner it names is the site's."""
    return is_header or names_only(text)


def is_bar_menu(text: str) -> bool:
    """Whether a line is a menu printed as one line: MIN_MENU_ITEMS items or more parted by bars, each
    a word or two ("Home | News | Sport", "Politik · Sport · Kultur"). A headline holds one bar at
    most (a column's name before it), and its parts are longer; such a line is neither the headline
    nor a headline over its standfirst."""
    items = BAR_RE.split(text.strip())
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)


def barred_byline(text: str) -> bool:
    """Whether a line is a byline or dateline whose rows a bar parts ("March 4, 2024 | Nora Vale |
    Harbour Courier", "Von Lena Moravec · Kaiblatt Nord"): one of its parts is a date or a labelled
    byline of its own, which the header's readers take alone but not with the rest run on. Such a
    line is a header line as its parts are. (A person beside an outlet with no date nor label,
    "Nora Vale | Harbour Courier", is `names_only`: the byline's names row, read with the date beside it.)"""
    parts = BAR_RE.split(text.strip())
    return len(parts) > 1 and any(is_header_line(part) for part in parts)


def _holds(one: str, other: str) -> bool:
    """Whether one folded title holds the other whole (either way round), neither empty."""
    return bool(one and other) and (one in other or other in one)


def headline_by_lone_heading(blocks: list[Block]) -> int | None:
    """In a text whose opening no page chrome marks, its one main heading a few lines down: the
    headline under a short banner. html2text and markdownify print a page's `<h1>` as a first-level
    heading, and a page that prints its menu, a login link or a notice as a few short lines above it
    reads to find_span as a text without chrome, whose reading then looks for a title on its first
    line only. The heading is the text's main one (its h1, or an h2 when it has none: lynx prints every
    heading as one) and its only one of that level: a text with several prints a section's heading at
    that level too. Every line above it is short (MAX_PLAIN_TITLE_CHARS at most): a cleaned text opens
    with a paragraph, and a heading under one is a section's. None when the heading opens the text
    (the clean text's reading takes it), or when more than LONE_HEADING_LOOKAHEAD lines sit above it."""
    kind = "h1" if any(block.kind == "h1" for block in blocks) else "h2"
    headings = [index for index, block in enumerate(blocks) if block.kind == kind]
    if len(headings) != 1 or headings[0] == 0:
        return None
    at = headings[0]
    above = [block for block in blocks[:at] if block.kind != "media"]
    if len(above) > LONE_HEADING_LOOKAHEAD or any(len(block.text) > MAX_PLAIN_TITLE_CHARS for block in above):
        return None
    return at if title_like(blocks[at]) else None


def headline_inside(blocks: list[Block], start: int, end: int) -> int | None:
    """The headline a few blocks inside the run find_span took for the article, with its byline or
    dateline right under it: the run started early, at a sign-up notice's sentence or a list of the
    site's blurbs printed over the headline, and the headline search, which looks above the run's
    start, would take a line of the chrome further up. Looked for among the run's first
    INSIDE_REACH blocks (media aside); the line is headline-shaped, not a header line itself, and a
    byline or dateline is among the HEADER_UNDER blocks under it. None when none is, or when the
    run opens with a header line of its own (its headline sits above the run). Asked only when the
    headline the search found above the run has no header line under it (`dated_below`): a dated
    one is the story's, the run having opened at its standfirst or photo caption, and a line inside
    with a name or a date under it is then a caption's or a source's ("New Delhi, News Bureau")."""
    lines = [index for index in range(start, min(end, start + 2 * INSIDE_REACH)) if blocks[index].kind != "media"]
    lines = lines[:INSIDE_REACH]
    header = _Headers(blocks, lines).at
    if not lines or header(0):
        return None
    prose = 0  # paragraphs above the line, inside the run
    for at in range(1, len(lines)):
        above = blocks[lines[at - 1]]
        prose += above.kind == "p" and prose_weight(above, text_mass(above.text)) > 0
        if prose > MAX_PROSE_ABOVE_INSIDE:
            return None  # the story's own paragraphs: a line under them is an embedded post's, a quote's
        if (title_like(blocks[lines[at]]) and not header(at) and not names_only(blocks[lines[at]].text)
                and any(header(at + step) for step in range(1, HEADER_UNDER + 1))):
            return lines[at]
    return None


def dated_below(blocks: list[Block], index: int) -> bool:
    """Whether a byline or a dateline is among the DATED_REACH blocks (media aside) under a line."""
    below = [i for i in range(index + 1, min(len(blocks), index + 1 + 2 * DATED_REACH)) if blocks[i].kind != "media"]
    return any(is_header_line(blocks[i].text) for i in below[:DATED_REACH])
